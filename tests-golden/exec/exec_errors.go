// The errors of os/exec, each as Go words it: not found, a missing directory, a file that cannot run, misuse of
// a Cmd (started twice, outputs set twice, pipes after the start, Wait before Start or twice), an empty command.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
)

func main() {
	cmd := exec.Command("nosuchcmd")
	fmt.Println("not found:", cmd.Err)
	err := cmd.Run()
	fmt.Println("run:", err, errors.Is(err, exec.ErrNotFound))
	var e *exec.Error
	if errors.As(err, &e) {
		fmt.Printf("Name=%q Err=%v\n", e.Name, e.Err)
	}
	_, err = exec.LookPath("nosuchcmd")
	fmt.Println("LookPath:", err)
	path, err := exec.LookPath("sh")
	fmt.Println("LookPath sh:", path != "" && path[0] == '/', err)

	err = exec.Command("./missing.sh").Run()
	fmt.Println("relative missing:", err, errors.Is(err, fs.ErrNotExist))
	_, err = exec.LookPath("./missing.sh")
	fmt.Println("LookPath relative missing:", err)

	os.WriteFile("plain.txt", []byte("not a program\n"), 0644)
	err = exec.Command("./plain.txt").Run()
	fmt.Println("not executable:", err, errors.Is(err, fs.ErrPermission))
	_, err = exec.LookPath("./plain.txt")
	fmt.Println("LookPath not executable:", err)

	os.WriteFile("script.sh", []byte("#!/bin/sh\necho script says $1\n"), 0755)
	out, err := exec.Command("./script.sh", "hi").Output()
	fmt.Printf("script: %q %v\n", out, err)

	cmd = exec.Command("pwd")
	cmd.Dir = "/nope"
	err = cmd.Run()
	fmt.Println("missing dir:", err, errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}

	cmd = exec.Command("true")
	fmt.Println("first:", cmd.Run())
	fmt.Println("again:", cmd.Run())
	fmt.Println("start again:", cmd.Start())
	fmt.Println("wait again:", cmd.Wait())

	cmd = exec.Command("true")
	fmt.Println("wait unstarted:", cmd.Wait())

	cmd = exec.Command("echo")
	cmd.Stdout = &bytes.Buffer{}
	_, err = cmd.Output()
	fmt.Println("output:", err)
	_, err = cmd.CombinedOutput()
	fmt.Println("combined:", err)
	_, err = cmd.StdoutPipe()
	fmt.Println("stdout pipe:", err)
	cmd = exec.Command("echo")
	cmd.Stderr = &bytes.Buffer{}
	_, err = cmd.CombinedOutput()
	fmt.Println("combined stderr:", err)
	_, err = cmd.StderrPipe()
	fmt.Println("stderr pipe:", err)
	cmd = exec.Command("cat")
	cmd.Stdin = &bytes.Buffer{}
	_, err = cmd.StdinPipe()
	fmt.Println("stdin pipe:", err)

	cmd = exec.Command("true")
	cmd.Start()
	_, err = cmd.StdinPipe()
	fmt.Println(err)
	_, err = cmd.StdoutPipe()
	fmt.Println(err)
	_, err = cmd.StderrPipe()
	fmt.Println(err)
	cmd.Wait()

	fmt.Println("empty:", (&exec.Cmd{}).Run())
	fmt.Println("no args:", (&exec.Cmd{Path: "/bin/echo"}).Run())

	cmd = exec.Command("true")
	cmd.Run()
	fmt.Println("signal after wait:", cmd.Process.Signal(os.Interrupt), errors.Is(cmd.Process.Kill(), os.ErrProcessDone))
	_, err = cmd.Process.Wait()
	fmt.Println("process wait twice:", err != nil)
}
