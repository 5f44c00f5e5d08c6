package main

// TEMPORARY during the parallel build; replaced by cli_import.go and cli_compare.go.

import "io"

func cmdImport(args []string, stdin io.Reader, stdout, stderr io.Writer) int  { return 2 }
func cmdCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return 2 }
func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int  { return 2 }
