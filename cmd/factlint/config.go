package main

import (
	"fmt"
	"strings"

	"github.com/factlint/factlint/checker"
)

// configEnv names a config file for every run, for CI set-ups that keep
// it outside the checked tree.
const configEnv = "FACTLINT_CONFIG"

type configCmd struct {
	Path configPathCmd `cmd:"" help:"Print the config file used for the given paths (nothing when the built-in defaults apply)."`
}

type configPathCmd struct {
	Paths []string `arg:"" sep:"none" optional:"" help:"The paths a check would be given. Default: the current directory." placeholder:"PATH"`
}

func (c configPathCmd) Run(e *env) error {
	path, how := e.configFile(c.Paths)
	if path == "" {
		fmt.Fprintf(e.stderr, "factlint: %s\n", how)
		return nil
	}
	fmt.Fprintln(e.stdout, path)
	fmt.Fprintf(e.stderr, "factlint: %s\n", how)
	return nil
}

// configFile picks the config for a run over paths: --config, else
// $FACTLINT_CONFIG, else the file found upward from the paths. how says
// which, for `config path` and warnings.
func (e *env) configFile(paths []string) (path, how string) {
	if e.cli.Config != "" {
		return e.cli.Config, "from --config"
	}
	if p := e.getenv(configEnv); p != "" {
		return p, "from $" + configEnv
	}
	l := checker.LookupConfig(paths)
	if len(l.Others) > 0 {
		fmt.Fprintf(e.stderr, "factlint: warning: the checked paths are under different configs (%s); using %s for all of them — check each folder on its own, or pass --config\n",
			strings.Join(l.Others, ", "), orDefaults(l.Path))
	}
	if l.Path == "" {
		return "", fmt.Sprintf("no .factlint.yaml in %s or above; the built-in defaults apply", l.Dir)
	}
	return l.Path, "found upward from " + l.Dir
}

func orDefaults(p string) string {
	if p == "" {
		return "the built-in defaults"
	}
	return p
}
