package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// TestPersonaStory checks that the figures of a worked example about an
// imagined client are the example's, sentence after sentence, and that the
// story ends with its paragraph: the page's own figures before and after
// it, and a staff member's introduction, keep their force.
func TestPersonaStory(t *testing.T) {
	// Each want is the line and force of every claim, in order.
	checkPages(t, func(c claims.Claim) string { return c.Force.String() }, []pageCase{
		{"called by name", `How long is treatment?

Most IOPs last 8 to 12 weeks.

Picture a hypothetical client, and we'll call her Ana. She finishes 7 days of detox, 28 days of residential care and 12 weeks of IOP. Add it all up and Ana is in structured care for about five months.

IOP usually meets three days a week.
`, []string{"3 typical", "5 example", "5 example", "5 example", "5 example", "7 typical"}},
		{"met with an age", `A week of day treatment

Meet Tom, a 41-year-old roofer. His PHP runs six hours a day, five days a week. That comes to 30 hours a week.

Most PHPs run about 25 hours a week.
`, []string{"3 example", "3 example", "3 example", "5 typical"}},
		{"named under a heading, then by name", `What a PHP week looks like

Meet "Lena" (a composite, not a real client)

Lena is 52, works nights and has tried to quit twice. That's five days a week, six hours a day.

To sum up, a PHP is about 25 hours a week of care.

When Lena finishes PHP, she steps down to an IOP that meets three evenings a week.
`, []string{"5 example", "5 example", "7 typical", "9 example"}},
		{"set up with say", `Planning your weeks

Say a client comes in four mornings a week for three hours. That makes twelve hours a week.

Our IOP meets three mornings a week.
`, []string{"3 example", "3 example", "3 example", "5 typical"}},
		{"the provider's voice ends it", `Keeping your job

Imagine you could get help without leaving work. Our IOP meets three evenings a week.
`, []string{"3 typical"}},
		{"a quoted name", `Stepping down

Consider "Rafa," 37, who finished 28 days of residential care in June. He then spent three weeks in PHP.

Most people stay in residential care for 30 to 45 days.
`, []string{"3 example", "3 example", "5 typical"}},
		{"a staff member is no client", `Our day program

Meet Dana, our clinical director. She leads the PHP, which runs five days a week.
`, []string{"3 typical"}},
		{"a block under an example heading", `Our IOP

Our IOP meets 3 to 5 days a week.

Example

Dana is worried about her drinking. She joins the program and goes four evenings a week. This is how an IOP works.

A sample day

Groups meet three evenings a week.
`, []string{"3 typical", "7 example", "11 typical"}},
		{"the provider's voice under an example heading", `Our PHP

Example

Our PHP meets five days a week.
`, []string{"5 typical"}},
		{"a lead-in to a list is no example section", `Our IOP

For example:

- 3 days a week for 3 hours a day

This structure lets clients keep living at home.
`, []string{"5 typical", "5 typical", "7 typical"}},
		{"examples of something are no story", `Our IOP

Examples of what we offer

Groups meet three evenings a week.
`, []string{"5 typical"}},
		{"a number that is no age", `Our programs

Treatment is 30, 60 or 90 days long, and the PHP meets five days a week.
`, []string{"3 typical", "3 typical"}},
	})
}
