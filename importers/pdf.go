package importers

import (
	"bytes"
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
	"sync/atomic"

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
// first PDF import, and then shared by every caller. It holds one PDFium
// instance per CPU; an import takes one instance, waiting if all are busy,
// plus any idle ones to read pages in parallel, so readPDF is safe and
// efficient for concurrent callers. It is never closed: it lives as long as
// the process.
type pdfRuntime struct {
	once  sync.Once
	pool  pdfium.Pool
	slots chan struct{} // one token per instance: holding one guarantees an instance
	err   error
	ready atomic.Bool // the pool is built (see PDFReady)
	// cacheBase is the folder holding the compilation cache; "" is the
	// user cache directory.
	cacheBase string
}

// PDFReady reports whether the PDF reader is ready. Until the first PDF
// import of a process has built it, a PDF import first compiles PDFium:
// seconds on the first run on a machine, a fraction of one with the
// compilation cache after that. The app says so meanwhile.
func PDFReady() bool { return pdfPool.ready.Load() }

// pdfPool is the only package-level state of the PDF reader; see pdfRuntime.
var pdfPool pdfRuntime

// get returns the pool, initialising it on first use.
func (r *pdfRuntime) get() (pdfium.Pool, error) {
	r.once.Do(func() {
		n := runtime.GOMAXPROCS(0)
		r.slots = make(chan struct{}, n)
		cache, dir := compilationCache(r.cacheBase)
		r.pool, r.err = startPDFium(n, cache)
		if r.err != nil && dir != "" {
			// A damaged cache (a crash while it was written, a full disk)
			// fails every start; the user cannot be expected to find it.
			// Replace it: compile afresh into an empty cache, or, if the
			// folder cannot be cleared, in memory.
			cache = wazero.NewCompilationCache()
			if os.RemoveAll(dir) == nil {
				if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
					cache = c
				}
			}
			r.pool, r.err = startPDFium(n, cache)
		}
		if r.err != nil {
			r.err = fmt.Errorf("cannot start the PDF engine: %w", r.err)
		}
		r.ready.Store(true)
	})
	return r.pool, r.err
}

// startPDFium starts a pool of n PDFium instances.
func startPDFium(n int, cache wazero.CompilationCache) (pdfium.Pool, error) {
	return webassembly.Init(webassembly.Config{
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
			WithCompilationCache(cache),
	})
}

// acquire takes one instance slot, waiting for it, and up to want-1 more
// that are free right now. It returns how many it took; release them with
// release.
func (r *pdfRuntime) acquire(ctx context.Context, want int) (int, error) {
	select {
	case r.slots <- struct{}{}:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	n := 1
	for n < want {
		select {
		case r.slots <- struct{}{}:
			n++
		default:
			return n, nil
		}
	}
	return n, nil
}

func (r *pdfRuntime) release(n int) {
	for range n {
		<-r.slots
	}
}

// compilationCache returns a wazero compilation cache in base (the user
// cache directory when "") under briefbench/wazero, so later starts skip the
// slow compile, with its folder; or an in-memory cache and "" when that
// folder cannot be written.
func compilationCache(base string) (wazero.CompilationCache, string) {
	if base == "" {
		base, _ = os.UserCacheDir()
	}
	if base != "" {
		dir := filepath.Join(base, "briefbench", "wazero")
		if writable(dir) {
			if c, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
				return c, dir
			}
		}
	}
	return wazero.NewCompilationCache(), ""
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

// maxPDFPages bounds the page count a PDF may claim, so a forged page tree
// cannot make the reader allocate for billions of pages.
const maxPDFPages = 50000

// readPDF reads a PDF's text layer with PDFium: it rebuilds lines from text
// rectangles, orders them column by column, removes running headers, footers
// and page numbers (returned as Chrome blocks), rebuilds paragraphs across
// line wraps and page breaks, and joins end-of-line hyphenation. Document info
// gives the title, author and creation date hints. Pages are read by as many
// idle PDFium instances as there are, each with its own copy of the document.
func readPDF(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	if m := misnamed(data, "PDF"); m != nil {
		return nil, hints{}, &Error{File: name, Err: m}
	}
	if err := checkPDFStreams(data); err != nil {
		return nil, hints{}, &Error{File: name, Err: err}
	}
	if _, err := pdfPool.get(); err != nil {
		return nil, hints{}, &Error{File: name, Err: err}
	}
	slots, err := pdfPool.acquire(ctx, cap(pdfPool.slots))
	if err != nil {
		return nil, hints{}, err
	}
	defer func() { pdfPool.release(slots) }()

	var (
		h     hints
		count int
		pages []pdfPage
	)
	// The first instance reads the metadata and page count, then its share
	// of the pages while the others read theirs.
	err = withPDF(ctx, data, func(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT) error {
		h = pdfHints(inst, doc)
		pc, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc})
		if err != nil {
			return fmt.Errorf("%w (page count: %v)", ErrCorrupt, err)
		}
		count = pc.PageCount
		if count <= 0 || count > maxPDFPages {
			return fmt.Errorf("%w (the page tree holds %d pages)", ErrCorrupt, count)
		}
		pages = make([]pdfPage, count)
		workers := min(slots, max(1, count/3))
		pdfPool.release(slots - workers) // let other imports have the rest
		slots = workers
		errs := make([]error, workers)
		var (
			wg   sync.WaitGroup
			next atomic.Int64 // the next page to read, shared by all instances
		)
		for w := 1; w < workers; w++ {
			wg.Go(func() {
				errs[w] = withPDF(ctx, data, func(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT) error {
					return readPDFPages(ctx, inst, doc, pages, &next)
				})
			})
		}
		errs[0] = readPDFPages(ctx, inst, doc, pages, &next)
		wg.Wait()
		return errors.Join(errs...)
	})
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			pe.File = name
			return nil, h, pe
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return nil, h, err
		}
		return nil, h, &Error{File: name, Err: err}
	}
	chars := 0
	for _, pg := range pages {
		for _, s := range pg.spans {
			chars += len(strings.TrimSpace(s.text))
		}
	}
	if chars == 0 {
		return nil, h, &Error{File: name, Err: ErrNoTextLayer}
	}
	if statesDate(pages[0]) {
		// The file's creation date is when the PDF was made; a date printed
		// on the first page is the brief's own and cleaning will find it.
		h.Created = ""
	}
	return layoutPDF(pages), h, nil
}

// withPDF borrows a PDFium instance, opens data in it and calls fn. A panic
// in PDFium or fn discards the instance and becomes ErrCorrupt; a password
// or security handler error becomes ErrEncrypted.
func withPDF(ctx context.Context, data []byte, fn func(pdfium.Pdfium, references.FPDF_DOCUMENT) error) (err error) {
	inst, err := pdfPool.pool.GetInstanceWithContext(ctx)
	if err != nil {
		return fmt.Errorf("PDF engine unavailable: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = inst.Kill() // the instance may be in a bad state
			err = fmt.Errorf("%w (PDF engine failed: %v)", ErrCorrupt, p)
			return
		}
		_ = inst.Close()
	}()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		if errors.Is(err, pdfiumerr.ErrPassword) || errors.Is(err, pdfiumerr.ErrSecurity) {
			return ErrEncrypted
		}
		if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
			return fmt.Errorf("%w: no PDF header; the file is not a PDF", ErrCorrupt)
		}
		return fmt.Errorf("%w: the PDF's structure cannot be read", ErrCorrupt)
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	return fn(inst, doc.Document)
}

// readPDFPages reads pages into pages, taking the next unread page from next
// until none is left, so instances that share a document share its pages by
// how fast they go: pages differ in cost, and the first instance also reads
// the metadata while the others open the document, so a fixed split (odd and
// even pages) left one instance idle while the other finished its share.
func readPDFPages(ctx context.Context, inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, pages []pdfPage, next *atomic.Int64) error {
	for {
		i := int(next.Add(1) - 1)
		if i >= len(pages) {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		pg, err := readPDFPage(inst, doc, i)
		if err != nil {
			next.Store(int64(len(pages))) // the import fails: stop the others
			return &Error{Page: i + 1, Err: fmt.Errorf("%w (%v)", ErrCorrupt, err)}
		}
		pages[i] = pg
	}
}

// pdfSpan is one run of text PDFium reports as a rectangle: chars on one line
// drawn by one text object. Coordinates are PDF points, y growing upwards.
type pdfSpan struct {
	text       string
	l, t, r, b float64
	base       float64 // baseline, estimated from the box
	size       float64 // font size in points
	bold       bool
	page       int // 1-based
}

// pdfPage is the text of one page.
type pdfPage struct {
	n     int // 1-based
	w, h  float64
	spans []pdfSpan
}

// readPDFPage collects the text rectangles of page i (0-based) with their
// font. PDFium's structured-text helper computes the text of every rectangle
// in one pass over the page's chars; asking PDFium for each rectangle's text
// (FPDFText_GetBoundedText) rescans the whole page per rectangle and made
// imports three times slower.
func readPDFPage(inst pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) (pdfPage, error) {
	pg := pdfPage{n: i + 1}
	ref := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
	st, err := inst.GetPageTextStructured(&requests.GetPageTextStructured{
		Page: ref, Mode: requests.GetPageTextStructuredModeRects, CollectFontInformation: true,
	})
	if err != nil {
		return pg, err
	}
	if w, err := inst.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: ref}); err == nil {
		pg.w = float64(w.PageWidth)
	}
	if h, err := inst.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: ref}); err == nil {
		pg.h = float64(h.PageHeight)
	}
	for _, rc := range st.Rects {
		text := strings.Trim(rc.Text, "\r\n\x00")
		if strings.TrimSpace(text) == "" {
			continue
		}
		p := rc.PointPosition
		s := pdfSpan{text: text, l: p.Left, t: p.Top, r: p.Right, b: p.Bottom, size: p.Top - p.Bottom, page: pg.n}
		if fi := rc.FontInformation; fi != nil {
			if fi.Size > 0 {
				s.size = fi.Size
			}
			s.bold = boldFont(fi.Name, fi.Flags) || fi.Weight >= 600
		}
		s.base = baseline(s)
		pg.spans = append(pg.spans, s)
	}
	return pg, nil
}

// baseline estimates a span's baseline from its glyph box: the box bottom,
// raised by a typical descender depth when the text has characters that
// descend below the baseline.
func baseline(s pdfSpan) float64 {
	if strings.ContainsAny(s.text, "gjpqyQ,;()[]{}|/@$") {
		return s.b + 0.21*s.size
	}
	return s.b
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
			h.Created = pdfDate(v)
		}
	}
	return h
}

var (
	pdfDateRe    = regexp.MustCompile(`^(?:D:)?(\d{4})(\d{2})?(\d{2})?`)
	dateTitleRe  = regexp.MustCompile(`(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}$`)
	statedDateRe = regexp.MustCompile(`(?i)\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b`)
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

// statesDate reports whether a page prints a date such as "September 15,
// 2025" or "15 September 2025".
func statesDate(pg pdfPage) bool {
	for _, s := range pg.spans {
		if statedDateRe.MatchString(s.text) {
			return true
		}
	}
	return false
}

// usefulTitle rejects document-info and core-property titles that are
// producer noise rather than a title: empty, "Untitled", a file name,
// "Microsoft Word - …", a date, or a short all-caps label such as a series
// or site name ("THE PENINSULA").
func usefulTitle(t string) bool {
	l := strings.ToLower(t)
	switch {
	case t == "", l == "untitled", strings.HasPrefix(l, "microsoft word - "), dateTitleRe.MatchString(t):
		return false
	case strings.ToUpper(t) == t && len(strings.Fields(t)) <= 3:
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
