package importers

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"briefbench/resources"
)

// OrgsFile is the name of the user's organisations table in Briefbench's
// config folder (next to taxonomy.yaml); its entries extend and override
// the bundled resources/orgs.yaml.
const OrgsFile = "orgs.yaml"

// orgNames maps the names an organisation goes by (in its own language, an
// older name) to the English name analysts know it by.
type orgNames struct {
	english map[string]string // folded alias or name -> English name
	aliases []string          // aliases as written, longest first, for finding them inside a line
}

// newOrgNames builds the lookup from tables read in order: a later table's
// entry for the same alias wins.
func newOrgNames(tables ...[]resources.Org) *orgNames {
	n := &orgNames{english: map[string]string{}}
	seen := map[string]bool{}
	for _, t := range tables {
		for _, o := range t {
			name := strings.TrimSpace(o.Name)
			n.english[foldOrg(name)] = name
			for _, a := range o.Aliases {
				a = norm.NFKC.String(strings.TrimSpace(a))
				if a == "" {
					continue
				}
				n.english[foldOrg(a)] = name
				if !seen[a] {
					seen[a] = true
					n.aliases = append(n.aliases, a)
				}
			}
		}
	}
	sort.SliceStable(n.aliases, func(i, j int) bool { return len(n.aliases[i]) > len(n.aliases[j]) })
	return n
}

// foldOrg is the form names are matched in: NFKC, lower case, single
// spaces, without a leading "the".
func foldOrg(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(norm.NFKC.String(s)), " "))
	return strings.TrimPrefix(s, "the ")
}

// English returns the English name of org when the table knows it, else
// org unchanged.
func (n *orgNames) English(org string) string {
	if n == nil || org == "" {
		return org
	}
	if en, ok := n.english[foldOrg(org)]; ok {
		return en
	}
	return org
}

// In returns the English name of the first listed organisation named
// inside line (the longest alias wins), or "". Only aliases of three or
// more characters count, so a short one never matches part of a word.
func (n *orgNames) In(line string) string {
	if n == nil {
		return ""
	}
	line = norm.NFKC.String(line)
	for _, a := range n.aliases {
		if len([]rune(a)) >= 3 && strings.Contains(line, a) {
			return n.english[foldOrg(a)]
		}
	}
	return ""
}

// orgTable is the organisations table every import uses: the bundled one
// extended by the user's file, read once. errOrgTable is why the user's file
// was not used, if it was not.
var orgTable = sync.OnceValues(func() (*orgNames, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return newOrgNames(resources.Orgs()), nil
	}
	return loadOrgNames(filepath.Join(dir, "briefbench", OrgsFile))
})

// loadOrgNames builds the table from the bundled list and the user's file
// at path (absent: the bundled list alone). A broken user file gives the
// bundled table and an error naming the file.
func loadOrgNames(path string) (*orgNames, error) {
	bundled := resources.Orgs()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return newOrgNames(bundled), nil
	}
	if err != nil {
		return newOrgNames(bundled), &Error{File: path, Err: err}
	}
	user, err := resources.ParseOrgs(data, path)
	if err != nil {
		return newOrgNames(bundled), err
	}
	return newOrgNames(bundled, user), nil
}

// OrgsProblem returns why the user's organisations table (OrgsFile in the
// config folder) could not be used, or nil; the bundled table is used then.
func OrgsProblem() error {
	_, err := orgTable()
	return err
}

// englishOrg returns the English name of org from the organisations table.
func englishOrg(org string) string {
	n, _ := orgTable()
	return n.English(org)
}

// orgIn returns the English name of a listed organisation named in line.
func orgIn(line string) string {
	n, _ := orgTable()
	return n.In(line)
}
