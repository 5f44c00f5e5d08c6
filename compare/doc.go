// Package compare lines briefs up by topic: it finds every brief's passages
// on shared topics, aligns them side by side, places each brief on position
// axes and lists the differences that matter. It is pure Go, deterministic,
// cancellable through a context and reports progress through
// Options.Progress. Run is the entry point; Result is what it returns.
//
// # Pipeline
//
// Run goes through these stages (the names passed to Options.Progress):
//
//  1. passages: pick the passages and turn them into features (passages.go,
//     index.go);
//  2. topics: score every passage against every taxonomy topic, expand the
//     topic profiles from the corpus, score again, split long multi-topic
//     paragraphs (topics.go);
//  3. discover: cluster substantive passages no topic claimed (discover.go);
//     then the analyst's edits are re-applied (edits.go);
//  4. align: pair passages across briefs in rows within each topic and
//     compute coverage (align.go, run.go);
//  5. axes, numbers, distinctive, differences: position axes (axes.go),
//     numeric claims (numbers.go), distinctive terms (distinct.go) and
//     differences (differences.go, wording.go).
//
// # Passages
//
// A passage is a paragraph of kind body, list item or quote. Headings are not
// passages: they only give context (Passage.Section). Captions, footnotes,
// lines of fewer than six words, lines that are mostly not letters, and
// short lines that look like furniture (bylines, credits, "views expressed"
// disclaimers, author biographies) are skipped (except a line ending in a
// colon that introduces a list), and so is a short paragraph
// that repeats text of a nearby one (a pull quote). A paragraph of 90 words
// or more with three or more sentences may later be split (see below).
//
// # Features
//
// Text is tokenized (text.go: hyphens split words, Snowball stems, stop words
// flagged) and turned into a sparse bag of interned features (index.go):
// stems of content words; cue phrases and one-word acronym cues of the
// taxonomy, matched word by word on stems; and alias groups from the
// taxonomy's `aliases` list, so that "ROK", "South Korea", "Republic of
// Korea" and "Seoul" are one feature, as are "RDP" and "Reciprocal Defense
// Procurement", or "MRO" and "maintenance, repair and overhaul". Stems are
// interned in brief order, so ids, and everything after, are deterministic.
// A token cache per worker stems each distinct word once.
//
// # Topic scores
//
// The taxonomy (resources/taxonomy.yaml, or --taxonomy FILE) gives each
// topic cue terms and phrases with weights ("deterrence^2"). A passage's
// score on a topic is BM25 without IDF against the topic's profile:
//
//	score = Σ over matched cue features f of  w(f) · tf(f)·(k1+1) / (tf(f) + k1·(1 − b + b·len/L))
//
// with k1 = 1.2, b = 0.5 and a fixed reference length L = 45 content words.
// The cue weights carry the curator's judgement, and leaving out corpus
// statistics keeps a passage's score independent of what it is compared
// with, so one fixed threshold serves every corpus. A passage joins every
// topic with score ≥ 2.0 and ≥ 0.34 × its best topic's score
// (multi-label), at most its best three. Passage.Score is score/(score+3)
// and Passage.Terms lists the matched cues, strongest first.
//
// Pseudo-relevance feedback then expands each profile from the corpus: among
// a topic's 30 best passages, a feature present in at least 3 of them and in
// at least 20%, from two or more briefs, 2.5 times more frequent there than
// in the whole corpus, and not a cue (or a word of a cue phrase) of another
// topic, is added with a weight up to 0.75 (the best candidate) in
// proportion to rate·log(lift); at most 12 per topic. Every passage is then
// scored again. This is how a brief that writes "ship repair" or "yards"
// meets shipbuilding passages that use those words next to the cues.
//
// A long paragraph that lands in two or more topics is split into runs of
// sentences: each sentence takes its best topic when it scores at least 1.2
// (otherwise it stays with the run before it); consecutive sentences with the
// same topic form a run; each run is scored again and becomes a passage
// (Passage.Sentence is its first sentence, Text its verbatim words). A
// paragraph whose sentences all lean one way stays whole.
//
// A short line that introduces a list ("The agenda for the next two
// years:") is a passage too; when it matches no topic itself it takes the
// commonest topic of the list items below it.
//
// The constants live at the top of topics.go. They were tuned once on the
// labelled fixtures (testdata/labels.json); quality_test.go measures them.
// To change the method, change the constants or cues, run
// `go test -run TestQuality -v ./compare/`, and keep the figures above the
// floors at the top of quality_test.go.
//
// # Discovered topics
//
// Substantive passages (12 or more content words) that no taxonomy topic
// claimed are linked when the cosine similarity of their TF-IDF stem vectors
// is at least 0.22 and joined by union-find. Each group of two or more
// becomes a topic labelled by its three strongest terms (summed TF-IDF, each
// stem shown as its commonest word in the corpus); single leftovers go to one
// "Other: …" topic so that nothing substantive falls through. Headings,
// bylines and clutter are never passages, so they never become topics.
//
// # Alignment
//
// Within a topic, each passage is a unit-length TF-IDF vector (sublinear tf,
// smoothed IDF over all paragraphs of the corpus) over stems, cue phrases and
// alias groups. Candidate pairs come from an inverted index whose postings
// are sorted by weight and cut to 96 per feature; each passage probes its 24
// strongest features and scores exactly (cosine) only its 12 best
// candidates. The cost per passage is bounded, so the cost of a topic grows
// linearly with its passages, never quadratically. Pairs with cosine ≥ 0.12
// are then taken greedily, most similar first: two rows merge when a pair
// links them and they have no brief in common (constrained single-link
// clustering). Each row holds at most one passage per brief; a passage
// without a partner gets a row of its own; rows follow the reading order of
// the first brief that has a passage in them. Topics are aligned in
// parallel (Options.Workers) and merged in topic order.
//
// Topic.Coverage is, per brief, the words of its passages in the topic over
// the words of all its passages (a paragraph in two topics counts in both).
//
// # Edits
//
// Options.Edits are re-applied on every run, after discovery and before
// alignment, in a fixed order: created topics, merges, splits, moves,
// removes, renames, notes. They name passages by brief ID and paragraph
// index, so they survive re-runs; an edit that no longer applies is skipped
// and listed in Result.Warnings.
//
// # Speed
//
// Briefs are read in parallel, interned in order; topics are scored in
// parallel chunks and aligned in parallel. BenchmarkRun (bench_test.go)
// measures 10, 100 and 1,000 synthetic briefs of 5,000 words and reports
// each stage's time.
package compare
