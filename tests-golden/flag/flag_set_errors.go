package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

// try parses args with a fresh ContinueOnError set whose messages go to stdout.
func try(args ...string) {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 5, "a `count`")
	b := fs.Bool("b", false, "a switch")
	s := fs.String("s", "", "a word")
	fmt.Printf("== %q\n", args)
	err := fs.Parse(args)
	fmt.Printf("err=%v help=%v n=%d b=%v s=%q rest=%q\n", err, errors.Is(err, flag.ErrHelp), *n, *b, *s, fs.Args())
}

func main() {
	try("-n", "7", "-b", "-s=x", "a", "b")
	try("--n=8", "--", "-b")
	try("-n")
	try("-n=abc")
	try("-n", "99999999999999999999")
	try("-b=maybe")
	try("-zzz")
	try("---n=1")
	try("-=1")
	try("-h")
	try("-help")
	try("--help", "x")
	try("-", "-b")
	try("x", "-b")
	try("-b=false", "-s", "")

	// a custom Usage replaces the default one
	fs := flag.NewFlagSet("custom", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Println("custom usage for", fs.Name()) }
	fmt.Println(fs.Parse([]string{"-x"}))
	fmt.Println(fs.Parse([]string{"-h"}) == flag.ErrHelp)

	// a set that defines -h itself gets no help
	hs := flag.NewFlagSet("h", flag.ContinueOnError)
	hs.SetOutput(os.Stdout)
	h := hs.Bool("h", false, "my own h")
	fmt.Println(hs.Parse([]string{"-h"}), *h)

	// PanicOnError panics with the error
	ps := flag.NewFlagSet("p", flag.PanicOnError)
	ps.SetOutput(os.Stdout)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		ps.Parse([]string{"-nope"})
	}()

	// the zero FlagSet, and Init
	var zero flag.FlagSet
	zero.SetOutput(os.Stdout)
	fmt.Printf("%q %v %v\n", zero.Name(), zero.ErrorHandling() == flag.ContinueOnError, zero.Parsed())
	fmt.Println(zero.Parse([]string{"-q"}))
	zero.Init("named", flag.PanicOnError)
	fmt.Println(zero.Name(), zero.ErrorHandling() == flag.PanicOnError, zero.Parsed(), zero.NArg())

	// defining a flag twice, or with a bad name, panics after printing the message
	for _, name := range []string{"n", "-x", "a=b"} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			rs := flag.NewFlagSet("redef", flag.ContinueOnError)
			rs.SetOutput(os.Stdout)
			rs.Int("n", 1, "")
			rs.Int(name, 2, "")
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var anon flag.FlagSet
		anon.SetOutput(os.Stdout)
		anon.String("s", "", "")
		anon.String("s", "", "")
	}()

	// Set marks a flag as set; Visit sees it
	vs := flag.NewFlagSet("v", flag.ContinueOnError)
	vs.Int("a", 0, "")
	vs.Int("b", 0, "")
	fmt.Println(vs.Set("b", "3"), vs.NFlag(), vs.Lookup("b").Value)
	vs.Visit(func(f *flag.Flag) { fmt.Println("visited", f.Name) })
	fmt.Println(vs.Set("a", "x"), vs.NFlag())
	fmt.Println(strings.Repeat("-", 10))
}
