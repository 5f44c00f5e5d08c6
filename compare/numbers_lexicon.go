package compare

// Read-only, language-level word tables for numeric claims: generic words,
// time words, units, labels and references. The domain tables (actors,
// measures and their synonyms) come from the pack's lexicon (lexicon.go).

// genericStems never name a quantity: verbs of change, hedges, scale and
// unit words, and other words that surround numbers in any sentence.
var genericStems = map[string]bool{
	"reach": true, "rise": true, "rose": true, "risen": true, "increas": true, "rais": true,
	"boost": true, "hit": true, "stand": true, "stood": true, "total": true, "amount": true,
	"approxim": true, "rough": true, "near": true, "almost": true, "around": true,
	"estim": true, "current": true, "now": true, "annual": true, "year": true, "per": true,
	"percent": true, "cent": true, "billion": true, "million": true, "trillion": true,
	"thousand": true, "dollar": true, "won": true, "usd": true, "krw": true, "level": true,
	"figur": true, "number": true, "plan": true, "aim": true, "target": true, "goal": true,
	"pledg": true, "promis": true, "commit": true, "account": true, "equival": true,
	"worth": true, "valu": true, "report": true, "expect": true, "project": true,
	"alreadi": true, "nation": true, "countri": true, "world": true, "global": true,
	"also": true, "will": true, "would": true, "could": true, "may": true, "might": true,
	"must": true, "say": true, "said": true, "accord": true, "averag": true, "record": true,
	"new": true, "high": true, "low": true, "top": true, "largest": true, "biggest": true,
	"cut": true, "drop": true, "fell": true, "fall": true, "declin": true, "doubl": true,
	"tripl": true, "expand": true, "exceed": true, "surpass": true, "climb": true,
	"jump": true, "keep": true, "kept": true, "maintain": true, "station": true,
	"deploy": true, "base": true, "remain": true, "sit": true, "hold": true, "set": true,
	"make": true, "made": true, "becom": true, "becam": true, "get": true, "got": true,
	"put": true, "take": true, "took": true, "go": true, "went": true, "seek": true,
	"want": true, "like": true, "includ": true, "end": true, "first": true, "last": true,
	"next": true, "past": true, "recent": true, "latest": true, "share": true, "part": true,
	"portion": true, "proport": true, "rate": true, "percentag": true, "point": true,
	"gross": true, "domest": true, "time": true, "nearli": true,
	"roughli": true, "onli": true, "just": true, "than": true, "less": true, "more": true,
	"lift": true, "grow": true, "grew": true, "rang": true, "earli": true, "late": true,
	"mid": true, "halv": true, "today": true, "still": true, "sinc": true, "week": true,
	"month": true, "day": true, "decad": true, "centuri": true, "term": true, "quarter": true,
	"fiscal": true, "fy": true, "calendar": true, "period": true, "compar": true,
	"versus": true, "overal": true, "combin": true, "respect": true, "well": true,
	"much": true, "mani": true, "even": true, "roughl": true, "upward": true, "least": true,
	"abov": true, "below": true, "ahead": true, "behind": true, "within": true, "toward": true,
	"need": true, "requir": true, "call": true, "propos": true, "agre": true, "sign": true,
	"announc": true, "approv": true, "ad": true, "add": true, "u": true, "relat": true,
	"significant": true, "larg": true, "small": true, "signific": true, "about": true,
}

// timeNouns after a bare number make it a duration or an age ("72 years"),
// which is not counted as a claim.
var timeNouns = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "day": true, "days": true,
	"week": true, "weeks": true, "decade": true, "decades": true, "century": true,
	"centuries": true, "hour": true, "hours": true, "minute": true, "minutes": true,
	"times": true, "percent": true, "per": true, "am": true, "pm": true, "a.m": true, "p.m": true,
}

// months are month names and abbreviations, to spot dates.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// referenceWords before a number make it a reference, not a claim (page,
// footnote, section numbers and the like).
var referenceWords = map[string]bool{
	"p": true, "pp": true, "page": true, "pages": true, "para": true, "paragraph": true,
	"note": true, "notes": true, "footnote": true, "chapter": true, "section": true,
	"article": true, "fig": true, "figure": true, "table": true, "annex": true,
	"appendix": true, "vol": true, "volume": true, "issue": true, "resolution": true,
	"ch": true, "sec": true, "art": true, "item": true, "step": true, "phase": true,
	"tier": true, "block": true, "batch": true, "model": true, "version": true, "class": true,
	"type": true, "flight": true, "track": true, "line": true, "route": true, "room": true,
}

// labelNouns name things that are numbered rather than counted: a number
// right after one of them ("Recommendation 2", "Title 10", "Pillar 2") is
// a label, not a quantity. Unlike referenceWords they must stand right before
// the number (only spaces, or "No.", between), in any case.
var labelNouns = map[string]bool{
	"recommendation": true, "recommendations": true, "section": true, "sections": true,
	"chapter": true, "chapters": true, "figure": true, "figures": true, "fig": true,
	"table": true, "tables": true, "step": true, "steps": true, "phase": true, "phases": true,
	"article": true, "articles": true, "art": true, "annex": true, "annexes": true,
	"appendix": true, "paragraph": true, "paragraphs": true, "para": true, "clause": true,
	"clauses": true, "resolution": true, "resolutions": true, "pillar": true, "pillars": true,
	"exhibit": true, "box": true, "chart": true, "amendment": true, "amendments": true,
	"sec": true, "ch": true,
}

// labelNounsCapital are nouns that name numbered things only when written
// with a capital ("Part 2 of the plan", "Option 1", "Title 10"): in lower
// case they are ordinary words ("at one point 40,000 troops").
var labelNounsCapital = map[string]bool{
	"part": true, "parts": true, "point": true, "points": true, "option": true, "options": true,
	"item": true, "items": true, "title": true, "goal": true, "goals": true, "task": true,
	"tasks": true, "priority": true, "priorities": true, "objective": true, "objectives": true,
	"principle": true, "principles": true, "lesson": true, "lessons": true, "stage": true,
	"stages": true, "round": true, "level": true, "scenario": true, "scenarios": true,
	"question": true, "questions": true, "finding": true, "findings": true, "proposal": true,
	"proposals": true, "measure": true, "measures": true, "line": true, "lines": true,
	"track": true, "tier": true, "element": true, "elements": true, "action": true,
	"actions": true, "initiative": true, "rule": true, "rules": true, "map": true,
	"slide": true, "panel": true, "case": true, "group": true, "division": true,
	"vision": true, "agenda": true, "plan": true, "program": true, "programme": true,
}

// labelJoins may stand between two numbered labels: "Sections 2 and 3",
// "Articles 4, 5 or 6", "Steps 2–4".
var labelJoins = map[string]bool{"and": true, "or": true, "to": true, "through": true, "&": true}

// targetWords right before a year make it a target year ("by 2030").
var targetWords = map[string]bool{
	"by": true, "until": true, "till": true, "through": true, "before": true,
}

// goalWords anywhere in the sentence make "in 2030" a target year.
var goalWords = map[string]bool{
	"aim": true, "aims": true, "aimed": true, "aiming": true, "target": true, "targets": true,
	"targeted": true, "goal": true, "goals": true, "plan": true, "plans": true, "planned": true,
	"seek": true, "seeks": true, "ambition": true, "ambitions": true, "intend": true,
	"intends": true, "pledge": true, "pledged": true, "pledges": true, "vow": true,
	"vowed": true, "vows": true, "strive": true, "strives": true, "objective": true,
	"deadline": true, "hopes": true, "wants": true, "envisions": true,
}

// yearLead are words that, right before a number from 1900 to 2100, make it
// a year even when a noun follows ("in 2023 exports rose", "the 2026
// contribution"); otherwise "2000 troops" is a count.
var yearLead = map[string]bool{
	"in": true, "by": true, "since": true, "until": true, "from": true, "to": true,
	"through": true, "before": true, "after": true, "during": true, "of": true,
	"between": true, "and": true, "or": true, "early": true, "late": true, "mid": true,
	"till": true, "circa": true, "year": true, "fy": true, "the": true, "its": true,
	"their": true, "this": true, "that": true, "a": true, "an": true, "for": true,
}

// hedgeWords before a number loosen the tolerance when comparing values.
var hedgeWords = map[string]bool{
	"about": true, "around": true, "roughly": true, "approximately": true, "nearly": true,
	"almost": true, "some": true, "over": true, "more": true, "less": true, "up": true,
	"least": true, "estimated": true, "close": true, "circa": true, "ca": true, "under": true,
}

// numberWords are the cardinal and ordinal words read in ranks.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// ordinalWords spell ranks, for display.
var ordinalWords = []string{
	"", "first", "second", "third", "fourth", "fifth", "sixth",
	"seventh", "eighth", "ninth", "tenth",
}

// superlatives after an ordinal make a rank ("fourth-largest").
var superlatives = map[string]bool{
	"largest": true, "biggest": true, "greatest": true, "leading": true, "highest": true,
	"top": true, "most": true,
}

// currencies maps currency signs, codes and names to ISO codes.
var currencies = map[string]string{
	"$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
	"₩": "KRW", "krw": "KRW", "won": "KRW",
	"€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR",
	"£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "yen": "JPY",
	"a$": "AUD", "aud": "AUD", "au$": "AUD",
}

// scales maps scale words to multipliers. The one-letter forms only count
// when glued to the number ("$3.5bn", "$14B").
var scales = map[string]float64{
	"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
	"billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}
