package main

// A path that goes on through a regular file ("a.txt/x"): Linux says ENOTDIR ("not a directory"), not ENOENT,
// whichever file operation meets it, and errors.Is tells the two apart. Relative names after a Chdir too.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func show(what string, err error) {
	fmt.Printf("%-12s %v | notdir=%v notexist=%v\n", what+":", err, errors.Is(err, syscall.ENOTDIR), errors.Is(err, fs.ErrNotExist))
}

func main() {
	top, err := os.MkdirTemp("", "notdir")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(top)
	if err := os.Chdir(top); err != nil {
		panic(err)
	}
	if err := os.Mkdir("dir", 0o755); err != nil {
		panic(err)
	}
	if err := os.WriteFile("dir/a.txt", []byte("hi\n"), 0o644); err != nil {
		panic(err)
	}
	p := "dir/a.txt/x"
	_, err = os.Stat(p)
	show("Stat", err)
	_, err = os.Lstat(p)
	show("Lstat", err)
	_, err = os.Stat("dir/a.txt/x/y/z")
	show("Stat deeper", err)
	_, err = os.Stat("dir/nope/x")
	show("Stat missing", err)
	_, err = os.Stat("dir/a.txt/")
	show("Stat slash", err)
	_, err = os.Open(p)
	show("Open", err)
	_, err = os.ReadFile(p)
	show("ReadFile", err)
	show("Mkdir", os.Mkdir(p, 0o755))
	show("MkdirAll", os.MkdirAll(p+"/y", 0o755))
	show("Remove", os.Remove(p))
	_, err = os.ReadDir(p)
	show("ReadDir", err)
	_, err = os.ReadDir("dir/a.txt")
	show("ReadDir file", err)
	_, err = os.Create(p)
	show("Create", err)
	show("Chdir", os.Chdir(p))
	show("Chdir file", os.Chdir("dir/a.txt"))
	show("Chdir missing", os.Chdir("dir/nope"))
	show("Rename", os.Rename(p, "dir/b"))
	show("Rename to", os.Rename("dir/a.txt", "dir/a.txt/z"))
}
