// Package workspace is what an analyst saves in a .briefbench file and the
// rules for changing it, without any user interface: the briefs in column
// order and which of them are compared (workspace.go), adding briefs with
// the one rule for repeats and editions (add.go), the file format and its
// versioning (file.go) and the engine options a workspace asks for, from
// its taxonomy and axes or from files given on the command line
// (options.go). The app and the CLI both use it; the rules for keeping an
// analyst's edits valid are methods of compare.Edits.
package workspace
