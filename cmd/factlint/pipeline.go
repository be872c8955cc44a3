package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/checks"
	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/crawl"
)

// inputFlags are shared by the commands that read a corpus.
type inputFlags struct {
	Paths         []string `arg:"" sep:"none" optional:"" help:"Files, directories (recursive), globs, - for stdin, sitemap files, or http(s) URLs to crawl. Default: the current directory." placeholder:"PATH"`
	Jobs          int      `help:"Documents processed in parallel (default: number of CPUs)." default:"0"`
	StdinFilename string   `help:"The file name standard input (-) stands for: reports show it, its extension picks the format, and the config is looked up from its folder." placeholder:"NAME" name:"stdin-filename"`
	NoGitignore   bool     `help:"Also walk into what .gitignore files list (by default a walk inside a git repository skips it)." name:"no-gitignore"`
	webFlags
}

// loadConfig reads the config that applies to paths (see configFile),
// or the built-in default.
func (e *env) loadConfig(paths []string) (*checker.Config, error) {
	path, _ := e.configFile(paths)
	return loadConfigFile(path)
}

// configPaths are the paths the config lookup starts from: stdin counts
// as the file --stdin-filename names, a URL as the current folder.
func (f inputFlags) configPaths() []string {
	out := make([]string, len(f.Paths))
	for i, p := range f.Paths {
		out[i] = p
		if p == "-" && f.StdinFilename != "" {
			out[i] = f.StdinFilename
		}
		if crawl.IsURL(p) {
			// A crawl takes the config of the folder it is run in.
			out[i] = "."
		}
	}
	return out
}

func loadConfigFile(path string) (*checker.Config, error) {
	if path == "" {
		return checker.DefaultConfig().ForChecks(checks.All), nil
	}
	cfg, err := checker.LoadConfig(path, checks.All)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return cfg, nil
}

func corpusOptions(cfg *checker.Config) corpus.Options {
	o := corpus.DefaultOptions()
	if cfg.MaxFileSize > 0 {
		o.MaxSize = cfg.MaxFileSize
	}
	o.ExcludeSelectors = append(o.ExcludeSelectors, cfg.HTML.Exclude...)
	o.IncludeSelectors = append(o.IncludeSelectors, cfg.HTML.Include...)
	o.Include = append(o.Include, cfg.Include...)
	o.Exclude = append(o.Exclude, cfg.Exclude...)
	o.Root = cfg.Dir()
	return o
}

func extractor(cfg *checker.Config) *claims.Extractor {
	syn := map[claims.Subject][]string{}
	for name, names := range cfg.Subjects {
		// (The config's loader has checked every name.)
		if s, ok := claims.ParseSubject(name); ok {
			syn[s] = names
		}
	}
	return claims.NewExtractor(claims.Options{Synonyms: syn})
}

// docStage is what a command asks of every page besides loading it.
type docStage struct {
	// claims: extract the page's claims (every command but dupes).
	claims bool
	// perDoc, when set, runs on every loaded page (AnalyzeOptions.PerDoc).
	perDoc func(*corpus.Document) any
}

// options sets the stage's part of the per-document options.
func (st docStage) options(cfg *checker.Config, opt *checker.AnalyzeOptions) {
	opt.PerDoc = st.perDoc
	opt.NoClaims = !st.claims
	if st.claims {
		opt.Extractor = extractor(cfg)
	}
}

// analyze expands the inputs and runs the per-document stage. A path that
// does not exist is a usage error; a file that cannot be read is a warning.
func (e *env) analyze(f inputFlags, cfg *checker.Config, stage docStage) (*checker.Analysis, error) {
	if _, _, _, online := f.webInputs(); online {
		return e.analyzeWeb(f, cfg, stage)
	}
	paths := f.Paths
	if len(paths) == 0 {
		paths = []string{"."}
	}
	copt := corpusOptions(cfg)
	copt.NoGitIgnore = f.NoGitignore
	inputs, err := corpus.Expand(paths, copt)
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	opt := checker.AnalyzeOptions{
		Jobs:   f.Jobs,
		Corpus: copt,
		Sites:  checker.NewSites(cfg, paths),
	}
	stage.options(cfg, &opt)
	opt.Corpus.Stdin = e.stdin // read only for a "-" input
	for i := range inputs {
		if inputs[i].Stdin {
			inputs[i].Name = f.StdinFilename
		}
	}
	p := e.newProgress(len(inputs))
	opt.Progress = p.update
	setMemoryLimit(len(inputs))
	a := checker.Analyze(inputs, opt)
	p.finish()
	for _, s := range a.Skipped {
		fmt.Fprintf(e.stderr, "factlint: warning: skipped %s: %s\n", s.File, s.Reason)
	}
	if len(a.Docs) == 0 && len(a.Skipped) > 0 {
		return a, &exitError{code: exitUsage, err: errors.New("no readable input")}
	}
	return a, nil
}

// progress draws a one-line counter on stderr for runs longer than a
// couple of seconds, and only when stderr is a terminal.
type progress struct {
	e     *env
	total int
	start time.Time
	shown bool
	last  time.Time
}

func (e *env) newProgress(total int) *progress {
	return &progress{e: e, total: total, start: time.Now()}
}

func (p *progress) update(done, total int) {
	if !p.e.stderrTerminal {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < 2*time.Second || now.Sub(p.last) < 100*time.Millisecond && done != total {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.e.stderr, "\rfactlint: %d/%d pages (%.0f%%)", done, total, 100*float64(done)/float64(max(total, 1)))
}

func (p *progress) finish() {
	if p.shown {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}
