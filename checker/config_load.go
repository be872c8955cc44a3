package checker

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/andybalholm/cascadia"
	"gopkg.in/yaml.v3"

	"github.com/factlint/factlint/claims"
)

// ConfigError is one problem in a config file, positioned so that editors
// and CI annotations can jump to it. Col is 0 when only the line is known.
type ConfigError struct {
	File      string
	Line, Col int
	Msg, Hint string
}

func (e *ConfigError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	if e.Hint != "" {
		b.WriteString(" (")
		b.WriteString(e.Hint)
		b.WriteString(")")
	}
	return b.String()
}

// ConfigNames are the file names FindConfig looks for, in order of preference.
var ConfigNames = []string{".factlint.yaml", ".factlint.yml"}

// FindConfig walks up from dir to the first directory holding a config
// file. It stops at a repository root (a directory with .git) after
// looking there, so that a config in a parent checkout never leaks into a
// nested one.
func FindConfig(dir string) (string, bool) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		for _, name := range ConfigNames {
			p := filepath.Join(dir, name)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				return p, true
			}
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// LoadConfig reads a .factlint.yaml over DefaultConfig. Every problem in
// the file is reported, not only the first, as *ConfigError values joined
// with errors.Join and sorted by position, so one edit-run cycle fixes them
// all. Reference fact bounds come back in their kind's canonical unit.
// checks are the checks the run links in: checks, severity and ignore
// entries may name them and the engine's own rules, nothing else.
func LoadConfig(path string, checks []*Check) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return ParseConfig(path, data, checks)
}

// ParseConfig is LoadConfig on bytes already read; file names the source
// in errors and becomes Config.Path.
func ParseConfig(file string, data []byte, checks []*Check) (*Config, error) {
	cfg := DefaultConfig().ForChecks(checks)
	cfg.Path = file
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlSyntaxError(file, err)
	}
	if len(doc.Content) == 0 {
		return cfg, nil // empty or comments only: the defaults
	}
	d := &configDecoder{file: file, known: IDs(checks)}
	root := resolveAlias(doc.Content[0])
	if root.Kind != yaml.MappingNode && !isNullNode(root) {
		d.errorf(root, "", "config must be a mapping of keys to values, got %s", describeNode(root))
	} else {
		d.decode(root, reflect.ValueOf(cfg).Elem(), "", "")
	}
	if len(d.errs) > 0 {
		sort.SliceStable(d.errs, func(i, j int) bool {
			a, b := d.errs[i], d.errs[j]
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Col < b.Col
		})
		errs := make([]error, len(d.errs))
		for i, e := range d.errs {
			errs[i] = e
		}
		return nil, errors.Join(errs...)
	}
	return cfg, nil
}

var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlSyntaxError turns a yaml.v3 parse error into a positioned ConfigError;
// the parser only reports a line.
func yamlSyntaxError(file string, err error) error {
	msg := err.Error()
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &ConfigError{File: file, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	return &ConfigError{File: file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// configDecoder maps a yaml.Node tree onto Config by reflection over the yaml
// tags, so that fields added to Config are read without touching the
// loader, while keeping every node's position for error messages — which
// yaml.v3's own Decode loses for semantic errors.
type configDecoder struct {
	file string
	// known are the rule IDs config entries may name.
	known []string
	errs  []*ConfigError
	// merging holds the mappings being merged, and aliases counts alias
	// expansions: a merge that includes itself, or aliases nested to
	// multiply ("billion laughs"), would otherwise never finish.
	merging map[*yaml.Node]bool
	aliases int
}

// maxAliases bounds alias expansions per file; real configs use a handful.
const maxAliases = 10000

// expand resolves an alias within the budget; nil once it is spent.
func (d *configDecoder) expand(n *yaml.Node) *yaml.Node {
	if n.Kind != yaml.AliasNode {
		return n
	}
	d.aliases++
	if d.aliases == maxAliases {
		d.errorf(n, "", "more than %d alias expansions", maxAliases)
	}
	if d.aliases >= maxAliases {
		return nil
	}
	return resolveAlias(n)
}

func (d *configDecoder) errorf(n *yaml.Node, hint, format string, args ...any) {
	d.errs = append(d.errs, &ConfigError{File: d.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...), Hint: hint})
}

func resolveAlias(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNullNode(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func describeNode(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return strconv.Quote(n.Value)
}

var severityType = reflect.TypeOf(Severity(0))

// decode fills v from n and reports whether it succeeded. at is the
// dotted key path ("tolerance.relative", "reference.facts[]") that selects
// the validation hooks; label is the same path with real keys and indexes
// ("reference.facts[2].min") for messages. A null node ("checks:" with
// nothing under it) leaves the default in place.
func (d *configDecoder) decode(n *yaml.Node, v reflect.Value, at, label string) bool {
	if n = d.expand(n); n == nil {
		return false
	}
	if isNullNode(n) {
		return true
	}
	ok := d.decodeValue(n, v, at, label)
	if ok {
		if h := valueHooks[at]; h != nil {
			h(d, n, v)
		}
	}
	return ok
}

func (d *configDecoder) decodeValue(n *yaml.Node, v reflect.Value, at, label string) bool {
	if v.Type() == severityType {
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, "want error, warning or info", "%s: want a severity, got %s", label, describeNode(n))
			return false
		}
		s, err := ParseSeverity(n.Value)
		if err != nil {
			d.errorf(n, didYouMean(n.Value, []string{"error", "warning", "info"}, "want error, warning or info"), "unknown severity %q", n.Value)
			return false
		}
		v.SetInt(int64(s))
		return true
	}
	switch v.Kind() {
	case reflect.Struct:
		return d.decodeStruct(n, v, at, label)
	case reflect.Map:
		return d.decodeMap(n, v, at, label)
	case reflect.Slice:
		return d.decodeSlice(n, v, at, label)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		if !d.decodeValue(n, p.Elem(), at, label) {
			return false
		}
		v.Set(p)
		return true
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.errorf(n, "", "%s: want a string, got %s", label, describeNode(n))
			return false
		}
		v.SetString(n.Value)
		return true
	case reflect.Bool:
		var b bool
		if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
			d.errorf(n, "", "%s: want true or false, got %s", label, describeNode(n))
			return false
		}
		v.SetBool(b)
		return true
	case reflect.Float32, reflect.Float64:
		var f float64
		if n.Kind != yaml.ScalarNode || n.Decode(&f) != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			d.errorf(n, "", "%s: want a number, got %s", label, describeNode(n))
			return false
		}
		v.SetFloat(f)
		return true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var i int64
		if n.Kind != yaml.ScalarNode || n.Decode(&i) != nil || v.OverflowInt(i) {
			d.errorf(n, "", "%s: want a whole number, got %s", label, describeNode(n))
			return false
		}
		v.SetInt(i)
		return true
	}
	// A Config field of a type the loader does not know is a programming
	// error; say so rather than silently ignoring the key.
	d.errorf(n, "", "%s: factlint cannot read a %s here", label, v.Type())
	return false
}

// yamlKeys maps a struct's yaml keys to field indexes, in field order.
func yamlKeys(t reflect.Type) (names []string, index map[string]int) {
	index = map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		names = append(names, name)
		index[name] = i
	}
	return names, index
}

func keyPath(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

func (d *configDecoder) decodeStruct(n *yaml.Node, v reflect.Value, at, label string) bool {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "", "%s: want a mapping, got %s", label, describeNode(n))
		return false
	}
	names, index := yamlKeys(v.Type())
	seen := map[string]*yaml.Node{}
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Tag == "!!merge" {
			// YAML merge keys (<<: *defaults) let long ignore lists share
			// fields; the merged mapping fills the same struct.
			m := d.expand(val)
			if m == nil {
				return false
			}
			sources := []*yaml.Node{m}
			if m.Kind == yaml.SequenceNode {
				sources = m.Content
			}
			for _, src := range sources {
				if src = d.expand(src); src == nil {
					return false
				}
				if d.merging[src] {
					d.errorf(k, "", "merge includes itself")
					return false
				}
				if d.merging == nil {
					d.merging = map[*yaml.Node]bool{}
				}
				d.merging[src] = true
				ok = d.decodeStruct(src, v, at, label) && ok
				delete(d.merging, src)
			}
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			d.errorf(k, fmt.Sprintf("first set at line %d", prev.Line), "duplicate key %q", k.Value)
			ok = false
			continue
		}
		seen[k.Value] = k
		if at == "" && strings.HasPrefix(k.Value, "x-") {
			continue // extension keys, as in Compose files: a home for &anchors
		}
		fi, known := index[k.Value]
		if !known {
			d.errorf(k, didYouMean(k.Value, names, "valid keys: "+strings.Join(names, ", ")), "unknown key %q", k.Value)
			ok = false
			continue
		}
		ok = d.decode(val, v.Field(fi), keyPath(at, k.Value), keyPath(label, k.Value)) && ok
	}
	return ok
}

func (d *configDecoder) decodeMap(n *yaml.Node, v reflect.Value, at, label string) bool {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "", "%s: want a mapping, got %s", label, describeNode(n))
		return false
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	seen := map[string]*yaml.Node{}
	ok := true
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := resolveAlias(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "", "%s: want a name as key, got %s", label, describeNode(k))
			ok = false
			continue
		}
		if prev, dup := seen[k.Value]; dup {
			d.errorf(k, fmt.Sprintf("first set at line %d", prev.Line), "duplicate key %q", k.Value)
			ok = false
			continue
		}
		seen[k.Value] = k
		if h := keyHooks[at]; h != nil && !h(d, k) {
			ok = false
			continue
		}
		if isNullNode(resolveAlias(val)) {
			// An empty entry would store a zero Severity or a silent false;
			// nobody writes "reference:" meaning either.
			d.errorf(k, "", "%s: %q has no value", label, k.Value)
			ok = false
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		if !d.decode(val, elem, at+".*", label+"."+k.Value) {
			ok = false
			continue
		}
		v.SetMapIndex(reflect.ValueOf(k.Value).Convert(v.Type().Key()), elem)
	}
	return ok
}

// decodeSlice replaces rather than appends: a list in the file is the
// whole list, as a user reading the file would expect.
func (d *configDecoder) decodeSlice(n *yaml.Node, v reflect.Value, at, label string) bool {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "", "%s: want a list, got %s", label, describeNode(n))
		return false
	}
	out := reflect.MakeSlice(v.Type(), 0, len(n.Content))
	ok := true
	for i, e := range n.Content {
		elem := reflect.New(v.Type().Elem()).Elem()
		if isNullNode(resolveAlias(e)) {
			d.errorf(e, "", "%s: empty list item", label)
			ok = false
		} else {
			ok = d.decode(e, elem, at+"[]", fmt.Sprintf("%s[%d]", label, i)) && ok
		}
		// Failed elements are kept so that list hooks can pair each
		// element with its node by index.
		out = reflect.Append(out, elem)
	}
	v.Set(out)
	if ok {
		if h := listHooks[at]; h != nil {
			h(d, n, v)
		}
	}
	return ok
}

// Hooks validate values that decoded to the right type but mean nothing.
// They are keyed by the path decode passes down, so one table shows what
// is checked where.
var (
	valueHooks = map[string]func(*configDecoder, *yaml.Node, reflect.Value){
		"fail_on":                    validateFailOn,
		"tolerance.relative":         validateFraction("tolerance.relative", false),
		"tolerance.approx":           validateFraction("tolerance.approx", false),
		"neardup.template_threshold": validateFraction("neardup.template_threshold", true),
		"neardup.near_threshold":     validateFraction("neardup.near_threshold", true),
		"neardup":                    validateNearDup,
		"neardup.min_words":          validateNonNegative("neardup.min_words"),
		"max_file_size":              validateNonNegative("max_file_size"),
		"include[]":                  validateGlob,
		"exclude[]":                  validateGlob,
		"ignore[].path":              validateGlob,
		"ignore[].rule":              validateIgnoreRule,
		"ignore[].kind":              validateKind,
		"ignore[]":                   validateIgnore,
		"sites[].path":               validateGlob,
		"sites[]":                    validateSiteRule,
		"html.include[]":             validateSelector,
		"html.exclude[]":             validateSelector,
		"reference.facts[]":          validateFact,
		"base_url":                   validateBaseURL,
	}
	listHooks = map[string]func(*configDecoder, *yaml.Node, reflect.Value){
		"reference.facts": validateFactDups,
	}
	keyHooks = map[string]func(*configDecoder, *yaml.Node) bool{
		"checks":   validateCheckID,
		"severity": validateCheckID,
		"subjects": validateSubjectKey,
	}
)

var failOnLevels = []string{"error", "warning", "info", "never"}

func validateFailOn(d *configDecoder, n *yaml.Node, v reflect.Value) {
	s := strings.ToLower(strings.TrimSpace(v.String()))
	if s == "warn" {
		s = "warning" // as ParseSeverity and --fail-on accept it
	}
	for _, l := range failOnLevels {
		if s == l {
			v.SetString(s)
			return
		}
	}
	d.errorf(n, didYouMean(s, failOnLevels, "want error, warning, info or never"), "unknown fail_on level %q", v.String())
}

// validateFraction accepts [0,1), or [0,1] when closed: a tolerance of 1 would
// widen a lower bound to zero and make every range agree.
func validateFraction(key string, closed bool) func(*configDecoder, *yaml.Node, reflect.Value) {
	return func(d *configDecoder, n *yaml.Node, v reflect.Value) {
		f := v.Float()
		if f >= 0 && (f < 1 || closed && f == 1) {
			return
		}
		if closed {
			d.errorf(n, "a similarity from 0 to 1", "%s %s is outside [0, 1]", key, n.Value)
			return
		}
		d.errorf(n, "a fraction at least 0 and below 1: 0.05 widens bounds by 5%", "%s %s is outside [0, 1)", key, n.Value)
	}
}

func validateNonNegative(key string) func(*configDecoder, *yaml.Node, reflect.Value) {
	return func(d *configDecoder, n *yaml.Node, v reflect.Value) {
		if v.Int() < 0 {
			d.errorf(n, "0 means the default", "%s %s is negative", key, n.Value)
		}
	}
}

func validateNearDup(d *configDecoder, n *yaml.Node, v reflect.Value) {
	nd := v.Interface().(NearDupConfig)
	if nd.TemplateThreshold > nd.NearThreshold {
		at := n
		if kn := mappingValue(n, "template_threshold"); kn != nil {
			at = kn
		}
		d.errorf(at, "pages sharing a template are less alike than near-duplicates", "template_threshold %g is above near_threshold %g", nd.TemplateThreshold, nd.NearThreshold)
	}
}

func validateGlob(d *configDecoder, n *yaml.Node, v reflect.Value) {
	if _, err := path.Match(v.String(), ""); err != nil {
		d.errorf(n, "check brackets and trailing backslashes", "bad glob pattern %q", v.String())
	}
}

func validateSelector(d *configDecoder, n *yaml.Node, v reflect.Value) {
	if _, err := cascadia.ParseGroup(v.String()); err != nil {
		d.errorf(n, err.Error(), "bad CSS selector %q", v.String())
	}
}

func validateCheckID(d *configDecoder, k *yaml.Node) bool {
	if slices.Contains(d.known, k.Value) {
		return true
	}
	d.errorf(k, didYouMean(k.Value, d.known, "known checks: "+strings.Join(d.known, ", ")), "unknown check %q", k.Value)
	return false
}

func validateIgnoreRule(d *configDecoder, n *yaml.Node, v reflect.Value) {
	ids := append([]string{"all", "*"}, d.known...)
	if !slices.Contains(ids, v.String()) {
		d.errorf(n, didYouMean(v.String(), ids, "known rules: "+strings.Join(ids, ", ")), "unknown rule %q", v.String())
	}
}

func validateSiteRule(d *configDecoder, n *yaml.Node, v reflect.Value) {
	r := v.Interface().(SiteRule)
	if r.Path == "" {
		d.errorf(n, "path: a glob of the pages, site: its name", "sites entry has no path")
	}
	if r.Site == "" {
		d.errorf(n, "path: a glob of the pages, site: its name", "sites entry has no site")
	}
}

func validateIgnore(d *configDecoder, n *yaml.Node, v reflect.Value) {
	r := v.Interface().(IgnoreRule)
	if r.Rule == "" && r.Path == "" && r.Kind == "" {
		d.errorf(n, "set rule, path or kind", "ignore entry matches every finding")
	}
}

// The kinds, subjects and units a config may name come from the claims
// registry, the one table of them.
var (
	configKinds     = kindIDs()
	configSubjects  = subjectIDs()
	configAudiences = []string{"adult", "adolescent"}
)

func validateKind(d *configDecoder, n *yaml.Node, v reflect.Value) {
	if !slices.Contains(configKinds, v.String()) {
		d.errorf(n, didYouMean(v.String(), configKinds, "known kinds: "+strings.Join(configKinds, ", ")), "unknown kind %q", v.String())
	}
}

func validateSubjectKey(d *configDecoder, k *yaml.Node) bool {
	if slices.Contains(configSubjects, k.Value) {
		return true
	}
	d.errorf(k, didYouMean(k.Value, configSubjects, "known subjects: "+strings.Join(configSubjects, ", ")), "unknown subject %q", k.Value)
	return false
}

// kindUnits is the unit claims of each numeric kind are stored in, with
// what one written unit is worth in it, as the claims registry says.
var kindUnits = func() map[string]struct {
	name   string
	factor map[string]float64
} {
	out := map[string]struct {
		name   string
		factor map[string]float64
	}{}
	for _, k := range claims.Kinds() {
		if !k.Bool {
			out[string(k.ID)] = struct {
				name   string
				factor map[string]float64
			}{k.Unit, k.Units}
		}
	}
	return out
}()

func kindIDs() []string {
	var out []string
	for _, k := range claims.Kinds() {
		out = append(out, string(k.ID))
	}
	return out
}

func subjectIDs() []string {
	var out []string
	for _, s := range claims.Subjects() {
		out = append(out, s.String())
	}
	return out
}

var unitAliases = map[string]string{
	"h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
	"min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
	"d": "day", "day": "day", "days": "day",
	"w": "week", "wk": "week", "wks": "week", "week": "week", "weeks": "week",
	"mo": "month", "month": "month", "months": "month",
	"y": "year", "yr": "year", "yrs": "year", "year": "year", "years": "year",
}

// convertUnit returns the factor from unit to kind's canonical unit and
// that unit's name; an empty unit means the canonical one.
func convertUnit(kind, unit string) (factor float64, canonical string, ok bool) {
	cu, numeric := kindUnits[kind]
	if !numeric {
		return 0, "", false
	}
	u := strings.ToLower(strings.TrimSpace(unit))
	if u == "" {
		return 1, cu.name, true
	}
	f, ok := cu.factor[unitAliases[u]]
	return f, cu.name, ok
}

// mappingValue returns the value node for key in mapping n, or nil.
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return resolveAlias(n.Content[i+1])
		}
	}
	return nil
}

func nodeOr(n, fallback *yaml.Node) *yaml.Node {
	if n != nil {
		return n
	}
	return fallback
}

// validateFact validates one reference fact and converts its bounds to the
// kind's canonical unit, so the reference check compares like with like.
func validateFact(d *configDecoder, n *yaml.Node, v reflect.Value) {
	f := v.Addr().Interface().(*ReferenceFact)
	bad := false
	switch {
	case f.Kind == "":
		d.errorf(n, "known kinds: "+strings.Join(configKinds, ", "), "reference fact has no kind")
		bad = true
	case !slices.Contains(configKinds, f.Kind):
		d.errorf(nodeOr(mappingValue(n, "kind"), n), didYouMean(f.Kind, configKinds, "known kinds: "+strings.Join(configKinds, ", ")), "unknown kind %q", f.Kind)
		bad = true
	case kindUnits[f.Kind].name == "":
		d.errorf(nodeOr(mappingValue(n, "kind"), n), "reference facts bound numeric kinds", "kind %q is yes or no and has no range", f.Kind)
		return
	}
	switch {
	case f.Subject == "":
		d.errorf(n, "known subjects: "+strings.Join(configSubjects, ", "), "reference fact has no subject")
		bad = true
	case !slices.Contains(configSubjects, f.Subject):
		d.errorf(nodeOr(mappingValue(n, "subject"), n), didYouMean(f.Subject, configSubjects, "known subjects: "+strings.Join(configSubjects, ", ")), "unknown subject %q", f.Subject)
		bad = true
	}
	switch f.Audience {
	case "", "adolescent":
	case "adult":
		f.Audience = "" // adults are the general case the check falls back to
	default:
		d.errorf(nodeOr(mappingValue(n, "audience"), n), didYouMean(f.Audience, configAudiences, "want adult or adolescent"), "unknown audience %q", f.Audience)
		bad = true
	}
	// ("country: usa" would match no page's domain and hold none.)
	if c := strings.ToLower(f.Country); c != "" {
		if !twoLetterCode(c) {
			d.errorf(nodeOr(mappingValue(n, "country"), n), "want a two-letter country domain code, such as us or uk", "unknown country %q", f.Country)
			bad = true
		}
		f.Country = c
	}
	if f.Min == nil && f.Max == nil {
		d.errorf(n, "set min, max or both", "reference fact for %s %s has neither min nor max", f.Subject, f.Kind)
		return
	}
	for _, b := range []struct {
		key string
		v   *float64
	}{{"min", f.Min}, {"max", f.Max}} {
		if b.v != nil && *b.v < 0 {
			d.errorf(nodeOr(mappingValue(n, b.key), n), "", "%s %g is negative", b.key, *b.v)
			bad = true
		}
	}
	if f.Min != nil && f.Max != nil && *f.Min > *f.Max {
		d.errorf(nodeOr(mappingValue(n, "min"), n), "swap them", "min %g is greater than max %g", *f.Min, *f.Max)
		bad = true
	}
	if bad {
		return
	}
	factor, canonical, ok := convertUnit(f.Kind, f.Unit)
	if !ok {
		var units []string
		for u := range kindUnits[f.Kind].factor {
			units = append(units, u+"s")
		}
		sort.Strings(units)
		d.errorf(nodeOr(mappingValue(n, "unit"), n), "use "+strings.Join(units, ", "), "unit %q does not convert to %ss for %s", f.Unit, canonical, f.Kind)
		return
	}
	if f.Min != nil {
		*f.Min *= factor
	}
	if f.Max != nil {
		*f.Max *= factor
	}
	f.Unit = canonical
}

func referenceKey(f ReferenceFact) string {
	a := f.Audience
	if a == "adult" {
		a = ""
	}
	return f.Kind + "\x00" + f.Subject + "\x00" + a
}

// validateFactDups rejects two facts for the same kind, subject and audience:
// only one can win, and which one would depend on order nobody reads for.
func validateFactDups(d *configDecoder, n *yaml.Node, v reflect.Value) {
	facts := v.Interface().([]ReferenceFact)
	first := map[string]int{}
	for i, f := range facts {
		k := referenceKey(f)
		if j, dup := first[k]; dup {
			who := f.Subject
			if f.Audience != "" {
				who = f.Audience + " " + who
			}
			d.errorf(resolveAlias(n.Content[i]), fmt.Sprintf("first at line %d", resolveAlias(n.Content[j]).Line), "second reference fact for %s %s", who, f.Kind)
			continue
		}
		first[k] = i
	}
}

// didYouMean returns `did you mean "x"?` for the candidate closest to s by
// edit distance when it is close enough to be a typo, else fallback.
// Case and - versus _ are ignored because they are the commonest slips.
func didYouMean(s string, candidates []string, fallback string) string {
	norm := func(x string) string { return strings.ReplaceAll(strings.ToLower(x), "-", "_") }
	best, bestD := "", math.MaxInt
	for _, c := range candidates {
		if dist := editDistance(norm(s), norm(c)); dist < bestD {
			best, bestD = c, dist
		}
	}
	if best != "" && bestD <= max(2, len(s)/3) && bestD < len(s) {
		return fmt.Sprintf("did you mean %q?", best)
	}
	return fallback
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
