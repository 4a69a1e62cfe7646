package main

// Permission errors. Tests may run as root, for whom a file with mode 000 is readable all the same, so the
// refusals here are ones that root gets too: a file of /proc cannot be removed by anyone. The error text
// differs (EPERM for root, EACCES for others), so what is printed is what both share: the operation, the
// path, and that errors.Is and os.IsPermission see a permission error.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func report(err error) {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		fmt.Println("not a *PathError:", err)
		return
	}
	fmt.Println(pe.Op, pe.Path, "permission:", os.IsPermission(err), errors.Is(err, fs.ErrPermission), errors.Is(err, os.ErrPermission))
	fmt.Println("  not exist:", os.IsNotExist(err), "exist:", os.IsExist(err))
}

func main() {
	report(os.Remove("/proc/version"))
	report(os.Remove("/proc/self/status"))
	report(os.RemoveAll("/proc/version"))
	_, err := os.Stat("/proc/version")
	fmt.Println("still there:", err == nil)
}
