package disk

import (
	"errors"

	"golang.org/x/sys/unix"
)

// swap exchanges the folders a and b in one atomic step, so b is never
// missing; where the file system cannot, it falls back to two renames.
func swap(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.EINVAL) || errors.Is(err, unix.ENOSYS) {
		return swapRenames(a, b)
	}
	return err
}
