package importers

// TEMPORARY during the parallel build: each helper replaces its functions
// with a real file (text.go, markdown.go, html.go, pdf.go, docx.go, clean.go)
// and deletes the matching line here.

import (
	"context"
	"errors"

	"briefbench/brief"
)

var errTODO = errors.New("format reader not built yet")

func readText(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	return nil, hints{}, errTODO
}

func readMarkdown(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	return nil, hints{}, errTODO
}

func readHTML(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	return nil, hints{}, errTODO
}

func readDOCX(ctx context.Context, data []byte, name string) ([]block, hints, error) {
	return nil, hints{}, errTODO
}

func finish(blocks []block, h hints, src brief.Source) *brief.Brief {
	return &brief.Brief{Source: src}
}
