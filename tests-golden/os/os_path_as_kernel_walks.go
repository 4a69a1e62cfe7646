package main

// Paths reach the system as given, and Linux walks them a component at a time: ".." after a regular file is
// "not a directory" (not the file's directory, as a lexical clean would have it), ".." after a symbolic link is
// the parent of the link's target (not the directory holding the link), a final slash on a file is "not a
// directory" and on a dangling link "no such file or directory", and the empty name names nothing.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func show(what string, err error) {
	if err == nil {
		fmt.Println(what, "ok")
		return
	}
	fmt.Printf("%s -> %v | notexist=%v notdir=%v\n", what, err, errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR))
}

func main() {
	top, err := os.MkdirTemp("", "kernelwalk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(top)
	if err := os.Chdir(top); err != nil {
		panic(err)
	}
	must(os.Mkdir("dir", 0o755))
	must(os.Mkdir("dir/sub", 0o755))
	must(os.WriteFile("dir/a.txt", []byte("hello"), 0o644))
	must(os.WriteFile("dir/sub/deep.txt", []byte("deep"), 0o644))
	must(os.Symlink("dir/sub", "link"))
	must(os.Symlink("a.txt", "dir/alink"))
	must(os.Symlink("nowhere", "dangling"))
	must(os.Symlink("loop", "loop"))

	for _, name := range []string{
		"dir/a.txt/..", "dir/a.txt/", "dir/a.txt/.", "dir/a.txt/x", "dir/a.txt/../a.txt",
		"", "dir/sub/..", "dir/sub/../a.txt", "dir/nope/..", "dir/nope/../a.txt",
		"link/..", "link/../a.txt", "link/../sub", "link/deep.txt", "link/./deep.txt",
		"dir//a.txt", "./dir/./a.txt", "dir/alink/", "dir/alink/..", "dir/alink",
		"dangling", "dangling/", "dangling/..", "link/", "dir/sub/", "dir/", ".", "loop/", "loop/..",
	} {
		p := name
		fi, err := os.Stat(p)
		if err == nil {
			show(fmt.Sprintf("Stat(%q) dir=%v", p, fi.IsDir()), nil)
		} else {
			show(fmt.Sprintf("Stat(%q)", p), err)
		}
		fi, err = os.Lstat(p)
		if err == nil {
			show(fmt.Sprintf("Lstat(%q) link=%v", p, fi.Mode()&fs.ModeSymlink != 0), nil)
		} else {
			show(fmt.Sprintf("Lstat(%q)", p), err)
		}
		b, err := os.ReadFile(p)
		if err == nil {
			show(fmt.Sprintf("ReadFile(%q) %q", p, b), nil)
		} else {
			show(fmt.Sprintf("ReadFile(%q)", p), err)
		}
		entries, err := os.ReadDir(p)
		if err == nil {
			names := []string{}
			for _, listed := range entries {
				names = append(names, listed.Name())
			}
			show(fmt.Sprintf("ReadDir(%q) %v", p, names), nil)
		} else {
			show(fmt.Sprintf("ReadDir(%q)", p), err)
		}
		target, err := os.Readlink(p)
		if err == nil {
			show(fmt.Sprintf("Readlink(%q) %q", p, target), nil)
		} else {
			show(fmt.Sprintf("Readlink(%q)", p), err)
		}
	}

	show("Chdir(dir/a.txt/..)", os.Chdir("dir/a.txt/.."))
	show("Chdir(\"\")", os.Chdir(""))
	show("Chdir(link/..)", os.Chdir("link/.."))
	wd, _ := os.Getwd()
	here, _ := os.Stat(".")
	dir, _ := os.Stat(top + "/dir")
	fmt.Println("after Chdir(link/..) the working directory is dir:", os.SameFile(here, dir), "Getwd ends in /dir:", len(wd) > 4 && wd[len(wd)-4:] == "/dir")
	_, err = os.Stat("sub/deep.txt")
	show("Stat(sub/deep.txt) from there", err)
	must(os.Chdir(top))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
