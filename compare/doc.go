// Package compare lines briefs up by topic: it finds every brief's passages
// on shared topics, aligns them side by side, places each brief on position
// axes and lists the differences that matter. It is pure Go, deterministic,
// cancellable through a context and reports progress through
// Options.Progress. Run is the entry point; Result is what it returns.
//
// # Where things live
//
//	concept                                   file
//	Run, its stages, the engine state         run.go, progress.go
//	options and the analyst's edits           options.go, edits.go, editing.go
//	what Run returns (Result, Difference)     result.go
//	the worker pool (every parallel stage)    pool.go
//	tokens, stems, token cache                text.go (sentences: package text)
//	passages                                  passages.go
//	features: vocabulary, cues, TF-IDF        features.go
//	candidate pairs (inverted index)          index.go
//	taxonomy, packs, topic scoring            taxonomy.go, packs.go, topics.go
//	discovered topics and their labels        discover.go, labels.go, teach.go
//	alignment and the reading order           align.go, pages.go
//	position axes: cues, scoring              axes.go
//	  negation and contrast scopes            axes_contrast.go
//	  which sentences argue, one pole each    axes_reading.go
//	the pack's domain words (lexicon.yaml)    lexicon.go
//	numeric claims: scanning numbers          numbers.go, numbers_lexicon.go
//	  keys (subject, measure, unit, time)     numbers_quantity.go
//	  the words around a number               numbers_context.go
//	  the topic of a claim                    numbers_topic.go
//	distinctive terms                         distinct.go, distinct_filter.go
//	differences, in order                     differences.go
//	word diff of two passages                 wording.go
//	near-identical passages (wording)         wording_near.go (MinHash: package minhash)
//	agreements between passages               agree.go
//	where passages point (stance)             stance.go
//	union-find                                unionfind.go
//
// Summaries an analyst reads (a conflict, a coverage gap, a leaning) are
// phrased in package present, never here.
//
// # Pipeline
//
// Run goes through these stages (the names passed to Options.Progress):
//
//  1. passages: pick the passages and turn them into features (passages.go,
//     features.go);
//  2. topics: choose the packs that fit the corpus (packs.go), score every
//     passage against every taxonomy topic, expand the topic profiles from
//     the corpus, score again, split long multi-topic paragraphs
//     (topics.go);
//  3. discover: cluster the passages no taxonomy topic claimed into topics
//     that recur across briefs, seeded by the analyst's examples
//     (discover.go, labels.go, teach.go); then the analyst's edits are
//     re-applied (edits.go);
//  4. align: pair passages across briefs in rows within each topic and
//     compute coverage (align.go, run.go);
//  5. axes, numbers, distinctive, differences: position axes (axes.go),
//     numeric claims (numbers.go), distinctive terms (distinct.go) and
//     differences (differences.go, wording.go), each described below.
//
// # Passages
//
// A passage is a paragraph of kind body, list item or quote. Headings are not
// passages: they only give context (Passage.Section). In plain text, where
// the importer guesses headings, a "heading" of six words or more whose
// content words are mostly lower case reads as a sentence and is a passage;
// a line starting "By" is a byline only when no modal, "to" or pronoun
// follows ("By April there will be ..." is a sentence). Captions, footnotes,
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
// flagged) and turned into a sparse bag of interned features (features.go):
// stems of content words; cue phrases and one-word acronym cues of the
// taxonomy, matched word by word on stems; and alias groups from the
// taxonomy's `aliases` list, so that "ROK", "South Korea", "Republic of
// Korea" and "Seoul" are one feature, as are "RDP" and "Reciprocal Defense
// Procurement", or "MRO" and "maintenance, repair and overhaul". Briefs are
// tokenized and featurized in parallel; new stems then get ids one after
// another in brief, paragraph and sentence order, so ids, and everything
// after, are deterministic, and the vectors are built in parallel again. A
// token cache per worker analyses each distinct written word once.
//
// # Packs and taxonomies
//
// A pack (resources/packs/NAME/taxonomy.yaml; resources.Packs lists them,
// PackTaxonomy reads one) is a taxonomy for one field; "alliance" is the
// first. Options.Taxonomy nil means automatic: every bundled pack is scored
// and a pack joins only when its topics place at least half of the
// corpus's passages (packMinFit; on the alliance samples it places 92%, on
// UK manifesto chapters under 2%), so a pack never fills a comparison on a
// subject it does not describe; the rest is discovered. A taxonomy given
// (--taxonomy alliance|FILE) is used as given, and NoTaxonomy() (--taxonomy
// none) leaves every topic to discovery. Without Options.Axes, the position
// axes are those of the packs in use (packAxes): none when no pack fits or
// with NoTaxonomy, the default pack's with an analyst's own taxonomy file.
// (Until December the alliance axes were applied to every corpus: UK
// manifestos on schools sat at -0.72 on "self-reliance vs. integration",
// "placed" by lines on grammar schools.) A topic may have no cues at all,
// only a label and a description ("Teacher pay: salaries, recruitment and
// retention of teachers"): the content words of both become its cues, and
// feedback (below) adds the words its passages use.
//
// # Topic scores
//
// The taxonomy (a pack, or --taxonomy FILE) gives each
// topic cue terms and phrases with weights ("deterrence^2"). Cues match on
// stems, so a one-word cue whose stem is also a common word of another
// meaning is written as phrases instead ("renewable" stems to "renew", as
// does "renewed war": the cues are "renewable energy", "renewable power";
// likewise "imports"/"important", "readiness"/"ready", "bases"/"based",
// "opposition"/"opposite"); TestTaxonomyStemTraps guards the list. A passage's
// score on a topic is BM25 without IDF against the topic's profile:
//
//	score = Σ over matched cue features f of  w(f) · tf(f)·(k1+1) / (tf(f) + k1·(1 − b + b·len/L))
//
// with k1 = 1.2, b = 0.5 and a fixed reference length L = 45 content words.
// The cue weights carry the curator's judgement, and leaving out corpus
// statistics keeps a passage's score independent of what it is compared
// with, so one fixed threshold serves every corpus. A passage joins every
// topic with score ≥ 2.0 and ≥ 0.34 × its best topic's score
// (multi-label), at most its best three, when the evidence is unambiguous:
// a phrase, acronym or alias cue, a cue word weighed 3 or more, or two
// distinct cue words. One lighter cue word alone may be another sense of
// the word ("command of English", "the energies of the people") and never
// places a passage by itself. Passage.Score is score/(score+3) and
// Passage.Terms lists the matched cues, strongest first.
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
// How the thresholds were chosen: the constants live at the top of
// topics.go (and discover.go, align.go). They were tuned once, by hand, on
// the labelled fixtures (testdata/labels.json: the topics of every
// paragraph of the sample briefs in resources/samples), trading topic
// precision against recall and pair precision against recall, and then
// fixed: they are never fitted per brief or per corpus. quality_test.go
// measures them, and its floors sit a little below the measured figures.
// To change the method, change the constants or cues, run
// `go test -run 'TestQuality|TestDifferencesQuality' -v ./compare/`, and
// keep the figures above the floors at the top of quality_test.go and
// differences_quality_test.go; if you improve a figure, raise its floor.
//
// # Discovered topics
//
// Discovery is how Briefbench reads a subject no pack covers; measured on
// four UK manifesto chapters coded by the Comparative Agendas Project
// (TestCapUKDev), it finds schools, higher education, NHS, crime, courts,
// tenants and the environment with pairwise precision 0.81 and F1 0.65. Every passage no taxonomy topic claimed takes
// part; those of six or more content words shape the clusters.
//
// Clustering reads only the words two briefs or more use (sharedStems).
// Topics align briefs: a word only one brief uses ("our members", its own
// name for a scheme) cannot put two briefs' passages together, and it
// pulled one brief's passages into topics of their own. On our school
// funding set (four briefs, a paragraph per subject each) precision went
// from 0.22 (two topics, each two briefs' whole text) to 0.73 (six
// topics), on climate finance from 0.44 to 0.63 and on the manifestos from
// 0.77 to 0.78, with the agreement rule for k of the time. Labels and
// own-word evidence still read every word.
//
// Each passage is a context vector: its unit-length TF-IDF stem vector plus,
// for each of the two passages on either side in the same brief, that
// passage's vector times 0.5·min(1, 8/length), normalised. Neighbours give a
// short line ("We will do better") its subject; a long passage speaks for
// itself: one of 16 content words or more (discoverOwnLen) goes to the
// topic its own words are nearest, when it fits it, not to the one its
// neighbours pull it to (on our school-funding set, where each brief gives
// one paragraph per subject, precision rose from 0.60 to 0.80 and recall
// from 0.45 to 0.71; the manifestos' lines are shorter: precision 0.810 to
// 0.806; over eight seeds no set got worse on any seed). Without context, F1 on the manifestos was 0.44; with it, 0.80.
//
// The vectors are clustered by spherical k-means (cosine; k-means++ seeds
// from a fixed random source, Options.Seed; the best of 5 runs by total
// cosine) over the features the clustered passages use. The number of
// topics follows the corpus below Options.MaxDiscovered (default 20), by
// consensus (consensus.go): a sample of at most 1,500 passages is
// clustered with every k up to 10 (then every tenth, and the bound) and
// four seeds; average linkage over the share of those clusterings that
// keep two passages apart, cut where a majority keeps them together, gives
// groups, and k is the number of groups that could be topics (two or more
// passages, 2% of the sample, from two briefs or more). It replaced the
// largest k whose clusterings agreed across seeds (adjusted Rand index 0.8
// or more), which favoured k = 2: on the manifestos, over eight seeds, it
// gave 4 topics on four, 2 or 3 on three and 6 on one, precision 0.37 to
// 0.82; the consensus gives 6 or 7 topics on every seed (Schools, Higher education,
// NHS, Crime, Courts, Tenants, Environment), precision 0.78 to 0.83 and F1
// 0.62 to 0.72, below the 0.83 of the luckiest seeds because CAP counts
// higher education as education and courts as crime. On our school-funding
// set mean precision over the eight seeds rose from 0.39 to 0.64, on
// climate finance from 0.40 to 0.46 (TestCapUKDevSeeds holds the floors on
// six seeds). NMF and LDA were not tried. The best sample clustering is
// then refined on all passages.
//
// A cluster becomes a topic only if it holds two or more passages, 2% of
// the clustered ones, from two briefs or more, with a mean cosine to its
// centroid of at least 0.15; so there is no catch-all "Other". Every
// unclaimed passage then joins its nearest topic when its cosine is 0.03 or
// more and its own words are evidence for that topic; the rest stay
// unassigned. A member's score, its strength in the topic (strongest
// first in the side-by-side view, the quote the memo picks), is the cosine
// of its own words to the centroid, so a short line that joined on its
// neighbours' words ("All too often it is not.") does not lead a column.
// A topic left with fewer than two passages, or with one
// brief's only, aligns nothing and is dropped (recurs): its passages stay
// unassigned.
//
// Own words place a passage (ownwords.go): context shapes the clusters but
// never places a line on its neighbours' subject alone. A passage, short or
// long, joins a discovered or taught topic only if its own words hold one
// of the topic's characteristic terms: a stem the topic's clustered
// passages use at a higher rate than the corpus's passages do (class-based
// document-frequency lift above 1), held by two or more of them from two
// briefs or more (one brief's repeated rhetoric is not a subject). A passage
// of six or more content words must also share words with the rest of its
// topic (cosine 0.02 or more). Rhetoric with no subject ("And we are not
// stopping there.", "This is what we will do.") stays unassigned
// (TestOwnWords). Pack topics already place by their cues in the passage's
// own words (above). On the manifestos the rule moved non-policy lines placed
// from 23 to 17 of 32 (content lines placed 1,000 to 990 of 1,040,
// precision 0.744 to 0.752, F1 0.807 to 0.805; now, with unmarked bullets
// read as list items, shared-word clustering and consensus k, 15 of 32 and
// 994 of 1,040 at precision 0.810). Stricter evidence places
// fewer of them only with many subjectless policy lines, which CAP codes by
// their context ("It is Labour's number one priority"): a lift of 2, 950
// content lines and 12 non-policy; terms from three briefs, 962 and 14;
// instead of the lift, a log-likelihood keyness (G², terms of any brief) of
// 10.83 (p < 0.001), 852 and 6; of 15.13, 805 and 4.
// No lexical rule measured kept 95% of content lines with 2 non-policy lines
// or fewer.
//
// Labels (labels.go) are phrases the passages use: runs of one to three
// content words that do not cross punctuation, ranked by class-based TF-IDF
// (after BERTopic): the share of the topic's passages using the phrase
// times log(1 + A/f), A the mean topic size and f the passages of all
// topics using it, with a bonus of 0.3 per extra word and half the score
// for a phrase of one brief only. A phrase may not start or end with a
// verb (a word written after a modal, "to" or a pronoun in 30% of its uses)
// nor end with a modifier (a word followed by another content word in 60%
// of its uses). Acronyms and capitalised names keep their case ("NHS").
// The next four phrases go into the description.
//
// # Teaching by example
//
// Passages an analyst moved into a topic (Edits.Moves) or marked as its
// examples (Edits.Examples) teach it (teach.go). The mean of its examples'
// own TF-IDF vectors (their words, not their neighbours': seeding with
// context vectors gave F1 0.815 against 0.862) seeds one centroid of the
// k-means above, and the examples stay in it; k is at least the number of taught topics. The passages that
// end in its cluster join the taught topic, each naming its two most
// similar examples ("like harbor ¶6") in Passage.Terms. On the manifestos,
// three lines of each of five subjects in one document raise pairwise F1 on
// the other three from 0.827 to 0.862 (precision 0.78 to 0.86).
//
// # Alignment
//
// Within a topic, each passage is a unit-length TF-IDF vector (sublinear tf,
// smoothed IDF over all paragraphs of the corpus) over stems, cue phrases and
// alias groups, so "ROK" meets "South Korea" and "RDP" meets "Reciprocal
// Defense Procurement" even when they share no word. There is no word-vector
// signal yet: synonyms count only through shared stems, aliases and the
// feedback terms of the topic. Candidate pairs come from an inverted index
// (index.go) whose postings are sorted by weight and cut to 96 per feature
// (equal weights, as in repeated text, ordered by a hash so each feature
// keeps a different sample); each passage probes its 24 strongest features
// and scores exactly (cosine) only its 12 best candidates from other
// briefs. The cost per passage is bounded, so the cost of a topic grows
// linearly with its passages, never quadratically.
//
// Rows (align.go): first, passages linked by a cosine of 0.6 or more are
// near-duplicates and are dealt into rows, the k-th copy of each brief in
// the k-th row, so a brief that repeats itself does not block the merge.
// Then pairs with cosine ≥ 0.12 are taken greedily, most similar first: two
// rows merge when a pair links them and they have no brief in common
// (constrained single-link clustering). Each row holds at most one passage
// per brief; a passage without a partner gets a row of its own; rows follow
// the reading order of the first brief that has a passage in them. Topics
// are aligned in parallel (Options.Workers), largest first, and merged in
// topic order.
//
// Reading (align.go, Topic.Reading) lays a topic out to be read across, as
// the app's side-by-side view, the workbook's Side by side sheet and the
// memo show it. A row of Topic.Rows is a point: passages that make the same
// point. Each point weighs the summed scores of its passages. Lines are
// filled from the top: the heaviest points whose briefs are all still free
// go on the line whole; a brief still free takes its heaviest point it can
// make alone, else its heaviest point, whose other passages follow on
// later lines, still linked by Reading.Point. So every brief that
// addresses the topic shows a passage on the first line, columns have no
// gaps, and a brief without passages is marked Empty; its column says why
// once, at the top: "not addressed" only when the brief is silent on the
// topic (Topic.Silent), else which of its paragraphs nearly went to it.
//
// Topic.Elsewhere makes "not addressed" safe when discovery splits a
// subject the briefs treat as one (courts apart from crime): a passage
// whose runner-up topic is nearly as near (0.8 of the nearest's cosine,
// discoverNearTie) and whose own words meet that topic's admission rules
// could have gone either way, so its brief is not silent on the runner-up.
// On the manifestos, Conservative 1992 had no passage under Courts (its
// sentencing and bail lines went to Crime) and was named silent on it in
// the memo's bottom line; now four of its lines are named instead, and
// the climate set's two true gaps stay gaps. For a pack topic, a passage
// with sure evidence for it (the placement rules below) that lost its place
// to stronger topics (relTopicScore, maxTopics) counts the same way
// (scorer.outscored): on the two shared alliance briefs, CNAS is no longer
// "silent" on economic security.
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
// and listed in Result.Warnings (edits.go).
//
// # Position axes
//
// Each axis (resources/packs/alliance/axes.yaml, or --axes FILE; users add axes there) has
// two poles with cue words and phrases, matched on Snowball stems, longest
// first and without overlaps. A one-word cue weighs 1, a phrase 1.5, times
// an optional "^N" multiplier. Every sentence of a brief is scored on its
// own; headings and captions count half, footnotes not at all.
//
// Negation and contrast (axes_contrast.go) move a cue to the OPPOSITE pole
// at half weight, so a rejected cue never counts for its own pole. Scopes:
// "rather than X", "instead of X", "as opposed to X" (to the end of the
// clause, at most 12 words), "no longer X", "beyond X", "no need for X",
// "wary of X", "resist X", "oppose X", "reject X", "decline to X", "refuse
// to X", "stop X", "stay out of X"; four words after "not", "never", "cannot", "without", "no"
// (a whole clause after "nor"), or up to 16 words, to the end of the
// clause, when the negator governs a noun phrase or a verb with its object
// ("not a so-called X that would let Y move to Z", "should not send units
// to X", "not in X", "no X", "without X") or a relative clause follows.
// "No doubt", "no less" and "not least" do not negate. Rejecting
// predicates look back over their subject, to the start of the clause
// (commas inside the subject do not end it, ", and" does), at most 24
// words: "pressing Seoul to join X, or to plan for Y, would cost more than
// it adds" rejects X and Y, as do "would be a mistake", "would backfire",
// "makes little sense", "at the expense of" and the like
// (rejectPredicates); what comes after "at the expense of" counts for
// neither pole. A verb of harm inside a rejecting scope ("without
// weakening X", "rather than abandon X") negates again: the scope ends
// before it, so X keeps its own pole. When a limiter ("solely", "purely",
// "only", "merely") follows inside such a scope, the scope runs on to the
// end of the clause, so "can no longer be measured purely by what happens
// north of the DMZ" rejects the DMZ. In "not merely X but Y" X is rejected and Y,
// the asserted part, counts 1.25 times; "not only X but also Y" keeps X on
// its own pole at half weight (a concession). The thing compared against
// ("more than X") and reported views ("Some in Washington want X", "Critics
// argue X") count half on their own pole. List items after a lead-in that
// ends with a colon and rejects ("we are wary of the proposals now
// circulating:") are rejected proposals: their cues flip. Scopes never cross
// a clause boundary (, ; : dash, brackets, "but", "while", "although", ...).
//
// A sentence is evidence only where it argues (axes_reading.go). It
// argues when it holds a recommending modal or a word of priority, focus
// or judgement (arguers: "should", "must", "cannot", "primarily",
// "focused", "essential", "would", ...) that does not follow a reporting
// verb ("the two presidents pledged to ... strengthen deterrence" reports
// their words), opens with an imperative ("Negotiate ...", "Encourage
// ...", also after an enumerator: "Fourth, seek ..."), or rejects or
// asserts a cue of the axis through a negation or contrast construction
// above. A negation that governs no cue takes no position: "buyers in
// Europe and Southeast Asia, ... a speed Western firms could not match"
// lists markets and does not argue. A sentence that does not argue
// still counts when it does not merely describe: it must carry at least a
// phrase's weight (1.5), and no proper-name cue (a cue written with
// capitals in the axes file or in the sentence, not as its first word nor
// in a title: "North Korea", "Taiwan", "along the Demilitarized Zone":
// "North Korea tested three missiles"),
// no figure or rank ("exports reached $14 billion", "the ninth-largest
// exporter"), no history ("two decades ago") and no other actor opening it
// than the lexicon's home subject ("Japan, for its part, has chosen deep
// integration"). Threat descriptions, histories, figures and other
// countries' moves are thus not positions.
//
// Cues match on stems, but a word must keep the cue word's kind: an
// adjective in "-al" is not its stem's noun or verb ("integral" is not
// "integration", "region" is not "regional"; sameKind). A cue inside a
// phrase of the other pole does not count: "industrial cooperation,
// especially in ship repair and arms exports" gives "arms exports" to the
// cooperation (ungoverned: a cue of the other pole before it, at most 8
// tokens back, with a governing word such as "in", "on", "of",
// "especially", "including" between and no pivot or semicolon).
//
// A sentence counts for one pole at most. Contrast decides it: after a
// pivot ("instead", "but", "yet", "however") or a leading concessive
// clause ("While X remains essential, ...", "Although X has merits, ...",
// "Given X, ...", "And while X — not least Y — Z"), what follows is
// asserted; cues before it are conceded and dropped, unless the sentence
// rejects them ("no longer ... purely X — instead Y": X flipped counts with
// Y). The pole of the asserted part wins. Without a pivot, the pole holding
// at least twice the other's weight wins; a sentence balanced between the
// poles counts for neither. The analyst can reject a quote
// (Edits.Rejected, by axis, brief, paragraph and sentence text): it no
// longer counts, Position.Rejected counts it, and a rejection that no
// longer matches a sentence is listed in Result.Warnings.
//
// One sentence gives a pole at most 3. Summing over sentences gives L
// (first pole) and R (second):
//
//	score      = (R − L) / (R + L + 3)          in (−1, 1); little evidence stays near 0
//	confidence = (1 − exp(−(L+R)/6)) · (0.5 + 0.5·|R − L|/(L + R))
//
// so more evidence, and more one-sided evidence, give more confidence. A
// brief is Mixed when the pole it argues in fewer sentences has at least
// three of them and at least half as many as the other. Evidence keeps the
// three strongest sentences per pole, verbatim, with paragraph, page and
// the cues that fired (a flipped cue reads "rather than: autonomy"), the
// strongest first across both poles. How a position reads ("leans toward
// X" from a score of ±0.15, "balanced", "argues both sides", or "not
// enough evidence" below a total weight of 2) is decided once, in
// present.Leaning, for the app, the memo, the workbook and the CLI.
// Sentences come from a rule-based splitter (package text) that keeps
// abbreviations, initials, decimals and glued footnote marks together.
//
// # Numeric claims
//
// Sentences are scanned for numbers written with digits and for spelled
// ranks (numbers.go). A number is classified by what surrounds it: a
// currency sign or code before it or a currency name after it, with a scale
// word ("$14 billion", "US$ 3.5bn", "₩1.2 trillion", "1.5 trillion won";
// an actor's word or demonym of the lexicon may stand before the name:
// "1.4 trillion Korean won"),
// is money in that currency; "%", "percent", "per cent" is a percentage, and
// "of GDP" after it makes it a share of GDP; 1900–2100 written plainly is a
// year; "fourth-largest", "top five", "ranked third", "No. 4" are ranks; a
// number followed by a noun is a count. Footnote marks, list numbers,
// references (page, section, note), days and years of dates, model names
// (F-35), numbers glued to units (155mm), decades (1970s), durations (72
// years) and ordinals that are not ranks (20th congress) are not claims.
//
// Nor are labels (isLabel): a quantity stands before its noun ("2
// recommendations"), a number right after a noun that names numbered things
// identifies it. So a number is a label after "Recommendation", "Section",
// "Chapter", "Figure", "Table", "Step", "Phase", "Article", "Annex",
// "Resolution", "Pillar" and the like in any case (labelNouns); after
// "Part", "Point", "Option", "Item", "Title", "Goal", "Priority", "Lesson"
// and the like only when capitalised (labelNounsCapital: "at one point
// 40,000 troops" is a count); after any capitalised word when a colon
// follows ("Takeaway 3:"); after "No." that follows such a word or opens a
// sentence before a colon ("Resolution No. 2270", "No. 2: ..."; "the No. 4
// exporter" stays a rank); and when joined to a label just before by
// "and", "or", "to", a comma or a dash ("Sections 2 and 3"). "#3", "(2)"
// and "2." opening a list item were already skipped. So "Recommendation 2:
// the fund should receive $5 billion" and "Recommendation 4: the fund
// should receive $5 billion" agree on $5 billion and nothing else.
//
// A claim's key (QuantityKey, numbers_quantity.go) says whose figure it
// is, what it measures, its unit and its time:
//
//   - measure: a head concept (spending, exports, troops, tariff,
//     investment, ...), the nearest head word in the clause (the words
//     right after "$10 billion in ..." first), with the word that
//     qualifies it ("defense spending", "arms exports"), normalised through
//     the pack's lexicon (resources/packs/alliance/lexicon.yaml, parsed by
//     lexicon.go: defence = defense = military; budget = spending = spent =
//     expenditure; troops = forces = personnel; sales = exports; weapons =
//     arms; a pack without lexicon.yaml has an empty lexicon, PackLexicon:
//     no actors, heads or synonyms, and measures are read from the nearest
//     content words). A share of GDP is named by what is spent, not by GDP ("2.8
//     percent of GDP on defense" is defense spending). An elliptical rank
//     takes the noun of the other rank of its sentence ("10th-largest arms
//     exporter and aims to become the fourth-largest": both rank arms
//     exporters).
//   - subject: the actor (lexicon actors) that opens the measure ("US
//     troops" are the US's troops, "Korea troops" Korea's: they never
//     meet; a people head between two actors, "U.S. Forces Korea", is
//     the first actor's people), else the actor named nearest before the number in the
//     sentence, else after it, else the actor the brief names most.
//   - time: a target year ("by 2030" in a sentence stating an aim, never a
//     year before publication) dates the claim it is the deadline of (Year
//     2030, Target); otherwise the year of the same clause (not a target)
//     dates it ("arms exports in 2023"); else it is undated (given as
//     current). A target year is itself a claim (unit "target year")
//     keyed by what it is the deadline of ("fourth-largest arms exporter").
//   - a category is not a rank: "among the top 10 exporters", "the top 10
//     arms exporters that are U.S. allies" (a restrictive relative clause)
//     is no claim.
//
// Event years ("signed in 1953") have unit "year" and never conflict.
//
// Conflict rule: claims with equal keys (subject, measure, unit and time)
// are grouped by value: equal after rounding to the coarser precision
// written (2.8 and 2.83), within 1%, or within 3% when either is hedged
// ("about", "some"); a "top N" rank agrees with any rank up to N
// (sameValue). A brief that gives two values for one key is left out of
// that key (it never conflicts with itself, and it is not read with
// confidence). Two groups or more make a conflict, whose difference
// carries the key (Difference.Measure): why the figures are comparable.
// Two values of one measure in one brief at different times are a
// trajectory ("10th now, 4th by 2030"). A measure given undated by one
// brief and dated by another may or may not be comparable: those are
// related figures, never a conflict nor an agreement. Precision first: a
// pair the rules cannot place surely is not a conflict.
//
// The words around the number (numbers_context.go): a key says what is
// measured, not what the money or the people are for. A claim keeps the
// content words of the noun phrase its number modifies ("$5 billion
// investment package") and of one prepositional phrase after it ("for
// semiconductor plants", "in a new shipbuilding fund"; after a head of
// people only the phrase: "troops serve in Japan" has no qualifier),
// leaving out the measure's own words, actors, generic words, years and
// idioms ("in place", "in total"). Two claims of different briefs whose
// qualifiers are both known and share no word (on stems and lexicon
// synonyms) qualify different things: a key holding such a pair gives
// related figures (Difference.Reason "context", each Item.Context the
// words as written), neither a conflict nor an agreement, and such a pair
// does not oppose two passages (stance). One brief's points of a
// trajectory must not differ so either. A qualifier on one side only does
// not separate ("a $9 billion investment" and "a $7 billion investment in
// a shipbuilding fund" still conflict): the rule only removes pairs.
//
// Topic of a claim (numbers_topic.go): a paragraph may sit in several
// topics, so each claim goes to the one of them whose taxonomy cues (terms
// and phrases, on stems, with their weights) best match what it measures:
// cues found in its quantity (with "percent of GDP" for shares of GDP)
// count twice their weight, cues among the eight words each side of the
// number once. Ties, and claims that match no cue, go to the topic where
// the paragraph scores highest (the former rule). So "28,500 U.S. service
// members" goes to force posture (cue "troops") though the paragraph scores
// higher on the regional role, and "2.8% of GDP" to burden sharing (cues
// "spending", "% of GDP") rather than command. A numeric difference or
// agreement is filed under the topic most of its claims went to, ties
// going to the earliest claim's (keyTopic).
//
// # Distinctive terms
//
// distinct.go ranks, per brief, the content stems and two-word runs
// (adjacent content words) it uses more than the others, within each topic
// (its passages against the other briefs' passages in the topic) and
// overall (all its text but footnotes, against all other briefs), by the
// weighted log-odds ratio with an informative Dirichlet prior (Monroe,
// Colaresi and Quinn 2008, eq. 16–22). With y_w a term's count in all
// groups and n the total:
//
//	a_w   = 0.1 · y_w,  a_0 = 0.1 · n
//	δ     = log((y_iw+a_w)/(n_i+a_0−y_iw−a_w)) − log((y_jw+a_w)/(n_j+a_0−y_jw−a_w))
//	z     = δ / sqrt(1/(y_iw+a_w) + 1/(y_jw+a_w))
//
// where i is the brief and j the rest. The prior shrinks rare terms toward
// the corpus rate, so words are ranked by evidence, not raw counts. Only
// over-use is listed, so the test is one-sided: across a brief's whole text
// a term needs z ≥ 1.645 (5%); within one topic, where each brief brings a
// few hundred words, z ≥ 1.282 (10%). Terms used at least twice are listed,
// at most 15, strongest first, each shown as its commonest written form
// ("U.S." with its final period). (At z ≥ 1.96 most topics of the
// ~1,000-word bundled samples listed no term at all, which told an analyst
// nothing.)
//
// A filter (distinct_filter.go) keeps the list to content nouns and noun
// phrases, by part-of-speech-like rules and documented word lists:
//
//   - never counted, like stop words (they break two-word runs): numbers,
//     adverbs ("-ly" words except nouns and verbs such as "ally", "supply")
//     and distinctStop (modal and auxiliary-like verbs such as "cannot",
//     "need", "let"; number words; connectives and other adverbs);
//   - counted but never listed alone: generic verbs ("use", "make", "build",
//     "expand", "reach", ...), adjectives ("clear", "large", "new", ...) and
//     nouns ("case", "step", "role", ...) matched on stems (genericVerbs,
//     genericWords); words used as verbs in at least half their uses (an
//     "-ing" or "-ed" form after "is", "to", "by", a modal or a pronoun or
//     before a determiner; any word after a modal or a subject pronoun; an
//     "-s" form before a determiner: "is growing", "marks the"), and "-ed"
//     forms always; parts of place names ("south", "united");
//   - two-word terms are dropped when both words are generic, when the first
//     is a generic verb (a verb and its object: "keep air"), when a demonym
//     meets a generic word ("make Korea"), or when the second is a verb form
//     ("Korea leading"); "dry dock", "burden sharing", "Seventh Fleet" stay;
//   - contrast: a term that every group uses must be used at least twice as
//     often (per word) by the brief as by the rest; demonyms, country
//     adjectives, countries and capitals (the lexicon's demonyms: "Korean",
//     "American", "U.S.", "Seoul") always need that ratio and z ≥ 2.576 (one-sided 0.5%), since
//     every brief on one question uses them.
//
// # Differences
//
// differences.go lists, in this order:
//
//   - numeric: one per key on which briefs disagree, quoting each brief's
//     sentence with its value and unit, under the topic most of its claims
//     were filed under (see "Numeric claims"); then trajectories (one
//     brief, one measure, several times) and related figures;
//   - coverage: topics that some briefs address (at least 5% of their words)
//     while others ignore (at most 0.5%), with every brief's share and its
//     strongest passage; a silent brief's item has Paragraph −1 and empty
//     Text (nothing to cite, see Item);
//   - wording: passages of different briefs in one topic that say nearly the
//     same thing in nearly the same words (wording_near.go). Candidates come
//     from minhash LSH over each passage's word set (10 bands of 2 rows;
//     buckets larger than 30 pair their first passage with the rest, so
//     boilerplate stays linear); a pair is kept at word Jaccard ≥ 0.5, pairs
//     are joined into clusters, and each cluster's first passage is diffed
//     against up to 10 other briefs' passages that are not identical and
//     keep at least 60% of their words unchanged. The diff is word-level
//     (wording.go: WordDiff maps each word, space and punctuation token to a
//     rune, runs go-diff's DiffMainRunes with Options.DiffTimeout, 0 by
//     default for deterministic output, then DiffCleanupSemantic). Changed
//     counts changed words, a deletion followed by an insertion (a
//     replaced word) once, as its longer side: "1 word changed";
//   - agreement: values stated alike by two or more briefs for one key
//     (subject, measure, unit and time; never on a key in conflict);
//     clusters of near-identical passages from at least min(3, number of
//     briefs) briefs; and aligned rows where that many briefs' passages each
//     have a cosine of at least 0.3 (binary content stems) with the rest of
//     the row, named by the specific stems they share.
//
// Sharing words is not agreeing (agree.go, stance.go). Before a cluster or a row is
// called an agreement, its passages are read for where they point, and
// two passages are opposed when
//   - they lean to opposite poles of an axis: each passage is scored like
//     a brief (sentence by sentence, read as for axes: only sentences that
//     argue, one pole per sentence, at most 3 per sentence) and leans to a pole holding at least 1 more
//     than, and twice, the other ("we reject strategic flexibility" and
//     "should be reshaped for strategic flexibility");
//   - in clauses that recommend ("should", "must", "ought", "shall"), one
//     rejects a word (inside a negation or rejection scope, as for axes:
//     "should not sign", "should refuse to reopen", "should stop using")
//     that the other asserts, unless the word is generic (below);
//   - their paragraphs state values for the same quantity key that differ
//     (a numeric conflict, sameValue).
//
// While two passages are opposed, the one opposed to the most others is
// left out (ties: the one sharing the fewest content stems with the others,
// then the later); if fewer than min(3, number of briefs) remain there is
// no agreement. When no pack fits the briefs there are no axes, and not
// being opposed says little: that many passages must then be read pointing
// the same way (stance.sameWay: one recommended word in each, or one value
// for one quantity). On the UK manifestos the rows called agreements
// before included "We will maintain the Assisted Places scheme" beside "We
// will phase out the Assisted Places scheme" and "recorded crime has
// fallen" beside "violent crime rose"; all 16 are gone, and so are 3 on
// our climate and school sets that were true (four briefs all wanting free
// school meals widened, in different words). A row's remaining passages must also share, each stem in
// at least that many of them, two or more specific stems: not the topic's
// one-word cues nor the words of its label, not a generic word
// (the lexicon's generic words, and the genericWords and genericVerbNouns of
// distinctive terms), not a word of an alias group that names a place (a
// group with a one-word member that is not an acronym: "South Korea",
// "Seoul") nor an acronym, and not an adjective of such a name ("Korean",
// "American"). Words of multi-word cues and of named instruments ("security
// of supply arrangement", "Special Measures Agreement") do count: they name
// what the passages agree on. The summary lists those specific stems.
//
// compare phrases no summary: each difference carries its structure
// (Measure and the items' values for numbers; Label, Addressed, Silent and
// the items' shares for coverage; Diff and Changed for wording; Basis and
// Terms for passage agreements), and package present phrases it
// (present.Summary, present.Fill), so the app, the memo, the workbook, the
// JSON and the CLI read alike.
//
// A passage under several topics is reported once, under the first topic.
// Everything is ordered by key or topic order, so the list is deterministic.
//
// # Determinism and speed
//
// Every parallel stage (reading briefs, scoring, aligning, axes, claims,
// distinctive terms, differences) runs on the one worker pool (pool.go),
// on at most Options.Workers goroutines
// (default GOMAXPROCS); each work item writes only its own slot and results
// are merged in brief or topic order, so the output does not depend on
// scheduling or on GOMAXPROCS. Per-topic stages hand out the largest topics
// first so that one big topic does not finish alone on one core; a topic
// with at least 512 passages and a quarter of them all is instead aligned
// and searched for differences on its own with every worker (candidate
// queries, signatures and rows in chunks, joined in order); the test
// TestRunDeterministicBigTopic checks that this gives the output of one
// worker. Feature ids are interned in brief order; the term ids of
// distinctive counting are internal to each worker and never reach the
// output. Each worker keeps a token cache (text.go) that analyses each
// distinct written word once per stage, tokens share that analysis, and
// stages that need a text's tokens only briefly reuse one token buffer.
//
// BenchmarkRun (bench_test.go) measures 10, 100 and 1,000 synthetic briefs
// of about 5,000 words built from the fixture paragraphs, and reports each
// stage's wall time, CPU time and allocation (the corpus and its
// variation are described at synthCorpus). Use -cpuprofile and
// -memprofile with `go tool pprof -top` to find costs; on a busy machine
// compare cpu-ms and B/op rather than ns/op.
package compare
