// Running commands and reading how they ended: Output, Run, exit codes, ExitError and its Stderr.
package main

import (
	"errors"
	"fmt"
	"os/exec"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	out, err = exec.Command("printf", "%s-%d\\n", "a", "7").Output()
	fmt.Printf("%q %v\n", out, err)

	cmd := exec.Command("sh", "-c", "echo partial; echo oops >&2; exit 3")
	out, err = cmd.Output()
	fmt.Printf("%q\n", out)
	fmt.Println("Output error:", err)
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		fmt.Printf("code=%d exited=%v success=%v stderr=%q string=%q\n",
			exit.ExitCode(), exit.Exited(), exit.Success(), exit.Stderr, exit.String())
	}
	fmt.Println("state:", cmd.ProcessState, cmd.ProcessState.ExitCode(), cmd.ProcessState.Pid() == cmd.Process.Pid)

	err = exec.Command("sh", "-c", "exit 0").Run()
	fmt.Println("exit 0:", err)
	err = exec.Command("false").Run()
	fmt.Println("false:", err)
	err = exec.Command("sh", "-c", "exit 255").Run()
	fmt.Println("exit 255:", err, err.(*exec.ExitError).ExitCode())

	// Run leaves Stderr to the caller: ExitError.Stderr stays empty
	err = exec.Command("sh", "-c", "echo hidden >&2; exit 1").Run()
	fmt.Printf("run: %v %q\n", err, err.(*exec.ExitError).Stderr)

	// a process that kills itself
	err = exec.Command("sh", "-c", "kill -9 $$").Run()
	fmt.Println("self-kill is an error:", err != nil)

	var nilState *exec.ExitError = &exec.ExitError{}
	fmt.Println(nilState.ProcessState.ExitCode(), nilState.ProcessState.String())

	fmt.Println(exec.Command("echo", "a b", "c").String())
	fmt.Println(exec.Command("nosuchcmd-gosub", "x").String())
}
