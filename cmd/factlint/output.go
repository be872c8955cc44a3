package main

import (
	"fmt"
	"io"
	"os"
)

// withOutput runs write against path, or stdout when path is empty or "-".
func withOutput(e *env, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		return write(e.stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return &exitError{code: exitUsage, err: fmt.Errorf("output: %w", err)}
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
