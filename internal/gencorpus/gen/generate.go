package gen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

// Generate writes opt.N pages and truth.json under opt.Out and returns the
// truth. The same Seed and N always give byte-identical files, whatever
// the number of workers.
func Generate(opt Options) (*Truth, error) {
	if opt.N < 1 {
		return nil, errors.New("n must be at least 1")
	}
	if opt.Out == "" {
		return nil, errors.New("no output directory")
	}
	if ents, err := os.ReadDir(opt.Out); err == nil && len(ents) > 0 {
		return nil, fmt.Errorf("%s is not empty; stale pages from another run would mix with this one", opt.Out)
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}

	p := planCorpus(opt)
	for _, s := range p.sites {
		dir := filepath.Join(opt.Out, s.dir)
		if len(s.pages) > 3 {
			dir = filepath.Join(dir, "blog")
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}

	hits := make([]map[string]hit, len(p.pages))
	var next atomic.Int64
	var firstErr error
	var errOnce sync.Once
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			for {
				i := int(next.Add(1) - 1)
				if i >= len(p.pages) {
					return
				}
				out, h := p.renderPage(i, &buf)
				hits[i] = h
				path := filepath.Join(opt.Out, filepath.FromSlash(p.pages[i].path))
				if err := os.WriteFile(path, out, 0o644); err != nil {
					errOnce.Do(func() { firstErr = fmt.Errorf("write %s: %w", path, err) })
					return
				}
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}

	t, err := p.truth(opt, hits)
	if err != nil {
		return nil, err
	}
	data, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(opt.Out, "truth.json"), append(data, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("write truth.json: %w", err)
	}
	return t, nil
}

func (p *corpusPlan) truth(opt Options, hits []map[string]hit) (*Truth, error) {
	t := &Truth{Seed: opt.Seed, N: opt.N, Pages: make([]string, len(p.pages)),
		Families: []Family{}, Contradictions: []Contradiction{}}
	for i, pg := range p.pages {
		t.Pages[i] = pg.path
	}
	for _, f := range p.families {
		fam := Family{Template: blogTopics[f.topic].name, Canonical: p.pages[f.pages[0]].path}
		for _, pi := range f.pages {
			fam.Files = append(fam.Files, p.pages[pi].path)
		}
		t.Families = append(t.Families, fam)
	}
	for _, c := range p.contras {
		out := c.Contradiction
		for _, sd := range c.sides {
			h, ok := hits[sd.page][sd.fact]
			if !ok {
				return nil, fmt.Errorf("internal: planted %s on %s did not reach the page", sd.fact, p.pages[sd.page].path)
			}
			out.Files = append(out.Files, p.pages[sd.page].path)
			out.Lines = append(out.Lines, h.line)
			out.Texts = append(out.Texts, h.text)
		}
		t.Contradictions = append(t.Contradictions, out)
	}
	return t, nil
}
