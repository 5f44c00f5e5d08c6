package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"briefbench/compare"
	"briefbench/disk"
	"briefbench/resources"
)

// taxonomyEditor edits the workspace's taxonomy and axes as YAML, checks
// them with the engine's parsers, stores them in the workspace and writes
// them to user files that `briefbench compare --taxonomy FILE --axes FILE`
// reads too.
type taxonomyEditor struct {
	w        *workbench
	topics   *widget.Select // where topics come from (packPicker)
	taxonomy *widget.Entry
	axes     *widget.Entry
	message  *widget.Label
	check    *widget.Button
	reset    *widget.Button
	save     *widget.Button
	dlg      *dialog.CustomDialog
	// shownTx and shownAx are the texts as opened, to ask before
	// closing over unsaved changes.
	shownTx, shownAx, shownTopics string
}

// topicChoices are the picker's options and the workspace Topics value of
// each: automatic, discovered only, or one bundled pack for every brief.
func topicChoices() (labels, values []string) {
	labels = []string{"Automatic: packs that fit the briefs, plus discovered topics", "Discovered topics only"}
	values = []string{"", "none"}
	for _, p := range resources.Packs() {
		labels = append(labels, "Pack “"+p+"” for every comparison, plus discovered topics")
		values = append(values, p)
	}
	return labels, values
}

// topicsValue is the workspace Topics value of the picker's selection.
func (t *taxonomyEditor) topicsValue() string {
	labels, values := topicChoices()
	for i, l := range labels {
		if l == t.topics.Selected {
			return values[i]
		}
	}
	return ""
}

func newTaxonomyEditor(w *workbench) *taxonomyEditor { return &taxonomyEditor{w: w} }

// userTaxonomyPath and userAxesPath are the user files in the config dir.
func (w *workbench) userTaxonomyPath() string { return filepath.Join(w.configDir, "taxonomy.yaml") }
func (w *workbench) userAxesPath() string     { return filepath.Join(w.configDir, "axes.yaml") }

func (t *taxonomyEditor) buildUI() fyne.CanvasObject {
	mk := func(text string) *widget.Entry {
		e := widget.NewMultiLineEntry()
		e.TextStyle.Monospace = true
		e.SetText(text)
		return e
	}
	tx := t.w.ws.TaxonomyYAML
	if tx == "" {
		tx = string(resources.TaxonomyYAML())
	}
	ax := t.w.ws.AxesYAML
	if ax == "" {
		ax = string(resources.AxesYAML())
	}
	labels, values := topicChoices()
	t.topics = widget.NewSelect(labels, nil)
	t.shownTopics = t.w.ws.Topics
	t.topics.SetSelectedIndex(0)
	for i, v := range values {
		if v == t.w.ws.Topics {
			t.topics.SetSelectedIndex(i)
		}
	}
	t.taxonomy = mk(tx)
	t.axes = mk(ax)
	t.shownTx, t.shownAx = tx, ax
	t.message = widget.NewLabel("")
	t.message.Wrapping = fyne.TextWrapWord
	help := "Topics: id, label, description and cue terms (or a label and description alone). " +
		"A taxonomy edited here replaces the choice above. Axes: two poles, each with cue terms. " +
		"Saved with the workspace"
	if t.w.configDir != "" {
		help += " and to " + t.w.userTaxonomyPath() + " and " + t.w.userAxesPath() +
			", which the command line reads with --taxonomy and --axes"
	}
	info := widget.NewLabel(help + ".")
	info.Wrapping = fyne.TextWrapWord
	info.SizeName = theme.SizeNameCaptionText
	t.check = widget.NewButtonWithIcon("Check", theme.ConfirmIcon(), func() { t.validate() })
	t.reset = widget.NewButtonWithIcon("Reset to defaults", theme.ViewRefreshIcon(), t.onReset)
	t.save = widget.NewButtonWithIcon("Save and compare", theme.DocumentSaveIcon(), t.onSave)
	t.save.Importance = widget.HighImportance
	tabs := container.NewAppTabs(
		container.NewTabItem("Topics (taxonomy)", t.taxonomy),
		container.NewTabItem("Axes", t.axes),
	)
	top := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel("Topics from"), nil, t.topics), info)
	return container.NewBorder(top, container.NewVBox(t.message, container.NewHBox(t.check, t.reset)), nil, nil, tabs)
}

func (t *taxonomyEditor) show() {
	t.dlg = dialog.NewCustomWithoutButtons("Taxonomy and axes", t.buildUI(), t.w.win)
	t.dlg.SetButtons([]fyne.CanvasObject{widget.NewButton("Close", t.onClose), t.save})
	t.dlg.Resize(fyne.NewSize(900, 640))
	t.dlg.Show()
}

// onClose closes the editor, asking first when the texts were changed and
// not saved.
func (t *taxonomyEditor) onClose() {
	if t.taxonomy.Text == t.shownTx && t.axes.Text == t.shownAx && t.topicsValue() == t.shownTopics {
		t.dlg.Hide()
		return
	}
	t.w.ask("Discard changes?", "The taxonomy or axes were changed and not saved. Close without saving them?", func(ok bool) {
		if ok {
			t.dlg.Hide()
		}
	})
}

// validate parses both texts and shows the outcome.
func (t *taxonomyEditor) validate() error {
	var errs []error
	tx, err := compare.ParseTaxonomy([]byte(t.taxonomy.Text))
	if err != nil {
		errs = append(errs, fmt.Errorf("topics tab: %w", err))
	}
	axes, err := compare.ParseAxes([]byte(t.axes.Text))
	if err != nil {
		errs = append(errs, fmt.Errorf("axes tab: %w", err))
	}
	if err := errors.Join(errs...); err != nil {
		t.message.Importance = widget.DangerImportance
		t.message.SetText(err.Error())
		return err
	}
	t.message.Importance = widget.SuccessImportance
	t.message.SetText(fmt.Sprintf("OK: %s, %s.", countNoun(len(tx.Topics), "topic", "topics"), countNoun(len(axes), "axis", "axes")))
	return nil
}

func (t *taxonomyEditor) onReset() {
	t.taxonomy.SetText(string(resources.TaxonomyYAML()))
	t.axes.SetText(string(resources.AxesYAML()))
	t.message.SetText("Defaults restored; Save to use them.")
}

// onSave stores valid texts in the workspace (empty when they are the
// defaults), writes the user files and recompares.
func (t *taxonomyEditor) onSave() {
	if t.validate() != nil {
		return
	}
	w := t.w
	tx, ax := t.taxonomy.Text, t.axes.Text
	if tx == string(resources.TaxonomyYAML()) {
		tx = ""
	}
	if ax == string(resources.AxesYAML()) {
		ax = ""
	}
	if w.configDir != "" {
		err := os.MkdirAll(w.configDir, 0o755)
		if err == nil {
			err = disk.WriteBytes(w.userTaxonomyPath(), []byte(t.taxonomy.Text))
		}
		if err == nil {
			err = disk.WriteBytes(w.userAxesPath(), []byte(t.axes.Text))
		}
		if err != nil {
			w.showError(fmt.Errorf("saving the user taxonomy: %w", err))
			return
		}
	}
	if tx != w.ws.TaxonomyYAML || ax != w.ws.AxesYAML || t.topicsValue() != w.ws.Topics {
		w.ws.TaxonomyYAML, w.ws.AxesYAML, w.ws.Topics = tx, ax, t.topicsValue()
		w.changed()
		w.recompare()
	}
	if t.dlg != nil {
		t.dlg.Hide()
	}
}

// onTaxonomy opens the taxonomy and axes editor.
func (w *workbench) onTaxonomy() { newTaxonomyEditor(w).show() }
