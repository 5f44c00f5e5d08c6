// Package app is Briefbench's Fyne desktop UI.
package app

import (
	"fmt"
	"io"
)

// Main runs the GUI (TEMPORARY placeholder, replaced by the UI build).
func Main(args []string, stderr io.Writer) int {
	fmt.Fprintln(stderr, "GUI not built yet")
	return 1
}
