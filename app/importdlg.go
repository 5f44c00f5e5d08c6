package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/brief"
	"briefbench/importers"
	"briefbench/resources"
	"briefbench/workspace"
)

// pdfFirstRun is the status while the first PDF import compiles PDFium.
const pdfFirstRun = "Preparing the PDF reader (first run only)…"

// importMessage is the status line before file (done of total imported so
// far): its name, or, before the first PDF while the PDF reader is not yet
// ready (pdfReady false), pdfFirstRun.
func importMessage(done, total int, file string, pdfReady bool) string {
	switch {
	case file == "":
		return ""
	case strings.EqualFold(filepath.Ext(file), ".pdf") && !pdfReady:
		return pdfFirstRun
	}
	return fmt.Sprintf("Importing %d of %d: %s", done+1, total, filepath.Base(file))
}

// importPaths imports files and folders off the UI goroutine with progress
// and Cancel, adds the briefs that imported, and lists the failures with
// their messages.
func (w *workbench) importPaths(paths []string) {
	if len(paths) == 0 {
		return
	}
	w.task("Importing", func(ctx context.Context, p progressFunc) (func(), string, error) {
		bs, errs := importers.Paths(ctx, paths, strings.NewReader(""), func(done, total int, file string) {
			msg := importMessage(done, total, file, importers.PDFReady())
			if total > 0 {
				p(float64(done)/float64(total), msg)
			}
		})
		if ctx.Err() != nil {
			return nil, "", ctx.Err()
		}
		msg := fmt.Sprintf("Imported %d of %s", len(bs), countNoun(len(bs)+len(errs), "file", "files"))
		return func() { w.importDone(bs, errs) }, msg, nil
	})
}

// importDone adds imported briefs and reports what was not added: files
// that failed, and briefs skipped because they are already in the
// workspace (not failures: re-importing a folder is harmless).
func (w *workbench) importDone(bs []*brief.Brief, errs []error) {
	w.tellOrgsProblem()
	skipped := w.addBriefs(bs)
	var failed, notes []string
	for _, err := range errs {
		if !errors.Is(err, context.Canceled) {
			// File names may hold line breaks or control characters.
			failed = append(failed, brief.Printable(err.Error()))
		}
	}
	for _, b := range bs {
		for _, n := range b.Source.Notes {
			notes = append(notes, brief.Printable(sourceName(b)+": "+n))
		}
	}
	added := len(bs) - len(skipped)
	summary := fmt.Sprintf("Added %s", countNoun(added, "brief", "briefs"))
	if len(skipped) > 0 {
		summary += fmt.Sprintf("; %d already in the workspace", len(skipped))
	}
	if len(failed) > 0 {
		summary += fmt.Sprintf("; %s could not be imported", countNoun(len(failed), "file", "files"))
	}
	switch {
	case len(failed) > 0:
		lines := append([]string(nil), failed...)
		if len(skipped) > 0 {
			lines = append(lines, "", "Already in the workspace, not added again:")
			lines = append(lines, skipped...)
		}
		if len(notes) > 0 {
			lines = append(lines, "", "Imported, with notes:")
			lines = append(lines, notes...)
		}
		w.showProblems(summary, lines)
	case len(notes) > 0:
		w.showNotice("Imported, with notes", notes)
	case len(skipped) > 0:
		w.status.end(w.status.seq, summary+": "+strings.Join(skipped, "; "), false)
		if added == 0 {
			w.showNotice("Nothing new to add", append([]string{"These briefs are already in the workspace:"}, skipped...))
		}
	}
	if added == 0 && len(failed) > 0 {
		w.fail(errors.New("no briefs imported: " + strings.Join(failed, "; ")))
	}
}

// tellOrgsProblem says, once, that the user's organisations table
// (importers.OrgsFile in the config folder) could not be read and the
// bundled one was used.
func (w *workbench) tellOrgsProblem() {
	if w.orgsTold || w.orgsProblem == nil {
		return
	}
	if err := w.orgsProblem(); err != nil {
		w.orgsTold = true
		w.showNotice("Your organisations table was not used", []string{
			err.Error(),
			"Organisation names come from the bundled table until the file is fixed; briefs imported meanwhile keep the names they got.",
		})
	}
}

// showNotice lists lines in an information dialog.
func (w *workbench) showNotice(title string, lines []string) {
	lbl := widget.NewLabel(strings.Join(lines, "\n"))
	lbl.Wrapping = fyne.TextWrapWord
	lbl.Selectable = true
	d := dialog.NewCustom(title, "Close", container.NewVScroll(lbl), w.win)
	d.Resize(fyne.NewSize(640, 320))
	d.Show()
}

// showProblems lists messages in a dialog, one per line, and in the status
// bar.
func (w *workbench) showProblems(title string, lines []string) {
	w.status.end(w.status.seq, title+": "+strings.Join(lines, "; "), true)
	w.showNotice(title, lines)
}

// loadSamples imports the bundled sample briefs (first run).
func (w *workbench) loadSamples() {
	w.task("Opening the sample briefs", func(ctx context.Context, p progressFunc) (func(), string, error) {
		samples := resources.Samples()
		var bs []*brief.Brief
		var errs []error
		for i, s := range samples {
			p(float64(i)/float64(len(samples)), "Importing sample "+s.Name)
			b, err := importers.Bytes(ctx, s.Data, s.Name)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			bs = append(bs, b)
		}
		brief.AssignIDs(bs)
		if ctx.Err() != nil {
			return nil, "", ctx.Err()
		}
		return func() {
			w.addBriefs(bs)
			if len(bs) == 0 {
				w.fail(fmt.Errorf("no sample brief imported: %v", errors.Join(errs...)))
			}
			// The samples are not the user's work: nothing to save or
			// recover yet.
			w.dirty = false
			w.clearRecovery()
			w.updateTitle()
			if len(errs) > 0 {
				var lines []string
				for _, e := range errs {
					lines = append(lines, e.Error())
				}
				w.status.end(w.status.seq, "Some samples failed: "+strings.Join(lines, "; "), true)
			}
		}, fmt.Sprintf("Opened %s", countNoun(len(bs), "sample brief", "sample briefs")), nil
	})
}

// onDropped imports files and folders dropped on the window; a dropped
// workspace file is opened instead.
func (w *workbench) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() != "file" {
			continue
		}
		if strings.EqualFold(filepath.Ext(u.Path()), workspace.Ext) {
			w.openWorkspace(u.Path())
			return
		}
		paths = append(paths, u.Path())
	}
	w.importPaths(paths)
}

// importDialog collects several files and folders (Fyne's file dialog picks
// one at a time) and imports them together.
type importDialog struct {
	w         *workbench
	paths     []string
	list      *widget.List
	addFile   *widget.Button
	addFolder *widget.Button
	remove    *widget.Button
	start     *widget.Button
	none      *widget.Label // shown while no file or folder is listed
	dlg       *dialog.CustomDialog
	selected  int
}

func newImportDialog(w *workbench) *importDialog {
	return &importDialog{w: w, selected: -1}
}

func (d *importDialog) buildUI() fyne.CanvasObject {
	help := widget.NewLabel("Add files one by one, or a whole folder (every " +
		strings.Join(importers.Extensions(), " ") + " file in it), then Import. " +
		"You can also drag files and folders onto the main window.")
	help.Wrapping = fyne.TextWrapWord
	d.list = widget.NewList(
		func() int { return len(d.paths) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("path")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(d.paths[id]) },
	)
	d.list.OnSelected = func(id widget.ListItemID) { d.selected = id; d.remove.Enable() }
	d.addFile = widget.NewButtonWithIcon("Add file…", theme.FileIcon(), d.onAddFile)
	d.addFolder = widget.NewButtonWithIcon("Add folder…", theme.FolderOpenIcon(), d.onAddFolder)
	d.remove = widget.NewButtonWithIcon("Remove", theme.ContentRemoveIcon(), d.onRemove)
	d.remove.Disable()
	d.start = widget.NewButtonWithIcon("Import", theme.ConfirmIcon(), d.onImport)
	d.start.Importance = widget.HighImportance
	d.start.Disable()
	buttons := container.NewHBox(d.addFile, d.addFolder, d.remove)
	d.none = widget.NewLabel("Nothing chosen yet.")
	d.none.Importance = widget.LowImportance
	d.none.Alignment = fyne.TextAlignCenter
	return container.NewBorder(container.NewVBox(help, buttons), nil, nil, nil,
		container.NewStack(d.list, container.NewVBox(d.none)))
}

func (d *importDialog) show() {
	d.dlg = dialog.NewCustomWithoutButtons("Import briefs", d.buildUI(), d.w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", d.dlg.Hide), d.start})
	d.dlg.Resize(fyne.NewSize(680, 440))
	d.dlg.Show()
}

// add appends paths not already listed.
func (d *importDialog) add(paths ...string) {
	for _, p := range paths {
		dup := false
		for _, q := range d.paths {
			dup = dup || q == p
		}
		if !dup {
			d.paths = append(d.paths, p)
		}
	}
	if len(d.paths) > 0 {
		d.start.Enable()
		d.none.Hide()
	}
	d.list.Refresh()
	if len(paths) > 0 {
		d.w.app.Preferences().SetString(prefImportDir, filepath.Dir(paths[len(paths)-1]))
	}
}

func (d *importDialog) location() fyne.ListableURI {
	dir := d.w.app.Preferences().String(prefImportDir)
	if dir == "" {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(dir))
	if err != nil {
		return nil
	}
	return l
}

func (d *importDialog) onAddFile() {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		d.add(r.URI().Path())
	}, d.w.win)
	fd.SetFilter(storage.NewExtensionFileFilter(importers.Extensions()))
	if l := d.location(); l != nil {
		fd.SetLocation(l)
	}
	fd.Resize(fyne.NewSize(900, 620))
	fd.Show()
}

func (d *importDialog) onAddFolder() {
	fd := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		d.add(l.Path())
	}, d.w.win)
	if l := d.location(); l != nil {
		fd.SetLocation(l)
	}
	fd.Resize(fyne.NewSize(900, 620))
	fd.Show()
}

func (d *importDialog) onRemove() {
	if d.selected < 0 || d.selected >= len(d.paths) {
		return
	}
	d.paths = append(d.paths[:d.selected:d.selected], d.paths[d.selected+1:]...)
	d.selected = -1
	d.list.UnselectAll()
	d.remove.Disable()
	if len(d.paths) == 0 {
		d.start.Disable()
		d.none.Show()
	}
	d.list.Refresh()
}

func (d *importDialog) onImport() {
	if d.dlg != nil {
		d.dlg.Hide()
	}
	d.w.importPaths(d.paths)
}

// onImport opens the import dialog.
func (w *workbench) onImport() { newImportDialog(w).show() }

// pasteDialog adds pasted text as a new brief.
type pasteDialog struct {
	w     *workbench
	title *widget.Entry
	org   *widget.Entry
	text  *widget.Entry
	add   *widget.Button
	dlg   *dialog.CustomDialog
}

func newPasteDialog(w *workbench) *pasteDialog { return &pasteDialog{w: w} }

func (d *pasteDialog) buildUI() fyne.CanvasObject {
	d.title = widget.NewEntry()
	d.title.SetPlaceHolder("Title (optional: found in the text when left empty)")
	d.org = widget.NewEntry()
	d.org.SetPlaceHolder("Organisation (optional)")
	d.text = widget.NewMultiLineEntry()
	d.text.Wrapping = fyne.TextWrapWord
	d.text.SetPlaceHolder("Paste the brief's text here (Ctrl+V)")
	d.add = widget.NewButtonWithIcon("Add brief", theme.ConfirmIcon(), d.onAdd)
	d.add.Importance = widget.HighImportance
	// Nothing to add until some text is pasted.
	d.add.Disable()
	d.text.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			d.add.Disable()
		} else {
			d.add.Enable()
		}
	}
	return container.NewBorder(container.NewVBox(d.title, d.org), nil, nil, nil, d.text)
}

func (d *pasteDialog) show() {
	d.dlg = dialog.NewCustomWithoutButtons("Paste as new brief", d.buildUI(), d.w.win)
	d.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Cancel", d.dlg.Hide), d.add})
	d.dlg.Resize(fyne.NewSize(760, 560))
	d.dlg.Show()
	d.w.win.Canvas().Focus(d.text)
}

func (d *pasteDialog) onAdd() {
	text := d.text.Text
	if strings.TrimSpace(text) == "" {
		d.w.showError(errors.New("paste some text first"))
		return
	}
	if d.dlg != nil {
		d.dlg.Hide()
	}
	title, org := strings.TrimSpace(d.title.Text), strings.TrimSpace(d.org.Text)
	name := title
	if name == "" {
		name = fmt.Sprintf("Pasted text %d", len(d.w.ws.Briefs)+1)
	}
	w := d.w
	w.task("Adding pasted text", func(ctx context.Context, _ progressFunc) (func(), string, error) {
		b, err := importers.Text(ctx, text, name)
		if err != nil {
			return nil, "", err
		}
		if title != "" {
			b.Title = title
		}
		if org != "" {
			b.Organization = org
		}
		b.ID = brief.Slug(name)
		return func() {
			if skipped := w.addBriefs([]*brief.Brief{b}); len(skipped) > 0 {
				w.status.end(w.status.seq, "The same text is already in the workspace; not added again", true)
				return
			}
			// Show the new brief, so its title and date can be fixed.
			w.tabs.Select(w.libTab)
			w.library.selectBrief(b.ID)
			w.detail.show(b, -1)
		}, "Added “" + b.Name() + "”", nil
	})
}

// onPaste opens the paste dialog.
func (w *workbench) onPaste() { newPasteDialog(w).show() }
