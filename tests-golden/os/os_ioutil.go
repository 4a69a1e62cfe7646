package main

// io/ioutil, the old names: ReadFile, WriteFile, ReadDir (sorted FileInfos), ReadAll, TempDir, TempFile,
// Discard and NopCloser.

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	fmt.Println(ioutil.WriteFile("b.txt", []byte("bee\n"), 0644))
	fmt.Println(ioutil.WriteFile("a.txt", []byte("ay\n"), 0644))
	os.Mkdir("c", 0755)
	data, err := ioutil.ReadFile("b.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile("zzz")
	fmt.Println(err)
	infos, err := ioutil.ReadDir(".")
	for _, described := range infos {
		fmt.Println(described.Name(), described.IsDir(), described.Size() > 0 || described.IsDir())
	}
	fmt.Println(err)
	_, err = ioutil.ReadDir("zzz")
	fmt.Println(err)

	all, err := ioutil.ReadAll(strings.NewReader("everything at once"))
	fmt.Printf("%q %v\n", all, err)
	f, _ := os.Open("a.txt")
	all, err = ioutil.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	f.Close()

	n, err := fmt.Fprintf(ioutil.Discard, "%d bytes gone", 12345)
	fmt.Println(n, err)
	n, err = io.WriteString(ioutil.Discard, "abc")
	fmt.Println(n, err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())

	dir, err := ioutil.TempDir(".", "tmp")
	fmt.Println(strings.HasPrefix(dir, "./tmp"), err)
	tf, err := ioutil.TempFile(dir, "*.txt")
	fmt.Println(strings.HasSuffix(tf.Name(), ".txt"), err)
	tf.Close()
	fmt.Println(os.RemoveAll(dir))
}
