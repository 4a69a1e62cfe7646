// StdinPipe, StdoutPipe and StderrPipe, a pipeline of two commands, and the program's standard input handed to a
// command.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	cmd := exec.Command("sort")
	words, err := cmd.StdinPipe()
	if err != nil {
		panic(err)
	}
	out, _ := cmd.StdoutPipe()
	if startErr := cmd.Start(); startErr != nil {
		panic(startErr)
	}
	go func() {
		for _, w := range []string{"pear", "apple", "fig"} {
			fmt.Fprintln(words, w)
		}
		words.Close()
	}()
	sorted, err := io.ReadAll(out)
	fmt.Printf("%q %v\n", sorted, err)
	fmt.Println("wait:", cmd.Wait())
	_, err = out.Read(make([]byte, 1))
	fmt.Println("read after wait:", err)
	fmt.Println("close after wait:", out.Close())

	// lines as they come
	cmd = exec.Command("sh", "-c", "for i in 1 2 3; do echo tick $i; done; echo problem >&2; exit 4")
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	cmd.Start()
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		fmt.Println("got", lines.Text())
	}
	problem, _ := io.ReadAll(stderr)
	fmt.Printf("stderr %q, wait: %v\n", problem, cmd.Wait())

	// a pipeline: producer | consumer
	producer := exec.Command("printf", "b\\na\\nc\\na\\n")
	consumer := exec.Command("sort", "-u")
	pipe, _ := producer.StdoutPipe()
	consumer.Stdin = pipe
	var result strings.Builder
	consumer.Stdout = &result
	fmt.Println(producer.Start(), consumer.Start())
	fmt.Println(producer.Wait(), consumer.Wait())
	fmt.Printf("%q\n", result.String())

	// a command that exits without reading its input
	cmd = exec.Command("true")
	cmd.Stdin = strings.NewReader(strings.Repeat("x", 1<<20))
	fmt.Println("unread input:", cmd.Run())

	// writing after the command closed its input
	cmd = exec.Command("head", "-c", "1")
	w, _ := cmd.StdinPipe()
	cmd.Start()
	w.Write([]byte("x"))
	w.Close()
	_, err = w.Write([]byte("more"))
	fmt.Println("write after close:", err)
	fmt.Println("close again:", w.Close())
	fmt.Println(cmd.Wait())

	// the program's standard input
	cmd = exec.Command("wc", "-l")
	cmd.Stdin = os.Stdin
	cmd.Stdout = os.Stdout
	fmt.Println("wc:", cmd.Run())
}
