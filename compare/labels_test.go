package compare

import "testing"

// TestPhraseLabels: a discovered topic is named by a noun phrase its
// passages use; words that only ever act as verbs, adverbs or modifiers
// never become the label, however often the topic uses them.
func TestPhraseLabels(t *testing.T) {
	for _, tc := range []struct {
		name    string
		a, b    []string // the two topics' passages, from briefs a and b by turns
		want    string   // label of the first topic
		notWant []string
	}{
		{
			name: "a verb every passage uses is not the label",
			a: []string{
				"Teachers earn less than nurses with the same training, and the gap in salaries grows.",
				"Graduates earn more in almost any other profession, so the salaries on offer decide who applies.",
				"Assistants earn barely above the minimum wage after years in the classroom.",
				"Supply staff earn a day rate that the council has not raised, unlike other salaries.",
			},
			b: []string{
				"The roof of the school leaks every winter and the boiler fails in January.",
				"Repairs to the school buildings wait years for capital money from the council.",
				"The capital budget covers half of the repairs surveyors call urgent in the buildings.",
				"A rolling programme would rebuild the worst school buildings first.",
			},
			want:    "Salaries",
			notWant: []string{"Earn"},
		},
		{
			name: "an adverb is not the label",
			a: []string{
				"Lenders charge far less to rich countries, and the interest on their debt stays low.",
				"Poor countries pay far more, and the interest on every new loan rises with the risk.",
				"Rates rise far faster for them, so debt service crowds out spending on clinics.",
				"Far more of the budget goes to the interest than to schools in some countries.",
			},
			b: []string{
				"Drought destroys harvests across the region, and farmers lose their herds.",
				"The drought of last year cut the harvest by a third in the north.",
				"Farmers need insurance against drought and flood before the next season.",
				"A second drought in three years would empty the grain stores.",
			},
			want:    "Interest",
			notWant: []string{"Far", "Less", "More"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var a, b []string
			for i := range tc.a {
				if i%2 == 0 {
					a = append(a, tc.a[i], tc.b[i])
				} else {
					b = append(b, tc.a[i], tc.b[i])
				}
			}
			e := testEngine(t, shipsYAML, a, b)
			var ca, cb cluster
			for i := range e.units {
				u := &e.units[i]
				if u.para%2 == 0 {
					ca.units = append(ca.units, i)
				} else {
					cb.units = append(cb.units, i)
				}
			}
			got := e.phraseLabels([]cluster{ca, cb})[0].label
			if got != tc.want {
				t.Errorf("label %q, want %q", got, tc.want)
			}
			for _, w := range tc.notWant {
				if got == w {
					t.Errorf("label %q is not a noun phrase", got)
				}
			}
		})
	}
}
