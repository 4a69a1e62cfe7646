// A command's environment and working directory: Env replaces the environment (later entries win), nil passes the
// program's own (with Setenv's changes, and PWD for Dir), and Dir is where it runs.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	cmd := exec.Command("sh", "-c", "echo $GREETING $WHO; env | grep -c .")
	cmd.Env = []string{"GREETING=hello", "WHO=nobody", "WHO=world"}
	out, err := cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	fmt.Println(cmd.Environ())

	os.Setenv("GOSUB_EXEC_TEST", "from the program")
	out, _ = exec.Command("sh", "-c", "echo $GOSUB_EXEC_TEST").Output()
	fmt.Printf("inherited: %q\n", out)
	os.Unsetenv("GOSUB_EXEC_TEST")
	out, _ = exec.Command("sh", "-c", "echo \"[$GOSUB_EXEC_TEST]\"").Output()
	fmt.Printf("unset: %q\n", out)

	os.Mkdir("sub", 0755)
	os.WriteFile("sub/marker.txt", []byte("x"), 0644)
	cmd = exec.Command("ls")
	cmd.Dir = "sub"
	out, err = cmd.Output()
	fmt.Printf("ls in sub: %q %v\n", out, err)

	cmd = exec.Command("sh", "-c", "echo $PWD")
	cmd.Dir = "sub"
	out, _ = cmd.Output()
	abs, _ := filepath.Abs("sub")
	fmt.Println("PWD is Dir:", strings.TrimSpace(string(out)) == abs)
	env := cmd.Environ()
	fmt.Println("Environ ends with PWD:", env[len(env)-1] == "PWD="+abs)

	// the program's working directory, after Chdir
	os.Chdir("sub")
	out, _ = exec.Command("ls").Output()
	fmt.Printf("after Chdir: %q\n", out)
	os.Chdir("..")

	cmd = exec.Command("env")
	cmd.Env = []string{}
	out, _ = cmd.Output()
	fmt.Printf("empty env: %q\n", out)

	cmd = exec.Command("sh", "-c", "echo $A")
	cmd.Env = []string{"A=1", "bad\x00entry=2"}
	fmt.Println(cmd.Run())
}
