package main

// TEMPORARY placeholder; replaced by the real export subcommand.

import "io"

func cmdExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return 2 }
