package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strings"
)

type failing struct{ after int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.after {
		return f.after, errors.New("disk full")
	}
	f.after -= len(p)
	return len(p), nil
}

func main() {
	w := csv.NewWriter(os.Stdout) // unbuffered underneath
	records := [][]string{
		{"name", "note", "empty"},
		{"plain", "has,comma", ""},
		{" leading space", "quote \"inside\"", "line\nbreak"},
		{`\.`, "cr\rhere", "tab\tinside"},
		{"\tleading tab", "ünïcödé", "x"},
	}
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			fmt.Println("write error:", err)
		}
	}
	w.Flush()
	fmt.Println("error after flush:", w.Error())

	var buf bytes.Buffer
	w = csv.NewWriter(&buf)
	w.UseCRLF = true
	w.Comma = ';'
	w.WriteAll([][]string{{"a;b", "c\nd", "e\r\nf", "g\rh"}, {"1", "2"}})
	fmt.Printf("%q\n", buf.String())

	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '☺'
	w.Write([]string{"x☺y", "z"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())
	back, err := func() ([][]string, error) {
		r := csv.NewReader(strings.NewReader(buf.String()))
		r.Comma = '☺'
		return r.ReadAll()
	}()
	fmt.Printf("%q %v\n", back, err)

	w = csv.NewWriter(&buf)
	w.Comma = '\n'
	fmt.Println("bad comma:", w.Write([]string{"a"}))
	w.Comma = 0
	fmt.Println("zero comma:", w.WriteAll([][]string{{"a"}}))

	w = csv.NewWriter(&failing{after: 10})
	for i := 0; i < 2000; i++ { // until the writer fails
		if err := w.Write([]string{"some", "data", "here"}); err != nil {
			fmt.Println("write", i, "error:", err)
			break
		}
	}
	w.Flush()
	fmt.Println("error:", w.Error())
	fmt.Println("writeall:", csv.NewWriter(&failing{after: 3}).WriteAll([][]string{{"abcdef"}}))
}
