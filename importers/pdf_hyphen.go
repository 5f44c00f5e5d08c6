package importers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfVocab is what a document itself says about its words, used to tell a
// line-break hyphen ("capa-" + "bilities") from a compound's hyphen that
// happens to fall at a line end ("defense-" + "related").
type pdfVocab struct {
	words map[string]bool // lower-case words seen whole inside a line
	hyph  map[string]bool // lower-case hyphenated compounds seen inside a line
}

// hyphenMarks end a line whose last word continues on the next line: PDFium
// reports a line-end hyphen as \x02; some producers leave a plain hyphen or
// a soft hyphen (U+00AD).
const hyphenMarks = "\x02-\u00ad"

// compoundHeads are first parts that keep their hyphen ("self-reliance").
var compoundHeads = map[string]bool{
	"co": true, "self": true, "non": true, "anti": true, "cross": true, "multi": true, "well": true,
	"long": true, "short": true, "high": true, "low": true, "full": true, "half": true, "all": true,
	"ex": true, "mid": true, "counter": true, "dual": true, "state": true, "defense": true, "defence": true,
	"government": true, "industry": true, "market": true, "security": true, "policy": true, "one": true,
	"two": true, "three": true, "near": true, "far": true, "large": true, "small": true, "medium": true,
}

// compoundTails are second parts that keep their hyphen ("defense-related").
var compoundTails = map[string]bool{
	"related": true, "based": true, "led": true, "backed": true, "looking": true, "oriented": true,
	"owned": true, "funded": true, "driven": true, "making": true, "level": true, "scale": true,
	"term": true, "wide": true, "building": true, "sharing": true, "specific": true, "sponsored": true,
	"ranging": true, "standing": true, "made": true, "aligned": true, "centered": true, "centric": true,
	"focused": true, "bound": true, "free": true, "like": true, "style": true, "year": true, "old": true,
	"edge": true, "class": true, "sized": true, "production": true, "run": true, "enabled": true,
	"grade": true, "intensive": true, "critical": true, "use": true, "industrial": true,
}

// newPDFVocab collects the words of lines given in reading order, leaving out
// the two fragments around every line-end hyphen.
func newPDFVocab(lines []pdfLine) *pdfVocab {
	v := &pdfVocab{words: map[string]bool{}, hyph: map[string]bool{}}
	split := false
	for _, ln := range lines {
		if ln.chrome {
			continue
		}
		text := ln.text
		if split {
			text = dropFirstWord(text)
		}
		split = endsWithHyphen(text)
		if split {
			text = dropLastWord(text)
		}
		v.add(text)
	}
	return v
}

// add records the words and in-line hyphenated compounds of text.
func (v *pdfVocab) add(text string) {
	for _, f := range strings.FieldsFunc(strings.ReplaceAll(text, "\x02", "-"), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		f = strings.Trim(strings.ToLower(f), "-")
		if f == "" {
			continue
		}
		if strings.Contains(f, "-") {
			v.hyph[f] = true
		}
		for _, w := range strings.Split(f, "-") {
			if w != "" {
				v.words[w] = true
			}
		}
	}
}

// join appends line b to paragraph text a. When a ends with a hyphen mark
// between letters, the hyphen is dropped if it is a line-break artefact and
// kept if the two parts form a compound; a line ending in a dash joins
// without a space; otherwise the lines are joined with a space.
func (v *pdfVocab) join(a, b string) string {
	a = strings.TrimRight(a, " ")
	b = strings.TrimLeft(b, " ")
	if endsWithHyphen(a) {
		mark, n := utf8.DecodeLastRuneInString(a)
		head := a[:len(a)-n]
		w1 := lastWord(head)
		w2 := firstWord(b)
		if w1 != "" && w2 != "" {
			if mark == '\u00ad' || !v.keepHyphen(w1, w2) {
				return head + b
			}
			return head + "-" + b
		}
	}
	if strings.HasSuffix(a, "—") || strings.HasSuffix(a, "–") || numberRange(a, b) {
		return a + b
	}
	return a + " " + b
}

// keepHyphen decides whether w1-w2, split at a line end, is a compound. The
// document decides first: the joined word or the hyphenated form found
// elsewhere in it. Then a capitalised second part (Indo-Pacific), a known
// compound head or tail, or two parts that are both words in the document
// keep the hyphen; anything else (capa-bilities) is joined.
func (v *pdfVocab) keepHyphen(w1, w2 string) bool {
	l1, l2 := strings.ToLower(w1), strings.ToLower(w2)
	switch {
	case v.hyph[l1+"-"+l2]:
		return true
	case v.words[l1+l2]:
		return false
	case startsUpper(w2):
		return true
	case compoundHeads[l1] || compoundTails[l2]:
		return true
	case len(l1) >= 4 && len(l2) >= 4 && v.words[l1] && v.words[l2]:
		return true
	}
	return false
}

func endsWithHyphen(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == 0 || !strings.ContainsRune(hyphenMarks, r) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return unicode.IsLetter(p)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lastWord returns the trailing run of letters of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}

// firstWord returns the leading run of letters of s.
func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

func dropFirstWord(s string) string {
	return strings.TrimPrefix(s, firstWord(s))
}

func dropLastWord(s string) string {
	s = strings.TrimRightFunc(s, func(r rune) bool { return strings.ContainsRune(hyphenMarks, r) })
	return strings.TrimSuffix(s, lastWord(s))
}

// numberRange reports whether a ends in "digit-" and b starts with a digit
// (a range such as 12-14 broken at the line end).
func numberRange(a, b string) bool {
	if !strings.HasSuffix(a, "-") || len(a) < 2 || b == "" {
		return false
	}
	return unicode.IsDigit(rune(a[len(a)-2])) && unicode.IsDigit(rune(b[0]))
}
