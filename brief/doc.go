// Package brief is the document model shared by every part of Briefbench:
// importers produce a Brief, compare reads it, export cites it and app shows it.
// It has no dependencies beyond the standard library.
package brief
