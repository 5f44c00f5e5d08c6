package importers

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path/filepath"
	"strings"

	"briefbench/brief"
)

// Own reports whether data (the file at name) is a file Briefbench itself
// wrote: a Markdown memo opening with brief.MemoMark, or a DOCX whose core
// properties name brief.Generator as creator and in the keywords. Paths
// skips such files found in a folder (ErrOwnOutput).
func Own(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		data = bytes.TrimPrefix(data, []byte("\ufeff"))
		return bytes.HasPrefix(data, []byte(brief.MemoMark))
	case ".docx":
		return ownDOCX(data)
	}
	return false
}

// maxCoreBytes bounds how much of docProps/core.xml Own reads.
const maxCoreBytes = 64 << 10

func ownDOCX(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if strings.TrimPrefix(f.Name, "/") != "docProps/core.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		var cp struct {
			Creator  string `xml:"creator"`
			Keywords string `xml:"keywords"`
		}
		if xml.NewDecoder(io.LimitReader(rc, maxCoreBytes)).Decode(&cp) != nil {
			return false
		}
		return strings.TrimSpace(cp.Creator) == brief.Generator && strings.Contains(cp.Keywords, brief.Generator)
	}
	return false
}
