package brief

import (
	"hash/fnv"
	"strings"
	"unicode"

	"briefbench/minhash"
)

// Fingerprint is a compact summary of a brief's text for finding the same
// brief imported twice, e.g. from its PDF and its Word file: a MinHash
// sketch of the text's overlapping word 8-grams (shingles). Formats differ
// in what they keep (page furniture, a references list), so two
// fingerprints are compared by containment, not equality.
type Fingerprint struct {
	shingles int
	mins     [fingerprintHashes]uint64
	words    uint64 // hash of the whole normalised word sequence
}

// fingerprintHashes is the sketch size (package minhash holds the hash
// functions). With 64 hashes the similarity
// estimate's standard error is at most 0.0625 (0.04 near 0.9).
const fingerprintHashes = 64

// shingleWords is the length of a shingle in words.
const shingleWords = 8

// SameText is the Containment at or above which two briefs hold the same
// text. Briefs on the same question by different authors share almost no
// 8-word runs (containment near 0); one brief in two formats shares nearly
// all of them.
const SameText = 0.8

// Fingerprint sketches the brief's paragraphs (dropped blocks excluded):
// words lower-cased and stripped of punctuation, so a smart quote or a
// hyphenation choice does not matter.
func (b *Brief) Fingerprint() Fingerprint {
	var words []string
	for _, p := range b.Paragraphs {
		for w := range strings.FieldsSeq(p.Text) {
			w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
			if w != "" {
				words = append(words, w)
			}
		}
	}
	var f Fingerprint
	sk := minhash.Sketch(f.mins[:])
	sk.Reset()
	if len(words) == 0 {
		return f
	}
	all := fnv.New64a()
	for _, w := range words {
		all.Write([]byte(w))
		all.Write([]byte{' '})
	}
	f.words = all.Sum64()
	n := max(1, len(words)-shingleWords+1)
	f.shingles = n
	h := fnv.New64a()
	for i := range n {
		h.Reset()
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		sk.Add(h.Sum64())
	}
	return f
}

// SameWords reports whether the two texts have the same words in the same
// order (case and punctuation aside): one text in two formats, not two
// editions.
func (f Fingerprint) SameWords(g Fingerprint) bool {
	return f.shingles > 0 && f.shingles == g.shingles && f.words == g.words
}

// SameSize is the least ratio of the shorter text's length to the longer's
// (in shingles) for two texts to be nearly the same text. A PDF and a Word
// file of one brief differ by some page furniture or a references list; a
// report that carries a summary as an annex is several times its length.
const SameSize = 0.75

// Repeats reports whether b (fingerprint fb) repeats a (fingerprint fa):
// the same words, or nearly the same text in another format, which is one
// brief saved twice (its PDF and its Word file). Both texts must be nearly
// the same: a brief that contains the other (Holds) is not a repeat. Nearly
// the same text in one format is another edition, not a repeat.
func Repeats(a, b *Brief, fa, fb Fingerprint) bool {
	if fa.SameWords(fb) {
		return true
	}
	return a.Source.Format != b.Source.Format && fa.Containment(fb) >= SameText && !fa.Holds(fb) && !fb.Holds(fa)
}

// Holds reports whether f's text contains nearly all of g's while being
// clearly longer: a report carrying a summary as an annex, or quoting a
// whole short brief. Both are kept; callers say so in a note.
func (f Fingerprint) Holds(g Fingerprint) bool {
	return g.shingles > 0 && float64(g.shingles) < SameSize*float64(f.shingles) && f.Containment(g) >= SameText
}

// Containment estimates the share of the smaller text's shingles that the
// other text also has (0..1): the MinHash estimate J of the Jaccard
// similarity gives the intersection J/(1+J) of the two sets' total size.
func (f Fingerprint) Containment(g Fingerprint) float64 {
	if f.shingles == 0 || g.shingles == 0 {
		return 0
	}
	j := float64(minhash.Sketch(f.mins[:]).Same(g.mins[:])) / fingerprintHashes
	inter := j / (1 + j) * float64(f.shingles+g.shingles)
	return min(1, inter/float64(min(f.shingles, g.shingles)))
}
