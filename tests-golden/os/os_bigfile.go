package main

// A larger file: 200,000 lines written through a File in chunks, read back whole and in pieces, counted.

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
)

func main() {
	f, err := os.Create("big.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	var chunk []byte
	total := 0
	for i := 0; i < 200000; i++ {
		chunk = append(chunk, "line "...)
		chunk = strconv.AppendInt(chunk, int64(i), 10)
		chunk = append(chunk, '\n')
		if len(chunk) > 60000 {
			n, _ := f.Write(chunk)
			total += n
			chunk = chunk[:0]
		}
	}
	n, _ := f.Write(chunk)
	total += n
	f.Close()
	info, _ := os.Stat("big.txt")
	fmt.Println(total, info.Size())

	data, err := os.ReadFile("big.txt")
	fmt.Println(len(data), bytes.Count(data, []byte("\n")), err)
	fmt.Printf("%q\n", data[len(data)-24:])

	g, _ := os.Open("big.txt")
	buf := make([]byte, 4096)
	lines, bytesRead, reads := 0, 0, 0
	for {
		n, err := g.Read(buf)
		reads++
		bytesRead += n
		lines += bytes.Count(buf[:n], []byte("\n"))
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	g.Close()
	fmt.Println(lines, bytesRead, reads > 100)
}
