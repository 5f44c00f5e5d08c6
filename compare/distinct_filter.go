// Which words may be distinctive terms: a part-of-speech-like filter and
// the contrast rule for words every brief uses. The method is described in
// doc.go ("Distinctive terms").

package compare

import "strings"

// distinctUbiquityRatio is how many times more often than the other briefs
// a brief must use a term that every other group also uses (or a
// demonym or country name, see demonymStems) for it to be listed.
const distinctUbiquityRatio = 2.0

// distinctDemonymZ is the z a demonym, country adjective or name must
// reach (one-sided 0.5%, stricter than DistinctZ): briefs on one question
// all use them, so only a strong over-use says something.
const distinctDemonymZ = 2.576

// distinctStop are words never counted as terms, like stop words: they
// break two-word runs. Modal and auxiliary-like verbs, number words,
// connectives and adverbs the Snowball stop list lets through. Words ending
// in "-ly" are adverbs too (see isAdverb).
var distinctStop = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "first": true,
	"second": true, "third": true, "also": true, "must": true, "may": true, "might": true,
	"would": true, "could": true, "should": true, "can": true, "will": true, "shall": true,
	"cannot": true, "can't": true, "won't": true, "ought": true, "need": true, "needs": true,
	"needed": true, "let": true, "lets": true, "get": true, "gets": true, "got": true,
	"still": true, "even": true, "many": true, "much": true, "every": true, "within": true,
	"without": true, "upon": true, "yet": true, "however": true, "though": true,
	"although": true, "whether": true, "since": true, "already": true, "often": true,
	"rather": true, "less": true, "least": true, "well": true, "like": true, "per": true,
	"via": true, "etc": true, "us": true, "says": true, "said": true, "way": true,
	"ways": true, "thing": true, "things": true, "now": true, "today": true,
	"around": true, "alone": true, "toward": true, "towards": true, "instead": true,
	"almost": true, "again": true, "away": true, "back": true, "ever": true, "far": true,
	"further": true, "here": true, "there": true, "quite": true, "soon": true, "thus": true,
	"too": true, "perhaps": true, "indeed": true, "once": true, "later": true,
	"together": true, "enough": true, "ahead": true, "else": true, "across": true,
	"among": true, "amid": true, "beyond": true, "despite": true, "unless": true,
	"whose": true, "whom": true, "whatever": true, "anyway": true, "yes": true,
}

// adverbNouns end in "-ly" but are nouns or names, not adverbs.
var adverbNouns = map[string]bool{
	"ally": true, "supply": true, "assembly": true, "family": true, "italy": true,
	"july": true, "rally": true, "monopoly": true, "anomaly": true, "reply": true,
	"fly": true, "ply": true, "bully": true, "belly": true, "jelly": true, "folly": true,
	"lily": true, "holy": true, "oily": true, "angly": true, "apply": true, "comply": true,
	"multiply": true, "imply": true, "rely": true, "resupply": true, "oversupply": true,
}

// isAdverb reports whether a lower-case word is an adverb by its "-ly"
// ending ("fully", "largely", "heavily"), nouns and verbs such as "ally" and
// "supply" excepted.
func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !adverbNouns[w]
}

// genericVerbs are very common verbs that say little about what a brief
// argues, and genericVerbNouns those that are nouns as often ("cost",
// "risk", "share"). Like genericWords they are counted, so they can stand in
// a two-word term ("burden sharing", "cost sharing"), but never listed on
// their own; a two-word term may not start with a word of genericVerbs (a
// verb and its object: "keep air", "make Korea"). All are matched on stems,
// so "builds" and "building" count as "build".
var genericVerbs = []string{
	"use", "make", "take", "give", "keep", "put", "go", "come", "bring", "expand", "grow",
	"mean", "begin", "continue", "remain", "become", "became", "allow", "provide",
	"ensure", "include", "require", "seek", "sought", "create", "develop", "strengthen",
	"protect", "improve", "reduce", "pursue", "operate", "respond", "serve", "deliver",
	"deepen", "add", "lose", "lost", "stay", "leave", "follow", "carry", "consider",
	"decide", "fail", "manage", "raise", "try", "want", "seem", "appear", "tend",
	"believe", "think", "know", "known", "written", "write", "given", "taken", "done",
	"made", "chosen", "driven", "shown", "grown", "brought", "kept", "argue", "suggest",
	"remains", "enable", "maintain", "avoid", "achieve", "involve", "receive", "enjoy",
	"join", "prepare", "accept", "tell", "ask", "find", "found", "seen", "held", "led",
	"met", "left", "paid", "drawn", "won", "sent", "send", "get",
}

var genericVerbNouns = []string{
	"build", "built", "reach", "turn", "call", "help", "lead", "run", "move", "hold",
	"stand", "show", "see", "say", "work", "play", "start", "offer", "increase", "support",
	"shape", "address", "face", "meet", "share", "pledge", "open", "gain", "change", "pay",
	"push", "press", "rise", "matter", "focus", "hope", "look", "note", "draw", "risk",
	"aim", "act", "form", "return", "stop", "win", "cost", "set",
}

// genericWords are generic adjectives and nouns, treated like
// genericVerbNouns: never listed alone, nor two of them together ("clear
// role"); see listableBi.
var genericWords = []string{
	// adjectives
	"clear", "large", "largest", "small", "big", "new", "good", "great", "important",
	"key", "major", "real", "serious", "strong", "full", "able", "unable", "likely",
	"possible", "current", "recent", "significant", "different", "certain", "broad",
	"broader", "wide", "wider", "high", "higher", "low", "lower", "long", "longer", "short",
	"better", "best", "main", "whole", "own", "early", "late", "practical", "simple",
	"hard", "easy", "true", "next", "past", "similar", "common", "general", "specific",
	"particular", "various", "several", "same", "such", "entire", "direct", "right",
	"wrong", "necessary", "useful", "vital", "essential", "crucial", "greater", "greatest",
	"larger", "smaller", "bigger", "biggest", "stronger", "strongest", "rich", "poor",
	"ready", "willing", "sure", "difficult", "free", "fair", "little", "less", "more",
	"most", "few", "fewer", "growing", "increasing", "modern",
	// nouns
	"case", "place", "part", "point", "means", "step", "area", "side", "kind", "number",
	"lot", "fact", "issue", "question", "time", "year", "term", "level", "purpose", "goal",
	"role", "condition", "country", "nation", "approach", "effort", "option", "idea",
	"sense", "view", "course", "end", "result", "problem", "reason", "basis", "today",
	"decade", "month", "week", "day", "world", "people", "thing", "someone", "something",
	"anything", "everything", "nothing", "way", "manner", "sort", "type", "example",
	"instance", "moment", "period", "stage", "chance", "opportunity", "challenge",
	"interest", "need", "task", "aspect", "element", "factor", "form", "area", "field",
}

// stemSet stems a word list (read-only once built).
func stemSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		for _, t := range tokenize(w) {
			m[t.Stem] = true
		}
		m[strings.ToLower(w)] = true
	}
	return m
}

var (
	genericVerbStems = stemSet(genericVerbs)
	genericTermStems = stemSet(append(append(append([]string{}, genericVerbs...), genericVerbNouns...), genericWords...))
	demonymStems     = stemSet(domain.demonyms)
)

// isParticiple reports whether a lower-case written form looks like a verb
// form: ending in "-ing", or in "-ed" (not "-eed": "speed", "seed").
func isParticiple(w string) bool {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return true
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && w != "hundred":
		return true
	}
	return false
}

// verbBefore and verbAfter are words that, around an "-ing" or "-ed" form,
// show it is used as a verb: "is growing", "to building", "leading the
// defense", "combined them".
var (
	verbBefore = map[string]bool{
		"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
		"being": true, "has": true, "have": true, "had": true, "to": true, "will": true,
		"would": true, "can": true, "could": true, "should": true, "must": true, "may": true,
		"might": true, "it": true, "they": true, "we": true, "he": true, "she": true,
		"who": true, "which": true, "not": true, "also": true, "and": true, "or": true,
		"by": true, "without": true,
	}
	verbAfter = map[string]bool{
		"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
		"her": true, "our": true, "them": true, "it": true, "this": true, "these": true,
		"those": true, "that": true, "us": true, "him": true, "every": true, "each": true,
		"any": true, "some": true, "all": true, "more": true, "up": true, "out": true,
	}
)

// finiteBefore are words that, right before any word, show it is a finite
// verb or an infinitive: "it marks", "would treat", "who explores".
var finiteBefore = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "should": true, "must": true,
	"may": true, "might": true, "it": true, "they": true, "we": true, "he": true, "she": true,
	"who": true, "which": true, "do": true, "does": true, "did": true, "i": true, "you": true,
}

// verbUse reports whether the content token toks[i] is used as a verb: an
// "-ing" or "-ed" form next to a word that shows it (verbBefore,
// verbAfter), or any word after a modal or a subject pronoun
// (finiteBefore) or, ending in "-s", before a determiner ("marks the").
func verbUse(toks []token, i int) bool {
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].Word
	}
	if i+1 < len(toks) {
		next = toks[i+1].Word
	}
	w := toks[i].Word
	if isParticiple(w) {
		return verbBefore[prev] || verbAfter[next]
	}
	return finiteBefore[prev] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && verbAfter[next] && next != "more" && next != "up" && next != "out"
}

// wordKind is what the filter knows about one written form.
type wordKind struct {
	generic bool // a generic verb, adjective or noun (genericTermStems)
	verb    bool // a generic verb (genericVerbStems)
	demonym bool // a demonym, country adjective or name (demonymStems)
	verbish bool // used as a verb in at least half its uses (verbUse), or an "-ed" form
	// namePart: a word of a place name never shown alone ("south" of
	// "South Korea"), see nameParts.
	namePart bool
}

// nameParts are words of place names that mean little alone: "South
// Korea", "United States", "East Asia". They are shown only in two-word
// terms.
var nameParts = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "united": true,
	"states": true, "republic": true, "people": true, "democratic": true,
}

// kindOf classifies a stem id of ts by its shown form and its uses.
func (ts *termSpace) kindOf(s int32) wordKind {
	w := ts.best[s]
	form := strings.ToLower(ts.forms[w])
	stem := ts.stemName(s)
	k := wordKind{
		generic: genericTermStems[stem] || genericTermStems[form],
		verb:    genericVerbStems[stem] || genericVerbStems[form],
		demonym: demonymStems[stem] || demonymStems[form],
	}
	uses, verbs := ts.stemUses[s], ts.stemVerbs[s]
	k.verbish = 2*verbs >= uses || isParticiple(form) && strings.HasSuffix(form, "ed")
	k.namePart = nameParts[form]
	return k
}

// listableUni reports whether a one-word term may be shown: it must be
// neither generic nor a verb form.
func (ts *termSpace) listableUni(s int32) bool {
	k := ts.kind(s)
	return !k.generic && !k.verbish && !k.namePart
}

// listableBi reports whether a two-word term may look like a noun phrase:
// not two generic words, not a generic verb and its object ("keep air",
// "push Seoul"), not a demonym next to a generic word ("korean case",
// "make korea"), and not ending in a verb form ("korea leading").
func (ts *termSpace) listableBi(key uint64) bool {
	a, b := ts.kind(int32(key>>32)), ts.kind(int32(key&0xffffffff))
	switch {
	case a.generic && b.generic, a.verb, b.verbish:
		return false
	case a.demonym && b.generic, a.generic && b.demonym:
		return false
	}
	return true
}
