package main

// Directories: MkdirAll, ReadDir (sorted), a directory read in chunks with File.ReadDir and Readdirnames
// (io.EOF at the end), Readdir, DirEntry.Info, RemoveAll, and the errors of each.

import (
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	if err := os.MkdirAll("tree/a/b/c", 0755); err != nil {
		fmt.Println(err)
	}
	fmt.Println("again:", os.MkdirAll("tree/a/b/c", 0755))
	for _, name := range []string{"tree/z.txt", "tree/m.go", "tree/a/one", "tree/a/b/two", "tree/B.md"} {
		os.WriteFile(name, []byte(name), 0644)
	}
	fmt.Println("over a file:", os.MkdirAll("tree/z.txt/sub", 0755))
	fmt.Println("file in the way:", os.MkdirAll("tree/m.go", 0755))

	entries, err := os.ReadDir("tree")
	fmt.Println(len(entries), err)
	for _, ent := range entries {
		info, err := ent.Info()
		size := int64(-1)
		if !ent.IsDir() {
			size = info.Size()
		}
		fmt.Printf("%-6s dir=%-5v type=%v size=%d info.Name=%s %v\n", ent.Name(), ent.IsDir(), ent.Type(), size, info.Name(), err)
	}

	d, _ := os.Open("tree")
	total := 0
	for {
		chunk, err := d.ReadDir(2)
		total += len(chunk)
		fmt.Println("chunk", len(chunk), err)
		if err == io.EOF {
			break
		}
	}
	rest, err := d.ReadDir(-1)
	fmt.Println("after the end", len(rest), rest != nil, err, total)
	d.Close()

	d, _ = os.Open("tree")
	names, err := d.Readdirnames(-1) // all of them
	sort.Strings(names)
	fmt.Println(names, err)
	names, err = d.Readdirnames(1)
	fmt.Println(names, names != nil, err)
	d.Close()

	d, _ = os.Open("tree/a")
	infos, err := d.Readdir(0)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, described := range infos {
		fmt.Println(described.Name(), described.IsDir())
	}
	fmt.Println(err)
	d.Close()

	_, err = d.ReadDir(1)
	fmt.Println("closed:", err)
	_, err = os.ReadDir("nope")
	fmt.Println(err)
	empty, err := os.ReadDir("tree/a/b/c")
	fmt.Println(len(empty), empty == nil, err)

	fmt.Println(os.RemoveAll("tree/a"))
	entries, _ = os.ReadDir("tree")
	for _, ent := range entries {
		fmt.Print(ent.Name(), " ")
	}
	fmt.Println()
	fmt.Println(os.RemoveAll("tree"), os.RemoveAll("tree"), os.RemoveAll(""))
	fmt.Println(os.RemoveAll("x/."))
	_, err = os.Stat("tree")
	fmt.Println(os.IsNotExist(err))
}
