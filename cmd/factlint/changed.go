package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/checker"
)

// changedLines builds the set of lines a change touched, from git for
// --new-from-rev or from a patch file for --new-from-patch; nil when
// neither is given.
func changedLines(rev, patch string) (*checker.ChangedLines, error) {
	if rev == "" && patch == "" {
		return nil, nil
	}
	c := checker.NewChangedLines()
	// git writes patch paths relative to the repository root.
	root, rootErr := git("rev-parse", "--show-toplevel")
	root = strings.TrimSpace(root)
	if patch != "" {
		f, err := os.Open(patch)
		if err != nil {
			return nil, fmt.Errorf("--new-from-patch: %w", err)
		}
		defer f.Close()
		patchRoot := root
		if rootErr != nil {
			patchRoot = "."
		}
		if err := c.AddPatch(f, patchRoot); err != nil {
			return nil, fmt.Errorf("--new-from-patch %s: %w", patch, err)
		}
	}
	if rev != "" {
		if rootErr != nil {
			return nil, fmt.Errorf("--new-from-rev %s: %w", rev, rootErr)
		}
		// The working tree against REV: commits since, staged and unstaged
		// edits alike, as golangci-lint's new-from-rev.
		diff, err := git("diff", "--no-color", "--no-ext-diff", "--no-renames", "--src-prefix=a/", "--dst-prefix=b/", "-U0", rev, "--")
		if err != nil {
			return nil, fmt.Errorf("--new-from-rev %s: %w", rev, err)
		}
		if err := c.AddPatch(strings.NewReader(diff), root); err != nil {
			return nil, fmt.Errorf("--new-from-rev %s: %w", rev, err)
		}
		// Pages not yet added to git are new in the change.
		untracked, err := git("ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", root)
		if err != nil {
			return nil, fmt.Errorf("--new-from-rev %s: %w", rev, err)
		}
		for _, f := range strings.Split(untracked, "\x00") {
			if f != "" {
				c.AddFile(root, filepath.FromSlash(f))
			}
		}
	}
	return c, nil
}

// git runs git in the working directory and returns its output; the
// error carries git's own message.
func git(args ...string) (string, error) {
	var out, errb bytes.Buffer
	cmd := exec.Command("git", args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(errb.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("git %s: %s", args[0], msg)
	}
	return out.String(), nil
}
