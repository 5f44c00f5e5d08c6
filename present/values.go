package present

import (
	"math"
	"strconv"
	"strings"

	"briefbench/compare"
)

// Value phrases a number with its unit, the one way every view writes it:
// "2.8% of GDP", "USD 14 billion", "4th", "top 10", "28,500", "2030", and a
// target year as "2030 (target year)". top marks a "top N" rank.
func Value(v float64, unit compare.Unit, top bool) string {
	switch unit {
	case compare.UnitPercent, compare.UnitPercentGDP:
		return Number(v) + string(unit)
	case compare.UnitPoints:
		return Number(v) + " percentage points"
	case compare.UnitYear:
		return strconv.Itoa(int(v))
	case compare.UnitTargetYear:
		return strconv.Itoa(int(v)) + " (target year)"
	case compare.UnitRank:
		if top {
			return "top " + strconv.Itoa(int(v))
		}
		return Ordinal(int(v))
	case compare.UnitCount, "":
		return Number(v)
	}
	return string(unit) + " " + Amount(v)
}

// ItemValue phrases a numeric difference item's value (see Value).
func ItemValue(it compare.Item) string {
	if it.Unit == "" && it.Number == 0 {
		return it.Value
	}
	return Value(it.Number, it.Unit, it.Top)
}

// ClaimValue phrases a claim's value (see Value).
func ClaimValue(c compare.Claim) string {
	return Value(c.Value, c.Unit, strings.HasPrefix(strings.ToLower(c.Raw), "top "))
}

// Time phrases when a figure holds: "in 2023", "by 2030 (target)", or
// "now" for an undated figure.
func Time(year int, target bool) string {
	switch {
	case target:
		return "by " + strconv.Itoa(year) + " (target)"
	case year > 0:
		return "in " + strconv.Itoa(year)
	}
	return "now"
}

// Ordinal writes 1st, 2nd, 3rd, 4th, 11th, 22nd.
func Ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

// Number writes v with as few decimals as needed and thousands grouped:
// "2.8", "28,500", "1,250.5".
func Number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	if len(intPart) > 4 {
		var sb strings.Builder
		for i, r := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				sb.WriteByte(',')
			}
			sb.WriteRune(r)
		}
		intPart = sb.String()
	}
	if frac != "" {
		intPart += "." + frac
	}
	if neg {
		return "-" + intPart
	}
	return intPart
}

// Amount writes an amount of money with a scale word: "14 billion",
// "1.5 trillion", "250,000".
func Amount(v float64) string {
	for _, s := range []struct {
		f    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if math.Abs(v) >= s.f {
			return Number(math.Round(v/s.f*1000)/1000) + " " + s.name
		}
	}
	return Number(v)
}
