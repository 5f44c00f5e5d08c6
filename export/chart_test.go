package export_test

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// chartPart is what the tests read of a chart part (xl/charts/chartN.xml).
type chartPart struct {
	Title []string `xml:"chart>title>tx>rich>p>r>t"`
	Bars  []struct {
		Dir      attrVal `xml:"barDir"`
		Grouping attrVal `xml:"grouping"`
		Series   []struct {
			Name   string `xml:"tx>strRef>f"`
			Cats   string `xml:"cat>strRef>f"`
			Values string `xml:"val>numRef>f"`
		} `xml:"ser"`
	} `xml:"chart>plotArea>barChart"`
	ValueAxis struct {
		Title []string `xml:"title>tx>rich>p>r>t"`
		Max   attrVal  `xml:"scaling>max"`
	} `xml:"chart>plotArea>valAx"`
}

type attrVal struct {
	Val string `xml:"val,attr"`
}

// readChart parses the workbook's only chart.
func readChart(t *testing.T, path string) chartPart {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var parts []*zip.File
	for _, e := range z.File {
		if strings.HasPrefix(e.Name, "xl/charts/chart") {
			parts = append(parts, e)
		}
	}
	if len(parts) != 1 {
		t.Fatalf("workbook has %d chart parts, want 1", len(parts))
	}
	rc, err := parts[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	var c chartPart
	if err := xml.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// rangeValues reads the numbers of a one-column range such as
// 'Overview'!$I$31:$I$35, or the strings when text is set.
func rangeValues(t *testing.T, f *excelize.File, ref string) []string {
	t.Helper()
	sheet, cells, ok := strings.Cut(ref, "!")
	if !ok {
		t.Fatalf("reference %q has no sheet", ref)
	}
	sheet = strings.ReplaceAll(strings.Trim(sheet, "'"), "''", "'")
	from, to, _ := strings.Cut(strings.ReplaceAll(cells, "$", ""), ":")
	if to == "" {
		to = from
	}
	c1, r1, err := excelize.CellNameToCoordinates(from)
	if err != nil {
		t.Fatal(err)
	}
	c2, r2, err := excelize.CellNameToCoordinates(to)
	if err != nil {
		t.Fatal(err)
	}
	if c1 != c2 {
		t.Fatalf("range %q spans columns", ref)
	}
	var out []string
	for r := r1; r <= r2; r++ {
		cell, _ := excelize.CoordinatesToCellName(c1, r)
		v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// checkCoverageChart checks that the Overview chart is a single stacked bar
// chart, one bar per brief, whose stacked shares add up to 100% for every
// brief with topic passages and never more: Topic.Coverage counts a
// passage in each of its topics, and stacking it overstated every brief.
func checkCoverageChart(t *testing.T, f *excelize.File, path string, briefs []string) {
	t.Helper()
	c := readChart(t, path)
	if len(c.Bars) != 1 {
		t.Fatalf("chart has %d bar charts, want 1", len(c.Bars))
	}
	bar := c.Bars[0]
	if bar.Dir.Val != "bar" || bar.Grouping.Val != "stacked" {
		t.Errorf("chart is %s %s, want stacked bar", bar.Grouping.Val, bar.Dir.Val)
	}
	if title := strings.Join(c.Title, ""); !strings.Contains(title, "main topic") || !strings.Contains(title, "counted once") {
		t.Errorf("chart title %q does not say it counts each passage once, under its main topic", title)
	}
	if axis := strings.Join(c.ValueAxis.Title, ""); !strings.Contains(axis, "Share of the brief's words") {
		t.Errorf("value axis title = %q", axis)
	}
	if c.ValueAxis.Max.Val != "1" {
		t.Errorf("value axis maximum = %q, want 1 (100%%)", c.ValueAxis.Max.Val)
	}
	if len(bar.Series) == 0 {
		t.Fatal("chart has no series")
	}
	cats := rangeValues(t, f, bar.Series[0].Cats)
	if strings.Join(cats, "|") != strings.Join(briefs, "|") {
		t.Errorf("chart categories = %q, want %q", cats, briefs)
	}
	sums := make([]float64, len(cats))
	seen := map[string]bool{}
	for _, s := range bar.Series {
		name := rangeValues(t, f, s.Name)[0]
		if name == "" || seen[name] {
			t.Errorf("series name %q empty or repeated", name)
		}
		seen[name] = true
		if s.Cats != bar.Series[0].Cats {
			t.Errorf("series %q categories %q, want %q", name, s.Cats, bar.Series[0].Cats)
		}
		vals := rangeValues(t, f, s.Values)
		if len(vals) != len(cats) {
			t.Fatalf("series %q has %d values for %d briefs", name, len(vals), len(cats))
		}
		for i, v := range vals {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil || x < 0 || x > 1 {
				t.Errorf("series %q, %s: value %q is not a share", name, cats[i], v)
			}
			sums[i] += x
		}
	}
	for i, s := range sums {
		if math.Abs(s-1) > 1e-9 {
			t.Errorf("%s: stacked shares add up to %.4f, want 1 (100%%)", cats[i], s)
		}
	}
}

func TestWorkbookCoverageChart(t *testing.T) {
	f, path := writeWorkbook(t)
	checkCoverageChart(t, f, path, []string{"Meridian Institute", "Hanbridge Center", "Atlas Council"})
}
