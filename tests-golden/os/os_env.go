package main

// The environment: Setenv, LookupEnv, Unsetenv, Environ, ExpandEnv and Expand with its special names, and
// UserHomeDir.

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GOSUB_T1", "one")
	os.Setenv("GOSUB_T2", "")
	v, ok := os.LookupEnv("GOSUB_T1")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOSUB_T2")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = os.LookupEnv("GOSUB_T3")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	found := 0
	for _, pair := range os.Environ() {
		if strings.HasPrefix(pair, "GOSUB_T") {
			found++
			fmt.Println(pair)
		}
	}
	os.Unsetenv("GOSUB_T2")
	_, ok = os.LookupEnv("GOSUB_T2")
	fmt.Println(found, ok)

	os.Setenv("NAME", "gosub")
	os.Setenv("N2", "2")
	for _, text := range []string{
		"hello $NAME", "${NAME}s", "$NAME$N2", "$NAMEx", "cost: $", "$$", "${}", "${NAME", "a${N2}b",
		"$1 $* $@", "${#}", "$-x", "no vars", "$", "$ x", "${!}", "$N2/${NAME}/$UNSET_VAR_X.",
	} {
		fmt.Printf("%-28q %q\n", text, os.ExpandEnv(text))
	}
	mapping := func(name string) string { return "<" + name + ">" }
	for _, s := range []string{"$a $b_c ${d e} $0x ${?} $9z", "${x}${y}", "x$", "$é"} {
		fmt.Printf("%-28q %q\n", s, os.Expand(s, mapping))
	}

	os.Setenv("HOME", "/home/gopher")
	fmt.Println(os.UserHomeDir())
	os.Setenv("HOME", "")
	fmt.Println(os.UserHomeDir())
	os.Setenv("XDG_CONFIG_HOME", "/cfg")
	fmt.Println(os.UserConfigDir())
	os.Setenv("XDG_CONFIG_HOME", "rel")
	fmt.Println(os.UserConfigDir())
	os.Unsetenv("XDG_CACHE_HOME")
	fmt.Println(os.UserCacheDir())
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("NAME") == "")
}
