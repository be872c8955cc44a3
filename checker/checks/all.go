package checks

import "github.com/factlint/factlint/checker"

// All is every built-in check, in the order `factlint rules` lists them.
var All = []*checker.Check{
	WithinPage,
	Restated,
	AcrossPages,
	RestatedAcross,
	Reference,
	ScheduleMath,
	TemplateDrift,
	ProgramName,
	LevelOrder,
}

// ByID finds a built-in check.
func ByID(id string) *checker.Check {
	for _, c := range All {
		if c.ID == id {
			return c
		}
	}
	return nil
}
