package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
	"briefbench/disk"
	"briefbench/export"
	"briefbench/workspace"
)

// exportFormat is one thing the export dialog can write.
type exportFormat int

const (
	formatWorkbook exportFormat = iota
	formatMemoDOCX
	formatMemoMD
	formatJSON
	formatPNG
	formatWorkspace // Save workspace as
)

func (f exportFormat) label() string {
	return [...]string{
		"Comparison workbook (Excel .xlsx)",
		"Briefing memo (Word .docx)",
		"Briefing memo (Markdown .md)",
		"Comparison data (JSON)",
		"Current view as image (PNG)",
		"Briefbench workspace",
	}[f]
}

func (f exportFormat) ext() string {
	return [...]string{".xlsx", ".docx", ".md", ".json", ".png", workspace.Ext}[f]
}

func (f exportFormat) base() string {
	return [...]string{"briefbench-comparison", "briefbench-memo", "briefbench-memo", "briefbench-comparison", "briefbench-view", "briefs"}[f]
}

func exportFormats() []exportFormat {
	return []exportFormat{formatWorkbook, formatMemoDOCX, formatMemoMD, formatJSON, formatPNG}
}

// exportDialog picks a format, a folder (remembered) and a file name, asks
// before overwriting, and writes the file off the UI goroutine.
type exportDialog struct {
	w       *workbench
	format  *widget.Select
	folder  *widget.Label
	choose  *widget.Button
	name    *widget.Entry
	save    *widget.Button
	content fyne.CanvasObject
	dlg     *dialog.CustomDialog
	dir     string
	title   string
	formats []exportFormat
	// done, when set, hears whether a workspace was saved.
	done func(ok bool)
}

func newExportDialog(w *workbench, f exportFormat) *exportDialog {
	// The last export folder, else the workspace's folder, else home.
	d := &exportDialog{w: w, title: "Export", dir: w.app.Preferences().String(prefExportDir)}
	if d.dir == "" && w.path != "" {
		d.dir = filepath.Dir(w.path)
	}
	if d.dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			d.dir = home
		}
	}
	d.formats = exportFormats()
	if f == formatWorkspace {
		d.formats = []exportFormat{formatWorkspace}
		d.title = "Save workspace as"
	}
	d.content = d.buildUI()
	d.format.SetSelected(f.label())
	return d
}

func (d *exportDialog) buildUI() fyne.CanvasObject {
	var labels []string
	for _, f := range d.formats {
		labels = append(labels, f.label())
	}
	d.name = widget.NewEntry()
	d.name.OnSubmitted = func(string) { d.onExport() } // Enter exports
	d.folder = widget.NewLabel(d.dir)
	d.folder.Truncation = fyne.TextTruncateEllipsis
	d.choose = widget.NewButtonWithIcon("Choose…", theme.FolderOpenIcon(), d.onChoose)
	d.format = widget.NewSelect(labels, d.onFormat)
	d.save = widget.NewButtonWithIcon("Export", theme.DocumentSaveIcon(), d.onExport)
	d.save.Importance = widget.HighImportance
	note := widget.NewLabel("Exports include your edits and topic notes. The image is the window as it looks now.")
	note.Wrapping = fyne.TextWrapWord
	note.SizeName = theme.SizeNameCaptionText
	form := widget.NewForm()
	if len(d.formats) > 1 {
		form.Append("Format", d.format)
	} else {
		// Save workspace as: one format, so no choice to show.
		d.save.SetText("Save")
		note.SetText("The workspace holds the briefs' text and metadata, your edits, notes, taxonomy and axes: " +
			"it opens without the original files.")
	}
	form.Append("Folder", container.NewBorder(nil, nil, nil, d.choose, d.folder))
	form.Append("File name", d.name)
	return container.NewVBox(form, note)
}

func (d *exportDialog) selected() exportFormat {
	for _, f := range d.formats {
		if f.label() == d.format.Selected {
			return f
		}
	}
	return d.formats[0]
}

// onFormat proposes a file name with the format's extension.
func (d *exportDialog) onFormat(string) {
	f := d.selected()
	name := strings.TrimSpace(d.name.Text)
	if name == "" {
		name = f.base()
	} else {
		name = strings.TrimSuffix(name, filepath.Ext(name))
	}
	d.name.SetText(name + f.ext())
}

func (d *exportDialog) onChoose() {
	fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		d.dir = l.Path()
		d.folder.SetText(d.dir)
	}, d.w.win)
	if d.dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(d.dir)); err == nil {
			fd.SetLocation(l)
		}
	}
	fd.Resize(fyne.NewSize(900, 620))
	fd.Show()
}

func (d *exportDialog) show() {
	d.dlg = dialog.NewCustomWithoutButtons(d.title, d.content, d.w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", d.onCancel), d.save})
	d.dlg.Resize(fyne.NewSize(620, 300))
	d.dlg.Show()
}

// path is the chosen target path: the name in the chosen folder, or the
// name itself when it is a full path (~ for the home folder).
func (d *exportDialog) path() string {
	name := strings.TrimSpace(d.name.Text)
	f := d.selected()
	if !strings.EqualFold(filepath.Ext(name), f.ext()) {
		name += f.ext()
	}
	if rest, ok := strings.CutPrefix(name, "~"+string(filepath.Separator)); ok {
		if home, err := os.UserHomeDir(); err == nil {
			name = filepath.Join(home, rest)
		}
	}
	if filepath.IsAbs(name) {
		return filepath.Clean(name)
	}
	return filepath.Join(d.dir, name)
}

func (d *exportDialog) onCancel() {
	d.dlg.Hide()
	if d.done != nil {
		d.done(false)
	}
}

// onExport checks the target and writes it, asking before overwriting.
func (d *exportDialog) onExport() {
	if strings.TrimSpace(d.name.Text) == "" || d.dir == "" {
		d.w.showError(errors.New("export: choose a folder and a file name"))
		return
	}
	path, f := d.path(), d.selected()
	dir := filepath.Dir(path)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		d.w.showError(fmt.Errorf("cannot save %s: the folder %s does not exist", filepath.Base(path), dir))
		return
	}
	d.dir = dir
	write := func() {
		if d.dlg != nil {
			d.dlg.Hide()
		}
		if f == formatWorkspace {
			d.w.saveTo(path, d.done)
			return
		}
		d.w.app.Preferences().SetString(prefExportDir, d.dir)
		d.w.exportTo(f, path)
	}
	if _, err := os.Stat(path); err == nil {
		d.w.ask("Replace file?", filepath.Base(path)+" already exists in "+d.dir+". Replace it?", func(ok bool) {
			if ok {
				write()
			}
		})
		return
	}
	write()
}

// exportTo writes the current comparison (or the window image) to path.
func (w *workbench) exportTo(f exportFormat, path string) {
	if f == formatPNG {
		w.savePNG(path)
		return
	}
	w.views.side.flushNote()
	res := w.result
	if res == nil || len(res.Briefs) == 0 {
		w.showError(errors.New("nothing to export yet: add briefs and wait for the comparison"))
		return
	}
	w.task("Exporting "+filepath.Base(path), func(ctx context.Context, _ progressFunc) (func(), string, error) {
		if err := writeExport(ctx, res, path); err != nil {
			return nil, "", err
		}
		return nil, "Exported " + path, nil
	})
}

// writeExport writes path with the writer its extension picks; each writer
// writes atomically (package disk).
func writeExport(ctx context.Context, res *compare.Result, path string) error {
	if !export.Supported(path) {
		return fmt.Errorf("%s: %w", path, export.ErrUnknownFormat)
	}
	return export.ToPath(ctx, res, path, export.Options{})
}

// savePNG writes the window as it looks once the next frames are drawn
// (without the dialog that asked for it).
func (w *workbench) savePNG(path string) {
	w.afterDraw(func() {
		var buf bytes.Buffer
		if err := png.Encode(&buf, w.snapshot()); err != nil {
			w.showError(err)
			return
		}
		w.writePNG(path, buf.Bytes())
	})
}

func (w *workbench) writePNG(path string, data []byte) {
	w.task("Saving "+filepath.Base(path), func(context.Context, progressFunc) (func(), string, error) {
		if err := disk.WriteBytes(path, data); err != nil {
			return nil, "", err
		}
		return nil, "Saved view as " + path, nil
	})
}

// onExport opens the export dialog on format f.
func (w *workbench) onExport(f exportFormat) { newExportDialog(w, f).show() }
