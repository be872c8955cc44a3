package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// htmlPageSize is how many cards or rows a long list shows before a "show
// more" button: a 10,000-page site's lists stay quick to scroll and
// filter, and printing shows them all.
const htmlPageSize = 100

// htmlMaxSides is how many sides of one finding are quoted in full; a
// site-wide finding can name hundreds of places, and the rest are listed
// by position only.
const htmlMaxSides = 12

// htmlMaxMessage cuts messages that list every page of a site-wide
// finding; the sides below the message name each place anyway.
const htmlMaxMessage = 600

type htmlReport struct {
	Title    string
	Date     string
	Version  string
	Config   string
	RefPack  string
	BaseURL  string
	Summary  checker.Summary
	Skipped  []checker.Skipped
	Stale    int
	Severity []sevCount
	Rules    []ruleGroup
	ByPage   []pageRow
	Charts   []chartView
	Families []familyView
	// NoCorpus is set when the report was made without pages and claims
	// (a Result alone): the charts and families sections say so.
	NoCorpus    bool
	KindOpts    []option
	SubjectOpts []option
	PageSize    int
}

type option struct{ Value, Label string }

type sevCount struct {
	Name  string
	Count int
}

// ruleGroup is the findings of one rule: the "by problem" view.
type ruleGroup struct {
	ID, Title string
	Severity  string
	Count     int
	Findings  []findingView
}

type findingView struct {
	ID       string
	Rule     string
	Severity string
	Kind     string
	Subject  string
	Topic    string
	Message  string
	Sides    []sideView
	// MoreSides are the places past htmlMaxSides, by position only.
	MoreSides []sideView
	// More marks cards past the first page of their list.
	More bool
}

type sideView struct {
	Pos    string
	File   string
	Before string
	Claim  string
	After  string
	// Link is the live page with a text fragment, "" when unknown.
	Link string
}

type pageRow struct {
	File     string
	Title    string
	Link     string
	Findings []findingRef
	Errors   int
	Warnings int
	Infos    int
	More     bool
	Kinds    string
	Subjects string
}

// words joins the distinct values of field over refs, for a filter attribute.
func (p pageRow) words(field func(findingRef) string) string {
	seen := map[string]bool{}
	var out []string
	for _, r := range p.Findings {
		if w := field(r); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// SeverityWords and RuleWords are the page's filter attributes.
func (p pageRow) SeverityWords() string {
	return p.words(func(r findingRef) string { return r.Severity })
}
func (p pageRow) RuleWords() string { return p.words(func(r findingRef) string { return r.Rule }) }

type findingRef struct {
	ID, Severity, Topic, Rule string
}

// claimKey finds the claim behind a finding's location.
type claimKey struct {
	file      string
	line, col int
}

// buildHTML turns a Result (and the Corpus when there is one) into what
// the template shows. Everything is sorted here, so the template only
// walks slices.
func buildHTML(r *checker.Result, opt Options) *htmlReport {
	c := opt.Corpus
	if c == nil {
		c = &Corpus{}
	}
	rep := &htmlReport{
		Title:    "factlint report",
		Version:  opt.ToolVersion,
		Config:   c.Run.ConfigFile,
		RefPack:  c.Run.ReferencePack,
		BaseURL:  c.Run.BaseURL,
		Summary:  r.Summary,
		Skipped:  skippedOf(r),
		Stale:    len(r.Stale),
		NoCorpus: opt.Corpus == nil,
		PageSize: htmlPageSize,
	}
	if !c.Run.Date.IsZero() {
		rep.Date = c.Run.Date.UTC().Format("2006-01-02 15:04 UTC")
	}
	if rep.Config == "" {
		rep.Config = "built-in defaults"
	}
	if rep.RefPack == "" {
		rep.RefPack = "built-in"
	}
	pages := map[string]*Page{}
	byPos := map[claimKey]*claims.Claim{}
	for i := range c.Pages {
		p := &c.Pages[i]
		pages[p.File] = p
		for j := range p.Claims {
			cl := &p.Claims[j]
			k := claimKey{p.File, cl.Pos.Line, cl.Pos.Column}
			if _, ok := byPos[k]; !ok {
				byPos[k] = cl
			}
		}
	}
	fs := findingsOf(r)
	views := make([]findingView, len(fs))
	for i, f := range fs {
		views[i] = findingViewOf(i, f, pages, byPos)
	}
	rep.Severity = []sevCount{{"error", r.Summary.Errors}, {"warning", r.Summary.Warnings}, {"info", r.Summary.Infos}}
	rep.Rules = ruleGroups(r, views)
	rep.ByPage = pageRows(fs, views, pages)
	rep.Charts = buildCharts(c, findingAnchors(fs, views))
	rep.Families = buildFamilies(c)
	rep.KindOpts, rep.SubjectOpts = filterOptions(views, rep.Charts)
	return rep
}

func findingViewOf(i int, f checker.Finding, pages map[string]*Page, byPos map[claimKey]*claims.Claim) findingView {
	v := findingView{
		ID:       fmt.Sprintf("f%d", i+1),
		Rule:     f.Rule,
		Severity: f.Severity.String(),
		Kind:     f.Kind,
		Subject:  f.Subject,
		Message:  shorten(f.Message, htmlMaxMessage),
	}
	if f.Kind != "" {
		v.Topic = topicLabel(f.Kind, f.Subject)
	}
	for _, l := range f.Locations {
		s := sideView{Pos: position(l.File, l), File: l.File}
		sentence := ""
		if cl := byPos[claimKey{l.File, l.Line, l.Column}]; cl != nil && (l.Text == "" || cl.Text == l.Text) {
			sentence = cl.Sentence
		}
		s.Before, s.Claim, s.After = quoted(sentence, l.Text)
		if p := pages[l.File]; p != nil {
			if u := liveURL(p.URL); u != "" {
				frag := sentence
				if frag == "" {
					frag = l.Text
				}
				s.Link = u + textFragment(frag)
			}
		}
		if len(v.Sides) < htmlMaxSides {
			v.Sides = append(v.Sides, s)
		} else {
			v.MoreSides = append(v.MoreSides, s)
		}
	}
	return v
}

// ruleGroups groups findings by rule in rule-ID order, describing each
// rule from the Result when it can.
func ruleGroups(r *checker.Result, views []findingView) []ruleGroup {
	info := map[string]checker.RuleInfo{}
	for _, ri := range r.Rules {
		info[ri.ID] = ri
	}
	idx := map[string]int{}
	var out []ruleGroup
	for _, v := range views {
		i, ok := idx[v.Rule]
		if !ok {
			i = len(out)
			idx[v.Rule] = i
			g := ruleGroup{ID: v.Rule, Title: info[v.Rule].Title}
			if ri, ok := info[v.Rule]; ok && ri.Severity != 0 {
				g.Severity = ri.Severity.String()
			}
			out = append(out, g)
		}
		out[i].Findings = append(out[i].Findings, v)
		out[i].Count++
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	for i := range out {
		for j := range out[i].Findings {
			out[i].Findings[j].More = j >= htmlPageSize
		}
	}
	return out
}

// pageRows lists every page a finding names, in file order, with links to
// the findings that name it.
func pageRows(fs []checker.Finding, views []findingView, pages map[string]*Page) []pageRow {
	rows := map[string]*pageRow{}
	kinds := map[string]map[string]bool{}
	subjects := map[string]map[string]bool{}
	for i, f := range fs {
		seen := map[string]bool{}
		for _, l := range f.Locations {
			if seen[l.File] {
				continue
			}
			seen[l.File] = true
			row := rows[l.File]
			if row == nil {
				row = &pageRow{File: l.File}
				if p := pages[l.File]; p != nil {
					row.Title = p.Title
					row.Link = liveURL(p.URL)
				}
				rows[l.File] = row
				kinds[l.File], subjects[l.File] = map[string]bool{}, map[string]bool{}
			}
			row.Findings = append(row.Findings, findingRef{ID: views[i].ID, Severity: views[i].Severity, Topic: views[i].Topic, Rule: f.Rule})
			kinds[l.File][f.Kind] = true
			subjects[l.File][f.Subject] = true
			switch f.Severity {
			case checker.Error:
				row.Errors++
			case checker.Warning:
				row.Warnings++
			default:
				row.Infos++
			}
		}
	}
	out := make([]pageRow, 0, len(rows))
	for file, row := range rows {
		row.Kinds = joinKeys(kinds[file])
		row.Subjects = joinKeys(subjects[file])
		out = append(out, *row)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	for i := range out {
		out[i].More = i >= htmlPageSize
	}
	return out
}

func joinKeys(m map[string]bool) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		if k != "" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

// findingAnchors maps each location of a finding to the finding's anchor,
// so a chart can link a value to the finding about it.
func findingAnchors(fs []checker.Finding, views []findingView) map[claimKey]string {
	out := map[claimKey]string{}
	for i, f := range fs {
		for _, l := range f.Locations {
			k := claimKey{l.File, l.Line, l.Column}
			if _, ok := out[k]; !ok {
				out[k] = views[i].ID
			}
		}
	}
	return out
}

// filterOptions lists the kinds and subjects findings and charts have,
// for the filter menus.
func filterOptions(views []findingView, charts []chartView) (kinds, subjects []option) {
	ks, ss := map[string]bool{}, map[string]bool{}
	for _, v := range views {
		ks[v.Kind], ss[v.Subject] = true, true
	}
	for _, c := range charts {
		ks[c.Kind], ss[c.Subject] = true, true
	}
	for _, k := range strings.Fields(joinKeys(ks)) {
		kinds = append(kinds, option{k, claims.Kind(k).Label()})
	}
	for _, s := range strings.Fields(joinKeys(ss)) {
		subjects = append(subjects, option{s, subjectLabel(s)})
	}
	return kinds, subjects
}
