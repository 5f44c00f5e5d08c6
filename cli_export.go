package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"briefbench/export"
)

// cmdExport writes a comparison out again. Its inputs are either one
// comparison JSON (written by compare --out FILE.json; re-exported without
// re-running the engine) or briefs (files, folders, -), which are imported
// and compared as by compare.
func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var rf runFlags
	fs := newFlags("export", stderr, &rf)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: briefbench export [--author NAME] --out FILE.xlsx|FILE.docx|FILE.md|FILE.json|DIR/|- COMPARISON.json | FILE|DIR ...")
		fs.PrintDefaults()
	}
	inputs, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "briefbench export: nothing to export: give a comparison JSON or briefs")
		return 2
	}
	if checkOutputs("export", rf.outs, stderr) != nil {
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var jsons int
	for _, in := range inputs {
		if strings.EqualFold(filepath.Ext(in), ".json") {
			jsons++
		}
	}
	if jsons == 0 {
		res, status := importAndCompare(ctx, "export", inputs, rf, stdin, stderr)
		if res == nil {
			return status
		}
		return max(status, writeOutputs(ctx, "export", res, rf, stdout, stderr))
	}
	if len(inputs) > 1 {
		fmt.Fprintln(stderr, "briefbench export: give one comparison JSON, or briefs, not both")
		return 2
	}
	res, err := export.ReadJSON(inputs[0])
	if err != nil {
		fmt.Fprintf(stderr, "briefbench export: %v\n", err)
		return 1
	}
	return writeOutputs(ctx, "export", res, rf, stdout, stderr)
}
