package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

// The command line comes from flag_command_line.args.
var (
	verbose = flag.Bool("v", false, "verbose output")
	count   = flag.Int("count", 1, "how many `times` to run")
	name    = flag.String("name", "world", "who to greet")
	ratio   = flag.Float64("ratio", 0.5, "a ratio")
	big     = flag.Int64("big", 0, "a large number")
	small   = flag.Uint("small", 3, "a small unsigned number")
	huge    = flag.Uint64("huge", 0, "a huge unsigned number")
	wait    = flag.Duration("wait", time.Second, "how long to wait")
	tags    []string
	level   int
	dry     bool
)

func init() {
	flag.Func("tag", "add a tag (may repeat)", func(s string) error {
		tags = append(tags, strings.ToUpper(s))
		return nil
	})
	flag.IntVar(&level, "level", 2, "log level")
	flag.BoolVar(&dry, "dry-run", true, "do nothing")
}

func main() {
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Println(*verbose, *count, *name, *ratio, *big, *small, *huge, *wait, tags, level, dry)
	fmt.Println("NFlag", flag.NFlag(), "NArg", flag.NArg(), "Args", flag.Args())
	fmt.Printf("Arg(0)=%q Arg(5)=%q Arg(-1)=%q\n", flag.Arg(0), flag.Arg(5), flag.Arg(-1))
	flag.Visit(func(f *flag.Flag) { fmt.Printf("set: %s=%s (default %q)\n", f.Name, f.Value, f.DefValue) })
	flag.VisitAll(func(each *flag.Flag) {
		g, ok := each.Value.(flag.Getter)
		if ok {
			fmt.Printf("all: %s %v %T\n", each.Name, g.Get(), g.Get())
		} else {
			fmt.Printf("all: %s (no Get)\n", each.Name)
		}
	})
	if f := flag.Lookup("name"); f != nil {
		fmt.Println("lookup:", f.Name, f.Usage, f.Value, f.DefValue)
	}
	fmt.Println("lookup missing:", flag.Lookup("nope") == nil)
	err := flag.Set("count", "42")
	fmt.Println("Set:", err, *count)
	err = flag.Set("nope", "1")
	fmt.Println("Set:", err)
	err = flag.Set("count", "x")
	fmt.Println("Set:", err, *count)
	fmt.Println("NFlag after Set", flag.NFlag())
	fmt.Println(flag.CommandLine.Name() != "", flag.CommandLine.ErrorHandling() == flag.ExitOnError)
}
