//go:build unix

package app

import (
	"os"
	"syscall"
)

func processUmask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}
