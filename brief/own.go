package brief

// Generator is the name Briefbench writes into the metadata of the files it
// makes: the creator and keywords of the memo's DOCX core properties, the
// workbook's creator, and MemoMark atop the Markdown memo. Importing a
// folder recognises these files by it and skips them, so a rerun in the
// briefs' own folder does not compare its earlier memos as more briefs.
const Generator = "Briefbench"

// MemoMark is the first line of every Markdown memo Briefbench writes: an
// HTML comment, so it does not show when the memo is rendered.
const MemoMark = "<!-- Written by " + Generator + " (briefing memo); importing a folder skips this file. -->"
