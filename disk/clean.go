package disk

import (
	"os"
	"path/filepath"
	"strings"
)

// isTemp reports whether name has the shape of this package's temporary
// files and folders.
func isTemp(name string) bool {
	return strings.HasPrefix(name, tempPrefix) && strings.HasSuffix(name, tempSuffix) &&
		len(name) > len(tempPrefix)+len(tempSuffix)
}

// clean removes the temporary files and folders in dir that an earlier
// write left behind: killed, crashed or out of space. One still being
// written holds a lock and is kept.
func clean(dir string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if !isTemp(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if stale(p) {
			_ = os.RemoveAll(p)
		}
	}
}
