package present

import (
	"fmt"
	"strconv"
	"strings"

	"briefbench/compare"
)

// listMax is how many brief names a coverage or agreement summary lists
// before "and N others".
const listMax = 4

// quoteMax is the longest changed run a wording summary quotes.
const quoteMax = 60

// capped joins names like List, the first listMax of them and "and N
// others".
func capped(ns []string) string {
	if len(ns) > listMax {
		return strings.Join(ns[:listMax], ", ") + " and " + strconv.Itoa(len(ns)-listMax) + " others"
	}
	return List(ns)
}

// coverage phrases a coverage difference: "A covers Shipbuilding (12% of
// its text); B and C are silent on it".
func coverage(d compare.Difference, name func(string) string) string {
	share := map[string]float64{}
	for _, it := range d.Items {
		share[it.Brief] = it.Number
	}
	var who, shares, silent []string
	for _, id := range d.Addressed {
		who = append(who, name(id))
		shares = append(shares, strconv.FormatFloat(share[id], 'f', 0, 64)+"%")
	}
	if len(shares) > listMax {
		shares = append(shares[:listMax], "…")
	}
	for _, id := range d.Silent {
		silent = append(silent, name(id))
	}
	verb, their, s := "is", "their", ""
	if len(silent) > 1 {
		verb = "are"
	}
	if len(who) == 1 {
		their, s = "its", "s"
	}
	return fmt.Sprintf("%s cover%s %s (%s of %s text); %s %s silent on it",
		capped(who), s, d.Label, strings.Join(shares, ", "), their, capped(silent), verb)
}

// wording phrases a wording difference, quoting its first change: "A and
// B say nearly the same thing on Ships, worded differently (1 word
// changed: "start" vs "begin")".
func wording(d compare.Difference, name func(string) string) string {
	a, b := name(d.Items[0].Brief), name(d.Items[1].Brief)
	var del, ins string
	for i, op := range d.Diff {
		if op.Kind == compare.OpEqual {
			continue
		}
		if op.Kind == compare.OpDelete {
			del = op.Text
			if i+1 < len(d.Diff) && d.Diff[i+1].Kind == compare.OpInsert {
				ins = d.Diff[i+1].Text
			}
		} else {
			ins = op.Text
		}
		break
	}
	word := "words"
	if d.Changed == 1 {
		word = "word"
	}
	s := fmt.Sprintf("%s and %s say nearly the same thing on %s, worded differently (%d %s changed", a, b, d.Label, d.Changed, word)
	switch {
	case del != "" && ins != "":
		s += fmt.Sprintf(`: "%s" vs "%s"`, clip(del), clip(ins))
	case del != "":
		s += fmt.Sprintf(`: %s omits "%s"`, b, clip(del))
	case ins != "":
		s += fmt.Sprintf(`: %s adds "%s"`, b, clip(ins))
	}
	return s + ")"
}

// agreement phrases a passage agreement: nearly the same words, or one
// point named by the terms its passages share.
func agreement(d compare.Difference, name func(string) string) string {
	var who []string
	for _, it := range d.Items {
		who = append(who, name(it.Brief))
	}
	if d.Basis == compare.BasisPoint {
		return fmt.Sprintf("%s make the same point on %s (shared terms: %s)", capped(who), d.Label, strings.Join(d.Terms, ", "))
	}
	return fmt.Sprintf("%s say nearly the same thing on %s", capped(who), d.Label)
}

// clip shortens a quoted change to quoteMax bytes at a word boundary.
func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= quoteMax {
		return s
	}
	cut := strings.LastIndexByte(s[:quoteMax], ' ')
	if cut <= 0 {
		cut = quoteMax
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}
