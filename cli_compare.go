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

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/export"
	"briefbench/importers"
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
	if checkOutputs("compare", rf.outs, stderr) != nil {
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
	opts := compare.DefaultOptions()
	if rf.taxonomy != "" {
		tax, tname, err := compare.ChooseTaxonomy(rf.taxonomy)
		if err != nil {
			fmt.Fprintf(stderr, "briefbench %s: --taxonomy: %v\n", name, err)
			return nil, 2
		}
		opts.Taxonomy, opts.TaxonomyName = tax, tname
	}
	if rf.axes != "" {
		axes, err := compare.LoadAxes(rf.axes)
		if err != nil {
			fmt.Fprintf(stderr, "briefbench %s: --axes: %v\n", name, err)
			return nil, 2
		}
		opts.Axes = axes
	}
	status := 0
	briefs, errs := importers.Paths(ctx, inputs, stdin, nil)
	for _, err := range errs {
		fmt.Fprintf(stderr, "briefbench %s: %v\n", name, err)
		status = 1
	}
	if len(briefs) == 0 {
		fmt.Fprintf(stderr, "briefbench %s: no briefs could be imported\n", name)
		return nil, 1
	}
	briefs = dropRepeats(briefs, func(b, same *brief.Brief) {
		fmt.Fprintf(stderr, "briefbench %s: %s: the same text as %s; compared once\n", name, b.Source.Path, same.Source.Path)
	})
	res, err := compare.Run(ctx, briefs, opts)
	if err != nil {
		fmt.Fprintf(stderr, "briefbench %s: %v\n", name, err)
		return nil, 1
	}
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

// dropRepeats keeps the first of briefs that hold the same text: the same
// words, or nearly the same text in another format (one brief given as PDF
// and as Word file, say). Two files of one format with different words are
// two editions and both stay. repeat hears of each brief dropped.
func dropRepeats(briefs []*brief.Brief, repeat func(b, same *brief.Brief)) []*brief.Brief {
	var kept []*brief.Brief
	var prints []brief.Fingerprint
next:
	for _, b := range briefs {
		fp := b.Fingerprint()
		for i, k := range kept {
			if brief.Repeats(k, b, prints[i], fp) {
				repeat(b, k)
				continue next
			}
		}
		kept = append(kept, b)
		prints = append(prints, fp)
	}
	return kept
}
