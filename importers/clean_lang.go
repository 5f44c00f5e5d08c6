package importers

import (
	"strings"
	"unicode"
)

// This file guesses a text's language: by script for non-Latin text, by the
// share of common function words for English, French, German and Spanish.
// That is enough to tell an English brief from a notice in another language;
// a statistical detector (whatlanggo) would add weight for little gain here.

// stopWords are frequent function words per language.
var stopWords = map[string]map[string]bool{
	"en": set("the of and to in a is that for on with as by are be this it from or an at which has have not their its was will were can more than also"),
	"fr": set("le la les de des du et en un une est que qui pour dans sur par au aux pas ce cette sont plus avec ou"),
	"de": set("der die das und ist nicht den dem des ein eine zu im mit von auf für sich auch als bei wird sind oder"),
	"es": set("el la los las de del y en un una es que por para con se su al lo como más pero sus este esta"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// script names the dominant writing system of s: "latin", "hangul", "han",
// "kana", "cyrillic", "arabic", or "" when s has no letters.
func script(s string) string {
	var latin, hangul, han, kana, cyr, arab int
	for _, r := range s {
		switch {
		case r < 0x80:
			if unicode.IsLetter(r) {
				latin++
			}
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.Is(unicode.Arabic, r):
			arab++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	// Non-Latin scripts carry more meaning per letter: weight them.
	best, name := latin, "latin"
	for _, c := range []struct {
		n    int
		name string
	}{{hangul * 3, "hangul"}, {kana * 3, "kana"}, {han * 3, "han"}, {cyr, "cyrillic"}, {arab, "arabic"}} {
		if c.n > best {
			best, name = c.n, c.name
		}
	}
	if best == 0 {
		return ""
	}
	if name == "han" && kana > 0 {
		name = "kana"
	}
	return name
}

// detectLanguage returns an ISO 639-1 code for text, or "" when unsure.
func detectLanguage(text string) string {
	switch script(text) {
	case "hangul":
		return "ko"
	case "kana":
		return "ja"
	case "han":
		return "zh"
	case "cyrillic":
		return "ru"
	case "arabic":
		return "ar"
	case "":
		return ""
	}
	return latinLanguage(text, 3)
}

// latinLanguage picks the language whose function words make up the largest
// share of the first words of text; minWords is the fewest words to decide on.
func latinLanguage(text string, minWords int) string {
	counts := map[string]int{}
	n := 0
	for w := range strings.FieldsSeq(text) {
		w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		n++
		for lang, sw := range stopWords {
			if sw[w] {
				counts[lang]++
			}
		}
		if n >= 2000 {
			break
		}
	}
	if n < minWords {
		return ""
	}
	best, bestN := "", 0
	for _, lang := range []string{"en", "fr", "de", "es"} {
		if counts[lang] > bestN {
			best, bestN = lang, counts[lang]
		}
	}
	if float64(bestN)/float64(n) < 0.12 {
		return ""
	}
	return best
}
