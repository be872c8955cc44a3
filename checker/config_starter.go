package checker

// StarterConfig is what `factlint init` writes: every key at its default,
// so that the file documents itself and editing a value is all a user has
// to do. TestStarterConfig keeps it loading to exactly DefaultConfig.
const StarterConfig = `# factlint configuration. factlint reads the nearest .factlint.yaml (or
# .factlint.yml) found walking up from the working directory, stopping at
# the repository root. Every key below is set to its built-in default;
# delete what you do not change. Top-level keys starting with x- are
# ignored: a place for YAML &anchors to share between entries.

# Turn checks on or off by ID (all are on unless listed here as false).
# IDs: within-page, restated-differently, across-pages,
# restated-across-pages, reference, schedule-math, template-drift,
# program-name, level-order, invalid-suppression, unused-suppression. "factlint rules" lists them; "factlint explain ID"
# says what each one does.
checks: {}
#   template-drift: false

# Override a check's severity: error, warning or info.
severity: {}
#   across-pages: warning

# Lowest severity that makes "factlint check" exit 1: error, warning, info,
# or never (report only). The --fail-on flag overrides it.
fail_on: error

# How loosely numbers are compared, as fractions.
tolerance:
  # Every bound is widened by this much, so "20 hours" and "19 hours" only
  # conflict past 5%. At least 0 and below 1.
  relative: 0.05
  # Approximate values ("about 15 hours") are widened by this much instead.
  approx: 0.2

# Extra names your pages use for a subject, so their claims are attributed
# to it. Subjects: iop, php, op, residential, detox, individual-therapy,
# group-therapy, support-group, other.
subjects: {}
#   iop: ["Evening Program", "Recovery Track"]

# Reference facts: accepted ranges that the reference check holds every
# claim to. The built-in pack (adult IOP 9-19 hours a week, adolescent IOP
# 6-19, PHP 20 or more, outpatient under 9, each with its ASAM or Medicare
# citation) applies unless replace is true; facts below are added to it, and
# a fact for the same kind, subject and audience overrides the built-in one.
# The built-in facts are United States rules (country: us): a page served
# from another country's domain (.uk, .ie, .au …) is not held to them.
reference:
  replace: false
  facts: []
#   - kind: hours-per-week     # program-length, hours-per-week, days-per-week,
#                              # hours-per-day, session-length
#     subject: iop             # as under subjects
#     audience: adult          # adult (the default) or adolescent
#     min: 9                   # min, max or both, in unit
#     max: 19
#     unit: hours              # hours or minutes; days, weeks, months or
#                              # years for program-length; days for days-per-week
#     source: "State rule 12.3"  # how findings name it, briefly
#     citation: "Our state licensing rule 12.3: 9 to 19 hours a week"
#     note: "Why the range reads this way."
#     severity: error          # overrides the reference check's severity
#     country: us              # only pages of this country's domain, and of
#                              # generic ones (.com, .org); empty: every page

# Which files to read, as globs (* ? [class]) over slash-separated paths.
# An empty include reads every supported file under the inputs.
include: []
exclude: []
#   - "drafts/*"

# HTML main-content extraction, as CSS selectors, on top of the built-in
# ones that drop navigation and page chrome.
html:
  # Further elements to drop, for example a site-wide promo banner.
  exclude: []
  # The content area; when set, only these elements are read.
  include: []

# Files larger than this many bytes are skipped and reported (10 MiB).
max_file_size: 10485760

# Which site (publisher) each page belongs to; across-pages compares the
# pages of one site only. Without entries here, a run is one site, except
# that pages with a known URL group by domain and a checked folder whose
# top-level folders are named like hosts (example.org/...) groups by those.
# A path glob covers the pages below a matching folder; the first match wins.
sites: []
#   - path: "exports/north"
#     site: north.example.org

# Compare the pages of different sites with each other as well.
across_sites: false

# Near-duplicate detection, which finds pages built from one template.
neardup:
  # Pages at least this similar (0 to 1, Jaccard of 3-word runs with numbers
  # and places masked) share a template. Spun copies share few 3-word runs:
  # a heavily spun pair measured 0.12, unrelated same-topic pages at most 0.05.
  template_threshold: 0.08
  # Pages at least this similar are near-duplicates of each other.
  near_threshold: 0.5
  # Pages with fewer words are not compared.
  min_words: 50

# Silence findings by rule, path glob and claim kind; empty fields match
# anything, and an entry that silences nothing is reported by
# unused-suppression. Give the reason for the next reviewer.
ignore: []
#   - rule: reference          # a check ID, or all
#     path: "archive/*.html"
#     kind: hours-per-week
#     reason: "Archived pages describe the 2019 program."

# Where the site is published: each local page is read at, and the html
# report links it to, this address plus the page's path from this file's
# folder, unless the page names its own canonical URL.
# base_url: https://example.org/
`
