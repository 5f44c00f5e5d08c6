// Package app is Briefbench's Fyne desktop UI: it creates the fyne.App,
// builds the views, runs the importers and the comparison engine off the UI
// goroutine and renders their results. It holds no analysis logic.
package app
