package main

// The lexical functions of path and path/filepath on a table of paths.

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	paths := []string{
		"", ".", "..", "/", "//", "a", "a/", "/a", "a/b", "a//b", "a/./b", "a/../b", "a/b/..", "a/b/../..",
		"a/b/../../..", "../a", "../../a/..", "/../a", "/..", "./", "abc/def/ghi.txt", "x.tar.gz", "/x/.bashrc",
		".hidden", "dir.d/file", "a/b/", "///a///b///", "a/./../b/./c.", "/a/b/c/../../../..",
	}
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%-22q clean=%-12q base=%-10q dir=%-8q ext=%-8q split=%q,%q abs=%v\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), dir, file, path.IsAbs(p))
		if filepath.Clean(p) != path.Clean(p) || filepath.Base(p) != path.Base(p) || filepath.Dir(p) != path.Dir(p) {
			fmt.Println("  filepath differs")
		}
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"a/", "/b/"}, {"a", "../../b"}, {"", "/x"}, {"a", "b", "c", "..", "d"}}
	for _, j := range joins {
		fmt.Printf("join%q = %q %q\n", j, path.Join(j...), filepath.Join(j...))
	}
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b", "a/b/c"}, {"a/b/c", "a/b"}, {"a/b", "a/x/y"}, {"/a", "/b/c"}, {"/", "/a/b"},
		{".", "a"}, {"a", "."}, {"..", "a"}, {"../a", "../b"}, {"a", "../b"}, {"/a", "b"}, {"a", "/b"},
		{"a/b/../c", "a/c/d"}, {"./x", "x/y"}, {"a", "a/../.."}, {"../..", ".."}, {"/a/b", "/"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList("a::b:"))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x/y") == "")
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	for _, p := range []string{"a/b", "../a", "a/../../b", "/abs", "", ".", "a/./b/..", "..x"} {
		fmt.Print(filepath.IsAbs(p), " ")
	}
	fmt.Println()
}
