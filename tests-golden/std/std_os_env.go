package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args) >= 1)
	os.Setenv("GOSUB_TEST_VAR", "v1")
	fmt.Println(os.Getenv("GOSUB_TEST_VAR"), os.Getenv("NO_SUCH_VAR_X") == "")
	v, ok := os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(v, ok)
	os.Unsetenv("GOSUB_TEST_VAR")
	_, ok = os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(ok, len(os.Environ()) >= 0)
	fmt.Println(os.Setenv("", "x"))
	fmt.Fprintln(os.Stdout, "to stdout")
	os.Stdout.WriteString("ws\n")
	os.Stdout.Write([]byte("w\n"))
}
