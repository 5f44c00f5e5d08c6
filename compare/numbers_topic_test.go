package compare

import (
	"reflect"
	"testing"
)

// TestClaimTopics files claims of my own under the topic of their paragraph
// that names what they measure.
func TestClaimTopics(t *testing.T) {
	tax, err := DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	type place struct {
		topic string
		score float64
	}
	cases := []struct {
		name   string
		text   string
		topics []place // the topics of the claim's paragraph, with the passage score
		want   string
	}{
		{
			"troop count goes to posture, not to the higher-scoring regional topic",
			"The 41,000 American troops on the islands should stay where they are.",
			[]place{{"regional-role", 0.8}, {"force-posture", 0.7}},
			"force-posture",
		},
		{
			"share of GDP goes to defense spending, not to command",
			"Canberra spends 2.4 percent of GDP on defense, while its generals seek a combined command.",
			[]place{{"command", 0.9}, {"burden-sharing", 0.6}},
			"burden-sharing",
		},
		{
			"shipyard money goes to shipbuilding",
			"Tokyo set aside $6 billion for shipyards that repair destroyers.",
			[]place{{"china", 0.8}, {"shipbuilding", 0.5}},
			"shipbuilding",
		},
		{
			"words near the number decide when the quantity names no topic",
			"The coast guard will buy 30 cutters for patrols in the South China Sea.",
			[]place{{"domestic-politics", 0.7}, {"china", 0.6}},
			"china",
		},
		{
			"no cue anywhere falls back to the best passage",
			"The museum received 300 visitors.",
			[]place{{"foundations", 0.4}, {"domestic-politics", 0.6}},
			"domestic-politics",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := sentenceClaims(nil, c.text, -1, 0)
			if len(cl) == 0 {
				t.Fatalf("no claim in %q", c.text)
			}
			cl[0].Brief, cl[0].Paragraph, cl[0].Text = "b", 3, c.text
			res := &Result{Numbers: cl[:1]}
			for _, p := range c.topics {
				res.Topics = append(res.Topics, Topic{ID: p.topic, Passages: []Passage{{Brief: "b", Paragraph: 3, Text: c.text, Score: p.score}}})
			}
			claimTopics(res, tax)
			if got := res.Numbers[0].Topic; got != c.want {
				t.Errorf("topic of %q = %q, want %q", cl[0].Quantity, got, c.want)
			}
		})
	}
}

func TestKeyTopic(t *testing.T) {
	cases := []struct {
		name   string
		topics []string // each claim's topic, in claim order
		want   string
	}{
		{"majority wins", []string{"deterrence", "force-posture", "force-posture"}, "force-posture"},
		{"tie goes to the earliest claim", []string{"china", "burden-sharing", "burden-sharing", "china"}, "china"},
		{"claims without a topic use the paragraph's", []string{"", "", "shipbuilding"}, "foundations"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var claims []Claim
			var idx []int
			for i, tp := range c.topics {
				claims = append(claims, Claim{Brief: "b", Paragraph: i, Topic: tp})
				idx = append(idx, i)
			}
			fallback := map[paraKey]string{{"b", 0}: "foundations", {"b", 1}: "foundations"}
			if got := keyTopic(claims, idx, fallback); !reflect.DeepEqual(got, c.want) {
				t.Errorf("keyTopic = %q, want %q", got, c.want)
			}
		})
	}
}
