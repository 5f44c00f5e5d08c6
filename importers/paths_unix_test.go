//go:build unix

package importers

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Issue 13 case 9: a named pipe in a folder is named and skipped; it never
// blocks the batch (before, opening it waited forever for a writer).
func TestPathsSkipsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Shared stockpiles\n\nAllies should share munitions stockpiles across the peninsula.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan struct{})
	var errs []error
	var n int
	go func() {
		defer close(done)
		bs, es := Paths(context.Background(), []string{dir}, nil, nil)
		n, errs = len(bs), es
	}()
	<-done // a hang fails the test by its timeout
	if n != 1 || len(errs) != 1 || !errors.Is(errs[0], ErrNotRegular) || !strings.Contains(errs[0].Error(), fifo) || !strings.Contains(errs[0].Error(), "named pipe") {
		t.Fatalf("imported %d, errs %v; want the text file and one error naming the pipe", n, errs)
	}
	// Named directly, it is refused too.
	if _, err := File(context.Background(), fifo); !errors.Is(err, ErrNotRegular) {
		t.Errorf("File on a pipe: %v", err)
	}
}
