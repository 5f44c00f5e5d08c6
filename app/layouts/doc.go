// Package layouts holds the app's generic Fyne layouts and its one list-row
// widget: TightVBox (a stack without padding), Ratio (columns by share of
// the width), Reflow with Tree (a second layout pass so wrapped text gets
// its height) and Row (a list row drawing one container). Nothing here
// knows about briefs or comparisons.
package layouts
