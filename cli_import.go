package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"briefbench/brief"
	"briefbench/importers"
)

// importSchema names the JSON document "briefbench import --json" prints.
const importSchema = "briefbench.briefs/v1"

// importDoc is the JSON document "briefbench import --json" prints.
type importDoc struct {
	Schema string         `json:"schema"`
	Briefs []*brief.Brief `json:"briefs"`
	Errors []importError  `json:"errors"`
}

// importError is one failed file.
type importError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// cmdImport implements "briefbench import [--json] FILE|DIR|- ...": it
// imports every file (a folder gives its supported files, "-" reads standard
// input as text) and prints the briefs as one JSON document or as a short
// summary per file. Exit status: 0 all imported, 1 some failed, 2 usage.
func cmdImport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print one JSON document ("+importSchema+")")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: briefbench import [--json] FILE|DIR|- ...")
		fmt.Fprintln(stderr, "formats: "+strings.Join(importers.Extensions(), " ")+"; - reads text from standard input")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	briefs, errs := importers.Paths(context.Background(), fs.Args(), stdin, nil)
	doc := importDoc{Schema: importSchema, Briefs: briefs, Errors: []importError{}}
	if doc.Briefs == nil {
		doc.Briefs = []*brief.Brief{}
	}
	for _, err := range errs {
		doc.Errors = append(doc.Errors, toImportError(err))
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			fmt.Fprintln(stderr, "briefbench import:", err)
			return 1
		}
	} else {
		for _, b := range briefs {
			printSummary(stdout, b)
		}
		for _, e := range doc.Errors {
			fmt.Fprintf(stderr, "%s: error: %s\n", brief.Printable(e.File), brief.Printable(e.Error))
		}
	}
	if len(errs) > 0 {
		return 1
	}
	return 0
}

// toImportError splits an import error into the file and the message.
func toImportError(err error) importError {
	var ie *importers.Error
	if errors.As(err, &ie) {
		msg := ie.Err.Error()
		var pe *fs.PathError
		if errors.As(ie.Err, &pe) {
			// The file is already named: "cannot read: no such file or directory".
			msg = strings.Replace(msg, pe.Op+" "+pe.Path+": ", "", 1)
		}
		if ie.Page > 0 {
			msg = fmt.Sprintf("page %d: %s", ie.Page, msg)
		}
		return importError{File: ie.File, Error: msg}
	}
	return importError{Error: err.Error()}
}

// printSummary writes a few lines about one brief. File names and metadata
// go through brief.Printable: a line break or escape sequence in them
// cannot forge a line.
func printSummary(w io.Writer, b *brief.Brief) {
	fmt.Fprintf(w, "%s (%s)\n", brief.Printable(b.Source.Path), b.Source.Format)
	fmt.Fprintf(w, "  title:        %s\n", orDash(b.Title))
	if b.Subtitle != "" {
		fmt.Fprintf(w, "  subtitle:     %s\n", brief.Printable(b.Subtitle))
	}
	fmt.Fprintf(w, "  authors:      %s\n", orDash(strings.Join(b.Authors, "; ")))
	fmt.Fprintf(w, "  organization: %s\n", orDash(b.Organization))
	fmt.Fprintf(w, "  published:    %s\n", orDash(b.Date()))
	fmt.Fprintf(w, "  language:     %s\n", orDash(b.Language))
	fmt.Fprintf(w, "  words: %d, paragraphs: %d, dropped: %d\n", b.Words, len(b.Paragraphs), len(b.Dropped))
	for _, n := range b.Source.Notes {
		fmt.Fprintf(w, "  note:         %s\n", brief.Printable(n))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return brief.Printable(s)
}
