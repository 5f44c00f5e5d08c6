// Package importers turns files an analyst receives (plain text, Markdown,
// HTML, PDF, DOCX) into brief.Brief values. Each format has its own file with
// a reader that produces raw blocks; every format then goes through the same
// cleaning (clean.go) that drops clutter with a reason and finds metadata.
package importers
