// Command rusage runs a command and prints its wall-clock time and peak
// resident set size in the format GNU time -v uses, for systems without
// /usr/bin/time. scripts/bench falls back to it.
//
//	rusage CMD [ARG...]
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: rusage CMD [ARG...]")
		os.Exit(2)
	}
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		fmt.Fprintln(os.Stderr, "rusage:", err)
		os.Exit(127)
	}
	code := cmd.ProcessState.ExitCode()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		// Linux reports ru_maxrss in kilobytes.
		fmt.Fprintf(os.Stderr, "\tMaximum resident set size (kbytes): %d\n", ru.Maxrss)
		fmt.Fprintf(os.Stderr, "\tUser time (seconds): %.2f\n", float64(ru.Utime.Nano())/1e9)
		fmt.Fprintf(os.Stderr, "\tSystem time (seconds): %.2f\n", float64(ru.Stime.Nano())/1e9)
	}
	fmt.Fprintf(os.Stderr, "\tElapsed (wall clock) time (h:mm:ss or m:ss): %d:%06.3f\n", int(wall.Minutes()), wall.Seconds()-60*float64(int(wall.Minutes())))
	fmt.Fprintf(os.Stderr, "\tExit status: %d\n", code)
	os.Exit(code)
}
