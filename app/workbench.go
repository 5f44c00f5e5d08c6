package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/brief"
	"briefbench/compare"
	"briefbench/importers"
	"briefbench/present"
	"briefbench/workspace"
)

// workbench is the main window: the workspace, the current comparison and
// the views that show them. Only its methods change the workspace, always on
// the UI goroutine; long work goes through run.
type workbench struct {
	app fyne.App
	win fyne.Window
	run runner

	ws     *workspace.Workspace
	result *compare.Result
	dirty  bool
	path   string // workspace file; "" until saved
	// configDir holds the recovery file and the user taxonomy and axes
	// files; "" disables autosave.
	configDir string
	// orgsProblem tells why the user's organisations table could not be
	// read (importers.OrgsProblem); it is said once, after an import.
	orgsProblem func() error
	orgsTold    bool

	views   *compareView
	library *library
	detail  *detail
	status  *status
	tabs    *container.AppTabs
	libTab  *container.TabItem
	cmpTab  *container.TabItem
	toolbar *fyne.Container

	compareSeq  int
	stopCompare context.CancelFunc
	// onResult hooks run after each new comparison is shown (capture).
	onResult []func(*compare.Result)
	// onFail, when set, hears of failed work (capture exits on it).
	onFail func(error)

	// history is the analyst's edits for Undo and Redo.
	history history

	rec          recovery // this session's recovery file (recovery.go)
	autosaveMu   sync.Mutex
	autosaveSeq  int // last autosave requested (UI goroutine)
	autosaveDone int // last autosave written (guarded by autosaveMu)

	// now is the clock that stamps when briefs enter the workspace
	// (time.Now; tests fix it).
	now func() time.Time

	// runCompare runs the engine (compare.Run; tests may give a fake).
	runCompare func(ctx context.Context, briefs []*brief.Brief, opts compare.Options) (*compare.Result, error)

	// afterDraw runs f on the UI goroutine once what is on screen now has
	// been drawn (a frame signal in the real driver; at once in tests).
	afterDraw func(f func())

	// Dialogs that tests replace with fake answers.
	ask     func(title, msg string, answer func(ok bool))
	askSave func(answer func(saveChoice))
}

// newWorkbench makes a workbench on win with an empty workspace. run runs
// long work; configDir is where autosave and the user taxonomy go.
func newWorkbench(a fyne.App, win fyne.Window, run runner, configDir string) *workbench {
	w := &workbench{
		app:       a,
		win:       win,
		run:       run,
		ws:        workspace.New(),
		configDir: configDir,
		status:    newStatus(),
	}
	w.runCompare = compare.Run
	w.orgsProblem = importers.OrgsProblem
	w.now = time.Now
	w.afterDraw = func(f func()) { f() }
	w.ask = w.dialogAsk
	w.askSave = w.dialogAskSave
	w.library = newLibrary(w)
	w.detail = newDetail(w)
	w.views = newCompareView(w)
	w.views.onAction = w.status.settle
	return w
}

// buildUI lays out the window: a toolbar, the Library and Compare tabs and
// the status bar.
func (w *workbench) buildUI() fyne.CanvasObject {
	split := container.NewHSplit(w.library.buildUI(), w.detail.buildUI())
	split.Offset = 0.38
	w.libTab = container.NewTabItemWithIcon("Library", theme.FolderIcon(), split)
	w.cmpTab = container.NewTabItemWithIcon("Compare", theme.GridIcon(), w.views.buildUI())
	w.tabs = container.NewAppTabs(w.cmpTab, w.libTab)
	w.tabs.OnSelected = func(*container.TabItem) { w.status.settle() }
	w.toolbar = container.NewHBox(
		widget.NewButtonWithIcon("Import…", theme.ContentAddIcon(), w.onImport),
		widget.NewButtonWithIcon("Paste…", theme.ContentPasteIcon(), w.onPaste),
		widget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), func() { w.onExport(formatWorkbook) }),
		widget.NewButtonWithIcon("Save view as PNG…", theme.MediaPhotoIcon(), func() { w.onExport(formatPNG) }),
		widget.NewButtonWithIcon("Taxonomy & axes…", theme.SettingsIcon(), w.onTaxonomy),
	)
	return container.NewBorder(w.toolbar, w.status.buildUI(), nil, nil, w.tabs)
}

// recompare re-runs the comparison off the UI goroutine, cancelling one that
// is still running, and shows the result in the views.
func (w *workbench) recompare() {
	if w.stopCompare != nil {
		w.stopCompare()
		w.stopCompare = nil
	}
	w.compareSeq++
	seq := w.compareSeq
	w.library.refresh()
	briefs := workspace.Clone(w.ws.Included())
	if len(briefs) == 0 {
		w.setResult(&compare.Result{Schema: compare.Schema, Briefs: []*brief.Brief{}})
		return
	}
	opts, err := w.options()
	if err != nil {
		w.showError(err)
		return
	}
	w.stopCompare = w.task("Comparing", func(ctx context.Context, p progressFunc) (func(), string, error) {
		last := -1.0
		opts.Progress = func(stage string, done float64) {
			overall := compare.Overall(stage, done)
			if overall-last >= 0.02 || overall >= 1 {
				last = overall
				p(overall, "Comparing: "+stage)
			}
		}
		res, err := w.runCompare(ctx, briefs, opts)
		if err != nil {
			return nil, "", err
		}
		msg := fmt.Sprintf("Compared %s: %s, %s", countNoun(len(res.Briefs), "brief", "briefs"), countNoun(len(res.Topics), "topic", "topics"), countNoun(len(res.Differences), "difference", "differences"))
		if n := len(res.Warnings); n > 0 {
			msg += "; " + countNoun(n, "edit no longer applies", "edits no longer apply") + ": " + strings.Join(res.Warnings, "; ")
		}
		return func() {
			if seq == w.compareSeq {
				w.showWarnings(res)
				w.setResult(res)
			}
		}, msg, nil
	})
}

// showWarnings lists the edits that no longer apply (Result.Warnings: their
// topic or passage is gone) when they differ from the shown comparison's,
// so the analyst hears of each once; the status bar repeats them after
// every run.
func (w *workbench) showWarnings(res *compare.Result) {
	if len(res.Warnings) == 0 || w.result != nil && slices.Equal(w.result.Warnings, res.Warnings) {
		return
	}
	w.showNotice("Some edits no longer apply", res.Warnings)
}

// options builds the engine options from the workspace: its taxonomy and
// axes (or the defaults) and a copy of its edits.
func (w *workbench) options() (compare.Options, error) { return w.ws.Options() }

// setResult shows a new comparison.
func (w *workbench) setResult(res *compare.Result) {
	if res != nil {
		present.Fill(res) // before any view or export reads it
	}
	w.result = res
	w.views.setResult(res)
	w.detail.refreshTags()
	if w.library.list != nil {
		w.library.list.reloadKeepOffset() // unassigned counts
	}
	for _, f := range w.onResult {
		f(res)
	}
}

// edit records an analyst's edit, marks the workspace changed and
// recompares. The edits are re-applied on every run.
func (w *workbench) edit(f func(e *compare.Edits)) {
	w.history.record(w.ws.Edits)
	f(&w.ws.Edits)
	w.changed()
	w.recompare()
}

// openInContext shows brief briefID's full text in the Library, scrolled to
// paragraph.
func (w *workbench) openInContext(briefID string, paragraph int) {
	b := w.brief(briefID)
	if b == nil {
		return
	}
	w.tabs.Select(w.libTab)
	w.library.selectBrief(briefID)
	w.detail.show(b, paragraph)
}

// briefs returns the briefs in the comparison, with their paragraphs, for
// the views' search.
func (w *workbench) briefs() []*brief.Brief { return w.ws.Briefs }

// window returns the main window, for dialogs.
func (w *workbench) window() fyne.Window { return w.win }

// showCompare switches to the compare views.
func (w *workbench) showCompare() { w.tabs.Select(w.cmpTab) }

// brief returns the workspace brief with id, or nil.
func (w *workbench) brief(id string) *brief.Brief { return w.ws.Brief(id) }

// changed marks the workspace as having unsaved changes and autosaves it.
func (w *workbench) changed() {
	w.dirty = true
	w.updateTitle()
	w.autosave()
}

func (w *workbench) updateTitle() {
	name := "Untitled"
	if w.path != "" {
		name = filepath.Base(w.path)
	}
	if w.dirty {
		name = "*" + name
	}
	w.win.SetTitle(name + " – Briefbench")
}

// addBriefs adds imported briefs at the end (workspace.Workspace.Add: each
// gets an ID unique in the workspace and the time it entered it). A brief
// already in the workspace is skipped: the same file, or the same text from
// another file (the PDF and the Word file of one brief). It returns one line
// per skipped brief, naming its file and the brief it repeats; another
// edition of a brief already there is added, with a notice.
func (w *workbench) addBriefs(bs []*brief.Brief) (skipped []string) {
	added := w.ws.Add(bs, w.now())
	for _, r := range added.Repeats {
		if r.SameFile {
			skipped = append(skipped, fmt.Sprintf("%s: the same file as “%s”, already in the workspace", sourceName(r.Brief), r.Same.Name()))
			continue
		}
		skipped = append(skipped, fmt.Sprintf("%s: the same text as “%s” (%s), already in the workspace", sourceName(r.Brief), r.Same.Name(), sourceName(r.Same)))
	}
	if len(added.Briefs) > 0 {
		w.changed()
		w.library.refresh()
		w.recompare()
	}
	var close []string
	for _, r := range added.Editions {
		close = append(close, fmt.Sprintf("%s shares %d%% of its text with “%s” (%s): another edition?",
			sourceName(r.Brief), int(r.Share*100), r.Same.Name(), sourceName(r.Same)))
	}
	for _, h := range added.Holdings {
		close = append(close, fmt.Sprintf("%s contains the text of “%s” (%s): an annex or a quotation? Both are compared.",
			sourceName(h.Outer), h.Inner.Name(), sourceName(h.Inner)))
	}
	if len(close) > 0 {
		w.showNotice("Added, but close to a brief already here", close)
	}
	return skipped
}

// sourceName names where a brief came from: its file name, or "pasted
// text".
func sourceName(b *brief.Brief) string {
	if b.Source.Path == "" || b.Source.Format == "paste" {
		return "pasted text"
	}
	return filepath.Base(b.Source.Path)
}

// removeBrief takes a brief out of the workspace, with the edits that name
// its paragraphs.
func (w *workbench) removeBrief(id string) {
	if !w.ws.Remove(id) {
		return
	}
	w.history.reset() // older edits may name the removed brief
	if w.detail.b != nil && w.detail.b.ID == id {
		w.detail.show(nil, -1)
	}
	w.changed()
	w.library.refresh()
	w.recompare()
}

// moveBrief moves a brief's column by delta places (-1 up, +1 down).
func (w *workbench) moveBrief(id string, delta int) {
	if w.ws.Move(id, delta) {
		w.changed()
		w.library.refresh()
		w.recompare()
	}
}

// include puts a brief in or out of the comparison.
func (w *workbench) include(id string, in bool) {
	if w.ws.Include(id, in) {
		w.changed()
		w.recompare()
	}
}

// fail tells onFail, if set, that work failed.
func (w *workbench) fail(err error) {
	if w.onFail != nil {
		w.onFail(err)
	}
}

// showError reports err in a dialog and in the status bar.
func (w *workbench) showError(err error) {
	w.status.end(w.status.seq, err.Error(), true)
	// Fyne's error dialog draws its icon over a long message and
	// capitalises it (a file name "x.pdf" would read "X.pdf"); a wrapped,
	// selectable label shows the message as it is.
	lbl := widget.NewLabel(err.Error())
	lbl.Wrapping = fyne.TextWrapWord
	lbl.Selectable = true
	d := dialog.NewCustom("Something went wrong", "Close", lbl, w.win)
	d.Resize(fyne.NewSize(min(560, w.win.Canvas().Size().Width-40), 0))
	d.Show()
}

func (w *workbench) dialogAsk(title, msg string, answer func(bool)) {
	lbl := widget.NewLabel(msg)
	lbl.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, "Yes", "No", lbl, answer, w.win)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
}

func (w *workbench) dialogAskSave(answer func(saveChoice)) {
	lbl := widget.NewLabel("The workspace has unsaved changes. Save them first?")
	lbl.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons("Unsaved changes", lbl, w.win)
	pick := func(c saveChoice) func() {
		return func() {
			d.Hide()
			answer(c)
		}
	}
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), pick(choiceSave))
	save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Cancel", pick(choiceCancel)),
		widget.NewButton("Don't save", pick(choiceDiscard)),
		save,
	})
	d.Resize(fyne.NewSize(440, 180))
	d.Show()
}

// onQuit runs instead of closing the window: it asks about unsaved changes.
func (w *workbench) onQuit() {
	w.guard(func() {
		if w.stopCompare != nil {
			w.stopCompare()
		}
		w.clearRecovery()
		w.endRecovery()
		w.app.Quit()
	})
}
