//go:build ignore

// Command gen writes the PDF and DOCX fixtures of the importers' tests:
//
//	cd importers && go run testdata/gen/main.go
//
// The brief text is our own (a fictional think-tank note on U.S.–South Korea
// defense-industrial cooperation) with deliberate clutter. PDFs are written
// directly (Helvetica, uncompressed content streams) so line breaks, columns,
// running headers and hyphenation are exactly where the tests expect them;
// DOCX files are written as zips of WordprocessingML so they carry tracked
// changes, content controls, tables, numbering, footnotes and endnotes. Two
// outside tools make the rest (each step is skipped with a message when the
// tool is missing): qpdf encrypts a copy of the brief, and LibreOffice
// (soffice) turns a flat ODT with a two-column section, a running header and
// a footer into libreoffice.pdf, a real producer's output. After
// regenerating, refresh the goldens with go test -run 'PDF|DOCX' -update.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	for _, d := range []string{"testdata/pdf", "testdata/docx"} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			log.Fatal(err)
		}
	}
	brief := briefPDF()
	write("testdata/pdf/brief.pdf", brief)
	write("testdata/pdf/long.pdf", longPDF())
	write("testdata/pdf/scanned.pdf", scannedPDF())
	write("testdata/pdf/truncated.pdf", brief[:len(brief)/3])
	write("testdata/pdf/garbage.pdf", []byte("%PDF-1.7\nthis is not really a PDF at all\n%%EOF\n"))
	encrypt("testdata/pdf/brief.pdf", "testdata/pdf/encrypted.pdf")
	libreOffice("testdata/pdf/libreoffice.pdf")

	doc := briefDOCX()
	write("testdata/docx/brief.docx", doc)
	write("testdata/docx/notzip.docx", []byte("PK\x03\x04 but then nothing that a zip reader accepts"))
	write("testdata/docx/truncated.docx", doc[:len(doc)/2])
	write("testdata/docx/nodocument.docx", zipOf(map[string]string{
		"[Content_Types].xml": contentTypes,
		"docProps/core.xml":   core("Orphan", "Nobody", "2025-01-01T00:00:00Z"),
	}))
	write("testdata/docx/bomb.docx", bombDOCX())
}

func write(name string, data []byte) {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		log.Fatal(err)
	}
}

// encrypt makes a password-protected copy with qpdf (apt-get install qpdf).
func encrypt(in, out string) {
	cmd := exec.Command("qpdf", "--encrypt", "reader-pass", "owner-pass", "256", "--", in, out)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		log.Printf("qpdf failed (%v): %s not regenerated", err, out)
	}
}

// libreOffice writes a second brief as flat ODT (justified text, a
// two-column section, a running header and a footer with page numbers) and
// has LibreOffice turn it into a PDF, as a real producer's output.
func libreOffice(out string) {
	dir, err := os.MkdirTemp("", "gen")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	var body strings.Builder
	p := func(s string) { body.WriteString("<text:p text:style-name=\"Body\">" + esc(plain(s)) + "</text:p>\n") }
	h := func(s string) {
		body.WriteString(`<text:h text:style-name="Heading_20_1" text:outline-level="1">` + esc(s) + "</text:h>\n")
	}
	h("Shared Magazines: Munitions Cooperation After the Summit")
	for _, s := range intro {
		p(s)
	}
	h(whyHead)
	for _, s := range why {
		p(s)
	}
	h(twoHead)
	body.WriteString(`<text:section text:style-name="Cols" text:name="Columns">` + "\n")
	for _, s := range append(append(append([]string{}, twoLeft...), twoRight...), extra...) {
		p(s)
	}
	body.WriteString("</text:section>\n")
	h("What Could Go Wrong")
	for _, s := range risks {
		p(s)
	}
	p(closing)
	fodt := strings.Replace(fodtTemplate, "BODY", body.String(), 1)
	src := filepath.Join(dir, "libreoffice.fodt")
	if err := os.WriteFile(src, []byte(fodt), 0o644); err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command("soffice", "--headless", "--convert-to", "pdf", "--outdir", dir, src)
	if err := cmd.Run(); err != nil {
		log.Printf("soffice failed (%v): %s not regenerated", err, out)
		return
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "libreoffice.pdf"))
	if err != nil {
		log.Fatal(err)
	}
	write(out, pdf)
}

// plain removes the forced line breaks of the PDF text.
func plain(s string) string {
	return strings.NewReplacer("capa-|bilities", "capabilities", "|", "").Replace(s)
}

var risks = []string{
	"Three things could stall this agenda. The first is politics: a tariff quarrel or a dispute over troop costs can freeze industrial talks for a year, even when both defense ministries want them to continue.",
	"The second is security. Every shared production line is also a shared target for espionage, and a single leak of sensitive designs would give critics in both capitals the argument they have been waiting for.",
	"The third is success itself. If Korean yards win a large share of American repair work, unions and members of Congress will ask why the money is leaving their districts, and the program will need answers ready before the first contract is signed.",
	"None of these risks is new, and none is a reason to wait. Each can be managed by starting with modest pilots, publishing clear rules, and reporting results openly enough that skeptics can check them.",
}

var extra = []string{
	"Export licences are the quiet bottleneck. A shell made in Korea for an American stockpile can wait months for paperwork that neither government thinks is important, and that waiting time is exactly what a crisis would not allow.",
	"A fast lane for trusted allied producers, with audits instead of case-by-case approvals, would cost little and signal a great deal. It would also give Korean firms the confidence to build capacity that only pays off if orders keep coming.",
	"Workforce exchanges close the loop. Inspectors who have spent a season on each other's production floors will catch problems earlier and argue less about standards, because they will have seen how the other side checks its own work.",
}

const fodtTemplate = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Shared Magazines</dc:title><meta:initial-creator>Daniel Ortiz</meta:initial-creator><dc:creator>Daniel Ortiz</dc:creator></office:meta>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">Allied Industrial Base Review | Working Paper 7</text:p></style:header>
<style:footer><text:p text:style-name="Header">Hanbit Policy Forum, page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
BODY</office:text></office:body>
</office:document>
`

// --- the brief ---------------------------------------------------------

// A "|" inside a word forces a line break there, to place a hyphen at a line
// end: "capa-|bilities" is a line-break artefact, "defense-|related" a
// compound whose hyphen must stay.
var (
	title    = "Building Together: Allied Shipyards and Munitions Lines"
	subtitle = "How Washington and Seoul can turn industrial strength into deterrence"
	byline   = "By Mina Park and Daniel Ortiz"
	dateline = "October 2, 2025"

	intro = []string{
		"Seoul and Washington have spent seventy years planning how to fight together, but far less time planning how to build together. That gap now matters more than any single weapons program, because the next crisis in the Pacific will reward the side that can repair ships and refill magazines fastest.",
		"South Korean yards launch more commercial tonnage in a quarter than American yards manage in a decade, and Korean firms already run plants in Alabama, Georgia and Pennsylvania. The question is no longer whether cooperation is possible but which rules still stand in its way.",
	}
	whyHead = "Why Shipyards Matter"
	why     = []string{
		"A modern navy is only as ready as the dry docks behind it. American maintenance backlogs keep destroyers idle for months, while Korean builders have spare slots and crews trained on complex hulls. Pooling those capa-|bilities would shorten repair queues without a single new appropriation.",
		"Some work cannot move offshore. Nuclear propulsion, classified sensors and certain defense-|related software must stay under American control, and any agreement should say so plainly rather than leave it to case-by-case waivers that discourage investment.",
		"Korean firms also bring something American planners rarely mention: a workforce that still knows how to build at volume. Welders, pipefitters and inspectors move between commercial and naval work every season, and that flexibility is exactly what a wartime surge would demand of both countries.",
		"Money is not the binding constraint. Congress has already funded more hulls than American yards can deliver on time, and every year of delay raises the unit cost of the ships that do arrive. Letting trusted partners absorb part of the routine load frees scarce American crews for the work only they can do.",
		"The practical model is a division of labor: Korean partners take hull blocks, routine overhauls and auxiliary vessels, while American yards concentrate on the systems that only they may touch. Both sides gain steady orders, and planners gain a second industrial base that an adversary would have to plan around before any conflict starts.",
	}
	twoHead = "Two Lines of Cooperation"
	twoLeft = []string{
		"The first line is ships. A standing repair arrangement for Seventh Fleet vessels in Korean yards would test procedures, security rules and payment terms in peacetime, so that nothing has to be improvised under fire.",
		"It should begin small, with support ships and routine hull work, and widen only as inspectors on both sides gain confidence. Each completed overhaul builds a record that later, harder requests can point to.",
		"The second line is munitions. Artillery shells, rocket motors and the energetic chemicals inside them are the scarcest items in any long war, and Korean plants can raise output faster than new American lines can be licensed and staffed.",
	}
	twoRight = []string{
		"Joint stockpiles, stored on the peninsula and in Guam, would give both militaries a shared cushion without either giving up command of its own reserves.",
		"Neither line works without trust in the supply chain beneath it, which is why reciprocal procurement rules matter as much as contracts for finished goods.",
	}
	recHead = "Recommendations"
	recs    = []string{
		"Sign a reciprocal defense procurement agreement within the next year.",
		"Open a pilot program for overhauls of support ships in Korean yards.",
		"Create a joint munitions council that publishes production targets.",
		"Fund shared training for welders, machinists and quality inspectors.",
	}
	closing = "Industrial cooperation will not replace deterrence by forces in the field, but it decides how long those forces can stay there. The allies should treat factories and dry docks as part of the alliance, not as a trade dispute to be managed."

	header = "Allied Industrial Base Review | Brief 14"
	footer = "Hanbit Policy Forum"
)

// --- PDF -----------------------------------------------------------------

// frame is a rectangle text flows into: page, left x, top and bottom
// baselines, width.
type frame struct {
	page        int
	x, top, bot float64
	width       float64
}

type pdfDoc struct {
	pages  [][]string // content stream operators per page
	frames []frame
	f      int     // current frame
	y      float64 // next baseline in the current frame
}

func (d *pdfDoc) text(page int, font string, size, x, y float64, s string) {
	for len(d.pages) <= page {
		d.pages = append(d.pages, nil)
	}
	d.pages[page] = append(d.pages[page], fmt.Sprintf("BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET", font, size, x, y, pdfEscape(s)))
}

func pdfEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}

// wrap splits text into lines of about width points for the font size
// (Helvetica averages about half an em per character); "|" forces a break.
func wrap(text string, size, width float64) []string {
	max := int(width / (size * 0.5))
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		first, rest, forced := strings.Cut(w, "|")
		switch {
		case cur == "":
			cur = first
		case len(cur)+1+len(first) <= max || forced:
			cur += " " + first
		default:
			lines = append(lines, cur)
			cur = first
		}
		if forced {
			lines = append(lines, cur)
			cur = rest
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// flow sets a paragraph into the frames, moving to the next frame when the
// current one is full. indent is the left indent of every line; bullet, if
// set, is drawn before the first line.
func (d *pdfDoc) flow(text, font string, size, lead, after, indent float64, bullet string) {
	fr := d.frames[d.f]
	lines := wrap(text, size, fr.width-indent)
	for i, ln := range lines {
		if d.y < fr.bot {
			d.next()
			fr = d.frames[d.f]
		}
		if i == 0 && bullet != "" {
			d.text(fr.page, font, size, fr.x+indent-12, d.y, bullet)
		}
		d.text(fr.page, font, size, fr.x+indent, d.y, ln)
		d.y -= lead
	}
	d.y -= after
}

func (d *pdfDoc) next() {
	d.f++
	d.y = d.frames[d.f].top
}

// furniture draws the running header, footer and page number on every page.
func (d *pdfDoc) furniture() {
	for p := range d.pages {
		d.text(p, "F1", 8, 72, 760, header)
		d.text(p, "F1", 8, 72, 50, footer)
		d.text(p, "F1", 8, 500, 50, fmt.Sprintf("Page %d of %d", p+1, len(d.pages)))
	}
}

func briefPDF() []byte {
	d := &pdfDoc{frames: []frame{
		{0, 72, 720, 200, 468},  // page 1
		{1, 72, 720, 600, 468},  // page 2, top: the paragraph carried over
		{1, 72, 560, 560, 468},  // page 2, full-width heading band
		{1, 72, 530, 300, 222},  // page 2, left column
		{1, 318, 530, 300, 222}, // page 2, right column
		{2, 72, 720, 90, 468},   // page 3
	}}
	d.y = d.frames[0].top
	d.flow(title, "F2", 18, 22, 6, 0, "")
	d.flow(subtitle, "F1", 12, 15, 6, 0, "")
	d.flow(byline, "F1", 10.5, 14, 0, 0, "")
	d.flow(dateline, "F1", 10.5, 14, 10, 0, "")
	for _, p := range intro {
		d.flow(p, "F1", 10.5, 14, 8, 0, "")
	}
	d.flow(whyHead, "F2", 13, 16, 6, 0, "")
	for _, p := range why {
		d.flow(p, "F1", 10.5, 14, 8, 0, "")
	}
	// page 2: the rest of the last paragraph, then a heading across both
	// columns; the left column overflows into the right one
	d.goTo(2)
	d.flow(twoHead, "F2", 13, 16, 6, 0, "")
	d.goTo(3)
	for _, p := range append(append([]string{}, twoLeft...), twoRight...) {
		d.flow(p, "F1", 10.5, 14, 8, 0, "")
	}
	d.goTo(5)
	d.flow(recHead, "F2", 13, 16, 6, 0, "")
	for _, r := range recs {
		d.flow(r, "F1", 10.5, 14, 4, 18, "\x95")
	}
	d.y -= 6
	d.flow(closing, "F1", 10.5, 14, 8, 0, "")
	d.flow("Share this brief: Email / Print / Download PDF", "F1", 9, 12, 4, 0, "")
	d.furniture()
	return d.bytes(map[string]string{"Title": title, "Author": "Mina Park; Daniel Ortiz", "CreationDate": "D:20251002093000Z"})
}

// goTo moves the flow to frame f.
func (d *pdfDoc) goTo(f int) {
	d.f = f
	d.y = d.frames[f].top
}

// longPDF is a ~5,000-word brief for the benchmark: the brief's paragraphs
// repeated over single-column pages.
func longPDF() []byte {
	var frames []frame
	for p := range 40 {
		frames = append(frames, frame{p, 72, 720, 90, 468})
	}
	d := &pdfDoc{frames: frames}
	d.y = d.frames[0].top
	d.flow(title, "F2", 18, 22, 6, 0, "")
	words := 0
	for words < 5000 {
		for _, p := range append(append(append([]string{}, intro...), why...), twoLeft...) {
			p = plain(p)
			d.flow(p, "F1", 10.5, 14, 8, 0, "")
			words += len(strings.Fields(p))
		}
		d.flow(whyHead, "F2", 13, 16, 6, 0, "")
	}
	d.pages = d.pages[:d.frames[d.f].page+1]
	d.furniture()
	return d.bytes(map[string]string{"Title": "Long brief", "Author": "Benchmark"})
}

// bytes serialises the document: catalog, page tree, pages with Helvetica
// and Helvetica-Bold, content streams, info dictionary, xref.
func (d *pdfDoc) bytes(info map[string]string) []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog := add("") // filled below
	pagesID := add("")
	f1 := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	f2 := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	var kids []string
	for _, ops := range d.pages {
		stream := strings.Join(ops, "\n")
		c := add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream))
		p := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>", pagesID, f1, f2, c))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesID)
	objs[pagesID-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))
	var in []string
	for _, k := range []string{"Title", "Author", "CreationDate"} {
		if v, ok := info[k]; ok {
			in = append(in, fmt.Sprintf("/%s (%s)", k, pdfEscape(v)))
		}
	}
	infoID := add("<< " + strings.Join(in, " ") + " >>")
	return serialise(objs, catalog, infoID)
}

func serialise(objs []string, root, info int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	infoRef := ""
	if info > 0 {
		infoRef = fmt.Sprintf(" /Info %d 0 R", info)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, infoRef, xref)
	return b.Bytes()
}

// scannedPDF is one page holding only a JPEG image of text (scan.jpg, made
// with ImageMagick's convert): no text layer.
func scannedPDF() []byte {
	jpg, err := os.ReadFile(filepath.Join("testdata", "gen", "scan.jpg"))
	if err != nil {
		log.Fatal(err)
	}
	const w, h = 620, 300
	content := fmt.Sprintf("q %d 0 0 %d 0 400 cm /Im1 Do Q", w, h)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 620 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream", w, h, len(jpg), jpg),
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	return serialise(objs, 1, 0)
}

// --- DOCX ----------------------------------------------------------------

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/shipyards" TargetMode="External"/></Relationships>`

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// Style IDs deliberately differ from the names for two styles ("Kop1" is
// Dutch Word's ID for "heading 1"; "BriefSection" is a custom style that is
// a heading only through its outline level).
var styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ` + wNS + `>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="BriefSection"><w:name w:val="Brief Section"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="PullQuote"><w:name w:val="Intense Quote"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>
</w:styles>`

const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

func core(title, creator, created string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` + title + `</dc:title><dc:creator>` + creator + `</dc:creator><dc:language>en-US</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">` + created + `</dcterms:created></cp:coreProperties>`
}

func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func para(style, inner string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + inner + `</w:p>`
}

func run(s string) string {
	return `<w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`
}

func briefDOCX() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:document " + wNS + "><w:body>")
	p := func(style string, runs ...string) { b.WriteString(para(style, strings.Join(runs, ""))) }
	p("", run("Home > Research > Alliances"))
	p("Title", run(title))
	p("Subtitle", run(subtitle))
	p("", run(byline))
	p("", run(dateline))
	p("", run(intro[0]))
	// tracked changes: the insertion is kept, the deletion dropped
	p("", run("South Korean yards launch more commercial tonnage in a quarter than American yards manage in a decade, and Korean firms "),
		`<w:del w:id="1" w:author="Editor"><w:r><w:delText>may soon </w:delText></w:r></w:del>`,
		`<w:ins w:id="2" w:author="Editor"><w:r><w:t xml:space="preserve">already </w:t></w:r></w:ins>`,
		run("run plants in Alabama, Georgia and Pennsylvania."),
		`<w:r><w:footnoteReference w:id="1"/></w:r>`,
		run(" The question is no longer whether cooperation is possible but which rules still stand in its way."))
	p("Kop1", run(whyHead))
	p("", run(strings.ReplaceAll(why[0], "|", "")))
	// a hyperlink and a non-breaking hyphen
	p("", run("Some work cannot move offshore. Nuclear propulsion, classified sensors and certain defense"),
		`<w:r><w:noBreakHyphen/></w:r>`,
		run("related software must stay under American control, as the "),
		`<w:hyperlink r:id="rId9"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>shipyard review</w:t></w:r></w:hyperlink>`,
		run(" argued."), `<w:r><w:footnoteReference w:id="2"/></w:r>`)
	p("PullQuote", run("A modern navy is only as ready as the dry docks behind it."))
	p("BriefSection", run(twoHead))
	// a content control: its placeholder properties are not text
	b.WriteString(`<w:sdt><w:sdtPr><w:alias w:val="Ships"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr><w:sdtContent>` +
		para("", run(twoLeft[0])) + `</w:sdtContent></w:sdt>`)
	p("", run(twoLeft[2]), `<w:r><w:endnoteReference w:id="1"/></w:r>`)
	// a table: one text row per table row
	b.WriteString(`<w:tbl><w:tblPr/>`)
	for _, row := range [][]string{{"Sector", "Korean share", "Constraint"}, {"Hull blocks", "High", "Jones Act"}, {"Artillery shells", "Rising", "Export licences"}} {
		b.WriteString(`<w:tr>`)
		for _, c := range row {
			b.WriteString(`<w:tc>` + para("", run(c)) + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	p("Heading2", run(recHead))
	for i, r := range recs {
		if i%2 == 0 { // numbered through numPr
			b.WriteString(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` + run(r) + `</w:p>`)
		} else { // a list style
			p("ListBullet", run(r))
		}
	}
	// text boxes carry their text twice: only the Choice copy is read
	p("", run(closing),
		`<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t xml:space="preserve"> </w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>DUPLICATE FALLBACK</w:t></w:r></mc:Fallback></mc:AlternateContent>`)
	p("", run("Related Articles"))
	p("", run("Share this brief: Email | Print"))
	b.WriteString(`<w:sectPr/></w:body></w:document>`)

	foot := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1">` + para("FootnoteText", run("Company filings, 2024; plant locations as announced.")) + `</w:footnote>` +
		`<w:footnote w:id="2">` + para("FootnoteText", run("Hanbit Policy Forum shipyard review,")) + para("FootnoteText", run("second edition.")) + `</w:footnote></w:footnotes>`
	end := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes ` + wNS + `><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>` +
		`<w:endnote w:id="1">` + para("", run("Production estimates are the authors' own.")) + `</w:endnote></w:endnotes>`

	return zipOf(map[string]string{
		"[Content_Types].xml":          contentTypes,
		"_rels/.rels":                  rootRels,
		"word/_rels/document.xml.rels": docRels,
		"word/document.xml":            b.String(),
		"word/styles.xml":              styles,
		"word/numbering.xml":           numbering,
		"word/footnotes.xml":           foot,
		"word/endnotes.xml":            end,
		"docProps/core.xml":            core(title, "Mina Park; Daniel Ortiz", "2025-10-02T09:30:00Z"),
	})
}

// zipOf writes the parts, sorted by name so the output is reproducible.
func zipOf(parts map[string]string) []byte {
	var names []string
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			log.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			log.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	return buf.Bytes()
}

// bombDOCX is a small zip whose headers declare a 600 MB document part.
func bombDOCX() []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels"} {
		w, _ := zw.Create(n)
		w.Write([]byte(map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": rootRels}[n]))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "word/document.xml", Method: zip.Store,
		CompressedSize64: 4, UncompressedSize64: 600 << 20, CRC32: 0,
	})
	if err != nil {
		log.Fatal(err)
	}
	w.Write([]byte("<w:d"))
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	return buf.Bytes()
}
