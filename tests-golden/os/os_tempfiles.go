package main

// Temporary files and directories: where they go, how the pattern names them (the random part differs from
// run to run, so only its shape is printed), and the pattern errors.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func shape(name, dir, prefix, suffix string) string {
	if !strings.HasPrefix(name, dir) {
		return "not in " + dir + ": " + name
	}
	base := filepath.Base(name)
	if !strings.HasPrefix(base, prefix) || !strings.HasSuffix(base, suffix) {
		return "bad name " + base
	}
	random := base[len(prefix) : len(base)-len(suffix)]
	for _, c := range random {
		if c < '0' || c > '9' {
			return "not digits: " + random
		}
	}
	return fmt.Sprintf("%s<%v digits>%s", prefix, len(random) > 0, suffix)
}

func main() {
	wd, _ := os.Getwd()
	os.Setenv("TMPDIR", wd)
	fmt.Println(os.TempDir() == wd)
	os.Unsetenv("TMPDIR")
	fmt.Println(os.TempDir())

	dir, err := os.MkdirTemp(".", "work-*-dir")
	fmt.Println(shape(dir, "./", "work-", "-dir"), err)
	info, _ := os.Stat(dir)
	fmt.Println(info.IsDir(), info.Mode().Perm())

	f, err := os.CreateTemp(dir, "data*.csv")
	fmt.Println(shape(f.Name(), dir+"/", "data", ".csv"), err)
	f.WriteString("a,b\n")
	info, _ = f.Stat()
	fmt.Println(info.Size(), info.Mode())
	f.Close()

	g, err := os.CreateTemp(dir+"/", "plain")
	fmt.Println(shape(g.Name(), dir+"/", "plain", ""), err)
	g.Close()
	h, err := os.CreateTemp(dir, "a*b*c")
	fmt.Println(shape(h.Name(), dir+"/", "a*b", "c"), err)
	h.Close()

	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	_, err = os.MkdirTemp(dir, "x/y*")
	fmt.Println(err)
	_, err = os.MkdirTemp("no/such/dir", "t")
	fmt.Println(err)
	_, err = os.CreateTemp("no/such/dir", "t")
	pe := err.(*os.PathError)
	fmt.Println(pe.Op, shape(pe.Path, "no/such/dir/", "t", ""), pe.Err)

	names := map[string]bool{}
	for i := 0; i < 20; i++ {
		d, err := os.MkdirTemp(dir, "n")
		if err != nil {
			fmt.Println(err)
		}
		names[d] = true
	}
	fmt.Println(len(names))
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
	fmt.Println(os.RemoveAll(dir))
}
