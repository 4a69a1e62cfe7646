package main

// Rename: a file within a directory and across directories, over an existing file, a directory, onto a
// directory (refused), and a missing file; errors are *os.LinkError.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func list(dir string) {
	entries, err := os.ReadDir(dir)
	fmt.Print(dir, ":")
	for _, ent := range entries {
		fmt.Print(" ", ent.Name())
	}
	if err != nil {
		fmt.Print(" ", err)
	}
	fmt.Println()
}

func main() {
	os.MkdirAll("src/deep", 0755)
	os.Mkdir("dst", 0755)
	os.WriteFile("src/a.txt", []byte("A"), 0644)
	os.WriteFile("src/b.txt", []byte("B"), 0644)
	os.WriteFile("dst/c.txt", []byte("C"), 0644)

	fmt.Println(os.Rename("src/a.txt", "src/a2.txt"))
	fmt.Println(os.Rename("src/a2.txt", "dst/a.txt"))
	fmt.Println(os.Rename("src/b.txt", "dst/c.txt"))
	data, _ := os.ReadFile("dst/c.txt")
	fmt.Println(string(data))
	list("src")
	list("dst")

	err := os.Rename("dst/a.txt", "src/deep")
	fmt.Println(err)
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Println(le.Op, le.Old, le.New, le.Err, errors.Is(err, fs.ErrExist), os.IsExist(err))
	}
	err = os.Rename("missing", "dst/x")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	err = os.Rename("missing", "src/deep")
	fmt.Println(err)
	fmt.Println(os.Rename("src/deep", "dst/deep2"))
	fmt.Println(os.Rename("dst/c.txt", "dst/c.txt"))
	list("src")
	list("dst")
	fmt.Println(os.Rename("dst", "dst/deep2/inside"))
}
