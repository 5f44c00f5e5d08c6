// Package export writes a comparison out: the Excel workbook (excelize), the
// draft briefing memo (DOCX and Markdown), the comparison JSON and one CSV per
// sheet. Every file is written to a temporary file beside the target and
// renamed into place, so an existing file is never half-written.
package export
