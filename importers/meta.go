package importers

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbench/brief"
)

// This file recognises metadata lines: dates, bylines, and the lines that
// name the organisation behind a brief (copyright, registration notices,
// disclaimers in any language, "More from X" headings, affiliations).

// months maps lower-case month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// datePrefixes are words that may introduce a date line, longest first.
var datePrefixes = []string{
	"last updated on", "last updated", "published on", "published", "updated on",
	"updated", "posted on", "posted", "released on", "released", "dated", "date",
	"issued", "first published",
}

// parseDate reads a date written in one of the common English forms
// ("September 15, 2025", "Sept. 15, 2025", "15 September 2025",
// "2025-09-15", "2025-09-15T10:00:00Z", "9/15/2025", "2025.09.15",
// "2025년 9월 15일") and returns it as YYYY-MM-DD. The whole of s must be the
// date (a weekday in front and a time after are allowed); ok is false
// otherwise.
func parseDate(s string) (iso string, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 60 {
		return "", false
	}
	// ISO date, possibly with a time.
	if len(s) >= 10 && isDigits(s[0:4]) && (s[4] == '-' || s[4] == '/' || s[4] == '.') && isDigits(s[5:7]) && s[7] == s[4] && isDigits(s[8:10]) {
		rest := strings.TrimSpace(strings.TrimSuffix(s[10:], "."))
		if rest == "" || rest[0] == 'T' || rest[0] == ' ' || isTime(rest) {
			return mkDate(atoi(s[0:4]), atoi(s[5:7]), atoi(s[8:10]))
		}
		return "", false
	}
	// Korean: 2025년 9월 15일
	if strings.Contains(s, "년") && strings.Contains(s, "월") {
		f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) })
		if len(f) >= 3 && len(f[0]) == 4 {
			return mkDate(atoi(f[0]), atoi(f[1]), atoi(f[2]))
		}
		return "", false
	}
	// US numeric: 9/15/2025
	if parts := strings.Split(s, "/"); len(parts) == 3 && isDigits(parts[0]) && isDigits(parts[1]) && isDigits(parts[2]) && len(parts[2]) == 4 {
		return mkDate(atoi(parts[2]), atoi(parts[0]), atoi(parts[1]))
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\t' })
	// Drop a leading weekday and a trailing time.
	if len(fields) > 0 && isWeekday(fields[0]) {
		fields = fields[1:]
	}
	for len(fields) > 3 && (isTime(fields[len(fields)-1]) || isZone(fields[len(fields)-1])) {
		fields = fields[:len(fields)-1]
	}
	if len(fields) != 3 {
		return "", false
	}
	if m, ok := months[strings.ToLower(fields[0])]; ok && isDigits(trimOrdinal(fields[1])) && isYear(fields[2]) {
		return mkDate(atoi(fields[2]), m, atoi(trimOrdinal(fields[1])))
	}
	if m, ok := months[strings.ToLower(fields[1])]; ok && isDigits(trimOrdinal(fields[0])) && isYear(fields[2]) {
		return mkDate(atoi(fields[2]), m, atoi(trimOrdinal(fields[0])))
	}
	return "", false
}

// dateLine reports whether s is a line holding only a date, optionally
// introduced by "Published", "Updated", "Date:" and the like, and returns
// the date as YYYY-MM-DD. A month and year alone ("March 2023") is a date
// line with an empty iso: the day is not known and is not invented.
func dateLine(s string) (iso string, ok bool) {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	for _, p := range datePrefixes {
		if strings.HasPrefix(low, p) {
			t = strings.TrimLeft(t[len(p):], " :–-|•")
			break
		}
	}
	if iso, ok := parseDate(t); ok {
		return iso, true
	}
	f := strings.Fields(strings.ReplaceAll(t, ",", " "))
	if len(f) == 2 && isYear(f[1]) {
		if _, ok := months[strings.ToLower(strings.TrimSuffix(f[0], "."))]; ok {
			return "", true
		}
	}
	return "", false
}

func trimOrdinal(s string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(s, suf) && len(s) > 2 {
			return s[:len(s)-2]
		}
	}
	return s
}

func isWeekday(s string) bool {
	switch strings.ToLower(s) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

func isTime(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	low := strings.ToLower(s)
	if low == "am" || low == "pm" || low == "a.m" || low == "p.m" {
		return true
	}
	n := 0
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ':' {
			return false
		}
		n++
	}
	return strings.Contains(s, ":") && n <= 8
}

func isZone(s string) bool {
	switch strings.ToUpper(s) {
	case "UTC", "GMT", "EST", "EDT", "CST", "CDT", "PST", "PDT", "KST", "ET", "PT":
		return true
	}
	return false
}

func isYear(s string) bool {
	return len(s) == 4 && isDigits(s) && (s[0] == '1' || s[0] == '2')
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func mkDate(y, m, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// bylinePrefixes introduce a byline, lower case.
var bylinePrefixes = []string{"written by ", "by ", "authors:", "author:", "authors ", "author ", "by:"}

// bylineAuthors reports whether s is a byline ("By Jane Doe", "Author: Jane
// Doe and John Roe", "By Jane Doe & John Roe") and returns the names in it.
func bylineAuthors(s string) ([]string, bool) {
	t := strings.TrimSpace(s)
	if len(t) > 200 {
		return nil, false
	}
	low := strings.ToLower(t)
	rest := ""
	found := false
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(low, p) {
			rest = t[len(p):]
			found = true
			break
		}
	}
	if !found {
		return nil, false
	}
	names := splitNames(rest)
	if len(names) == 0 {
		return nil, false
	}
	return names, true
}

// splitNames splits "Jane Doe, John Roe and Kim Min-ji" into names, keeping
// only parts that look like personal names.
func splitNames(s string) []string {
	s = strings.NewReplacer(" & ", ",", " and ", ",", ";", ",", " | ", ",").Replace(s)
	var out []string
	for part := range strings.SplitSeq(s, ",") {
		part = strings.Trim(strings.TrimSpace(part), ".:")
		if looksLikeName(part) {
			out = append(out, part)
		}
	}
	return out
}

// roleWords are words that mark a job title or an organisation rather than a
// personal name.
var roleWords = map[string]bool{
	"fellow": true, "senior": true, "director": true, "professor": true, "chair": true,
	"president": true, "institute": true, "center": true, "centre": true, "university": true,
	"researcher": true, "analyst": true, "editor": true, "staff": true, "program": true,
	"council": true, "foundation": true, "team": true, "adjunct": true, "associate": true,
	"research": true, "policy": true, "the": true, "of": true, "for": true,
	"advisor": true, "adviser": true, "manager": true, "chief": true, "head": true,
	"deputy": true, "visiting": true, "nonresident": true, "non-resident": true,
	"scholar": true, "lecturer": true, "officer": true, "coordinator": true,
	"specialist": true, "vice": true, "assistant": true, "distinguished": true,
}

// looksLikeName reports whether s could be a personal name: two to five
// capitalised words (particles and initials allowed), no digits or roles.
func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	caps := 0
	for _, w := range f {
		if roleWords[strings.ToLower(w)] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case w == "de" || w == "van" || w == "von" || w == "da" || w == "bin" || w == "al" || w == "le":
		default:
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	return caps >= 2
}

// Organisation detection. The cleaner collects candidates with a rank and
// keeps the best; lower ranks win.
const (
	orgCopyright = iota + 1
	orgDisclaimer
	orgSiteLabel
	orgAffiliation
)

var (
	copyrightRe  = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*(?:by\s+)?(?:the\s+)?([\p{Lu}][^.|©]{1,100})`)
	registeredRe = regexp.MustCompile(`^(?:The\s+)?([\p{Lu}][\p{L}\p{N}&.'’\- ]{0,80}?)\s+(?:is\s+(?:a\s+|an\s+)?(?:registered|independent|nonpartisan|non-partisan|nonprofit|non-profit|not-for-profit)|does\s+not\s+take|takes\s+no|accepts\s+funding)`)
	orgNameRe    = regexp.MustCompile(`(?:the\s+)?((?:[\p{Lu}][\p{L}.'’\-]*\s+(?:(?:for|of|on|and|the|&)\s+)*)*(?:Institute|Institution|Center|Centre|Council|Foundation|University|Association|Academy|Agency|Forum|Society|Corporation|Endowment|Fund|Group|Initiative|Network|Commission)(?:\s+(?:(?:for|of|on|and|the|&)\s+)*[\p{Lu}][\p{L}.'’\-]*)*)`)
	moreFromRe   = regexp.MustCompile(`^(?i:more\s+(?:from|by)|latest\s+from)\s+(?:the\s+)?(.{2,60})$`)
)

// copyrightOrg returns the organisation named in a copyright line.
func copyrightOrg(s string) string {
	m := copyrightRe.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	org := strings.TrimSpace(m[1])
	if i := strings.Index(strings.ToLower(org), "all rights"); i >= 0 {
		org = strings.TrimSpace(org[:i])
	}
	org = strings.TrimRight(org, " ,;:-–")
	if org == "" || strings.EqualFold(org, "all rights reserved") || len(strings.Fields(org)) > 12 {
		return ""
	}
	return org
}

// disclaimerOrg returns the organisation a disclaimer names: the subject of a
// registration notice ("KEI is registered under ..."), else the first
// institution name in it ("... of the Korea Institute for Defense
// Analyses").
func disclaimerOrg(s string) string {
	if m := registeredRe.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	if m := orgNameRe.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// hangulOrgSuffixes end the names of Korean institutions.
var hangulOrgSuffixes = []string{"연구원", "연구소", "재단", "협회", "대학교", "센터", "위원회", "연구회", "학회", "포럼", "기구"}

// foreignOrg returns the institution named in a notice written in Korean: the
// English name given in parentheses after it when there is one, else the name
// as written.
func foreignOrg(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		for _, suf := range hangulOrgSuffixes {
			j := strings.Index(w, suf)
			if j < 0 {
				continue
			}
			name := strings.TrimLeft(w[:j+len(suf)], "([“\"'‘")
			if utf8.RuneCountInString(name) <= utf8.RuneCountInString(suf) && i > 0 {
				name = strings.TrimLeft(words[i-1], "([“\"'‘") + " " + name
			}
			// English name in parentheses right after the Korean one.
			rest := strings.Join(words[i:], " ")
			rest = rest[strings.Index(rest, suf)+len(suf):]
			if strings.HasPrefix(rest, "(") {
				if k := strings.Index(rest, ")"); k > 1 {
					en := strings.TrimSpace(rest[1:k])
					if en != "" && latinShare(en) > 0.8 {
						return en
					}
				}
			}
			return name
		}
	}
	return ""
}

// affiliationOrg returns the institution in an affiliation or bio line
// ("Jane Doe is a senior fellow at the Meridian Institute").
func affiliationOrg(s string) string {
	if m := orgNameRe.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// latinShare is the share of letters in s that are Latin script.
func latinShare(s string) float64 {
	n, l := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if unicode.Is(unicode.Latin, r) {
				l++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(l) / float64(n)
}

// orgLike reports whether s reads as the name of an organisation: a few
// capitalised words that include an institution word.
func orgLike(s string) bool {
	s = strings.TrimSpace(s)
	if n := len(strings.Fields(s)); n == 0 || n > 10 {
		return false
	}
	m := orgNameRe.FindStringSubmatch(s)
	return m != nil && len(m[1]) >= len(strings.TrimPrefix(strings.TrimPrefix(s, "The "), "the "))-1
}

// metaSeparators split lines such as "Center for Allied Industry | October
// 8, 2025" or "Lakeside Security Group — Policy Memo No. 14".
var metaSeparators = []string{" | ", " — ", " – ", " · ", " • ", " / "}

// metaLine reads a short line made only of an organisation, a date and
// series labels, joined by separators. ok is false unless the line has an
// organisation or a date and nothing that reads like running text.
func metaLine(s string) (iso, org string, date, ok bool) {
	for _, sep := range metaSeparators {
		parts := strings.Split(s, sep)
		if len(parts) < 2 {
			continue
		}
		iso, org, date = "", "", false
		labels := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if d, isDate := dateLine(p); isDate {
				date = true
				if iso == "" {
					iso = d
				}
				continue
			}
			if org == "" && orgLike(p) {
				org = strings.TrimPrefix(p, "The ")
				continue
			}
			if seriesLabel(p) {
				labels++
				continue
			}
			org, date = "", false
			break
		}
		if org != "" || date {
			return iso, org, date, true
		}
	}
	return "", "", false, false
}

// seriesLabel reports whether s is a short label such as "Policy Memo No.
// 14", "Commentary" or "ASIA PROGRAM": at most five words, each capitalised
// or a number.
func seriesLabel(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '#' {
			return false
		}
	}
	return true
}

// bylineDate returns the date that ends a byline ("By Jane Roe, Alpha
// Institute, March 3, 2026") as YYYY-MM-DD, or "".
func bylineDate(s string) string {
	for i, r := range s {
		if r != ',' && r != '|' && r != '·' {
			continue
		}
		if iso, ok := dateLine(strings.TrimSpace(s[i+utf8.RuneLen(r):])); ok {
			return iso
		}
	}
	return ""
}

// bylineOrg returns the affiliation a byline names after the authors ("By
// Kim Seo-yeon and Park Jun-ho, Han River Policy Forum").
func bylineOrg(s string) string {
	s = strings.NewReplacer(" & ", ",", " and ", ",", ";", ",", " | ", ",").Replace(s)
	for part := range strings.SplitSeq(s, ",") {
		if part = strings.Trim(strings.TrimSpace(part), "."); orgLike(part) {
			return strings.TrimPrefix(part, "the ")
		}
	}
	return ""
}

// affiliationLine returns the organisation of a line that is only an
// affiliation: "Meridian Institute for Security Studies", "Senior Fellow,
// Hanbit Center for Alliance Studies", or a role, a unit and its parent
// institution ("Research Fellow, Budget Studies Carver Center for Maritime
// Strategy, Lindqvist Foundation"), where the parent, named last, is the
// organisation an analyst names the brief by.
func affiliationLine(s string) string {
	s = strings.TrimSpace(s)
	if orgLike(s) {
		return strings.TrimPrefix(s, "The ")
	}
	parts := strings.Split(s, ", ")
	if len(parts) < 2 || len(parts) > 4 {
		return ""
	}
	last := strings.TrimRight(strings.TrimSpace(parts[len(parts)-1]), ".")
	if !orgLike(last) {
		return ""
	}
	last = strings.TrimPrefix(strings.TrimPrefix(last, "the "), "The ")
	for _, p := range parts[:len(parts)-1] {
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if roleWords[w] {
				return last
			}
		}
	}
	// A unit and its parent, both institutions: "Carver Center for
	// Maritime Strategy, Lindqvist Foundation".
	if len(parts) == 2 && orgLike(parts[0]) {
		return last
	}
	return ""
}

// maxTitleWords is the longest title accepted. A longer heading or metadata
// field is a paragraph or a summary, and no title is better than a wrong one.
const maxTitleWords = 20

// statedTitle returns a title a format states (HTML meta, PDF document
// info, DOCX core properties) when it reads as a title, else "".
func statedTitle(s string) string {
	if !titleLike(s) {
		return ""
	}
	return s
}

// endsWithNoteMark reports whether s ends a sentence with a footnote mark
// after it ("… the alliance.12", "… the alliance.¹"): the end of a body
// paragraph, never a title.
func endsWithNoteMark(s string) bool {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.Is(unicode.No, r) || r == '*' || r == '†' || r == ']' || r == '['
	})
	return len(t) < len(s) && (strings.HasSuffix(t, ".") || strings.HasSuffix(t, ".”") || strings.HasSuffix(t, ".\""))
}

// publication returns the brief's date and where it came from: a date the
// format declares as the publication date, else a date the text states,
// else the file's creation time (shown as "file created …", never as the
// publication date).
func (c *cleaner) publication() (string, brief.DateSource) {
	switch {
	case c.h.Published != "":
		return c.h.Published, brief.DateMetadata
	case c.date != "":
		return c.date, brief.DateStated
	case c.h.Created != "":
		return c.h.Created, brief.DateFile
	}
	return "", ""
}

// affiliation reads a byline's affiliation line, as a person does: a line
// naming a role and an institution ("Senior Fellow, Alpha Institute",
// "Research Fellow, Budget Studies Carver Center, Lindqvist Foundation")
// in the head after the title, or right after a byline anywhere. A line
// before it that is only a personal name, after the title, is the byline.
// It records the organisation and returns brief.Byline, or "" when the
// line is not an affiliation.
func (c *cleaner) affiliation(it *item, head bool) brief.Reason {
	org := affiliationLine(it.text)
	if org == "" {
		return ""
	}
	prev := -1
	for i := range c.items {
		if &c.items[i] == it {
			break
		}
		prev = i
	}
	afterByline := prev >= 0 && c.items[prev].drop == brief.Byline
	name := prev >= 0 && c.items[prev].drop == "" && c.items[prev].Kind != brief.ListItem &&
		looksLikeName(c.items[prev].text) && c.firstTitleSeen(&c.items[prev])
	switch {
	case afterByline || name:
	case (head || it.Chrome) && c.firstTitleSeen(it):
	default:
		return ""
	}
	if name {
		c.items[prev].drop = brief.Byline
		if c.authors == nil {
			c.authors = []string{c.items[prev].text}
		}
	}
	c.setOrg(org, orgSiteLabel)
	return brief.Byline
}

// pageAnchorWords is how many of the words a paragraph resumes with on a
// new page locate the page break in the cleaned text.
const pageAnchorWords = 4

// pageBreaks finds where text (a cleaned paragraph) goes on to later pages:
// each mark's first words, normalised as the text was, searched for after
// the previous break; the first word is left out when the rest is found
// (it may have been joined to a hyphenated word before it). A mark not
// found gives no break, so the page stays the earlier one.
func pageBreaks(text string, marks []pageMark) []brief.PageBreak {
	var out []brief.PageBreak
	from := 0
	for _, m := range marks {
		words := strings.Fields(stripRefDigits(normalize(m.Words)))
		at := -1
		for skip := 0; skip <= 1 && at < 0 && len(words) > skip; skip++ {
			anchor := strings.Join(words[skip:min(len(words), skip+pageAnchorWords)], " ")
			if i := strings.Index(text[from:], anchor); i >= 0 && anchor != "" {
				at = from + i
				if skip > 0 { // the page starts at the word before the anchor
					before := strings.TrimRight(text[from:at], " ")
					at = from + strings.LastIndexByte(before, ' ') + 1
				}
			}
		}
		if at <= 0 {
			continue
		}
		out = append(out, brief.PageBreak{At: at, Page: m.Page})
		from = at
	}
	return out
}
