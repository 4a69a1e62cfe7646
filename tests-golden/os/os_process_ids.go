package main

import (
	"fmt"
	"os"
)

// The process's ids: a process runs as some user and group (the same real and effective ones unless set-uid), and
// was started by another process.
func main() {
	fmt.Println("uid known:", os.Getuid() >= 0, "same as effective:", os.Getuid() == os.Geteuid())
	fmt.Println("gid known:", os.Getgid() >= 0, "same as effective:", os.Getgid() == os.Getegid())
	fmt.Println("parent is another process:", os.Getppid() > 0 && os.Getppid() != os.Getpid())
}
