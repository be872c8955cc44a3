package main

import (
	"bufio"
	"encoding/json"
	"io"
)

// jsonArray is one field of a JSON object whose value is an array of n
// elements, elem(i) the i-th.
type jsonArray struct {
	name string
	n    int
	elem func(i int) any
}

// writeJSONArrays writes an object of arrays byte for byte as
// json.Encoder with a two-space indent writes the equivalent struct, but
// an element at a time: the encoder holds the whole document before it
// writes, which for the claims or families of 100,000 pages is a quarter
// of a gigabyte on top of what it describes.
func writeJSONArrays(w io.Writer, fields ...jsonArray) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString("{")
	for fi, f := range fields {
		if fi > 0 {
			bw.WriteByte(',')
		}
		name, err := json.Marshal(f.name)
		if err != nil {
			return err
		}
		bw.WriteString("\n  ")
		bw.Write(name)
		bw.WriteString(": [")
		for i := range f.n {
			b, err := json.MarshalIndent(f.elem(i), "    ", "  ")
			if err != nil {
				return err
			}
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n    ")
			bw.Write(b)
		}
		if f.n > 0 {
			bw.WriteString("\n  ")
		}
		bw.WriteString("]")
	}
	if len(fields) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
