package main

// TEMPORARY placeholder; replaced by the real import subcommand.

import "io"

func cmdImport(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return 2 }
