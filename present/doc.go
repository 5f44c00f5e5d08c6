// Package present phrases every statement a user reads about a comparison:
// brief names (with disambiguation), values with their units, a brief's
// leaning on an axis (or "not enough evidence"), whether a brief addresses a
// topic ("not addressed"), citations, highlight spans and quotes. The app,
// the workbook and memo writers in export/ and the CLI all call it, so a
// statement reads the same wherever it appears. It imports neither Fyne nor
// excelize: it returns plain strings and spans.
package present
