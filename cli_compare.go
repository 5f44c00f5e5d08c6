package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"briefbench/compare"
	"briefbench/export"
	"briefbench/importers"
	"briefbench/present"
	"briefbench/workspace"
)

// errUsage marks a command-line mistake (exit status 2); the message has
// already been printed.
var errUsage = errors.New("usage")

// outputs is a repeatable --out flag.
type outputs []string

func (o *outputs) String() string { return strings.Join(*o, ",") }

func (o *outputs) Set(s string) error {
	if s == "" {
		return errors.New("empty path")
	}
	*o = append(*o, s)
	return nil
}

// runFlags are the flags shared by compare and export.
type runFlags struct {
	outs     outputs
	taxonomy string
	axes     string
	author   string
}

// sources are the taxonomy and axes files the flags name.
func (rf runFlags) sources() workspace.Sources {
	return workspace.Sources{TaxonomyFile: rf.taxonomy, AxesFile: rf.axes}
}

// sourceFailed reports a taxonomy or axes that could not be read: a file
// given with --taxonomy or --axes is a usage error (status 2), a
// workspace's own (named by path) a failed input (status 1).
func sourceFailed(name, path string, err error, stderr io.Writer) int {
	var se *workspace.SourceError
	if errors.As(err, &se) && se.File != "" {
		fmt.Fprintf(stderr, "briefbench %s: --%s: %v\n", name, se.Kind, err)
		return 2
	}
	fmt.Fprintf(stderr, "briefbench %s: %s: %v\n", name, path, err)
	return 1
}

// newFlags builds the flag set of a subcommand writing its messages to stderr.
func newFlags(name string, stderr io.Writer, rf *runFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Var(&rf.outs, "out", "write to `FILE`: .json, .xlsx, .docx, .md, DIR/ (CSV), or - (JSON to standard output); repeatable")
	fs.StringVar(&rf.taxonomy, "taxonomy", "", "topics: `none` (discovered only), a pack (alliance) or a taxonomy FILE (YAML); default: packs that fit the briefs, plus discovered topics")
	fs.StringVar(&rf.axes, "axes", "", "position axes `FILE` (YAML) instead of the default")
	fs.StringVar(&rf.author, "author", "", "the memo's From line")
	return fs
}

// parseArgs parses flags that may come before, between or after the
// positional arguments and returns the positional ones. After "--" every
// argument is positional.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// checkOutputs rejects outputs no writer serves, before any work is done.
func checkOutputs(name string, outs outputs, stderr io.Writer) error {
	if len(outs) == 0 {
		fmt.Fprintf(stderr, "briefbench %s: --out is required (FILE.json, FILE.xlsx, FILE.docx, FILE.md, DIR/ or -)\n", name)
		return errUsage
	}
	for _, o := range outs {
		if o != "-" && !export.Supported(o) {
			fmt.Fprintf(stderr, "briefbench %s: --out %s: %v\n", name, o, export.ErrUnknownFormat)
			return errUsage
		}
	}
	return nil
}

// cmdCompare imports briefs, compares them and writes the outputs.
// Exit status: 0 success, 1 some inputs or outputs failed (the rest were
// processed and written), 2 usage error.
func cmdCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var rf runFlags
	fs := newFlags("compare", stderr, &rf)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: briefbench compare [--taxonomy none|alliance|FILE] [--axes FILE] [--author NAME] --out FILE.json|FILE.xlsx|FILE.docx|FILE.md|DIR/|- FILE|DIR ...")
		fs.PrintDefaults()
	}
	inputs, err := parseArgs(fs, args)
	if err != nil {
		return 2
	}
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "briefbench compare: no briefs given (files, folders or - for standard input)")
		return 2
	}
	if checkOutputs("compare", rf.outs, stderr) != nil || checkOverlap("compare", rf.outs, inputs, stderr) != nil {
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, status := importAndCompare(ctx, "compare", inputs, rf, stdin, stderr)
	if res == nil {
		return status
	}
	return max(status, writeOutputs(ctx, "compare", res, rf, stdout, stderr))
}

// importAndCompare imports inputs and runs the comparison. Import errors
// are reported and give status 1; the comparison goes on with the briefs
// that imported. A nil result means nothing could be compared.
func importAndCompare(ctx context.Context, name string, inputs []string, rf runFlags, stdin io.Reader, stderr io.Writer) (*compare.Result, int) {
	opts, err := rf.sources().Options()
	if err != nil {
		return nil, sourceFailed(name, "", err, stderr)
	}
	status := 0
	briefs, errs := importers.Paths(ctx, inputs, stdin, nil)
	for _, err := range errs {
		fmt.Fprintf(stderr, "briefbench %s: %v\n", name, err)
		if !skipped(err) {
			status = 1
		}
	}
	if len(briefs) == 0 {
		fmt.Fprintf(stderr, "briefbench %s: no briefs could be imported\n", name)
		return nil, 1
	}
	ws := workspace.New()
	added := ws.Add(briefs, time.Time{}) // no stamp: the output depends on the input only
	for _, r := range added.Repeats {
		fmt.Fprintf(stderr, "briefbench %s: %s: the same text as %s; compared once\n", name, r.Brief.Source.Path, r.Same.Source.Path)
	}
	for _, r := range added.Editions {
		fmt.Fprintf(stderr, "briefbench %s: %s shares %d%% of its text with %s: another edition? Both are compared\n", name, r.Brief.Source.Path, int(r.Share*100), r.Same.Source.Path)
	}
	for _, h := range added.Holdings {
		fmt.Fprintf(stderr, "briefbench %s: note: %s contains the text of %s (an annex or a quotation?); both are compared\n", name, h.Outer.Source.Path, h.Inner.Source.Path)
	}
	res, err := compare.Run(ctx, ws.Included(), opts)
	if err != nil {
		fmt.Fprintf(stderr, "briefbench %s: %v\n", name, err)
		return nil, 1
	}
	present.Fill(res) // numeric findings read the same in every file written
	return res, status
}

// writeOutputs writes res to every --out and returns 1 when any failed.
func writeOutputs(ctx context.Context, name string, res *compare.Result, rf runFlags, stdout, stderr io.Writer) int {
	opts := export.Options{Now: time.Now(), Author: rf.author}
	status := 0
	for _, o := range rf.outs {
		var err error
		if o == "-" {
			err = export.WriteJSON(stdout, res)
		} else {
			err = export.ToPath(ctx, res, o, opts)
		}
		if err != nil {
			fmt.Fprintf(stderr, "briefbench %s: %v\n", name, err)
			status = 1
		}
	}
	return status
}
