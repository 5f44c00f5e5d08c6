package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"briefbench/workspace"
)

// shortcut returns Ctrl+key (Cmd+key on macOS).
func shortcut(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// redoShift is Ctrl+Shift+Z, redo's other common key.
var redoShift = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}

// menu builds the main menu.
func (w *workbench) menu() *fyne.MainMenu {
	open := fyne.NewMenuItem("Open workspace…", w.onOpen)
	open.Shortcut = shortcut(fyne.KeyO)
	save := fyne.NewMenuItem("Save workspace", func() { w.save(nil) })
	save.Shortcut = shortcut(fyne.KeyS)
	saveAs := fyne.NewMenuItem("Save workspace as…", func() { w.saveAs(nil) })
	imp := fyne.NewMenuItem("Import files or folder…", w.onImport)
	imp.Shortcut = shortcut(fyne.KeyI)
	paste := fyne.NewMenuItem("Paste as new brief…", w.onPaste)
	exp := fyne.NewMenuItem("Export…", func() { w.onExport(formatWorkbook) })
	exp.Shortcut = shortcut(fyne.KeyE)
	recent := fyne.NewMenuItem("Open recent", nil)
	for _, p := range w.recent() {
		path := p
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(filepath.Base(path)+"  ("+filepath.Dir(path)+")", func() { w.openWorkspace(path) }))
	}
	if recent.ChildMenu == nil {
		none := fyne.NewMenuItem("No recent workspaces", nil)
		none.Disabled = true
		recent.ChildMenu = fyne.NewMenu("", none)
	}
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("New workspace", w.onNew),
		open, recent, fyne.NewMenuItemSeparator(),
		save, saveAs, fyne.NewMenuItemSeparator(),
		imp, paste, fyne.NewMenuItemSeparator(),
		exp,
		fyne.NewMenuItem("Export memo (Word)…", func() { w.onExport(formatMemoDOCX) }),
		fyne.NewMenuItem("Export memo (Markdown)…", func() { w.onExport(formatMemoMD) }),
		fyne.NewMenuItem("Export JSON…", func() { w.onExport(formatJSON) }),
		fyne.NewMenuItem("Save view as PNG…", func() { w.onExport(formatPNG) }),
		fyne.NewMenuItemSeparator(),
		w.quitItem(),
	)
	search := fyne.NewMenuItem("Search briefs", w.onSearch)
	search.Shortcut = shortcut(fyne.KeyF)
	undo := fyne.NewMenuItem("Undo edit", w.onUndo)
	undo.Shortcut = &fyne.ShortcutUndo{}
	redo := fyne.NewMenuItem("Redo edit", w.onRedo)
	redo.Shortcut = redoShift
	edit := fyne.NewMenu("Edit",
		undo, redo, fyne.NewMenuItemSeparator(),
		search,
		fyne.NewMenuItem("Taxonomy and axes…", w.onTaxonomy),
		fyne.NewMenuItem("Compare again", w.recompare),
	)
	tab := func(name string) func() {
		return func() {
			w.showCompare()
			w.views.showTab(name)
		}
	}
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Library", func() { w.tabs.Select(w.libTab) }),
		fyne.NewMenuItem("Side by side", tab("topics")),
		fyne.NewMenuItem("Positions", tab("positions")),
		fyne.NewMenuItem("Differences", tab("differences")),
		fyne.NewMenuItem("Search", tab("search")),
	)
	help := fyne.NewMenu("Help", fyne.NewMenuItem("About Briefbench", w.onAbout))
	return fyne.NewMainMenu(file, edit, view, help)
}

// quitItem is File > Quit (Ctrl+Q): it asks about unsaved changes as
// closing the window does. Marked IsQuit, it replaces the item Fyne would
// add, which would quit without asking.
func (w *workbench) quitItem() *fyne.MenuItem {
	q := fyne.NewMenuItem("Quit", w.onQuit)
	q.IsQuit = true
	q.Shortcut = shortcut(fyne.KeyQ)
	return q
}

func appendItem(m *fyne.Menu, it *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", it)
	}
	m.Items = append(m.Items, it)
	return m
}

// refreshMenu rebuilds the menu (after the recent list changed).
func (w *workbench) refreshMenu() {
	if w.win.MainMenu() != nil {
		w.win.SetMainMenu(w.menu())
	}
}

// addShortcuts registers the keyboard shortcuts on the window canvas. They
// do nothing while a dialog is open, so Ctrl+E cannot stack an Export
// dialog over a half-typed rename.
func (w *workbench) addShortcuts() {
	c := w.win.Canvas()
	add := func(s fyne.Shortcut, f func()) {
		c.AddShortcut(s, func(fyne.Shortcut) {
			if len(c.Overlays().List()) == 0 {
				f()
			}
		})
	}
	add(shortcut(fyne.KeyO), w.onOpen)
	add(shortcut(fyne.KeyS), func() { w.save(nil) })
	add(shortcut(fyne.KeyI), w.onImport)
	add(shortcut(fyne.KeyE), func() { w.onExport(formatWorkbook) })
	add(shortcut(fyne.KeyF), w.onSearch)
	// The window system reports Ctrl+Z and Ctrl+Y as Fyne's standard
	// undo and redo shortcuts, not as custom ones.
	add(&fyne.ShortcutUndo{}, w.onUndo)
	add(&fyne.ShortcutRedo{}, w.onRedo)
	add(redoShift, w.onRedo)
	add(shortcut(fyne.KeyQ), w.onQuit)
}

func (w *workbench) onSearch() {
	w.showCompare()
	w.views.showTab("search")
	w.views.focusSearch()
}

func (w *workbench) onNew() {
	w.guard(func() { w.setWorkspace(workspace.New(), "") })
}

// onOpen picks a workspace file.
func (w *workbench) onOpen() {
	w.guard(func() {
		fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			r.Close()
			ws, err := workspace.Read(r.URI().Path())
			if err != nil {
				w.showError(err)
				return
			}
			w.setWorkspace(ws, r.URI().Path())
			w.addRecent(r.URI().Path())
		}, w.win)
		fd.SetFilter(storage.NewExtensionFileFilter([]string{workspace.Ext}))
		w.atRecentDir(fd)
		fd.Resize(fyne.NewSize(900, 620))
		fd.Show()
	})
}

// saveAs asks for a folder and file name and saves there. (Fyne's save
// dialog truncates the file it hands over, which could destroy a file we
// must never overwrite, so the export dialog's folder-and-name form is used.)
func (w *workbench) saveAs(done func(ok bool)) {
	d := newExportDialog(w, formatWorkspace)
	d.done = done
	if w.path != "" {
		d.dir = filepath.Dir(w.path)
		d.folder.SetText(d.dir)
		d.name.SetText(filepath.Base(w.path))
	} else if r := w.recent(); len(r) > 0 {
		d.dir = filepath.Dir(r[0])
		d.folder.SetText(d.dir)
	}
	d.show()
}

func (w *workbench) atRecentDir(fd *dialog.FileDialog) {
	dir := ""
	if w.path != "" {
		dir = filepath.Dir(w.path)
	} else if r := w.recent(); len(r) > 0 {
		dir = filepath.Dir(r[0])
	}
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		fd.SetLocation(l)
	}
}

func (w *workbench) onAbout() {
	lbl := widget.NewLabel("Briefbench " + w.app.Metadata().Version + "\n\nCompare policy briefs side by side by topic, " +
		"see where they differ, and export a workbook and a briefing memo.\n\n" +
		"Shortcuts: Ctrl+O open, Ctrl+S save, Ctrl+I import, Ctrl+E export, Ctrl+F search, Ctrl+Z undo an edit, Ctrl+Shift+Z redo.")
	lbl.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("About Briefbench", "Close", lbl, w.win)
	d.Resize(fyne.NewSize(480, 260))
	d.Show()
}
