// Package text holds the language-level rules for reading prose that the
// engine (compare) and the writers (present, export) share: where a sentence
// ends. It imports nothing of the project, so every package can use it.
package text
