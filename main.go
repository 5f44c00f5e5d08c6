// Command briefbench imports policy briefs, lines them up by topic, shows
// where they differ and exports a workbook and a briefing memo. With no
// subcommand it opens the desktop app; see README.md for the CLI.
package main

import (
	"fmt"
	"io"
	"os"

	"briefbench/app"
	_ "briefbench/app/locale" // before Fyne reads the locale
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "import":
			return cmdImport(args[1:], stdin, stdout, stderr)
		case "compare":
			return cmdCompare(args[1:], stdin, stdout, stderr)
		case "export":
			return cmdExport(args[1:], stdin, stdout, stderr)
		case "gui":
			return app.Main(args[1:], stderr)
		case "help", "-h", "-help", "--help":
			fmt.Fprint(stdout, usage)
			return 0
		}
	}
	return app.Main(args, stderr)
}

const usage = `Briefbench: compare policy briefs side by side by topic.

Usage:
  briefbench [FILE|DIR|WORKSPACE ...]           open the app on these
  briefbench gui --capture OUT.png [--topic ID] [--view topics|positions|differences|search|library] [--evidence AXIS:BRIEF]
                 [--size 1280x800] [--light|--dark] [--timeout 5m] FILE ...   save the window as PNG and exit
  briefbench import [--json] FILE|DIR|- ...      import and print briefs
  briefbench compare [--taxonomy none|alliance|FILE] [--axes FILE] --out FILE.json|FILE.xlsx|FILE.docx|FILE.md|DIR/|- FILE|DIR ...
  briefbench export --out FILE.xlsx|FILE.docx|FILE.md|FILE.json|DIR/ WORKSPACE|COMPARISON.json|FILE ...

Exit status: 0 success, 1 some files failed (the rest were processed), 2 usage error.
`
