package claims

import (
	"fmt"
	"slices"
)

// The names of each enumeration, indexed by value (claim.go).
var (
	subjectNames = []string{"", "detox", "group-therapy", "individual-therapy", "iop", "op", "other", "php",
		"residential", "support-group"}
	scopeNames     = []string{"", "general", "provider"}
	qualifierNames = []string{"", "approx", "at-least", "exact", "up-to", "vague"}
	polarityNames  = []string{"", "asserted", "negated"}
	forceNames     = []string{"", "conditional", "example", "existential", "typical", "universal"}
)

func (s Subject) String() string   { return nameOf(subjectNames, s, "subject") }
func (s Scope) String() string     { return nameOf(scopeNames, s, "scope") }
func (q Qualifier) String() string { return nameOf(qualifierNames, q, "qualifier") }
func (p Polarity) String() string  { return nameOf(polarityNames, p, "polarity") }
func (f Force) String() string     { return nameOf(forceNames, f, "force") }

func (s Subject) MarshalText() ([]byte, error)   { return []byte(s.String()), nil }
func (s Scope) MarshalText() ([]byte, error)     { return []byte(s.String()), nil }
func (q Qualifier) MarshalText() ([]byte, error) { return []byte(q.String()), nil }
func (p Polarity) MarshalText() ([]byte, error)  { return []byte(p.String()), nil }
func (f Force) MarshalText() ([]byte, error)     { return []byte(f.String()), nil }

func (s *Subject) UnmarshalText(b []byte) error { return parseInto(subjectNames, b, s, "subject") }
func (s *Scope) UnmarshalText(b []byte) error   { return parseInto(scopeNames, b, s, "scope") }
func (q *Qualifier) UnmarshalText(b []byte) error {
	return parseInto(qualifierNames, b, q, "qualifier")
}
func (p *Polarity) UnmarshalText(b []byte) error { return parseInto(polarityNames, b, p, "polarity") }
func (f *Force) UnmarshalText(b []byte) error    { return parseInto(forceNames, b, f, "force") }

// ParseSubject returns the subject named name ("iop").
func ParseSubject(name string) (Subject, bool) { return lookup[Subject](subjectNames, name) }

// ParseQualifier returns the qualifier named name ("at-least").
func ParseQualifier(name string) (Qualifier, bool) { return lookup[Qualifier](qualifierNames, name) }

// subjectNamed is ParseSubject's subject, NoSubject for an unknown name.
func subjectNamed(name string) Subject {
	s, _ := ParseSubject(name)
	return s
}

func nameOf[T ~uint8](names []string, v T, what string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%s(%d)", what, uint8(v))
}

func lookup[T ~uint8](names []string, name string) (T, bool) {
	i := slices.Index(names, name)
	if i < 0 {
		return 0, false
	}
	return T(i), true
}

func parseInto[T ~uint8](names []string, b []byte, v *T, what string) error {
	x, ok := lookup[T](names, string(b))
	if !ok {
		return fmt.Errorf("unknown %s %q", what, b)
	}
	*v = x
	return nil
}
