package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/factlint/factlint/checker"
)

type initCmd struct {
	// No type:"path": kong would make "-" an absolute file name and drop
	// the trailing slash that says "a folder".
	Path  string `arg:"" optional:"" default:".factlint.yaml" help:"Where to write the config: a file, a folder (gets .factlint.yaml), or - for stdout."`
	Force bool   `help:"Overwrite an existing file."`
}

func (c initCmd) Run(e *env) error {
	if c.Path == "-" {
		_, err := fmt.Fprint(e.stdout, checker.StarterConfig)
		return err
	}
	path := initTarget(c.Path)
	if strings.HasSuffix(c.Path, "/") || strings.HasSuffix(c.Path, string(filepath.Separator)) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return usageErr("init: %v", err)
		}
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if c.Force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usageErr("%s already exists (use --force to overwrite)", path)
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
	fmt.Fprintf(e.stdout, "wrote %s\n", path)
	return nil
}

// initTarget is the file init writes for arg: arg itself, or the default
// file name inside arg when arg is a folder or ends in a slash (a folder
// to be made).
func initTarget(arg string) string {
	if strings.HasSuffix(arg, "/") || strings.HasSuffix(arg, string(filepath.Separator)) {
		return filepath.Join(arg, checker.ConfigNames[0])
	}
	if fi, err := os.Stat(arg); err == nil && fi.IsDir() {
		return filepath.Join(arg, checker.ConfigNames[0])
	}
	return arg
}
