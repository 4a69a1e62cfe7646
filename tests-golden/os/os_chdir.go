package main

// The working directory: Getwd, Chdir (relative paths then start there), File.Chdir, filepath.Abs and Rel
// against it, and the errors of Chdir.

import (
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	start, err := os.Getwd()
	fmt.Println(filepath.IsAbs(start), err)
	os.MkdirAll("a/b", 0755)
	os.WriteFile("a/b/file.txt", []byte("in b"), 0644)
	os.WriteFile("top.txt", []byte("top"), 0644)

	fmt.Println(os.Chdir("a/b"))
	wd, _ := os.Getwd()
	fmt.Println(filepath.Rel(start, wd))
	data, err := os.ReadFile("file.txt")
	fmt.Printf("%q %v\n", data, err)
	data, err = os.ReadFile("../../top.txt")
	fmt.Printf("%q %v\n", data, err)
	abs, _ := filepath.Abs("x/../y.txt")
	fmt.Println(filepath.Rel(start, abs))

	fmt.Println(os.Chdir("missing"))
	fmt.Println(os.Chdir("file.txt"))
	fmt.Println(os.Chdir(""))

	d, _ := os.Open(start)
	fmt.Println(d.Chdir())
	d.Close()
	wd, _ = os.Getwd()
	fmt.Println(wd == start)
	entries, _ := os.ReadDir(".")
	for _, ent := range entries {
		fmt.Println(ent.Name(), ent.IsDir())
	}
	fmt.Println(filepath.Abs("/usr/../bin//x"))
	p, _ := filepath.Abs(".")
	fmt.Println(p == start)
}
