// Command floor reads and parses every HTML page under the given
// directories with all cores and takes the body text, doing nothing else.
// scripts/bench times it as the floor factlint check is compared with.
//
//	go run ./internal/e2e/floor DIR...
package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factlint/factlint/internal/e2e"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: floor DIR...")
		os.Exit(2)
	}
	start := time.Now()
	var files []string
	for _, root := range os.Args[1:] {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm")) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "floor:", err)
			os.Exit(1)
		}
	}
	var next, bytesIn, chars atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				data, err := os.ReadFile(files[i])
				if err == nil {
					var s string
					s, err = e2e.FloorText(bytes.NewReader(data))
					chars.Add(int64(len(s)))
				}
				if err != nil {
					fmt.Fprintf(os.Stderr, "floor: %s: %v\n", files[i], err)
					failed.Store(true)
					continue
				}
				bytesIn.Add(int64(len(data)))
			}
		}()
	}
	wg.Wait()
	el := time.Since(start).Seconds()
	fmt.Printf("floor: %d pages, %.1f MB, %.1f MB of text in %.2fs: %.0f pages/s, %.1f MB/s\n",
		len(files), float64(bytesIn.Load())/1e6, float64(chars.Load())/1e6, el,
		float64(len(files))/el, float64(bytesIn.Load())/1e6/el)
	if failed.Load() {
		os.Exit(1)
	}
}
