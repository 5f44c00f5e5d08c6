package present

import (
	"strconv"
	"strings"

	"briefbench/brief"
)

// Names gives each brief, by ID, the name a user reads for it in the app's
// columns, the workbook, the memo and the CLI: its short name (usually the
// organisation, see brief.Brief.ShortName). Briefs that share a short name
// are told apart by their format ("KEI · PDF"), then by the start of their
// title ("KEI · Ships first"), then by a number ("KEI · Same (2)"), so no
// two briefs of bs carry the same name.
func Names(bs []*brief.Brief) map[string]string {
	short := make(map[string]int, len(bs))
	for _, b := range bs {
		short[b.ShortName()]++
	}
	withFormat := func(b *brief.Brief) string {
		return b.ShortName() + " · " + Format(b.Source.Format)
	}
	formats := map[string]int{}
	for _, b := range bs {
		formats[withFormat(b)]++
	}
	out := make(map[string]string, len(bs))
	used := map[string]int{}
	for _, b := range bs {
		n := b.ShortName()
		if short[n] > 1 {
			if f := withFormat(b); formats[f] == 1 {
				n = f
			} else {
				n += " · " + Clip(b.Name(), 32)
			}
		}
		used[n]++
		if used[n] > 1 {
			n += " (" + strconv.Itoa(used[n]) + ")"
		}
		out[b.ID] = n
	}
	return out
}

// Format names a source format as the user reads it: upper case ("PDF",
// "DOCX"), "TEXT" for pasted text and "?" when unknown.
func Format(f string) string {
	switch f {
	case "":
		return "?"
	case "paste":
		return "TEXT"
	}
	return strings.ToUpper(f)
}
