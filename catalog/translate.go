package catalog

// In returns the entry as a person reading language lang reads it: its
// name, steps, cues, mistakes and why from its translation into lang
// (cues and mistakes only as far as the translation gives them, so no
// English is left among the German), or the entry as written when it has
// no translation into lang. Everything else is the entry's own.
func (e Exercise) In(lang string) Exercise {
	t, ok := e.Translations[lang]
	if !ok {
		return e
	}
	e.Name, e.Steps, e.Cues, e.Mistakes, e.Why = t.Name, t.Steps, t.Cues, t.Mistakes, t.Why
	return e
}

// NameIn returns the entry's name in lang: e.NameIn(lang) without
// copying the entry.
func (e *Exercise) NameIn(lang string) string {
	if t, ok := e.Translations[lang]; ok {
		return t.Name
	}
	return e.Name
}

// Translated reports whether the entry has its text in lang: English, the
// language entries are written in, or a translation.
func (e Exercise) Translated(lang string) bool {
	if lang == "" || lang == "en" {
		return true
	}
	_, ok := e.Translations[lang]
	return ok
}
