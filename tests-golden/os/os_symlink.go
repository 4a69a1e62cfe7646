package main

// Symbolic and hard links: Lstat sees the link, Stat its target; Readlink, a dangling link, a link to a
// directory, filepath.EvalSymlinks, and os.SameFile.

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	os.WriteFile("target.txt", []byte("hello"), 0644)
	os.Chmod("target.txt", 0644)
	os.Mkdir("dir", 0755)
	os.Chmod("dir", 0755)
	fmt.Println(os.Symlink("target.txt", "link"))
	fmt.Println(os.Symlink("dir", "dirlink"))
	fmt.Println(os.Symlink("nowhere", "dangling"))
	fmt.Println(os.Symlink("target.txt", "link"))

	for _, name := range []string{"link", "dirlink", "dangling", "target.txt"} {
		li, err := os.Lstat(name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("lstat %-10s %v symlink=%v\n", li.Name(), li.Mode().Type(), li.Mode()&fs.ModeSymlink != 0)
		si, err := os.Stat(name)
		if err != nil {
			fmt.Println("  stat:", err)
			continue
		}
		fmt.Printf("  stat %-10s %v size=%d\n", si.Name(), si.Mode(), si.Size())
	}
	fmt.Println(os.Readlink("link"))
	fmt.Println(os.Readlink("target.txt"))
	fmt.Println(os.Readlink("missing"))
	data, err := os.ReadFile("link")
	fmt.Printf("%q %v\n", data, err)
	_, err = os.ReadFile("dangling")
	fmt.Println(err)

	os.WriteFile("dir/inner", []byte("x"), 0644)
	fmt.Println(filepath.EvalSymlinks("dirlink/inner"))
	fmt.Println(filepath.EvalSymlinks("link"))
	fmt.Println(filepath.EvalSymlinks("./dir/../link"))
	fmt.Println(filepath.EvalSymlinks("dangling"))
	fmt.Println(filepath.EvalSymlinks("target.txt/x"))
	entries, _ := os.ReadDir(".")
	for _, ent := range entries {
		fmt.Println(ent.Name(), ent.Type(), ent.IsDir())
	}

	fmt.Println(os.Link("target.txt", "hard"))
	a, _ := os.Stat("target.txt")
	b, _ := os.Stat("hard")
	c, _ := os.Stat("link")
	d, _ := os.Lstat("link")
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c), os.SameFile(a, d))
	fmt.Println(os.Remove("link"), os.Remove("dirlink"))
	_, err = os.Stat("dir/inner")
	fmt.Println("target kept:", err)
}
