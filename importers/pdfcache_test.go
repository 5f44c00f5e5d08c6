package importers

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Issue 13 case 10: a damaged compilation cache no longer breaks every PDF:
// the engine compiles afresh, replaces the cache and starts.
func TestPDFCorruptCache(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles PDFium")
	}
	if _, err := pdfPool.get(); err != nil {
		t.Fatal(err)
	}
	_, real := compilationCache("")
	if real == "" {
		t.Skip("no writable cache folder here")
	}
	base := t.TempDir()
	dir := filepath.Join(base, "briefbench", "wazero")
	// Copy the real cache, then damage every file in the copy as a crash
	// mid-write would.
	damaged := 0
	err := filepath.WalkDir(real, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		to := filepath.Join(dir, strings.TrimPrefix(p, real))
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for i := 1000; i < len(data); i += 4096 {
			data[i] ^= 0xff
		}
		damaged++
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil || damaged == 0 {
		t.Skipf("no cache files to damage (%v)", err)
	}
	r := &pdfRuntime{cacheBase: base}
	pool, err := r.get()
	if err != nil {
		t.Fatalf("the engine did not recover from a damaged cache: %v", err)
	}
	defer pool.Close()
	inst, err := pool.GetInstance(0)
	if err != nil {
		t.Fatal(err)
	}
	_ = inst.Close()
}
