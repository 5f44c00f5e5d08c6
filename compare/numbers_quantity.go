package compare

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// claimContext holds one sentence's tokens and numbers while quantity keys
// are built.
type claimContext struct {
	text  string
	toks  []token
	ms    []mention
	span  [][2]int // token range [from, to) of each mention
	owner []int    // mention index owning each token, or -1
	bound []bool   // a clause starts at this token
	canon []string // canonical concept of each token ("" for stop words)
	key   []string // matching form: canonical concept or stem
	skip  []bool   // token folded into its neighbour ("south" of "south korea")
}

func newClaimContext(text string, toks []token, ms []mention) *claimContext {
	c := &claimContext{text: text, toks: toks, ms: ms}
	c.owner = make([]int, len(toks))
	for k := range c.owner {
		c.owner[k] = -1
	}
	c.span = make([][2]int, len(ms))
	for i, m := range ms {
		from, to := len(toks), len(toks)
		for k, t := range toks {
			if t.End > m.start && t.Start < m.end {
				if from == len(toks) {
					from = k
				}
				to = k + 1
				c.owner[k] = i
			} else if t.Start >= m.end {
				if from == len(toks) {
					from, to = k, k
				}
				break
			}
		}
		c.span[i] = [2]int{from, to}
	}
	c.bound = make([]bool, len(toks))
	c.canon = make([]string, len(toks))
	c.key = make([]string, len(toks))
	c.skip = make([]bool, len(toks))
	for k, t := range toks {
		if k > 0 && strings.ContainsAny(text[toks[k-1].End:t.Start], ",;:—–()[]") {
			c.bound[k] = true
		}
		if clauseWords[t.Word] || t.Word == "which" || t.Word == "while" {
			c.bound[k] = true
		}
	}
	for k, t := range toks {
		if c.skip[k] {
			continue
		}
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Word
		}
		if actor, ok := domain.names[[2]string{t.Word, possessiveless(next)}]; ok {
			// A two-word actor name ("North Korea", "United States"): the
			// second word carries it.
			c.skip[k] = true
			c.canon[k+1], c.key[k+1], c.skip[k+1] = actor, actor, false
			if c.toks[k+1].Stop {
				l := *c.toks[k+1].lex // shared by the cache: change a copy
				l.Stop = false
				c.toks[k+1].lex = &l
			}
			continue
		}
		if peopleHeads[canonStems[t.Stem]] && k > 0 && entityOf(toks, k-1) != "" && entityOf(toks, k+1) != "" {
			c.skip[k+1] = true // "U.S. Forces Korea": one actor's people (a people head of the lexicon) stationed with another
		}
		if pc, ok := phraseCanon[[2]string{t.Word, next}]; ok {
			c.skip[k] = true
			c.canon[k+1], c.key[k+1] = pc, pc
			continue
		}
		if c.canon[k] != "" {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Word, "'s"), "'")
		switch {
		case canonWords[w] != "":
			c.canon[k], c.key[k] = canonWords[w], canonWords[w]
		case w == "us" && t.Upper:
			c.canon[k], c.key[k] = "US", "US"
		case t.Stop || t.Num:
		case canonStems[t.Stem] != "":
			c.canon[k], c.key[k] = canonStems[t.Stem], canonStems[t.Stem]
		default:
			c.canon[k], c.key[k] = w, t.Stem
			if r, _ := utf8.DecodeRuneInString(text[t.Start:]); k > 0 && unicode.IsUpper(r) {
				// Names keep their capitals in labels: "Camp David".
				c.canon[k] = strings.TrimSuffix(strings.TrimSuffix(text[t.Start:t.End], "'s"), "’s")
			}
		}
	}
	return c
}

// usable reports whether token k can name a quantity.
func (c *claimContext) usable(k int) bool {
	return k >= 0 && k < len(c.toks) && !c.skip[k] && c.owner[k] < 0 && c.canon[k] != "" &&
		!genericStems[c.toks[k].Stem] && !superlatives[c.toks[k].Word] && numberWords[c.toks[k].Word] == 0
}

// concept returns the matching key and the readable label of what mention
// i measures, or "" when nothing in the sentence names it.
func (c *claimContext) concept(i int) (string, string) {
	m := c.ms[i]
	if m.noun == -2 {
		return c.nounPhrase(i)
	}
	k, l := c.window(i)
	if m.kind == numCount && !heads[lastWord(l)] {
		return "", "" // a bare number needs a named quantity: "troop presence ... 28,500"
	}
	return k, l
}

// nounPhrase reads the quantity of a count or rank from the words right
// after it: "28,500 U.S. troops", "fourth-largest exporter of arms".
func (c *claimContext) nounPhrase(i int) (string, string) {
	k := c.span[i][1]
	var idx []int
	for ; k < len(c.toks) && len(idx) < 3; k++ {
		if k > c.span[i][1] && c.bound[k] || c.owner[k] >= 0 {
			break
		}
		t := c.toks[k]
		if t.Word == "world's" || t.Word == "world" || c.skip[k] {
			continue
		}
		if t.Stop && !(t.Word == "us" && t.Upper) {
			if k+1 < len(c.toks) && c.text[t.End:c.toks[k+1].Start] == "-" {
				continue // the first part of a compound: "hospital in-patients" counts patients
			}
			if len(idx) > 0 || t.Word != "the" {
				break
			}
			continue
		}
		if c.canon[k] == "" || genericStems[t.Stem] && !heads[c.canon[k]] {
			if len(idx) > 0 {
				break
			}
			continue
		}
		idx = append(idx, k)
	}
	if len(idx) == 0 {
		return "", ""
	}
	head := idx[len(idx)-1]
	for _, k := range idx {
		if heads[c.canon[k]] {
			head = k
		}
	}
	mod := -1
	for _, k := range idx {
		if k < head && (!entities[c.canon[k]] || peopleHeads[c.canon[head]]) {
			mod = k
		}
	}
	// "exporter of arms": the object of "of"/"for" qualifies the head.
	if mod < 0 && k+1 < len(c.toks) && (c.toks[k].Word == "of" || c.toks[k].Word == "for") && c.usable(k+1) && !entities[c.canon[k+1]] {
		mod = k + 1
	}
	if mod < 0 && peopleHeads[c.canon[head]] {
		mod = c.nearestEntity(i)
	}
	return c.join(mod, head)
}

// window reads the quantity of a percentage, an amount of money or a year
// from the nearest head concept within the clause (eight tokens before, six
// after), with the word qualifying it; without a head, from the two nearest
// content words.
func (c *claimContext) window(i int) (string, string) {
	from, to := c.span[i][0], c.span[i][1]
	year := c.ms[i].kind == numYear
	cands := c.candidates(from, to, 8, 6, !year, true)
	if len(cands) == 0 && year {
		cands = c.candidates(from, to, 8, 6, true, true)
	}
	if len(cands) == 0 {
		// Nothing in the clause: look across clause boundaries.
		cands = c.candidates(from, to, 12, 6, !year, false)
	}
	// "$100 billion in LNG purchases", "a 15 percent tariff": words right
	// after a number name it first.
	afterFirst := to < len(c.toks) && (c.usable(to) || to+1 < len(c.toks) &&
		(c.toks[to].Word == "in" || c.toks[to].Word == "of" || c.toks[to].Word == "worth") && c.usable(to+1))
	dist := func(k int) float64 {
		if k < from {
			return float64(from - k)
		}
		if afterFirst {
			return float64(k-to) + 0.5
		}
		return float64(k - to + 1)
	}
	head := -1
	for _, k := range cands {
		if heads[c.canon[k]] && (head < 0 || dist(k) < dist(head)) {
			head = k
		}
	}
	if afterFirst {
		// The phrase right after the number wins when it names a head.
		for _, k := range cands {
			if k >= to && k <= to+3 && heads[c.canon[k]] {
				head = k
				break
			}
		}
	}
	if head < 0 {
		var pick []int
		for _, k := range cands {
			if !entities[c.canon[k]] && len(pick) < 2 {
				pick = append(pick, k)
			}
		}
		switch len(pick) {
		case 0:
			return "", ""
		case 1:
			return c.join(-1, pick[0])
		}
		a, b := min(pick[0], pick[1]), max(pick[0], pick[1])
		return c.join(a, b)
	}
	mod := -1
	if k := head - 1; c.usable(k) && !entities[c.canon[k]] && !heads[c.canon[k]] || k >= 0 && c.usable(k) && c.canon[k] == "trade" {
		mod = k
	}
	if peopleHeads[c.canon[head]] {
		// Counts of people are qualified by whose they are: the actor
		// nearest before the head ("U.S. troop presence", "American
		// soldiers").
		mod = -1
		for k := head - 1; k >= max(0, head-3); k-- {
			if entities[c.canon[k]] && !c.skip[k] {
				mod = k
				break
			}
		}
		return c.join(mod, head)
	}
	if mod < 0 && head+2 < len(c.toks) && (c.toks[head+1].Word == "on" || c.toks[head+1].Word == "for" || c.toks[head+1].Word == "in") {
		// "spending on defense", "tariffs on Korean cars": the first
		// word after the preposition that is not an actor.
		for k := head + 2; k < min(head+4, len(c.toks)) && !c.bound[k]; k++ {
			if c.usable(k) && !entities[c.canon[k]] {
				mod = k
				break
			}
		}
	}
	return c.join(mod, head)
}

// candidates lists usable tokens within back tokens before [from, to) and
// ahead after it (when after is set), stopping at other non-year numbers
// and, when clause is set, at clause boundaries.
func (c *claimContext) candidates(from, to, back, ahead int, after, clause bool) []int {
	var out []int
	for k, d := from-1, 0; k >= 0 && d < back; k, d = k-1, d+1 {
		if c.owner[k] >= 0 && (c.ms[c.owner[k]].kind != numYear || !clause) {
			break
		}
		if c.usable(k) {
			out = append(out, k)
		}
		if clause && c.bound[k] {
			break
		}
	}
	for k, d := to, 0; after && k < len(c.toks) && d < ahead; k, d = k+1, d+1 {
		if clause && k > to && c.bound[k] || c.owner[k] >= 0 && c.ms[c.owner[k]].kind != numYear {
			break
		}
		if c.usable(k) {
			out = append(out, k)
		}
	}
	return out
}

func (c *claimContext) nearestEntity(i int) int {
	best, bd := -1, 0
	for k := range c.toks {
		if !entities[c.canon[k]] || c.skip[k] {
			continue
		}
		d := c.span[i][0] - k
		if d < 0 {
			d = k - c.span[i][1] + 1 + 2 // prefer entities before the number
		}
		if best < 0 || d < bd {
			best, bd = k, d
		}
	}
	return best
}

// join builds key and label from a modifier token (or -1) and a head token,
// applying pairCanon ("defense exports" is "arms exports").
func (c *claimContext) join(mod, head int) (string, string) {
	if mod < 0 && heads[c.canon[head]] && !peopleHeads[c.canon[head]] {
		for k := range c.toks {
			if domainMods[c.canon[k]] && !c.skip[k] && (mod < 0 || abs(k-head) < abs(mod-head)) {
				mod = k
			}
		}
	}
	hk, hl := c.key[head], c.canon[head]
	if mod < 0 || c.key[mod] == hk {
		return hk, hl
	}
	mk, ml := c.key[mod], c.canon[mod]
	if r, ok := pairCanon[[2]string{mk, hk}]; ok {
		if r == "" {
			return hk, hl
		}
		mk, ml = r, r
	}
	return mk + " " + hk, ml + " " + hl
}

// coMention is the mention a target year belongs to: the nearest rank, else
// the nearest other non-year mention of the sentence, or -1.
func (c *claimContext) coMention(i int) int {
	best, bd := -1, 0
	for j, m := range c.ms {
		if j == i || m.kind == numYear {
			continue
		}
		d := abs(c.span[j][0] - c.span[i][0])
		if m.kind == numRank {
			d -= 1000
		}
		if best < 0 || d < bd {
			best, bd = j, d
		}
	}
	return best
}

// yearQualifier is the year that dates a non-year claim: the nearest year
// mentioned in the same clause that is not a target, or 0.
func (c *claimContext) yearQualifier(i int) int {
	best, bd := -1, 0
	for j, m := range c.ms {
		if j == i || m.kind != numYear || m.target || !c.sameClause(c.span[i][0], c.span[j][0]) && !c.introductory(j) {
			continue
		}
		d := abs(c.span[j][0] - c.span[i][0])
		if best < 0 || d < bd {
			best, bd = j, d
		}
	}
	if best < 0 {
		return 0
	}
	return int(c.ms[best].value)
}

// isTargetYear reports whether year mention i is a target: "by 2030",
// "until 2030", "target year 2030", or "in 2030" in a sentence stating an
// aim or plan; never a year before the brief's publication.
func isTargetYear(c *claimContext, i, published int) bool {
	m := c.ms[i]
	if published > 0 && int(m.value) < published {
		return false
	}
	from := c.span[i][0]
	if from == 0 {
		return false
	}
	prev := c.toks[from-1].Word
	if targetWords[prev] {
		return true
	}
	lower := strings.ToLower(c.text)
	if strings.Contains(lower, "target year") || strings.Contains(lower, "target date") {
		return true
	}
	if prev != "in" && prev != "for" {
		return false
	}
	for _, t := range c.toks {
		if goalWords[t.Word] {
			return true
		}
	}
	return false
}

// scanRanks finds ranks: "fourth-largest", "4th largest", "top five",
// "ranked third".
func scanRanks(text string, toks []token) []mention {
	var out []mention
	for k := 0; k+1 < len(toks); k++ {
		t, n := toks[k], toks[k+1]
		v, ok := ordinalValue(t.Word)
		switch {
		case ok && superlatives[n.Word] && n.Word != "top":
			end := n.End
			if n.Word == "most" && k+2 < len(toks) {
				end = toks[k+2].End
			}
			out = append(out, mention{
				start: t.Start, end: end, kind: numRank, value: float64(v),
				raw: text[t.Start:end], unit: UnitRank, noun: -2,
			})
			k++
		case t.Word == "top":
			if v, ok := cardinalValue(n.Word); ok && v > 1 && v <= 100 {
				out = append(out, mention{
					start: t.Start, end: n.End, kind: numRank, value: float64(v),
					raw: text[t.Start:n.End], unit: UnitRank, top: true, noun: -2,
				})
				k++
			}
		case t.Word == "ranked" || t.Word == "ranks" || t.Word == "ranking" || t.Word == "rank":
			if v, ok := ordinalValue(n.Word); ok {
				out = append(out, mention{
					start: t.Start, end: n.End, kind: numRank, value: float64(v),
					raw: text[t.Start:n.End], unit: UnitRank, noun: -1,
				})
				k++
			}
		}
	}
	return out
}

// ordinalValue reads "fourth" or "4th".
func ordinalValue(w string) (int, bool) {
	if v, ok := numberWords[w]; ok && v <= 10 && strings.HasSuffix(w, "th") || w == "first" || w == "second" || w == "third" {
		return v, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) {
			if v, err := strconv.Atoi(strings.TrimSuffix(w, suf)); err == nil && v > 0 && v <= 100 {
				return v, true
			}
		}
	}
	return 0, false
}

// cardinalValue reads "five" or "5".
func cardinalValue(w string) (int, bool) {
	if v, ok := numberWords[w]; ok && !strings.HasSuffix(w, "th") && w != "first" && w != "second" && w != "third" {
		return v, true
	}
	if v, err := strconv.Atoi(w); err == nil {
		return v, true
	}
	return 0, false
}

// qualifies reports whether year mention i dates a money or percentage
// claim in the same clause.
func (c *claimContext) qualifies(i int) bool {
	for j, m := range c.ms {
		if j != i && (m.kind == numMoney || m.kind == numPercent) && (c.sameClause(c.span[i][0], c.span[j][0]) || c.introductory(i)) {
			return true
		}
	}
	return false
}

// introductory reports whether mention j opens the sentence ("In 2023,
// ..."), so it dates the whole sentence.
func (c *claimContext) introductory(j int) bool {
	return c.span[j][0] <= 1 && c.span[j][1] < len(c.toks) && c.bound[c.span[j][1]]
}

// nearestUnit returns the nearest other mention with the given unit, or -1.
func (c *claimContext) nearestUnit(i int, unit Unit) int {
	best, bd := -1, 0
	for j, m := range c.ms {
		if j == i || m.unit != unit {
			continue
		}
		if d := abs(c.span[j][0] - c.span[i][0]); best < 0 || d < bd {
			best, bd = j, d
		}
	}
	return best
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// sameClause reports whether tokens a and b have no clause boundary
// between them.
func (c *claimContext) sameClause(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k <= b && k < len(c.bound); k++ {
		if c.bound[k] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// dropInsideRanks merges the rank mentions into the digit mentions ms,
// leaving out a digit mention inside a rank ("10" of "top 10").
func dropInsideRanks(ms, ranks []mention) []mention {
	out := ms[:0:0]
	for _, m := range ms {
		inside := false
		for _, r := range ranks {
			if m.start < r.end && r.start < m.end {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return append(out, ranks...)
}

// category reports whether rank mention i names a class the subject belongs
// to rather than its rank: "among the top 10 exporters", "one of the five
// largest", "the top 10 arms exporters that are U.S. allies".
func (c *claimContext) category(i int) bool {
	from, to := c.span[i][0], c.span[i][1]
	for k := max(0, from-4); k < from; k++ {
		if w := c.toks[k].Word; w == "among" || w == "amongst" || w == "one" && k+1 < from && c.toks[k+1].Word == "of" {
			return true
		}
	}
	for k := to; k < min(len(c.toks), to+6); k++ {
		if k > to && c.bound[k] && c.toks[k].Word != "that" && c.toks[k].Word != "which" {
			break
		}
		switch c.toks[k].Word {
		case "that", "who", "which":
			if k+1 < len(c.toks) && relativeBe[c.toks[k+1].Word] {
				return true // a restrictive relative clause narrows the class
			}
		}
	}
	return false
}

// relativeBe after "that", "who" or "which" opens a clause that restricts
// a class ("exporters that are allies").
var relativeBe = map[string]bool{"are": true, "is": true, "were": true, "was": true, "have": true, "belong": true}

// subject returns whose figure mention i gives, and the measure and label
// without that actor: "US troops" is the US's troops. Otherwise the actor
// named nearest before the number in the sentence, else after it; "" when
// the sentence names none (the brief's main subject is used then).
func (c *claimContext) subject(i int, measure, label string) (string, string, string) {
	if m, rest, ok := strings.Cut(measure, " "); ok && entities[m] {
		_, lrest, _ := strings.Cut(label, " ")
		return m, rest, lrest
	}
	from := c.span[i][0]
	best, bd := "", 0
	for k := range c.toks {
		e := c.entityAt(k)
		if e == "" || c.owner[k] >= 0 {
			continue
		}
		d := from - k
		if k >= from {
			d = 1000 + k - from // after the number: only when none before
		}
		if best == "" || d < bd {
			best, bd = e, d
		}
	}
	return best, measure, label
}

// entityAt is the actor token k names in the claim context, or "".
func (c *claimContext) entityAt(k int) string {
	if c.skip[k] || !entities[c.canon[k]] {
		return ""
	}
	return c.canon[k]
}

// entityOf is the actor token k of toks names ("Korea" for "Seoul",
// "North Korea" for "Korea" after "North": the lexicon's names), or "".
func entityOf(toks []token, k int) string {
	t := toks[k]
	w := possessiveless(t.Word)
	if k > 0 {
		if actor, ok := domain.names[[2]string{toks[k-1].Word, w}]; ok {
			return actor
		}
	}
	if w == "us" && t.Upper {
		return canonWords["u.s"] // "US" written as an acronym
	}
	if e := canonWords[w]; entities[e] {
		return e
	}
	return ""
}

// possessiveless drops a possessive ending: "korea's" → "korea".
func possessiveless(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
}

// nameStart reports whether token k opens a two-word actor name (the
// lexicon's names), so that "south" of "South Korea" is not counted apart.
func nameStart(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	_, ok := domain.names[[2]string{toks[k].Word, possessiveless(toks[k+1].Word)}]
	return ok
}
