package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

func show(name string, r *csv.Reader) {
	fmt.Println("==", name)
	for n := 0; n < 20; n++ {
		rec, err := r.Read()
		if err == io.EOF {
			fmt.Println("EOF at offset", r.InputOffset())
			return
		}
		if err != nil {
			fmt.Printf("error: %v (%q)\n", err, rec)
			if pe, ok := err.(*csv.ParseError); ok {
				fmt.Println("  start", pe.StartLine, "line", pe.Line, "col", pe.Column, pe.Err == csv.ErrBareQuote, pe.Err == csv.ErrQuote, pe.Err == csv.ErrFieldCount)
				continue
			}
			return
		}
		fmt.Printf("%d %q offset %d", len(rec), rec, r.InputOffset())
		for i := range rec {
			l, c := r.FieldPos(i)
			fmt.Printf(" %d:%d", l, c)
		}
		fmt.Println()
	}
}

func main() {
	show("plain", csv.NewReader(strings.NewReader("a,b,c\n1,2,3\n\n\nx,\"y,z\",w\n")))
	show("quoted lines", csv.NewReader(strings.NewReader("\"multi\nline\",2\r\n\"say \"\"hi\"\"\",\"\"\nlast,no newline")))
	show("crlf", csv.NewReader(strings.NewReader("a,b\r\nc,d\r\ne,f\r")))
	r := csv.NewReader(strings.NewReader("# comment\na;b;c\n  d;  e ;f\n#x;y;z\ng;h;i\n"))
	r.Comma = ';'
	r.Comment = '#'
	r.TrimLeadingSpace = true
	show("comma comment trim", r)
	r = csv.NewReader(strings.NewReader("a,b\nc\nd,e,f\ng,h\n"))
	show("field count", r)
	r = csv.NewReader(strings.NewReader("a,b\nc\nd,e,f\n"))
	r.FieldsPerRecord = -1
	show("variable", r)
	r = csv.NewReader(strings.NewReader("a,b\nc\n"))
	r.FieldsPerRecord = 3
	show("fixed 3", r)
	show("bare quote", csv.NewReader(strings.NewReader("ab,cd\"e,f\nok,1,2\n")))
	show("extraneous quote", csv.NewReader(strings.NewReader("\"ab\"c,d\n")))
	show("missing quote", csv.NewReader(strings.NewReader("a,\"bc\nde\n")))
	show("quote error later line", csv.NewReader(strings.NewReader("a,\"b\nc\"d,e\n")))
	r = csv.NewReader(strings.NewReader("a\"b,\"c\"d\",\"e\n"))
	r.LazyQuotes = true
	show("lazy", r)
	r = csv.NewReader(strings.NewReader("x☺y☺z\n\"q☺\"☺w☺\n"))
	r.Comma = '☺'
	show("unicode comma", r)
	r = csv.NewReader(strings.NewReader("a,b\n"))
	r.Comma = '"'
	show("bad comma", r)
	r = csv.NewReader(strings.NewReader("a,b\n"))
	r.Comment = ','
	show("comment is comma", r)
	r = csv.NewReader(strings.NewReader(" \t\n  a, b\n   \n"))
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1
	show("trim blank", r)

	r = csv.NewReader(strings.NewReader("1,2\n3,4\n5,6\n"))
	r.ReuseRecord = true
	first, _ := r.Read()
	second, _ := r.Read()
	fmt.Println("reuse:", first, second, &first[0] == &second[0])

	all, err := csv.NewReader(strings.NewReader("h1,h2\nv1,v2\nv3,v4\n")).ReadAll()
	fmt.Println(all, err)
	all, err = csv.NewReader(strings.NewReader("h1,h2\nv1\n")).ReadAll()
	fmt.Println(all == nil, err)
	all, err = csv.NewReader(strings.NewReader("")).ReadAll()
	fmt.Println(all == nil, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r := csv.NewReader(strings.NewReader("a\n"))
		r.Read()
		r.FieldPos(1)
	}()
	var pe error = &csv.ParseError{StartLine: 1, Line: 3, Column: 2, Err: csv.ErrQuote}
	fmt.Println(pe)
	fmt.Println(csv.ErrTrailingComma)
}
