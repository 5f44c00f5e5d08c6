package app

import (
	"fmt"
	"io"
)

// Main runs the GUI with the command-line args (files, folders or a
// workspace; or gui flags such as --capture) and returns the exit status.
// TEMPORARY until the shell helper replaces this file.
func Main(args []string, stderr io.Writer) int {
	fmt.Fprintln(stderr, "GUI not built yet")
	return 1
}
