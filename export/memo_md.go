package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/disk"
)

// MemoMarkdown writes the draft briefing memo as Markdown (CommonMark with
// a GitHub-style table for the positions).
func MemoMarkdown(ctx context.Context, r *compare.Result, path string, opts Options) error {
	if r == nil {
		return fmt.Errorf("write %s: %w", path, ErrNoResult)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	m := newMemo(r, opts)
	return disk.Write(path, func(w io.Writer) error { return m.markdown(w) })
}

// markdown renders the memo: Title as "#", Heading 1 as "##", Heading 2 as
// "###", quotes as block quotes, header fields as lines ending in a hard
// break.
func (m *memo) markdown(w io.Writer) error {
	var sb strings.Builder
	sb.WriteString(brief.MemoMark + "\n\n")
	prev := bTitle
	for i, b := range m.blocks {
		if i > 0 && !(b.kind == bField && prev == bField) && !(b.kind == bBullet && prev == bBullet) {
			sb.WriteByte('\n')
		}
		switch b.kind {
		case bTitle:
			sb.WriteString("# " + mdRuns(b.runs) + "\n")
		case bField:
			sb.WriteString(mdRuns(b.runs) + "  \n")
		case bHeading:
			sb.WriteString("## " + mdRuns(b.runs) + "\n")
		case bSub:
			sb.WriteString("### " + mdRuns(b.runs) + "\n")
		case bBody:
			sb.WriteString(mdRuns(b.runs) + "\n")
		case bBullet:
			sb.WriteString("- " + mdRuns(b.runs) + "\n")
		case bQuote:
			sb.WriteString("> " + mdRuns(b.runs) + "\n")
		case bTable:
			mdTable(&sb, b.table)
		}
		prev = b.kind
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// mdRuns renders runs with bold and italics, escaping Markdown syntax.
func mdRuns(rs []run) string {
	var sb strings.Builder
	for _, r := range rs {
		t := mdEscape(strings.ReplaceAll(r.text, "\t", " "))
		lead := len(t) - len(strings.TrimLeft(t, " "))
		trail := len(t) - len(strings.TrimRight(t, " "))
		core := strings.TrimSpace(t)
		if core == "" {
			sb.WriteString(t)
			continue
		}
		switch r.style {
		case sStrong:
			core = "**" + core + "**"
		case sEmph:
			core = "*" + core + "*"
		}
		sb.WriteString(t[:lead] + core + t[len(t)-trail:])
	}
	return sb.String()
}

// mdEscaper escapes the characters that could start Markdown syntax inside
// running text.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "|", `\|`, "\n", " ",
)

func mdEscape(s string) string {
	s = mdEscaper.Replace(brief.Printable(strings.ReplaceAll(s, "\n", " ")))
	if strings.HasPrefix(s, "#") || strings.HasPrefix(s, ">") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "+ ") {
		s = `\` + s
	}
	return s
}

// mdTable writes a pipe table.
func mdTable(sb *strings.Builder, t *memoTable) {
	row := func(cells []string) {
		sb.WriteString("|")
		for _, c := range cells {
			sb.WriteString(" " + mdEscape(c) + " |")
		}
		sb.WriteString("\n")
	}
	row(t.header)
	sb.WriteString("|")
	for range t.header {
		sb.WriteString(" --- |")
	}
	sb.WriteString("\n")
	for _, r := range t.rows {
		row(r)
	}
}
