package main

// io/fs over os.DirFS: ValidPath, fs.ReadFile, fs.Stat, fs.ReadDir, fs.Glob, fs.Sub, and the errors of paths
// an FS does not accept.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	for _, p := range []string{".", "a", "a/b", "", "/a", "a/", "./a", "a/./b", "a/../b", "..", "a//b", "x.go"} {
		fmt.Printf("%q:%v ", p, fs.ValidPath(p))
	}
	fmt.Println()
	os.MkdirAll("site/css", 0755)
	os.MkdirAll("site/img/icons", 0755)
	os.WriteFile("site/index.html", []byte("<h1>hi</h1>"), 0644)
	os.WriteFile("site/css/main.css", []byte("body{}"), 0644)
	os.WriteFile("site/img/icons/a.svg", []byte("<svg/>"), 0644)

	fsys := os.DirFS("site")
	data, err := fs.ReadFile(fsys, "index.html")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "nope.html")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadFile(fsys, "../site/index.html")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fsys.Open("/index.html")
	fmt.Println(err)

	info, err := fs.Stat(fsys, "css/main.css")
	fmt.Println(info.Name(), info.Size(), info.IsDir(), err)
	entries, err := fs.ReadDir(fsys, ".")
	for _, ent := range entries {
		fmt.Print(ent.Name(), ":", ent.IsDir(), " ")
	}
	fmt.Println(err)
	matches, err := fs.Glob(fsys, "*/*")
	fmt.Println(matches, err)
	matches, err = fs.Glob(fsys, "img/*/*.svg")
	fmt.Println(matches, err)
	_, err = fs.Glob(fsys, "[")
	fmt.Println(err)

	sub, err := fs.Sub(fsys, "img")
	fmt.Println(err)
	fs.WalkDir(sub, ".", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(" ", path, d.IsDir(), err)
		return nil
	})
	data, err = fs.ReadFile(sub, "icons/a.svg")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(sub, "icons/b.svg")
	fmt.Println(err)
	_, err = fs.Sub(fsys, "../x")
	fmt.Println(err)

	f, err := fsys.Open("css")
	fmt.Println(err)
	if rd, ok := f.(fs.ReadDirFile); ok {
		list, err := rd.ReadDir(-1)
		fmt.Println(len(list), list[0].Name(), err)
	}
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.IsDir())
	f.Close()
	de := fs.FileInfoToDirEntry(info)
	fmt.Println(de.Name(), de.IsDir(), de.Type(), fs.FileInfoToDirEntry(nil) == nil)
}
