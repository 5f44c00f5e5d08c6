package present

import "strconv"

// Where locates paragraph i (0-based, as stored) of a brief for a reader:
// "¶7" or, with a known page, "¶7, p. 3". Paragraphs are numbered from 1
// wherever the user reads them.
func Where(i, page int) string {
	s := "¶" + strconv.Itoa(i+1)
	if page > 0 {
		s += ", p. " + strconv.Itoa(page)
	}
	return s
}

// WhereSentence is Where for a passage cut from a paragraph: sentence
// (1-based; 0 for a whole paragraph) follows the paragraph, e.g.
// "¶7 (sentence 2), p. 3".
func WhereSentence(i, sentence, page int) string {
	if sentence <= 0 {
		return Where(i, page)
	}
	s := "¶" + strconv.Itoa(i+1) + " (sentence " + strconv.Itoa(sentence) + ")"
	if page > 0 {
		s += ", p. " + strconv.Itoa(page)
	}
	return s
}

// Cite cites paragraph i of the brief called name (see Names), e.g.
// "Meridian Institute ¶7, p. 3". A negative i (a brief silent on a topic)
// cites the name alone.
func Cite(name string, i, page int) string {
	if i < 0 {
		return name
	}
	return name + " " + Where(i, page)
}
