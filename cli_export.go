package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"briefbench/compare"
	"briefbench/export"
	"briefbench/present"
	"briefbench/workspace"
)

// cmdExport writes a comparison out again. Its inputs are one workspace
// (.briefbench, saved by the app: its included briefs are compared with its
// edits, notes, taxonomy and axes), one comparison JSON (written by compare
// --out FILE.json; re-exported without re-running the engine) or briefs
// (files, folders, -), which are imported and compared as by compare.
func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var rf runFlags
	fs := newFlags("export", stderr, &rf)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: briefbench export [--author NAME] --out FILE.xlsx|FILE.docx|FILE.md|FILE.json|DIR/|- WORKSPACE.briefbench | COMPARISON.json | FILE|DIR ...")
		fs.PrintDefaults()
	}
	inputs, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "briefbench export: nothing to export: give a workspace, a comparison JSON or briefs")
		return 2
	}
	if checkOutputs("export", rf.outs, stderr) != nil || checkOverlap("export", rf.outs, inputs, stderr) != nil {
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var jsons, workspaces int
	for _, in := range inputs {
		switch {
		case strings.EqualFold(filepath.Ext(in), ".json"):
			jsons++
		case strings.EqualFold(filepath.Ext(in), workspace.Ext):
			workspaces++
		}
	}
	if workspaces > 0 {
		if len(inputs) > 1 {
			fmt.Fprintln(stderr, "briefbench export: give one workspace on its own")
			return 2
		}
		res, status := compareWorkspace(ctx, inputs[0], rf, stderr)
		if res == nil {
			return status
		}
		return max(status, writeOutputs(ctx, "export", res, rf, stdout, stderr))
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

// compareWorkspace compares the included briefs of a saved workspace with
// its edits, notes, taxonomy and axes; --taxonomy and --axes replace the
// workspace's own. A nil result means it could not be read or compared
// (status 1), or a flag was wrong (status 2).
func compareWorkspace(ctx context.Context, path string, rf runFlags, stderr io.Writer) (*compare.Result, int) {
	ws, err := workspace.Read(path)
	if err != nil {
		fmt.Fprintf(stderr, "briefbench export: %v\n", err)
		return nil, 1
	}
	src := rf.sources()
	src.TaxonomyYAML, src.AxesYAML = ws.TaxonomyYAML, ws.AxesYAML
	opts, err := ws.OptionsFrom(src)
	if err != nil {
		return nil, sourceFailed("export", path, err, stderr)
	}
	briefs := ws.Included()
	if len(briefs) == 0 {
		fmt.Fprintf(stderr, "briefbench export: %s: no briefs are included in the comparison\n", path)
		return nil, 1
	}
	res, err := compare.Run(ctx, briefs, opts)
	if err != nil {
		fmt.Fprintf(stderr, "briefbench export: %v\n", err)
		return nil, 1
	}
	present.Fill(res) // every summary phrased once, as in the app
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "briefbench export: %s: an edit no longer applies: %s\n", path, w)
	}
	return res, 0
}
