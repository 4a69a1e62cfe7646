package main

// What changes the file system walks names as the kernel does too (see os_path_as_kernel_walks): each operation
// runs in a fresh copy of the same tree, and the program lists what the tree holds afterwards, so that an
// operation that a lexical clean of its name would have sent elsewhere shows.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

var top string

// fresh makes a new copy of the tree in its own directory and goes there.
func fresh(n int) {
	d := filepath.Join(top, fmt.Sprint("t", n))
	must(os.Mkdir(d, 0o755))
	must(os.Chdir(d))
	must(os.Mkdir("dir", 0o755))
	must(os.Mkdir("dir/sub", 0o755))
	must(os.WriteFile("dir/a.txt", []byte("hello"), 0o644))
	must(os.Symlink("dir/sub", "link"))
	must(os.Symlink("a.txt", "dir/alink"))
	must(os.Symlink("dir/sub", "ld"))
}

// tree lists the entries below the working directory, links with their targets.
func tree() string {
	var out []string
	filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			t, _ := os.Readlink(p)
			p += "->" + t
		} else if d.IsDir() {
			p += "/"
		}
		out = append(out, p)
		return nil
	})
	sort.Strings(out)
	return strings.Join(out, " ")
}

func main() {
	var err error
	top, err = os.MkdirTemp("", "kernelwalkchanges")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(top)

	ops := []struct {
		what string
		do   func() error
	}{
		{"WriteFile(dir/a.txt/../b.txt)", func() error { return os.WriteFile("dir/a.txt/../b.txt", []byte("x"), 0o644) }},
		{"WriteFile(link/../c.txt)", func() error { return os.WriteFile("link/../c.txt", []byte("x"), 0o644) }},
		{"WriteFile(dir/d.txt/)", func() error { return os.WriteFile("dir/d.txt/", []byte("x"), 0o644) }},
		{"WriteFile(\"\")", func() error { return os.WriteFile("", []byte("x"), 0o644) }},
		{"Mkdir(dir/a.txt/../m)", func() error { return os.Mkdir("dir/a.txt/../m", 0o755) }},
		{"Mkdir(link/../m)", func() error { return os.Mkdir("link/../m", 0o755) }},
		{"Mkdir(m/)", func() error { return os.Mkdir("m/", 0o755) }},
		{"Mkdir(ld/)", func() error { return os.Mkdir("ld/", 0o755) }},
		{"Mkdir(dir/sub/..)", func() error { return os.Mkdir("dir/sub/..", 0o755) }},
		{"Mkdir(\"\")", func() error { return os.Mkdir("", 0o755) }},
		{"MkdirAll(dir/a.txt/x/y)", func() error { return os.MkdirAll("dir/a.txt/x/y", 0o755) }},
		{"MkdirAll(link/../m/n)", func() error { return os.MkdirAll("link/../m/n", 0o755) }},
		{"MkdirAll(\"\")", func() error { return os.MkdirAll("", 0o755) }},
		{"Remove(dir/a.txt/..)", func() error { return os.Remove("dir/a.txt/..") }},
		{"Remove(dir/a.txt/)", func() error { return os.Remove("dir/a.txt/") }},
		{"Remove(ld/)", func() error { return os.Remove("ld/") }},
		{"Remove(link/../a.txt)", func() error { return os.Remove("link/../a.txt") }},
		{"Remove(dir/sub/.)", func() error { return os.Remove("dir/sub/.") }},
		{"Remove(\"\")", func() error { return os.Remove("") }},
		{"RemoveAll(dir/a.txt/..)", func() error { return os.RemoveAll("dir/a.txt/..") }},
		{"RemoveAll(dir/a.txt/)", func() error { return os.RemoveAll("dir/a.txt/") }},
		{"RemoveAll(ld/)", func() error { return os.RemoveAll("ld/") }},
		{"RemoveAll(link/../sub)", func() error { return os.RemoveAll("link/../sub") }},
		{"Rename(dir/a.txt/.., x)", func() error { return os.Rename("dir/a.txt/..", "x") }},
		{"Rename(dir/a.txt, dir/sub/../b.txt)", func() error { return os.Rename("dir/a.txt", "dir/sub/../b.txt") }},
		{"Rename(dir/a.txt/, e.txt)", func() error { return os.Rename("dir/a.txt/", "e.txt") }},
		{"Rename(link/../a.txt, e.txt)", func() error { return os.Rename("link/../a.txt", "e.txt") }},
		{"Rename(ld/, x)", func() error { return os.Rename("ld/", "x") }},
		{"Rename(\"\", e.txt)", func() error { return os.Rename("", "e.txt") }},
		{"Symlink(x, dir/a.txt/../l)", func() error { return os.Symlink("x", "dir/a.txt/../l") }},
		{"Symlink(x, link/../l)", func() error { return os.Symlink("x", "link/../l") }},
		{"Symlink(x, ld/)", func() error { return os.Symlink("x", "ld/") }},
		{"Symlink(x, \"\")", func() error { return os.Symlink("x", "") }},
		{"Link(dir/a.txt, link/../h)", func() error { return os.Link("dir/a.txt", "link/../h") }},
		{"Chmod(dir/a.txt/..)", func() error { return os.Chmod("dir/a.txt/..", 0o700) }},
		{"Chmod(\"\")", func() error { return os.Chmod("", 0o700) }},
		{"Truncate(dir/a.txt/)", func() error { return os.Truncate("dir/a.txt/", 0) }},
		{"Truncate(link/../a.txt)", func() error { return os.Truncate("link/../a.txt", 1) }},
	}
	for i, op := range ops {
		fresh(i)
		err := op.do()
		if err == nil {
			fmt.Printf("%s ok | %s\n", op.what, tree())
		} else {
			fmt.Printf("%s -> %v | notexist=%v notdir=%v | %s\n", op.what, err, errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR), tree())
		}
	}
	must(os.Chdir(top))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
