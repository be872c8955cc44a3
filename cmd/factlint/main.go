package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/alecthomas/kong"
	"golang.org/x/term"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
)

// version is set by -ldflags "-X main.version=…" in release builds.
var version = "dev"

type cli struct {
	Config  string           `help:"Config file (default: $FACTLINT_CONFIG, else the .factlint.yaml found upward from the checked paths; see factlint config path)." placeholder:"FILE" type:"path"`
	Color   string           `help:"Colour output: auto (on a terminal, unless NO_COLOR is set), always or never." default:"auto" enum:"auto,always,never" placeholder:"WHEN"`
	NoColor bool             `help:"Never colour output; the same as --color never." name:"no-color"`
	Version kong.VersionFlag `help:"Print the version and exit." name:"version"`

	Check      checkCmd      `cmd:"" help:"Report contradictions in a corpus of pages."`
	Claims     claimsCmd     `cmd:"" help:"List the claims extracted from pages."`
	Quantities quantitiesCmd `cmd:"" help:"Print every quantity the grammar reads in a file (grammar debugging)."`
	Dupes      dupesCmd      `cmd:"" help:"Find near-duplicate templated articles and show what differs."`
	Rules      rulesCmd      `cmd:"" help:"List the checks with their severity under the config that applies."`
	Explain    explainCmd    `cmd:"" help:"Print the documentation of a check."`
	Init       initCmd       `cmd:"" help:"Write a commented starter .factlint.yaml."`
	ConfigCmd  configCmd     `cmd:"" name:"config" help:"Show which config file applies."`
	VersionCmd versionCmd    `cmd:"" name:"version" help:"Print the version."`
	Help       helpCmd       `cmd:"" help:"Show help for a command."`
}

// env is what commands need from the process; tests pass their own.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// terminal reports whether stdout is a terminal (for colour).
	terminal bool
	// stderrTerminal reports whether stderr is a terminal (for progress).
	stderrTerminal bool
	getenv         func(string) string
	cli            *cli
	parser         *kong.Kong
	// helpShown is set when kong printed usage and asked to exit.
	helpShown bool
}

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func usageErr(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

func main() {
	e := &env{
		stdin:          os.Stdin,
		stdout:         os.Stdout,
		stderr:         os.Stderr,
		terminal:       term.IsTerminal(int(os.Stdout.Fd())),
		stderrTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		getenv:         os.Getenv,
	}
	os.Exit(run(os.Args[1:], e))
}

// run parses args, runs the command and returns the exit code.
func run(args []string, e *env) (code int) {
	var c cli
	parser, err := kong.New(&c,
		kong.Name("factlint"),
		kong.Description("factlint finds contradicting facts in provider web pages: program length, hours and days a week, detox, and more."),
		kong.Writers(e.stdout, e.stderr),
		kong.Exit(func(int) { e.helpShown = true }),
		kong.UsageOnError(),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Vars{"version": "factlint " + versionString(debug.ReadBuildInfo)},
	)
	if err != nil {
		fmt.Fprintln(e.stderr, "factlint:", err)
		return exitUsage
	}
	e.cli, e.parser = &c, parser
	if len(args) == 0 {
		args = []string{"--help"}
	}
	ctx, err := parser.Parse(args)
	if e.helpShown {
		// --help printed usage and kong asked to exit; whatever it says
		// after that (a missing command) is moot.
		return exitClean
	}
	if err != nil {
		// kong's own usage-error code is 80; ours is 2.
		fmt.Fprintln(e.stderr, "factlint:", err)
		return exitUsage
	}
	stop := startProfile(e.getenv, e.stderr)
	err = ctx.Run(e)
	stop()
	if err == nil {
		return exitClean
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintln(e.stderr, "factlint:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(e.stderr, "factlint:", err)
	return exitUsage
}

// color reports whether output to stdout may use colour. --color always
// wins over NO_COLOR, as an explicit request does in other tools; CI logs
// that render ANSI are its use.
func (e *env) color() bool {
	switch {
	case e.cli.NoColor || e.cli.Color == "never":
		return false
	case e.cli.Color == "always":
		return true
	}
	return e.terminal && e.getenv("NO_COLOR") == ""
}
