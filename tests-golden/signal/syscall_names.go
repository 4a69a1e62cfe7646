package main

// syscall's signals and error numbers: their names, numbers, types and how they compare with os's.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	for s := syscall.Signal(0); s <= 33; s++ {
		fmt.Printf("%d:%v ", int(s), s)
	}
	fmt.Println()
	sigs := []os.Signal{os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGPIPE}
	for _, s := range sigs {
		fmt.Printf("%v|%d|%T|%#v  ", s, s, s, s)
	}
	fmt.Println()
	fmt.Println(os.Interrupt == syscall.SIGINT, os.Kill == syscall.SIGKILL, os.Interrupt == os.Signal(syscall.SIGTERM))
	fmt.Println(syscall.Getpid() == os.Getpid(), os.Getpid() > 0)

	errnos := []syscall.Errno{0, syscall.EPERM, syscall.ENOENT, syscall.EIO, syscall.EBADF, syscall.EAGAIN, syscall.EACCES, syscall.EEXIST, syscall.EXDEV, syscall.ENOTDIR, syscall.EISDIR, syscall.EINVAL, syscall.EMFILE, syscall.ENOSPC, syscall.EROFS, syscall.EPIPE, syscall.ENAMETOOLONG, syscall.ENOTEMPTY, syscall.ELOOP}
	for _, e := range errnos {
		fmt.Printf("%d %q notexist=%v exist=%v perm=%v temp=%v timeout=%v\n", uintptr(e), e.Error(),
			errors.Is(e, fs.ErrNotExist), errors.Is(e, fs.ErrExist), errors.Is(e, fs.ErrPermission), e.Temporary(), e.Timeout())
	}
	var err error = syscall.ENOENT
	fmt.Printf("%v %T %#v\n", err, err, err)
	fmt.Println(syscall.EWOULDBLOCK == syscall.EAGAIN, os.IsNotExist(syscall.ENOENT), os.IsExist(syscall.EEXIST), os.IsPermission(syscall.EACCES))
}
