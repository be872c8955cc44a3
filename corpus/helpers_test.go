package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func loadFixture(t *testing.T, name string) *Document {
	t.Helper()
	d, err := Load(Input{Path: filepath.Join("testdata", name)}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// findBlock returns the first block whose text contains sub.
func findBlock(t *testing.T, d *Document, sub string) *Block {
	t.Helper()
	for i := range d.Blocks {
		if strings.Contains(d.Blocks[i].Text, sub) {
			return &d.Blocks[i]
		}
	}
	t.Fatalf("no block contains %q", sub)
	return nil
}

// wantPos checks where the text sub of the block containing it starts in
// the source file.
func wantPos(t *testing.T, d *Document, sub string, line, col int) {
	t.Helper()
	b := findBlock(t, d, sub)
	got := d.Position(b.SourceOffset(strings.Index(b.Text, sub)))
	if got != (Position{line, col}) {
		t.Errorf("%q at %d:%d, want %d:%d", sub, got.Line, got.Column, line, col)
	}
}

type blockWant struct {
	kind  BlockKind
	level int
	text  string
}

func checkBlocks(t *testing.T, d *Document, want []blockWant) {
	t.Helper()
	for i, w := range want {
		if i >= len(d.Blocks) {
			t.Fatalf("only %d blocks, want %d", len(d.Blocks), len(want))
		}
		b := d.Blocks[i]
		if b.Kind != w.kind || b.Level != w.level || b.Text != w.text {
			t.Errorf("block %d = %s/%d %q, want %s/%d %q", i, b.Kind, b.Level, b.Text, w.kind, w.level, w.text)
		}
	}
	if len(d.Blocks) != len(want) {
		t.Errorf("%d blocks, want %d", len(d.Blocks), len(want))
	}
}

func eqStrings(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}
