package disk

import "os"

// swapRenames exchanges folders a and b with renames: b moves aside under a
// temporary name, a takes its place, and the old b ends up at a. A crash
// between the renames leaves b missing but both sets intact on disk.
func swapRenames(a, b string) error {
	aside := a + ".old" + tempSuffix
	if err := os.Rename(b, aside); err != nil {
		return err
	}
	if err := os.Rename(a, b); err != nil {
		_ = os.Rename(aside, b)
		return err
	}
	return os.Rename(aside, a)
}
