package compare

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"briefbench/brief"
	"briefbench/internal/golden"
	"briefbench/text"
)

// want is the part of a claim a case checks.
type wantClaim struct {
	Raw   string
	Unit  Unit
	Value float64
	Key   string
}

func TestSentenceClaims(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []wantClaim
	}{
		{
			"percent of GDP with defence spelling",
			"Canberra now devotes 2.1 percent of GDP to defence spending.",
			[]wantClaim{{"2.1 percent of GDP", UnitPercentGDP, 2.1, "defense spending|% of GDP"}},
		},
		{
			"a hyphenated compound after the number counts its last part",
			"Clinics treated 9.2 million hospital in-patients last year.",
			[]wantClaim{{"9.2 million", UnitCount, 9.2e6, "hospit patient|count"}},
		},
		{
			"percent sign and budget synonym",
			"The military budget rose to 3.5% of GDP in 2024.",
			[]wantClaim{{"3.5% of GDP", UnitPercentGDP, 3.5, "defense spending|% of GDP|2024"}},
		},
		{
			"spends on defense after the number",
			"Warsaw, which spends 4.1 percent of GDP on defense, wants more tanks.",
			[]wantClaim{{"4.1 percent of GDP", UnitPercentGDP, 4.1, "defense spending|% of GDP"}},
		},
		{
			"money with scale and year",
			"Turkish arms exports reached $5.5 billion in 2023.",
			[]wantClaim{{"$5.5 billion", "USD", 5.5e9, "arms exports|USD|2023"}},
		},
		{
			"weapons sales are arms exports",
			"Weapons sales totalled US$ 3.5bn last year.",
			[]wantClaim{{"US$ 3.5bn", "USD", 3.5e9, "arms exports|USD"}},
		},
		{
			"currency name after a demonym of the lexicon",
			"The payment came to 1.4 trillion Korean won.",
			[]wantClaim{{"1.4 trillion Korean won", "KRW", 1.4e12, "payments|KRW"}},
		},
		{
			"currency name after an actor's word",
			"The fund holds 5 billion U.S. dollars.",
			[]wantClaim{{"5 billion U.S. dollars", "USD", 5e9, "funding|USD"}},
		},
		{
			"won amount after the number",
			"The host-nation payment was set at 1.2 trillion won.",
			[]wantClaim{{"1.2 trillion won", "KRW", 1.2e12, "payments|KRW"}},
		},
		{
			"won sign",
			"Parliament approved ₩600 billion for shipyard upgrades.",
			[]wantClaim{{"₩600 billion", "KRW", 6e11, "shipyards|KRW"}},
		},
		{
			"count of troops with nationality",
			"About 54,000 American troops are based in Japan.",
			[]wantClaim{{"54,000", UnitCount, 54000, "US troops|count"}},
		},
		{
			"personnel are troops",
			"U.S. Forces Korea numbers some 26,000 personnel.",
			[]wantClaim{{"26,000", UnitCount, 26000, "US troops|count"}},
		},
		{
			"rank and target year",
			"Ankara wants to become the world's fifth-largest arms exporter by 2035.",
			[]wantClaim{
				{"fifth-largest", UnitRank, 5, "arms exporter|rank|by 2035"},
				{"2035", UnitTargetYear, 2035, "fifth-largest arms exporter|target year"},
			},
		},
		{
			"defense supplier rank",
			"It is already a top five defense supplier.",
			[]wantClaim{{"top five", UnitRank, 5, "arms exporter|rank"}},
		},
		{
			"target year with aim",
			"The navy aims to field twelve submarines in 2040.",
			[]wantClaim{{"2040", UnitTargetYear, 2040, "naval submarines|target year"}},
		},
		{
			"event year is not a target",
			"The treaty was signed in 1951 after long talks.",
			[]wantClaim{{"1951", UnitYear, 1951, "treaty|year"}},
		},
		{
			"tariff percent after the number",
			"Washington imposed a 25 percent tariff on steel.",
			[]wantClaim{{"25 percent", UnitPercent, 25, "steel tariff|%"}},
		},
		{
			"amount in front of its object",
			"Tokyo pledged $40 billion in investment and $10 billion in LNG purchases.",
			[]wantClaim{{"$40 billion", "USD", 4e10, "Japan investment|USD"}, {"$10 billion", "USD", 1e10, "Japan LNG purchases|USD"}},
		},
		{
			"footnote mark after a year is dropped",
			"The pact dates from 1953.4 Few expected it to last.",
			[]wantClaim{{"1953", UnitYear, 1953, "pact date|year"}},
		},
		{
			"outlays of gross domestic product",
			"Seoul's defense outlays equal 2.6 percent of gross domestic product.",
			[]wantClaim{{"2.6 percent of gross domestic product", UnitPercentGDP, 2.6, "Korea defense spending|% of GDP"}},
		},
		{
			"military spending after the number",
			"The ROK spends around 2.8% of its GDP on the military.",
			[]wantClaim{{"2.8% of its GDP", UnitPercentGDP, 2.8, "Korea defense spending|% of GDP"}},
		},
		{
			"count named before the number",
			"The number of American soldiers in Korea is about 28,500.",
			[]wantClaim{{"28,500", UnitCount, 28500, "US troops|count"}},
		},
		{
			"introductory year dates the sentence",
			"In 2023, Korean defense exports hit a record $17.3 billion.",
			[]wantClaim{{"$17.3 billion", "USD", 17.3e9, "Korea arms exports|USD|2023"}},
		},
		{
			"rank verb and target year",
			"The goal is to rank fourth among global arms exporters by 2030.",
			[]wantClaim{
				{"rank fourth", UnitRank, 4, "arms exporter|rank|by 2030"},
				{"2030", UnitTargetYear, 2030, "fourth-largest arms exporter|target year"},
			},
		},
		{
			"tariff object after on",
			"Tariffs on Korean cars rose to 25% in April.",
			[]wantClaim{{"25%", UnitPercent, 25, "Korea car tariff|%"}},
		},
		{"bare number without a named quantity", "The answer is 42.", nil},
		{"footnote mark after a word", "The alliance endured.12 It will go on.", nil},
		{"page reference", "See page 14 and pp. 20-22 for the figures.", nil},
		{"list numbering", "1. Raise the budget.", nil},
		{"date", "The summit met on May 21, 2021, in Seoul.", nil},
		{"model names and calibres", "The F-35 and K9 fire 155mm shells.", nil},
		{"decade", "Troop cuts in the 1970s changed minds.", nil},
		{"duration", "The alliance has lasted 72 years.", nil},
		{"ordinal that is not a rank", "The 20th party congress met in Beijing.", nil},
		{
			"recommendation number is a label",
			"Recommendation 3: the harbour fund should get $2 billion.",
			[]wantClaim{{"$2 billion", "USD", 2e9, "harbour funding|USD"}},
		},
		{
			"lower-case recommendation number",
			"Our recommendation 7 adds 40 tugboats to the fleet.",
			[]wantClaim{{"40", UnitCount, 40, "tugboat|count"}},
		},
		{"section and figure references", "Section 4 and Figure 2 describe the harbour.", nil},
		{"chapter label mid-sentence", "As Chapter 6 argues, the coast guard has 12 cutters.", []wantClaim{{"12", UnitCount, 12, "cutter|count"}}},
		{"treaty article is a label", "Article 9 of the charter binds the members.", nil},
		{"capitalised part of a plan", "Part 3 of the reform funds 70 radars.", []wantClaim{{"70", UnitCount, 70, "radar|count"}}},
		{"capitalised option", "Option 2 keeps 3,000 marines on the atoll.", []wantClaim{{"3,000", UnitCount, 3000, "marin|count"}}},
		{"title of the code", "Under Title 50 the agency pays for 6 depots.", []wantClaim{{"6", UnitCount, 6, "depot|count"}}},
		{"numbered resolution", "Security Council Resolution 1718 still binds every member state.", nil},
		{"resolution No. label", "Resolution No. 48 covers the fishing fleet.", nil},
		{"No. opening a list point", "No. 2: the dockyard needs 300 welders.", []wantClaim{{"300", UnitCount, 300, "welder|count"}}},
		{"hash mark", "Priority #4 is hiring 90 pilots.", []wantClaim{{"90", UnitCount, 90, "pilot|count"}}},
		{"item in brackets", "The list is short: item (3) adds 12 tankers.", []wantClaim{{"12", UnitCount, 12, "tanker|count"}}},
		{"list number at start of an item", "3. The coast guard needs 14 new cutters.", []wantClaim{{"14", UnitCount, 14, "cutter|count"}}},
		{"capitalised word before a colon", "Takeaway 5: a navy needs 8 dry docks.", []wantClaim{{"8", UnitCount, 8, "dri shipyards|count"}}},
		{"enumerated sections", "Sections 2 and 5 list the harbours.", nil},
		{"enumerated articles with commas", "Articles 3, 4, and 7 bind 20 members.", []wantClaim{{"20", UnitCount, 20, "member|count"}}},
		{"count after a label and a comma", "Under Article 9, 31 members must consult.", []wantClaim{{"31", UnitCount, 31, "member|count"}}},
		{"lower-case point is not a label", "At one point 4,000 marines were on the atoll.", []wantClaim{{"4,000", UnitCount, 4000, "marin|count"}}},
		{"rank after No. stays a rank", "It is now the No. 6 arms exporter.", []wantClaim{{"No. 6", UnitRank, 6, "arms exporter|rank"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []wantClaim
			for _, cl := range sentenceClaims(nil, c.text, noteOf(c.text), 0) {
				got = append(got, wantClaim{cl.Raw, cl.Unit, cl.Value, cl.Key.String()})
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("sentenceClaims(%q)\n got %+v\nwant %+v", c.text, got, c.want)
			}
		})
	}
}

// noteOf runs the sentence splitter on s and returns the footnote offset
// of its first sentence, as findClaims would.
func noteOf(s string) int {
	sp := text.Sentences(s)
	if len(sp) > 0 && sp[0].Note > 0 {
		return sp[0].Note - sp[0].Start
	}
	return -1
}

func TestSentenceSpans(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "Seoul builds. Tokyo buys.", []string{"Seoul builds.", "Tokyo buys."}},
		{"acronym and title", "The U.S. Navy met Dr. Lee. Then it left.", []string{"The U.S. Navy met Dr. Lee.", "Then it left."}},
		{"decimal", "It spent 2.8 percent. Then more.", []string{"It spent 2.8 percent.", "Then more."}},
		{"footnote after quote", "They called it “ironclad.”3 Others did not.", []string{"They called it “ironclad.”3", "Others did not."}},
		{"footnote after year", "It began in 2019.2 Nobody noticed.", []string{"It began in 2019.2", "Nobody noticed."}},
		{"question", "Why now? Because of China.", []string{"Why now?", "Because of China."}},
		{"lower case after period", "See e.g. the navy. Fine.", []string{"See e.g. the navy.", "Fine."}},
		{"initials", "As J. C. Wylie wrote. Yes.", []string{"As J. C. Wylie wrote.", "Yes."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range text.Sentences(c.text) {
				got = append(got, c.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestSameValue(t *testing.T) {
	cases := []struct {
		name string
		a, b Claim
		want bool
	}{
		{"equal", Claim{Value: 2.8, Unit: UnitPercentGDP, prec: 0.05}, Claim{Value: 2.8, Unit: UnitPercentGDP, prec: 0.05}, true},
		{"rounded", Claim{Value: 2.8, Unit: UnitPercentGDP, prec: 0.05}, Claim{Value: 2.83, Unit: UnitPercentGDP, prec: 0.005}, true},
		{"different", Claim{Value: 2.8, Unit: UnitPercentGDP, prec: 0.05}, Claim{Value: 3.5, Unit: UnitPercentGDP, prec: 0.05}, false},
		{"half step apart", Claim{Value: 2.8, Unit: UnitPercentGDP, prec: 0.05}, Claim{Value: 2.85, Unit: UnitPercentGDP, prec: 0.005}, false},
		{"rounded billions", Claim{Value: 14e9, Unit: "USD", prec: 0.5e9}, Claim{Value: 14.2e9, Unit: "USD", prec: 0.05e9}, true},
		{"troops thousands", Claim{Value: 28500, Unit: UnitCount, prec: 50}, Claim{Value: 28000, Unit: UnitCount, prec: 500}, false},
		{"hedged five percent", Claim{Value: 28500, Unit: UnitCount, prec: 50, hedged: true}, Claim{Value: 28000, Unit: UnitCount, prec: 500}, true},
		{"years exact", Claim{Value: 2027, Unit: UnitTargetYear}, Claim{Value: 2030, Unit: UnitTargetYear}, false},
		{"top five holds fourth", Claim{Value: 5, Unit: UnitRank, top: true}, Claim{Value: 4, Unit: UnitRank}, true},
		{"top five excludes sixth", Claim{Value: 6, Unit: UnitRank}, Claim{Value: 5, Unit: UnitRank, top: true}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sameValue(c.a, c.b); got != c.want {
				t.Errorf("sameValue = %v, want %v", got, c.want)
			}
			if got := sameValue(c.b, c.a); got != c.want {
				t.Errorf("sameValue (swapped) = %v, want %v", got, c.want)
			}
		})
	}
}

// numberBriefs are three small briefs of my own with numbers that agree,
// disagree and must not be compared.
func numberBriefs() []*brief.Brief {
	mk := func(id string, paras ...string) *brief.Brief {
		b := &brief.Brief{ID: id, Organization: strings.ToUpper(id[:1]) + id[1:], Source: brief.Source{Path: id + ".md"}}
		for i, p := range paras {
			b.Paragraphs = append(b.Paragraphs, brief.Paragraph{Index: i, Kind: brief.Body, Text: p})
		}
		return b
	}
	return []*brief.Brief{
		mk("north",
			"Tokyo now spends 1.6 percent of GDP on defense, and it plans to reach 2 percent by 2027.",
			"Some 54,000 American troops are stationed in Japan.",
			"The security treaty was revised in 1960.7 It has not changed since."),
		mk("south",
			"Japan's defence budget stands at 1.6% of GDP.",
			"Around 50,000 U.S. troops serve in Japan today.",
			"Japan's security treaty dates from 1960. Its goal is defense spending of 2 percent of GDP by 2027."),
		mk("west",
			"Defense spending in Japan is 1.2 percent of GDP, far below the target.",
			"See page 12 for the list of bases.",
			"1. Keep the 54,000 U.S. troops in place."),
	}
}

func TestFindClaimsConflicts(t *testing.T) {
	claims := mustClaims(numberBriefs(), 0)
	conflicts := map[string][]string{}
	for _, c := range claims {
		if c.Conflict {
			conflicts[c.Key.String()] = append(conflicts[c.Key.String()], c.Brief+"="+c.Raw)
		}
	}
	want := map[string][]string{
		"Japan defense spending|% of GDP": {"north=1.6 percent of GDP", "south=1.6% of GDP", "west=1.2 percent of GDP"},
		"US troops|count":                 {"north=54,000", "south=50,000", "west=54,000"},
	}
	if !reflect.DeepEqual(conflicts, want) {
		t.Errorf("conflicts\n got %v\nwant %v", conflicts, want)
	}
	for _, c := range claims {
		if c.Value == 7 || c.Value == 12 || c.Value == 1 && c.Unit != UnitRank {
			t.Errorf("footnote, page or list number taken as a claim: %+v", c)
		}
	}
}

func TestFindClaimsGolden(t *testing.T) {
	golden.JSON(t, filepath.Join("testdata", "numbers", "claims.golden.json"), mustClaims(numberBriefs(), 0))
}

// TestLabelsDoNotConflict checks that numbers labelling recommendations,
// sections or articles never make two briefs disagree, while the amounts
// in the same sentences still agree or conflict.
func TestLabelsDoNotConflict(t *testing.T) {
	mk := func(id, text string) *brief.Brief {
		return &brief.Brief{ID: id, Paragraphs: []brief.Paragraph{{Index: 0, Kind: brief.Body, Text: text}}}
	}
	cases := []struct {
		name      string
		a, b      string
		conflicts []string // keys in conflict
		agreed    []string // keys stated alike by both
	}{
		{
			"numbered recommendations with equal amounts",
			"Recommendation 2: the harbour fund should receive $3 billion over four years.",
			"Recommendation 5: the harbour fund should receive $3 billion.",
			nil,
			[]string{"harbour funding|USD"},
		},
		{
			"numbered sections with different amounts",
			"Section 1 proposes that the harbour fund should receive $3 billion.",
			"Section 6 proposes that the harbour fund should receive $4 billion.",
			[]string{"harbour funding|USD"},
			nil,
		},
		{
			"articles of a treaty",
			"Article 4 of the pact obliges 12 members to consult.",
			"Article 5 of the pact obliges 12 members to act.",
			nil,
			[]string{"member|count"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			claims := mustClaims([]*brief.Brief{mk("a", c.a), mk("b", c.b)}, 1)
			var conflicts, agreed []string
			by := map[string]map[string]float64{}
			for _, cl := range claims {
				if cl.Conflict && (len(conflicts) == 0 || conflicts[len(conflicts)-1] != cl.Key.String()) {
					conflicts = append(conflicts, cl.Key.String())
				}
				if by[cl.Key.String()] == nil {
					by[cl.Key.String()] = map[string]float64{}
				}
				by[cl.Key.String()][cl.Brief] = cl.Value
			}
			for _, cl := range claims {
				if cl.Brief == "a" && !cl.Conflict && len(by[cl.Key.String()]) == 2 && by[cl.Key.String()]["a"] == by[cl.Key.String()]["b"] {
					agreed = append(agreed, cl.Key.String())
				}
			}
			if !reflect.DeepEqual(conflicts, c.conflicts) || !reflect.DeepEqual(agreed, c.agreed) {
				t.Errorf("conflicts %q, agreed %q; want %q and %q", conflicts, agreed, c.conflicts, c.agreed)
			}
		})
	}
}
