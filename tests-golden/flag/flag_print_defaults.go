package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// listValue is a Value of the program's own: a comma-separated list.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, strings.Split(s, ",")...)
	return nil
}

// level parses itself from text, for TextVar.
type level int

func (l level) MarshalText() ([]byte, error) {
	return []byte([]string{"low", "mid", "high"}[l]), nil
}
func (l *level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

// tag is another type that marshals itself.
type tag string

func (t tag) MarshalText() ([]byte, error) { return []byte(t), nil }

// fragile panics when its String is called on a zero value.
type fragile struct{ p *int }

func (f fragile) String() string    { return fmt.Sprint(*f.p) }
func (f fragile) Set(s string) error { return nil }

// onOff is a boolean flag of the program's own.
type onOff struct{ on bool }

func (o *onOff) String() string {
	if o.on {
		return "on"
	}
	return "off"
}
func (o *onOff) Set(s string) error {
	o.on = s == "true"
	return nil
}
func (o *onOff) IsBoolFlag() bool { return true }

func main() {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("v", false, "be verbose")
	fs.Bool("quiet", true, "say little")
	fs.Int("n", 0, "number of `items` to take")
	fs.Int64("big", 1<<40, "a big one")
	fs.Uint("u", 7, "unsigned")
	fs.Uint64("u64", 0, "unsigned, 64 bits")
	fs.String("name", "", "a name")
	fs.String("greeting", "hello \"you\"", "what to say\nover two lines")
	fs.Float64("ratio", 1.5, "a ratio")
	fs.Float64("zero", 0, "zero float")
	fs.Duration("timeout", 90*time.Second, "how long")
	fs.Duration("d0", 0, "no time")
	var list listValue
	fs.Var(&list, "list", "comma-separated `words`")
	lv := level(1)
	fs.TextVar(&lv, "level", level(2), "a level")
	fs.Func("f", "a function flag", func(s string) error { return nil })
	x := 3
	fs.Var(fragile{&x}, "fragile", "breaks on zero")
	fs.Var(&onOff{true}, "o", "on or off")
	fs.Var(&onOff{}, "onoff", "on or off, default off")
	fs.PrintDefaults()

	fmt.Println("level before parse:", lv)
	err := fs.Parse([]string{"-list", "a,b", "-list=c", "-level=low", "-o", "-onoff=false", "rest"})
	fmt.Println(err, list, lv, fs.Args())
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		fmt.Printf("%s: %q %q default=%q now=%q\n", f.Name, name, usage, f.DefValue, f.Value.String())
	})
	fmt.Println(fs.Parse([]string{"-level", "extreme"}))
	fmt.Println(fs.Parse([]string{"-list="}))
	fmt.Println(fs.Parse([]string{"-o=true"}), fs.Lookup("o").Value)

	// TextVar checks that the default has the variable's type
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var other level
		fs.TextVar(&other, "bad", tag("x"), "")
	}()
}
