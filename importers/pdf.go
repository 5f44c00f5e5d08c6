package importers

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"

	"github.com/klippa-app/go-pdfium"
	pdfiumerr "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// pdfRuntime is the process-wide PDFium WebAssembly pool. Compiling the
// PDFium module is expensive (seconds and hundreds of MB the first time, about
// 0.1 s with a warm compilation cache), so it is built once, lazily, on the
// first PDF import, and then shared by every caller. The pool hands out one
// PDFium instance per concurrent import (up to GOMAXPROCS), so readPDF is
// safe for concurrent use. It is never closed: it lives as long as the
// process.
type pdfRuntime struct {
	once sync.Once
	pool pdfium.Pool
	err  error
}

// pdfPool is the only package-level state of the PDF reader; see pdfRuntime.
var pdfPool pdfRuntime

// get returns the pool, initialising it on first use.
func (r *pdfRuntime) get() (pdfium.Pool, error) {
	r.once.Do(func() {
		n := runtime.GOMAXPROCS(0)
		r.pool, r.err = webassembly.Init(webassembly.Config{
			MinIdle:      0,
			MaxIdle:      n,
			MaxTotal:     n,
			ReuseWorkers: true,
			// No directory is mounted: documents are passed as bytes.
			FSConfig: wazero.NewFSConfig(),
			Stdout:   io.Discard,
			Stderr:   io.Discard,
			RuntimeConfig: wazero.NewRuntimeConfig().
				WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
				WithCompilationCache(compilationCache()),
		})
		if r.err != nil {
			r.err = fmt.Errorf("cannot start the PDF engine: %w", r.err)
		}
	})
	return r.pool, r.err
}

// compilationCache returns a wazero compilation cache in the user cache
// directory (…/briefbench/wazero) so later starts skip the slow compile, or an
// in-memory cache when that directory cannot be written.
func compilationCache() wazero.CompilationCache {
	if base, err := os.UserCacheDir(); err == nil {
		dir := filepath.Join(base, "briefbench", "wazero")
		if writable(dir) {
			if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
				return c
			}
		}
	}
	return wazero.NewCompilationCache()
}

// writable reports whether dir exists (or can be created) and accepts files.
func writable(dir string) bool {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false
	}
	f, err := os.CreateTemp(dir, ".probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// readPDF reads a PDF's text layer with PDFium: it rebuilds lines from text
// rectangles, orders them column by column, removes running headers, footers
// and page numbers (returned as Chrome blocks), rebuilds paragraphs across
// line wraps and page breaks, and joins end-of-line hyphenation. Document info
// gives the title, author and creation date hints.
func readPDF(ctx context.Context, data []byte, name string) (blocks []block, h hints, err error) {
	pool, err := pdfPool.get()
	if err != nil {
		return nil, hints{}, &Error{File: name, Err: err}
	}
	inst, err := pool.GetInstanceWithContext(ctx)
	if err != nil {
		return nil, hints{}, &Error{File: name, Err: fmt.Errorf("PDF engine busy: %w", err)}
	}
	defer func() {
		if p := recover(); p != nil {
			// The instance may be in a bad state: discard it.
			_ = inst.Kill()
			blocks, h, err = nil, hints{}, &Error{File: name, Err: fmt.Errorf("%w (PDF engine failed: %v)", ErrCorrupt, p)}
			return
		}
		_ = inst.Close()
	}()

	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if errors.Is(err, pdfiumerr.ErrPassword) || errors.Is(err, pdfiumerr.ErrSecurity) {
			return nil, hints{}, &Error{File: name, Err: ErrEncrypted}
		}
		return nil, hints{}, &Error{File: name, Err: fmt.Errorf("%w (%v)", ErrCorrupt, err)}
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})

	h = pdfHints(inst, doc.Document)
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, h, &Error{File: name, Err: fmt.Errorf("%w (page count: %v)", ErrCorrupt, err)}
	}
	pages := make([]pdfPage, 0, count.PageCount)
	chars := 0
	for i := range count.PageCount {
		if err := ctx.Err(); err != nil {
			return nil, h, err
		}
		pg, err := readPDFPage(inst, doc.Document, i)
		if err != nil {
			return nil, h, &Error{File: name, Page: i + 1, Err: fmt.Errorf("%w (%v)", ErrCorrupt, err)}
		}
		for _, s := range pg.spans {
			chars += len(strings.TrimSpace(s.text))
		}
		pages = append(pages, pg)
	}
	if chars == 0 {
		return nil, h, &Error{File: name, Err: ErrNoTextLayer}
	}
	return layoutPDF(pages), h, nil
}

// pdfSpan is one run of text PDFium reports as a rectangle: chars on one line
// drawn by one text object. Coordinates are PDF points, y growing upwards.
type pdfSpan struct {
	text         string
	l, t, r, b   float64
	base         float64 // baseline (origin y of the first char)
	size         float64 // font size in points
	bold         bool
	page         int // 1-based
	pageW, pageH float64
}

// pdfPage is the text of one page.
type pdfPage struct {
	n     int // 1-based
	w, h  float64
	spans []pdfSpan
}

// readPDFPage collects the text rectangles of page i (0-based) with their
// font size, weight and baseline.
func readPDFPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) (pdfPage, error) {
	pg := pdfPage{n: i + 1}
	lp, err := inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: i})
	if err != nil {
		return pg, err
	}
	defer inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page})
	ref := requests.Page{ByReference: &lp.Page}
	if w, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: ref}); err == nil {
		pg.w = float64(w.PageWidth)
	}
	if hh, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: ref}); err == nil {
		pg.h = float64(hh.PageHeight)
	}
	tp, err := inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: ref})
	if err != nil {
		return pg, err
	}
	defer inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	nc, err := inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil || nc.Count <= 0 {
		return pg, err
	}
	nr, err := inst.FPDFText_CountRects(&requests.FPDFText_CountRects{TextPage: tp.TextPage, StartIndex: 0, Count: -1})
	if err != nil {
		return pg, err
	}
	for k := range nr.Count {
		rc, err := inst.FPDFText_GetRect(&requests.FPDFText_GetRect{TextPage: tp.TextPage, Index: k})
		if err != nil {
			return pg, err
		}
		bt, err := inst.FPDFText_GetBoundedText(&requests.FPDFText_GetBoundedText{
			TextPage: tp.TextPage, Left: rc.Left, Top: rc.Top, Right: rc.Right, Bottom: rc.Bottom,
		})
		if err != nil {
			return pg, err
		}
		text := strings.Trim(bt.Text, "\r\n\x00")
		if strings.TrimSpace(text) == "" {
			continue
		}
		s := pdfSpan{
			text: text, l: rc.Left, t: rc.Top, r: rc.Right, b: rc.Bottom,
			base: rc.Bottom, size: rc.Top - rc.Bottom, page: pg.n, pageW: pg.w, pageH: pg.h,
		}
		spanFont(inst, tp.TextPage, &s)
		pg.spans = append(pg.spans, s)
	}
	return pg, nil
}

// spanFont fills the font size, weight and baseline of a span from its first
// char, when PDFium finds one at the span's left edge.
func spanFont(inst pdfium.Pdfium, tp references.FPDF_TEXTPAGE, s *pdfSpan) {
	h := s.t - s.b
	ci, err := inst.FPDFText_GetCharIndexAtPos(&requests.FPDFText_GetCharIndexAtPos{
		TextPage: tp, X: s.l + min(1, (s.r-s.l)/2), Y: (s.t + s.b) / 2, XTolerance: 1, YTolerance: h / 2,
	})
	if err != nil || ci.CharIndex < 0 {
		return
	}
	if fs, err := inst.FPDFText_GetFontSize(&requests.FPDFText_GetFontSize{TextPage: tp, Index: ci.CharIndex}); err == nil && fs.FontSize > 0 {
		s.size = fs.FontSize
	}
	if o, err := inst.FPDFText_GetCharOrigin(&requests.FPDFText_GetCharOrigin{TextPage: tp, Index: ci.CharIndex}); err == nil {
		s.base = o.Y
	}
	if fi, err := inst.FPDFText_GetFontInfo(&requests.FPDFText_GetFontInfo{TextPage: tp, Index: ci.CharIndex}); err == nil {
		s.bold = boldFont(fi.FontName, fi.Flags)
	}
	if !s.bold {
		if fw, err := inst.FPDFText_GetFontWeight(&requests.FPDFText_GetFontWeight{TextPage: tp, Index: ci.CharIndex}); err == nil {
			s.bold = fw.FontWeight >= 600
		}
	}
}

// boldFont tells a bold face from its PostScript name or the ForceBold flag.
func boldFont(name string, flags int) bool {
	const forceBold = 1 << 18
	n := strings.ToLower(name)
	return flags&forceBold != 0 || strings.Contains(n, "bold") || strings.Contains(n, "black") ||
		strings.Contains(n, "heavy") || strings.Contains(n, "semibold")
}

// pdfHints reads Title, Author and CreationDate from the document info.
func pdfHints(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT) hints {
	var h hints
	md, err := inst.GetMetaData(&requests.GetMetaData{Document: doc})
	if err != nil {
		return h
	}
	for _, t := range md.Tags {
		v := strings.TrimSpace(t.Value)
		switch t.Tag {
		case "Title":
			if usefulTitle(v) {
				h.Title = v
			}
		case "Author":
			h.Authors = splitAuthors(v)
		case "CreationDate":
			h.Published = pdfDate(v)
		}
	}
	return h
}

var (
	pdfDateRe   = regexp.MustCompile(`^(?:D:)?(\d{4})(\d{2})?(\d{2})?`)
	dateTitleRe = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}$`)
)

// pdfDate turns a PDF date ("D:20250915120000+02'00'") into YYYY-MM-DD, or ""
// when it has no month and day.
func pdfDate(s string) string {
	m := pdfDateRe.FindStringSubmatch(s)
	if m == nil || m[2] == "" || m[3] == "" || m[2] < "01" || m[2] > "12" || m[3] < "01" || m[3] > "31" {
		return ""
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}

// usefulTitle rejects document-info titles that are producer noise rather
// than a title: empty, "Untitled", a file name, "Microsoft Word - …", a date.
func usefulTitle(t string) bool {
	l := strings.ToLower(t)
	switch {
	case t == "", l == "untitled", strings.HasPrefix(l, "microsoft word - "), dateTitleRe.MatchString(t):
		return false
	}
	for _, ext := range []string{".doc", ".docx", ".pdf", ".indd", ".odt", ".rtf", ".txt"} {
		if strings.HasSuffix(l, ext) {
			return false
		}
	}
	return true
}

// splitAuthors splits an author field on ";", "&" and " and ".
func splitAuthors(s string) []string {
	var out []string
	for _, a := range strings.FieldsFunc(strings.ReplaceAll(s, " and ", ";"), func(r rune) bool { return r == ';' || r == '&' }) {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}
