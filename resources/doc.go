// Package resources holds Briefbench's embedded defaults behind typed
// accessors: the topic taxonomy and position axes (YAML, human-editable),
// the bundled sample briefs and the application icon.
package resources
