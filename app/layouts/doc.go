// Package layouts holds the app's generic Fyne layouts and its one list-row
// widget: TightVBox (a stack without padding), Ratio (columns by share of
// the width), Columns (columns at widths the caller computes), MinWidth (a
// stack with a minimum width), KeepSize (a stack that keeps hidden objects'
// size), Heading (a heading over its text, level with its neighbours'),
// Reflow with Tree (a second layout pass so wrapped text gets its height)
// and Row (a list row drawing one container). Nothing here knows about
// briefs or comparisons.
package layouts
