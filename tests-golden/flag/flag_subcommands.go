package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

// Subcommands, each with its own FlagSet, as a git-like tool parses them; the command line comes from
// flag_subcommands.args.
func main() {
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Println("no command")
		os.Exit(1)
	}
	add := flag.NewFlagSet("add", flag.ExitOnError)
	force := add.Bool("f", false, "force")
	msg := add.String("m", "", "message")
	list := flag.NewFlagSet("list", flag.ExitOnError)
	limit := list.Int("limit", 10, "how many")
	switch cmd, rest := flag.Arg(0), flag.Args()[1:]; cmd {
	case "add":
		add.Parse(rest)
		fmt.Printf("add v=%v f=%v m=%q files=%s\n", *verbose, *force, *msg, strings.Join(add.Args(), ","))
		list.Parse([]string{"-limit", "3"})
		fmt.Println("list limit", *limit, list.Parsed(), add.NFlag(), list.NFlag())
		list.Parse([]string{"-limit", "many"})
		fmt.Println("not reached")
	default:
		fmt.Println("unknown command", cmd)
	}
}
