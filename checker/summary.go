package checker

// Summarize counts a result's findings by severity.
func Summarize(r *Result, files, claims int) Summary {
	s := Summary{Files: files, Skipped: len(r.Skipped), Claims: claims, Findings: len(r.Findings)}
	for _, f := range r.Findings {
		switch f.Severity {
		case Error:
			s.Errors++
		case Warning:
			s.Warnings++
		case Info:
			s.Infos++
		}
	}
	return s
}
