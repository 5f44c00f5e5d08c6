package main

// TEMPORARY placeholder; replaced by the real compare subcommand.

import "io"

func cmdCompare(args []string, stdin io.Reader, stdout, stderr io.Writer) int { return 2 }
