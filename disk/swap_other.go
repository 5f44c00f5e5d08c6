//go:build !linux

package disk

// swap exchanges the folders a and b with two renames.
func swap(a, b string) error { return swapRenames(a, b) }
