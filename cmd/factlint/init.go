package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/factlint/factlint/checker"
)

type initCmd struct {
	Path  string `arg:"" optional:"" default:".factlint.yaml" help:"Where to write the config." type:"path"`
	Force bool   `help:"Overwrite an existing file."`
}

func (c initCmd) Run(e *env) error {
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if c.Force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(c.Path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usageErr("%s already exists (use --force to overwrite)", c.Path)
	}
	if err != nil {
		return usageErr("init: %v", err)
	}
	if _, err := f.WriteString(checker.StarterConfig); err != nil {
		f.Close()
		return usageErr("init: %v", err)
	}
	if err := f.Close(); err != nil {
		return usageErr("init: %v", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", c.Path)
	return nil
}
