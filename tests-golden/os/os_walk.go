package main

// filepath.Walk and WalkDir: lexical order, directories first; SkipDir on a directory and on a file; an
// error for a missing root; what a walk function's error does.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	for _, dir := range []string{"root/b/deep", "root/a", "root/c", "root/skip/inner"} {
		os.MkdirAll(dir, 0755)
	}
	for _, f := range []string{"root/z.txt", "root/B.txt", "root/a/1", "root/a/2", "root/b/deep/x", "root/b/y", "root/c/first", "root/c/second", "root/skip/inner/no", "root/_.go"} {
		os.WriteFile(f, []byte(f), 0644)
	}

	fmt.Println("Walk:")
	err := filepath.Walk("root", func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		size := info.Size()
		if info.IsDir() {
			size = 0
		}
		fmt.Printf("  %-20s %-5v %d %s\n", path, info.IsDir(), size, info.Name())
		return nil
	})
	fmt.Println(err)

	fmt.Println("WalkDir with SkipDir:")
	err = filepath.WalkDir("root", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			fmt.Println("  skipping", path)
			return filepath.SkipDir
		}
		if path == "root/c/first" {
			fmt.Println("  skipping the rest of", filepath.Dir(path))
			return filepath.SkipDir
		}
		fmt.Printf("  %-20s %v %v\n", path, d.IsDir(), d.Type())
		return nil
	})
	fmt.Println(err)

	fmt.Println("Walk from a file:")
	filepath.Walk("root/z.txt", func(path string, info fs.FileInfo, err error) error {
		fmt.Println(" ", path, info.Name(), err)
		return nil
	})

	fmt.Println("missing root:")
	err = filepath.Walk("nope", func(path string, info fs.FileInfo, err error) error {
		fmt.Println(" ", path, info == nil, err)
		return err
	})
	fmt.Println(err)
	err = filepath.WalkDir("nope", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(" ", path, d == nil, err)
		return nil
	})
	fmt.Println(err)

	stop := errors.New("stop here")
	count := 0
	err = filepath.WalkDir("root", func(path string, d fs.DirEntry, err error) error {
		count++
		if path == "root/b/y" {
			return stop
		}
		return nil
	})
	fmt.Println(count, err, err == stop)

	fmt.Println("SkipDir from the root:", filepath.Walk("root", func(string, fs.FileInfo, error) error { return filepath.SkipDir }))

	fmt.Println("fs.WalkDir over os.DirFS:")
	fs.WalkDir(os.DirFS("root"), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println(" ", err)
			return err
		}
		fmt.Printf("  %s", path)
		return nil
	})
	fmt.Println()
}
