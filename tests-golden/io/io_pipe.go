package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	// A writer goroutine and a reader with a small buffer: each Write waits until its bytes are all read.
	pr, pw := io.Pipe()
	wrote := make(chan string, 3)
	go func() {
		for _, s := range []string{"first chunk", "", "second"} {
			n, err := pw.Write([]byte(s))
			wrote <- fmt.Sprint("wrote ", n, " ", err)
		}
		pw.Close()
		close(wrote)
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	for w := range wrote {
		fmt.Println(w)
	}
	n, err := pr.Read(buf)
	fmt.Println("again", n, err)

	// The writer closes with an error: the reader gets it.
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
		pw.CloseWithError(errors.New("ignored: only the first counts"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("ReadAll %q %v\n", data, err)

	// The reader closes: writers get ErrClosedPipe, or the reader's error.
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("nobody listens"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	n, err = pr.Read(buf)
	fmt.Println(n, err)
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gave up"))
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	pw.Close()
	_, err = pw.Write([]byte("x"))
	fmt.Println("writer closed too:", err)

	// A Write blocked in the middle learns that the reader closed.
	pr, pw = io.Pipe()
	finished := make(chan struct{})
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		fmt.Println("blocked write ended:", n, err)
		close(finished)
	}()
	n, _ = pr.Read(buf)
	fmt.Printf("took %q\n", buf[:n])
	pr.Close()
	<-finished

	// Writes from several goroutines never interleave; io.Copy drains the pipe.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fmt.Fprintf(pw, "<%s>", strings.Repeat(string(rune('a'+i)), 50))
		}(i)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	var sb strings.Builder
	k, err := io.Copy(&sb, pr)
	fmt.Println("copied", k, err)
	out := sb.String()
	ok := true
	for _, piece := range strings.Split(strings.Trim(out, "<>"), "><") {
		if len(piece) != 50 || strings.Count(piece, piece[:1]) != 50 {
			ok = false
		}
	}
	fmt.Println("unmixed:", ok)
}
