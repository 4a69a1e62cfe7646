package main

// Reading and writing an *os.File: Seek from each origin, ReadAt and WriteAt (which leave the offset alone),
// Truncate both ways, reading to io.EOF, O_APPEND, and the errors of negative offsets.

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func must(err error) {
	if err != nil {
		fmt.Println("failed:", err)
	}
}

func offset(f *os.File) int64 {
	at, err := f.Seek(0, io.SeekCurrent)
	must(err)
	return at
}

func main() {
	f, err := os.Create("data.bin")
	must(err)
	n, err := f.Write([]byte("0123456789"))
	fmt.Println("write", n, err, offset(f))
	n, err = f.WriteString("abcdef")
	fmt.Println("writestring", n, err, offset(f))

	pos, err := f.Seek(3, io.SeekStart)
	fmt.Println("seek start", pos, err)
	buf := make([]byte, 4)
	n, err = f.Read(buf)
	fmt.Printf("read %d %v %q at %d\n", n, err, buf[:n], offset(f))
	pos, err = f.Seek(-2, io.SeekEnd)
	fmt.Println("seek end", pos, err)
	n, err = f.Read(buf)
	fmt.Printf("read %d %v %q\n", n, err, buf[:n])
	n, err = f.Read(buf)
	fmt.Printf("read at end %d %v\n", n, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println("read nothing", n, err)
	pos, err = f.Seek(-5, io.SeekCurrent)
	fmt.Println("seek current", pos, err)
	_, err = f.Seek(-100, io.SeekCurrent)
	fmt.Println("seek before start:", err)
	_, err = f.Seek(0, 7)
	fmt.Println("bad whence:", err)

	buf = make([]byte, 6)
	n, err = f.ReadAt(buf, 2)
	fmt.Printf("readat %d %v %q offset still %d\n", n, err, buf[:n], offset(f))
	n, err = f.ReadAt(buf, 13)
	fmt.Printf("readat near end %d %v %q\n", n, err, buf[:n])
	_, err = f.ReadAt(buf, -1)
	fmt.Println("readat negative:", err)
	n, err = f.WriteAt([]byte("XY"), 1)
	fmt.Println("writeat", n, err, offset(f))
	_, err = f.WriteAt([]byte("XY"), -3)
	fmt.Println("writeat negative:", err)
	n, err = f.WriteAt([]byte("!"), 20)
	fmt.Println("writeat past end", n, err)

	info, err := f.Stat()
	fmt.Println("size", info.Size(), info.Name(), err)
	must(f.Truncate(4))
	info, _ = f.Stat()
	fmt.Println("truncated", info.Size(), offset(f))
	must(f.Truncate(8))
	must(f.Sync())
	must(f.Close())
	data, err := os.ReadFile("data.bin")
	fmt.Printf("%q %v\n", data, err)

	a, err := os.OpenFile("log.txt", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
	must(err)
	a.WriteString("one\n")
	a.Seek(0, io.SeekStart)
	a.WriteString("two\n")
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println("writeat append:", err)
	a.Close()
	a, _ = os.OpenFile("log.txt", os.O_APPEND|os.O_RDWR, 0)
	a.WriteString("three\n")
	a.Seek(0, io.SeekStart)
	all, err := io.ReadAll(a)
	fmt.Printf("%q %v\n", all, err)
	a.Close()

	t, _ := os.OpenFile("log.txt", os.O_TRUNC|os.O_WRONLY, 0)
	t.Close()
	info, _ = os.Stat("log.txt")
	fmt.Println("after O_TRUNC", info.Size())

	w, _ := os.OpenFile("log.txt", os.O_WRONLY, 0)
	_, err = w.Read(make([]byte, 1))
	fmt.Println("read write-only:", err)
	w.Close()
	fmt.Println(errors.Is(err, os.ErrClosed))
	must(os.Truncate("data.bin", 2))
	data, _ = os.ReadFile("data.bin")
	fmt.Printf("%q\n", data)
	fmt.Println(os.Truncate("nope", 1))
}
