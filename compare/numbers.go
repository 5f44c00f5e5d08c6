// Numeric claims: extraction, quantity keys and the conflict rule. The
// method is described in doc.go ("Numeric claims"); the tables live in
// numbers_lexicon.go and the key rules in numbers_quantity.go.

package compare

import (
	"context"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbench/brief"
	"briefbench/text"
)

// Claim units besides currency codes.
const (
	UnitPercent    = "%"
	UnitPercentGDP = "% of GDP"
	UnitPoints     = "percentage points"
	UnitYear       = "year"
	UnitTargetYear = "target year"
	UnitRank       = "rank"
	UnitCount      = "count"
)

// numKind is the kind of a numeric mention.
type numKind int

const (
	numPercent numKind = iota
	numMoney
	numYear
	numRank
	numCount
)

// mention is one number found in a sentence, before its quantity is known.
type mention struct {
	start, end int // byte offsets in the sentence
	kind       numKind
	value      float64
	raw        string
	unit       string
	prec       float64 // half the place of the last written digit, in value units
	hedged     bool
	top        bool // a "top N" rank: an upper bound
	noun       int  // token index where the measured noun phrase starts (counts, ranks), else -1
	target     bool // a target year
}

// findClaims extracts every numeric claim from the briefs' body text and
// marks a claim Conflict when another brief gives a value that does not
// match for the same quantity key (see sameValue for the tolerance). Event
// years (unit "year") are recorded but never conflict. Claims come in brief,
// paragraph and sentence order.
//
// Briefs are read on workers goroutines (0: GOMAXPROCS).
func findClaims(ctx context.Context, briefs []*brief.Brief, workers int) ([]Claim, error) {
	per := make([][]Claim, len(briefs))
	err := parallelBriefs(ctx, workers, len(briefs), func(w *worker, i int) {
		per[i] = briefClaims(w.cache, briefs[i])
	})
	if err != nil {
		return nil, err
	}
	var out []Claim
	for _, cs := range per {
		out = append(out, cs...)
	}
	markConflicts(out)
	return out, nil
}

// briefClaims extracts the numeric claims of one brief.
func briefClaims(cache tokenCache, b *brief.Brief) []Claim {
	var out []Claim
	for _, p := range b.Paragraphs {
		if p.Kind == brief.Footnote || p.Kind == brief.Heading || p.Kind == brief.Caption {
			continue
		}
		if !mayHoldNumber(p.Text) {
			continue
		}
		for _, sp := range text.Sentences(p.Text) {
			text := p.Text[sp.Start:sp.End]
			if strings.Contains(text, "://") || !mayHoldNumber(text) {
				continue // no number, or a reference with a URL
			}
			note := -1
			if sp.Note > 0 {
				note = sp.Note - sp.Start
			}
			for _, c := range sentenceClaims(cache, text, note, publishedYear(b)) {
				c.Brief, c.Paragraph, c.Page = b.ID, p.Index, p.PageAt(sp.Start)
				out = append(out, c)
			}
		}
	}
	// A figure whose sentence names no actor is the brief's subject's:
	// the actor the brief names most.
	var main string
	looked := false // mainSubject is computed once, even when it finds none
	for i := range out {
		if out[i].Key.Subject != "" || out[i].Unit == UnitYear {
			continue
		}
		if !looked {
			main, looked = mainSubject(cache, b), true
		}
		if main != "" {
			out[i].Key.Subject = main
			out[i].Quantity = main + ": " + out[i].Quantity
		}
	}
	return out
}

// mainSubject is the actor (entities) a brief's body names most, "" when
// it names none; ties go to the first named.
func mainSubject(cache tokenCache, b *brief.Brief) string {
	n := map[string]int{}
	var order []string
	var buf []token
	for _, p := range b.Paragraphs {
		if p.Kind == brief.Footnote || p.Kind == brief.Caption {
			continue
		}
		buf = cache.appendTokens(buf[:0], p.Text)
		for k := range buf {
			e := entityOf(buf, k)
			if e == "" || nameStart(buf, k) {
				continue
			}
			if n[e] == 0 {
				order = append(order, e)
			}
			n[e]++
		}
	}
	best := ""
	for _, e := range order {
		if best == "" || n[e] > n[best] {
			best = e
		}
	}
	return best
}

// mayHoldNumber is a cheap pre-filter: text without digits can still hold
// spelled ranks ("fourth-largest", "top five", "ranked third").
func mayHoldNumber(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, w := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "top ", "Top ", "ranked", "ranks", "ranking"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func publishedYear(b *brief.Brief) int {
	if len(b.Published) >= 4 {
		if y, err := strconv.Atoi(b.Published[:4]); err == nil {
			return y
		}
	}
	return 0
}

// markConflicts sets Conflict on claims whose value another brief
// contradicts for the same key (subject, measure, unit and time; see
// keyGroups) about the same thing (contextsAgree). Event years (unit
// "year") never conflict.
func markConflicts(cs []Claim) {
	for _, idx := range claimsByKey(cs) {
		groups := keyGroups(cs, idx)
		if len(groups) < 2 || cs[idx[0]].Unit == UnitYear || !contextsAgree(cs, flat(groups)) {
			continue
		}
		for _, g := range groups {
			for _, k := range g {
				cs[k].Conflict = true
			}
		}
	}
}

// flat joins groups of claim indices.
func flat(groups [][]int) []int {
	var out []int
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// claimsByKey buckets claim indices by key, keys in sorted order.
func claimsByKey(cs []Claim) [][]int {
	byKey := map[QuantityKey][]int{}
	var keys []QuantityKey
	for i, c := range cs {
		if _, ok := byKey[c.Key]; !ok {
			keys = append(keys, c.Key)
		}
		byKey[c.Key] = append(byKey[c.Key], i)
	}
	sort.Slice(keys, func(i, j int) bool { return keyLess(keys[i], keys[j]) })
	out := make([][]int, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out
}

func keyLess(a, b QuantityKey) bool {
	switch {
	case a.Measure != b.Measure:
		return a.Measure < b.Measure
	case a.Subject != b.Subject:
		return a.Subject < b.Subject
	case a.Unit != b.Unit:
		return a.Unit < b.Unit
	case a.Year != b.Year:
		return a.Year < b.Year
	}
	return !a.Target && b.Target
}

// keyGroups groups the claims idx (one key) by value (valueGroups), after
// leaving out every brief that gives two different values for the key
// itself: a brief never conflicts with itself, and a brief that states one
// quantity two ways at one time is not read with confidence.
func keyGroups(cs []Claim, idx []int) [][]int {
	first := map[string]int{}
	unsure := map[string]bool{}
	for _, i := range idx {
		if j, ok := first[cs[i].Brief]; !ok {
			first[cs[i].Brief] = i
		} else if !sameValue(cs[j], cs[i]) {
			unsure[cs[i].Brief] = true
		}
	}
	kept := idx[:0:0]
	for _, i := range idx {
		if !unsure[cs[i].Brief] {
			kept = append(kept, i)
		}
	}
	return valueGroups(cs, kept)
}

// valueGroups clusters the claims idx (same key) into groups of matching
// values, in order of first appearance.
func valueGroups(cs []Claim, idx []int) [][]int {
	var groups [][]int
	for _, i := range idx {
		placed := false
		for g := range groups {
			if sameValue(cs[groups[g][0]], cs[i]) {
				groups[g] = append(groups[g], i)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []int{i})
		}
	}
	return groups
}

func briefSet(cs []Claim, idx []int) map[string]bool {
	m := map[string]bool{}
	for _, i := range idx {
		m[cs[i].Brief] = true
	}
	return m
}

// sameValue reports whether two claims on one quantity agree: equal after
// rounding to the coarser precision written (2.8 and 2.83; $14 billion and
// $14.2 billion), within 1% relative, or within 3% when either is hedged
// ("about", "nearly"). A "top N" rank agrees with any rank up to N.
func sameValue(a, b Claim) bool {
	if a.Unit == UnitRank && (a.top || b.top) {
		switch {
		case a.top && b.top:
			return true
		case a.top:
			return b.Value <= a.Value
		default:
			return a.Value <= b.Value
		}
	}
	d := math.Abs(a.Value - b.Value)
	if d == 0 {
		return true
	}
	if a.Unit == UnitTargetYear || a.Unit == UnitYear || a.Unit == UnitRank {
		return false
	}
	ref := math.Max(math.Abs(a.Value), math.Abs(b.Value))
	if d <= 0.01*ref {
		return true
	}
	if (a.hedged || b.hedged) && d <= 0.03*ref {
		return true
	}
	return d < math.Max(a.prec, b.prec)
}

// sentenceClaims finds the numeric claims of one sentence. note is the
// offset of a footnote mark in it (or -1); published is the brief's year of
// publication (0 when unknown).
func sentenceClaims(cache tokenCache, text string, note, published int) []Claim {
	toks := cache.tokenize(text)
	ms := scanNumbers(text, note)
	ms = dropInsideRanks(ms, scanRanks(text, toks))
	if len(ms) == 0 {
		return nil
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	ctx := newClaimContext(text, toks, ms)
	for i := range ms {
		if ms[i].kind == numYear {
			ms[i].target = isTargetYear(ctx, i, published)
			if ms[i].target {
				ms[i].unit = UnitTargetYear
			}
		}
	}
	keys, labels := make([]string, len(ms)), make([]string, len(ms))
	for i := range ms {
		keys[i], labels[i] = ctx.concept(i)
	}
	borrowRankNoun(ms, keys, labels)
	for i, m := range ms {
		if m.kind == numPercent && m.unit == UnitPercent {
			// "from 2.5% to 3% of GDP", "1.6 percent of GDP ... reach 2
			// percent": a bare percentage next to a share of GDP is one too,
			// unless it names its own quantity.
			if g := ctx.nearestUnit(i, UnitPercentGDP); g >= 0 && (keys[i] == "" || !heads[lastWord(labels[i])]) {
				keys[i], labels[i] = keys[g], labels[g]
				ms[i].unit = UnitPercentGDP
			}
		}
	}
	// A target year dates the claim it is the deadline of ("the
	// fourth-largest by 2030"): that claim's time is the target.
	targetOf := map[int]int{}
	for i, m := range ms {
		if m.kind == numYear && m.target {
			if co := ctx.coMention(i); co >= 0 {
				targetOf[co] = int(m.value)
			}
		}
	}
	var out []Claim
	for i, m := range ms {
		concept, label := keys[i], labels[i]
		if m.kind == numYear && m.target {
			// A target year is the deadline of what the sentence aims at:
			// "the fourth-largest arms exporter by 2027".
			if co := ctx.coMention(i); co >= 0 && keys[co] != "" {
				v := valuePhrase(ms[co])
				if ms[co].kind == numRank {
					concept, label = v+" "+keys[co], v+" "+labels[co]
				} else {
					concept, label = keys[co]+" of "+v, labels[co]+" of "+v
				}
			}
		}
		if concept == "" || m.kind == numYear && !m.target && ctx.qualifies(i) {
			continue // a year dating another claim ("$14 billion in 2023") is part of it
		}
		if m.kind == numRank && ctx.category(i) {
			continue // "among the top 10 exporters that are allies": a class, not a rank
		}
		key := QuantityKey{Measure: concept, Unit: m.unit}
		key.Subject, key.Measure, label = ctx.subject(i, concept, label)
		if m.unit == UnitYear {
			key.Subject = "" // an event is keyed by what happened, not by whose
		}
		key.Measure, label = shareMeasure(key.Measure, label, m.unit)
		if y, ok := targetOf[i]; ok {
			key.Year, key.Target = y, true
		} else if m.kind != numYear {
			// Flows and ranks change from year to year: "arms exports in 2023".
			key.Year = ctx.yearQualifier(i)
		}
		c := Claim{
			Quantity: quantityLabel(key, label), Key: key,
			Value: m.value, Raw: m.raw, Unit: m.unit, Text: quoteAround(text, m.start, m.end),
			prec: m.prec, hedged: m.hedged, top: m.top, label: label,
		}
		c.context, c.qualifier = ctx.qualifiers(i, key.Measure, label)
		out = append(out, c)
	}
	return out
}

// quantityLabel is the readable quantity of a claim: "Korea: arms
// exports, USD, 2023", "arms exporter, top rank, target 2030".
func quantityLabel(k QuantityKey, label string) string {
	q := label + ", " + k.Unit
	if k.Subject != "" {
		q = k.Subject + ": " + q
	}
	switch {
	case k.Target:
		q += ", target " + strconv.Itoa(k.Year)
	case k.Year > 0:
		q += ", " + strconv.Itoa(k.Year)
	}
	return q
}

// borrowRankNoun gives an elliptical rank ("10th-largest arms exporter
// and aims to become the fourth-largest by 2030") the noun of another rank
// of the sentence: both rank the same thing.
func borrowRankNoun(ms []mention, keys, labels []string) {
	for i, m := range ms {
		if m.kind != numRank || keys[i] != "" {
			continue
		}
		for j, o := range ms {
			if j != i && o.kind == numRank && keys[j] != "" {
				keys[i], labels[i] = keys[j], labels[j]
				break
			}
		}
	}
}

// shareMeasure names a share of GDP by what is spent, not by GDP: "2.8
// percent of GDP on defense" measures defense spending.
func shareMeasure(measure, label, unit string) (string, string) {
	if unit != UnitPercentGDP {
		return measure, label
	}
	fix := func(s string) string {
		w := strings.Fields(s)
		if len(w) == 0 || w[len(w)-1] != "GDP" {
			return s
		}
		w[len(w)-1] = "spending"
		return strings.Join(w, " ")
	}
	return fix(measure), fix(label)
}

// valuePhrase renders a mention for a target-year quantity, e.g.
// "fourth-largest" or "3% of GDP".
func valuePhrase(m mention) string {
	switch m.kind {
	case numRank:
		if m.top {
			return "top " + strconv.Itoa(int(m.value))
		}
		if v := int(m.value); v > 0 && v < len(ordinalWords) {
			return ordinalWords[v] + "-largest"
		}
		return "No. " + strconv.Itoa(int(m.value)) + "-largest"
	case numPercent:
		return formatNumber(m.value) + m.unit
	default:
		return m.raw
	}
}

// scanNumbers finds numbers written with digits: percentages, money,
// years and counts. It skips footnote marks, list numbering, labels
// ("Recommendation 2", see isLabel), references (page, section), dates'
// days, model names (F-35) and numbers glued to hyphenated adjectives
// ("72-year-old").
func scanNumbers(s string, note int) []mention {
	var out []mention
	labelEnd, plural := -1, false // end of the last number read as a label; after a plural noun
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			continue
		}
		start := i
		intEnd, end, commas := parseNumber(s, i, note)
		i = end
		if note >= 0 && start >= note {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:start])
		if start > 0 && (unicode.IsLetter(prev) || strings.ContainsRune(`.,;:”’")]/=_#&?`, prev)) {
			continue // footnote mark or glued to a word
		}
		if ok, pl := isLabel(s, start, end, labelEnd, plural); ok {
			labelEnd, plural = end, pl
			continue // "Recommendation 2", "Title 10", "Sections 2 and 3"
		}
		if prev == '-' && start >= 2 {
			if p2, _ := utf8.DecodeLastRuneInString(s[:start-1]); unicode.IsLetter(p2) {
				continue // model name such as F-35 or K-9
			}
		}
		m, ok := classify(s, start, intEnd, end, commas)
		if ok {
			out = append(out, m)
			i = max(i, m.end)
		}
	}
	return out
}

// isLabel reports whether the number s[start:end] labels or numbers
// something instead of counting it. Quantities stand before their noun
// ("2 recommendations"); a number right after a noun that names numbered
// things is an identifier: "Recommendation 2", "Article 5", "Fig. 3",
// "Resolution No. 2270", "Part 2" or "Option 1" (capitalised, see
// labelNounsCapital), any capitalised word when a colon follows ("Priority
// 3:"), "No. 3:" opening a sentence, and a number joined to the label just
// before it (labelEnd) by "and", "or", "to" or a dash ("Sections 2 and 3"),
// or by a comma after a plural noun ("Articles 4, 5 and 6"; in "Article 5,
// 32 members" the 32 is a count). plural reports whether the label's noun
// is plural, for the next number.
func isLabel(s string, start, end, labelEnd int, after bool) (ok, plural bool) {
	if labelEnd >= 0 && labelEnd < start {
		gap := strings.TrimSpace(strings.Trim(s[labelEnd:start], " –-"))
		if gap == "" || labelJoins[strings.ToLower(gap)] || after && strings.Trim(gap, ", ") == "" {
			return true, after
		}
		if after && strings.HasPrefix(gap, ",") && labelJoins[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(gap, ",")))] {
			return true, after // "Articles 4, 5, and 6"
		}
	}
	colon := strings.HasPrefix(s[end:], ":") && !strings.HasPrefix(s[end:], ":0") && (end+1 == len(s) || !isDigit(s[end+1]))
	word, from := wordBefore(s, start)
	if word == "" {
		return false, false
	}
	lw := strings.ToLower(strings.TrimSuffix(word, "."))
	if lw == "no" || lw == "nos" || lw == "nr" {
		if !strings.HasSuffix(word, ".") {
			return false, false // "no 3" is not "No. 3"
		}
		// "Resolution No. 2270" and "No. 3:" are labels; "the No. 4
		// exporter" stays a rank.
		w2, _ := wordBefore(s, from)
		if w2 == "" {
			return strings.TrimSpace(s[:from]) == "" && colon, false
		}
		word, lw = w2, strings.ToLower(strings.TrimSuffix(w2, "."))
	}
	if strings.HasSuffix(word, ".") && lw != "fig" && lw != "art" && lw != "sec" && lw != "ch" && lw != "para" {
		return false, false // the word ends a sentence
	}
	plural = strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && lw != "nos"
	if labelNouns[lw] {
		return true, plural
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(r) {
		return false, false
	}
	return labelNounsCapital[lw] || colon && !newLex(lw).Stop && !hedgeWords[lw] && !months[lw], plural
}

// wordBefore returns the word that ends right before s[:at] with only
// spaces between (a trailing period kept, so "No." and "Fig." can be told
// from "no" and "fig"), and where it starts; "" when another character
// stands between.
func wordBefore(s string, at int) (string, int) {
	k := at
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == at && at > 0 {
		return "", at
	}
	e := k
	if k > 0 && s[k-1] == '.' {
		k--
	}
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= w
	}
	if k == e || k == e-1 && s[k] == '.' {
		return "", at
	}
	if k > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:k]); unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’' {
			return "", at // "K-9 2", "Korea's 2": not a plain word
		}
	}
	return s[k:e], k
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// parseNumber reads digits with comma groups and decimals from i; it stops
// before the footnote mark at note.
func parseNumber(s string, i, note int) (intEnd, end int, commas bool) {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	for j+3 < len(s)+0 && s[j] == ',' && j+4 <= len(s) && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && (j+4 == len(s) || !isDigit(s[j+4])) {
		j += 4
		commas = true
	}
	intEnd = j
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && (note < 0 || j+1 < note) {
		j++
		for j < len(s) && isDigit(s[j]) && (note < 0 || j < note) {
			j++
		}
	}
	return intEnd, j, commas
}

// classify decides what the number s[start:end] is from the text around it.
func classify(s string, start, intEnd, end int, commas bool) (mention, bool) {
	numText := s[start:end]
	v, err := strconv.ParseFloat(strings.ReplaceAll(numText, ",", ""), 64)
	if err != nil {
		return mention{}, false
	}
	m := mention{start: start, end: end, value: v, noun: -1}
	m.prec = precision(numText)
	before, rest := near(s, start, end)
	before = strings.ToLower(before)
	prevWord, prev2 := lastWords(before)
	m.hedged = hedgeWords[prevWord] || hedgeWords[prev2] && (prevWord == "than" || prevWord == "to")
	lrest := strings.ToLower(rest)

	// Currency before the number.
	cur, curStart := currencyBefore(s, start)
	if curStart < start {
		m.start = curStart
	}
	// Scale after the number.
	scale, n := scaleAfter(lrest)
	after := end + n
	if n > 0 {
		m.value *= scale
		m.prec *= scale
		lrest = lrest[n:]
	}
	if cur == "" {
		if c, k := currencyAfter(lrest); c != "" {
			cur = c
			after += k
			lrest = lrest[k:]
		}
	}
	if pu, k := percentAfter(lrest); k > 0 && cur == "" {
		m.kind, m.unit, m.end = numPercent, pu, after+k
		m.raw = s[m.start:m.end]
		return m, true
	}
	if cur != "" {
		m.kind, m.unit, m.end = numMoney, cur, after
		m.raw = strings.TrimSpace(s[m.start:m.end])
		return m, true
	}
	// Ordinals: 4th-largest is a rank; other ordinals (20th congress) are
	// not claims.
	if suf := lrest; len(suf) >= 2 && (strings.HasPrefix(suf, "st") || strings.HasPrefix(suf, "nd") || strings.HasPrefix(suf, "rd") || strings.HasPrefix(suf, "th")) {
		return mention{}, false // ranks with digits are read by scanRanks
	}
	if strings.HasPrefix(lrest, "-") && len(lrest) > 1 && unicode.IsLetter(rune(lrest[1])) {
		return mention{}, false // 72-year-old, five-year
	}
	if r, _ := utf8.DecodeRuneInString(lrest); unicode.IsLetter(r) {
		return mention{}, false // 155mm, 1970s, K2-style names: units, decades and models
	}
	if referenceWords[prevWord] || prevWord == "no" && strings.HasSuffix(strings.TrimSpace(before), ".") {
		if prevWord == "no" {
			m.kind, m.unit, m.raw = numRank, UnitRank, strings.TrimSpace(s[start-min(start, 4):end])
			m.noun = -2 // concept from the words after
			return m, n == 0
		}
		return mention{}, false
	}
	// List numbering at the start of a sentence ("1." or "2)") and (1).
	if strings.TrimSpace(s[:start]) == "" && (strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ")")) {
		return mention{}, false
	}
	if strings.HasSuffix(before, "(") && strings.HasPrefix(rest, ")") && v < 30 {
		return mention{}, false
	}
	// Dates: "May 21, 2021" (the day is skipped, the year is an event year).
	if months[prevWord] && v >= 1 && v <= 31 && !commas && intEnd == end {
		return mention{}, false
	}
	// The year of a date ("May 21, 2021", "March 2023") dates a text, it is
	// not a claim.
	if months[prevWord] || months[prev2] && isAllDigits(prevWord) {
		return mention{}, false
	}
	m.raw = s[m.start:after]
	m.end = after
	next := nextWord(lrest)
	if !commas && intEnd == end && n == 0 && v >= 1900 && v <= 2100 {
		if yearLead[prevWord] || strings.HasSuffix(prevWord, "'s") || strings.HasSuffix(prevWord, "’s") ||
			next == "" || !isContentWord(next) || timeNouns[next] {
			m.kind, m.unit = numYear, UnitYear
			m.prec = 0
			return m, true
		}
	}
	if timeNouns[next] {
		return mention{}, false
	}
	m.kind, m.unit = numCount, UnitCount
	m.noun = -2
	if next == "" || !isContentWord(next) && next != "u.s" && next != "us" {
		// "troops in Korea number 28,500": the quantity is named before.
		m.noun = -1
	}
	return m, true
}

// maxQuote is the longest sentence a claim quotes whole; from a longer one
// it quotes a verbatim window of about this size around its figure, so a
// sentence with thousands of figures does not store (and export) itself
// once per figure (issue 13 case 7).
const maxQuote = 600

// quoteAround returns s when it is short, else the words of s within about
// maxQuote/2 bytes either side of s[start:end].
func quoteAround(s string, start, end int) string {
	if len(s) <= maxQuote {
		return s
	}
	lo, hi := max(0, start-maxQuote/2), min(len(s), end+maxQuote/2)
	if lo > 0 {
		if k := strings.IndexByte(s[lo:start], ' '); k >= 0 {
			lo += k + 1
		} else {
			lo = start
		}
	}
	if hi < len(s) {
		if k := strings.LastIndexByte(s[end:hi], ' '); k >= 0 {
			hi = end + k
		} else {
			hi = end
		}
	}
	return s[lo:hi]
}

// nearBytes is how much text around a number classify reads: enough for
// the two words before it, a scale, currency and unit after it ("per cent
// of gross domestic product") and the next word. Reading a bounded window,
// not the whole rest of the sentence, keeps a sentence with thousands of
// figures linear (issue 13 case 7).
const nearBytes = 96

// near returns up to nearBytes of s before start and after end, cut at
// character boundaries.
func near(s string, start, end int) (before, after string) {
	lo := max(0, start-nearBytes)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	hi := min(len(s), end+nearBytes)
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	return s[lo:start], s[end:hi]
}

// precision is half the place value of the last digit written: 2.8 gives
// 0.05, 14 gives 0.5 and 28,500 gives 50. Trailing zeros of an integer are
// read as rounding, but never looser than 2% of the value (50,000 gives
// 1,000, not 5,000).
func precision(num string) float64 {
	num = strings.ReplaceAll(num, ",", "")
	if k := strings.IndexByte(num, '.'); k >= 0 {
		return 0.5 * math.Pow(10, -float64(len(num)-k-1))
	}
	z := 0
	for z < len(num)-1 && num[len(num)-1-z] == '0' {
		z++
	}
	v, _ := strconv.ParseFloat(num, 64)
	return math.Min(0.5*math.Pow(10, float64(z)), math.Max(0.5, 0.02*v))
}

// lastWords returns the last and second-to-last words of s (lower case,
// trailing periods dropped).
func lastWords(s string) (string, string) {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'' && r != '’'
	})
	get := func(k int) string {
		if k < 0 {
			return ""
		}
		return strings.Trim(f[k], ".'’")
	}
	return get(len(f) - 1), get(len(f) - 2)
}

// nextWord returns the first word of s (lower case).
func nextWord(s string) string {
	s = strings.TrimLeft(s, " \t\u00a0")
	k := 0
	for k < len(s) {
		r, w := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) && !(k > 0 && unicode.IsDigit(r)) && r != '.' && r != '\'' {
			break
		}
		k += w
	}
	return strings.Trim(s[:k], ".'")
}

func isContentWord(w string) bool {
	if w == "" {
		return false
	}
	return !newLex(w).Stop && !months[w]
}

// currencyBefore finds a currency sign or code right before start ("$",
// "US$", "USD ", "₩", "KRW "), returning its ISO code and where it starts.
func currencyBefore(s string, start int) (string, int) {
	k := start
	for k > 0 && (s[k-1] == ' ' || s[k-1] == '\u00a0') && start-k < 2 {
		k--
	}
	best, at := "", start
	for sign, code := range currencies {
		if len(sign) > k || !strings.EqualFold(s[k-len(sign):k], sign) {
			continue
		}
		// Letter codes must stand alone ("USD 5", not "ABCUSD 5").
		from := k - len(sign)
		if r, _ := utf8.DecodeRuneInString(sign); unicode.IsLetter(r) {
			if from > 0 {
				if p, _ := utf8.DecodeLastRuneInString(s[:from]); unicode.IsLetter(p) {
					continue
				}
			}
			if k == start && sign != "us$" && sign != "a$" && sign != "au$" {
				continue // "USD5" is unusual; require the space for codes
			}
			if sign == "won" || sign == "dollars" || sign == "dollar" || sign == "euros" || sign == "euro" || sign == "yen" {
				continue // names follow the number
			}
		}
		if from < at || from == at && len(code) > len(best) {
			best, at = code, from
		}
	}
	return best, at
}

// scaleAfter reads a scale word after a number: " billion", "bn", "B".
func scaleAfter(lrest string) (float64, int) {
	k := 0
	for k < len(lrest) && (lrest[k] == ' ' || lrest[k] == '-') {
		k++
	}
	w := 0
	for k+w < len(lrest) && lrest[k+w] >= 'a' && lrest[k+w] <= 'z' {
		w++
	}
	word := lrest[k : k+w]
	f, ok := scales[word]
	if !ok {
		return 0, 0
	}
	if len(word) <= 2 && k > 0 && word != "bn" && word != "mn" && word != "tn" {
		return 0, 0 // one-letter scales must be glued: "$14B", not "14 m"
	}
	return f, k + w
}

// currencyAfter reads a currency name after a number: " won", " dollars",
// " US dollars", " Korean won" (an actor's word or demonym of the
// lexicon may come first: Lexicon.national).
func currencyAfter(lrest string) (string, int) {
	t := strings.TrimLeft(lrest, " ")
	skip := len(lrest) - len(t)
	if sp := strings.IndexByte(t, ' '); sp > 0 && domain.national(strings.Trim(t[:sp], ".")) {
		t = t[sp+1:]
		skip += sp + 1
	}
	w := nextWord(t)
	if c, ok := currencies[w]; ok && unicode.IsLetter(rune(w[0])) && len(w) > 3 || w == "won" || w == "yen" {
		if !ok {
			c = currencies[w]
		}
		return c, skip + len(w)
	}
	return "", 0
}

// percentAfter reads "%", " percent", " per cent" or " percentage points"
// and an optional " of GDP" after a number.
func percentAfter(lrest string) (string, int) {
	k := 0
	for k < len(lrest) && (lrest[k] == ' ' || lrest[k] == '-') {
		k++
	}
	t := lrest[k:]
	unit := UnitPercent
	switch {
	case strings.HasPrefix(t, "%"):
		k++
	case strings.HasPrefix(t, "percentage point"):
		unit = UnitPoints
		k += len("percentage point")
		if strings.HasPrefix(lrest[k:], "s") {
			k++
		}
		return unit, k
	case strings.HasPrefix(t, "percent"):
		k += len("percent")
	case strings.HasPrefix(t, "per cent"):
		k += len("per cent")
	case strings.HasPrefix(t, "pct"):
		k += len("pct")
	default:
		return "", 0
	}
	t = lrest[k:]
	for _, p := range []string{
		" of gdp", " of the gdp", " of its gdp", " of their gdp", " of national gdp",
		" of gross domestic product", " of its gross domestic product", " of the gross domestic product",
	} {
		if strings.HasPrefix(t, p) {
			return UnitPercentGDP, k + len(p)
		}
	}
	return unit, k
}
