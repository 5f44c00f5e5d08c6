// Package resources holds Briefbench's embedded defaults behind typed
// accessors: the domain packs (packs/NAME: topic taxonomy, position axes
// and domain word lists, YAML, human-editable),
// the table of think tanks' English names (orgs.yaml), the bundled sample
// briefs and the application icon.
package resources
