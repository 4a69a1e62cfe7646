package main

// What each of the package's value types keeps and says for values that do not parse or do not fit, the words
// the help shows for their arguments, and the panics of names that cannot be flags.

import (
	"flag"
	"fmt"
	"os"
	"time"
)

// quiet is a boolean flag whose IsBoolFlag says no: it needs a value.
type quiet struct{ set string }

func (q *quiet) String() string   { return q.set }
func (q *quiet) Set(s string) error { q.set = s; return nil }
func (q *quiet) IsBoolFlag() bool { return false }

func catch(what string, f func()) {
	defer func() { fmt.Printf("%s: recovered %v\n", what, recover()) }()
	f()
}

func main() {
	fs := flag.NewFlagSet("edges", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	i := fs.Int("i", 1, "an int")
	i64 := fs.Int64("i64", 2, "an int64")
	u := fs.Uint("u", 3, "a uint")
	u64 := fs.Uint64("u64", 4, "a uint64")
	f := fs.Float64("f", 0.5, "a float")
	d := fs.Duration("d", time.Second, "a duration")
	b := fs.Bool("b", true, "a bool")
	q := &quiet{}
	fs.Var(q, "q", "needs a value")
	fs.PrintDefaults()

	for _, kv := range [][2]string{
		{"i", "0x1F"}, {"i", "0o17"}, {"i", "1_000"}, {"i", "nine"}, {"i", "9223372036854775808"},
		{"i64", "-9223372036854775809"}, {"u", "-1"}, {"u64", "18446744073709551616"}, {"u64", "0b101"},
		{"f", "1e400"}, {"f", "0x1p-2"}, {"f", "x"}, {"d", "90m"}, {"d", "1y"}, {"b", "T"}, {"b", "yes"},
		{"q", "anything"}, {"nope", "1"},
	} {
		err := fs.Set(kv[0], kv[1])
		fmt.Printf("Set %s=%s: %v -> i=%d i64=%d u=%d u64=%d f=%v d=%v b=%v q=%q\n",
			kv[0], kv[1], err, *i, *i64, *u, *u64, *f, *d, *b, q.set)
	}
	fmt.Println(fs.NFlag(), fs.Lookup("zzz") == nil, fs.Lookup("d").DefValue, fs.Lookup("d").Value)
	if g, ok := fs.Lookup("u64").Value.(flag.Getter); ok {
		fmt.Printf("Get %T %v\n", g.Get(), g.Get())
	}
	err := fs.Parse([]string{"-q", "-b"})
	fmt.Println("parse -q -b:", err, q.set, fs.Args())
	err = fs.Parse([]string{"-q"})
	fmt.Println("parse -q:", err)

	catch("dash", func() { fs.Int("-x", 0, "") })
	catch("equals", func() { fs.Int("a=b", 0, "") })
	catch("twice", func() { fs.Int("i", 0, "") })
	var unnamed flag.FlagSet
	unnamed.SetOutput(os.Stdout)
	unnamed.Bool("v", false, "verbose")
	catch("twice unnamed", func() { unnamed.Bool("v", false, "") })
	fmt.Println(unnamed.Name() == "", unnamed.ErrorHandling() == flag.ContinueOnError)
	unnamed.Init("named", flag.PanicOnError)
	fmt.Println(unnamed.Name(), unnamed.ErrorHandling() == flag.PanicOnError)
	catch("panic on error", func() { unnamed.Parse([]string{"-w"}) })
}
