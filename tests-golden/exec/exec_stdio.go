// Where a command's standard streams go: a reader as its input, buffers, one buffer for both outputs
// (CombinedOutput), and the program's own os.Stdout, written before and after the command.
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

func main() {
	cmd := exec.Command("tr", "[:lower:]", "[:upper:]")
	cmd.Stdin = strings.NewReader("shout this\nand this\n")
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", out, err)

	// a large input through a pipe that fills up
	big := strings.Repeat("0123456789abcdef", 1<<14) // 256 KB
	cmd = exec.Command("wc", "-c")
	cmd.Stdin = strings.NewReader(big)
	out, err = cmd.Output()
	fmt.Printf("%s %v\n", strings.TrimSpace(string(out)), err)

	// a large output
	out, err = exec.Command("sh", "-c", "i=0; while [ $i -lt 5000 ]; do echo line $i; i=$((i+1)); done").Output()
	fmt.Println(len(out), bytes.Count(out, []byte("\n")), err)

	// no stdin: the command reads end of file at once
	out, err = exec.Command("cat").Output()
	fmt.Printf("cat: %q %v\n", out, err)

	var outBuf, errBuf bytes.Buffer
	cmd = exec.Command("sh", "-c", "echo to-out; echo to-err >&2")
	cmd.Stdout = &outBuf
	cmd.Stderr = &errBuf
	fmt.Println(cmd.Run(), strings.TrimSpace(outBuf.String()), strings.TrimSpace(errBuf.String()))

	out, err = exec.Command("sh", "-c", "echo one; echo two >&2; echo three; echo four >&2; exit 2").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)

	fmt.Println("parent before")
	cmd = exec.Command("sh", "-c", "echo child line 1; echo child line 2")
	cmd.Stdout = os.Stdout
	fmt.Println("run:", cmd.Run())
	fmt.Println("parent after")

	// the child's standard error into the program's standard output, with its own output
	cmd = exec.Command("sh", "-c", "echo out; echo err >&2")
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stdout
	fmt.Println("run:", cmd.Run())

	// output into a file the program opened
	f, err := os.Create("listing.txt")
	if err != nil {
		panic(err)
	}
	cmd = exec.Command("echo", "into a file")
	cmd.Stdout = f
	fmt.Println("to file:", cmd.Run())
	f.Close()
	data, _ := os.ReadFile("listing.txt")
	fmt.Printf("%q\n", data)
}
