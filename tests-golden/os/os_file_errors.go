package main

// Errors of file operations: Go's texts, the error types and what errors.Is and os.Is* say of them.

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func show(what string, err error) {
	fmt.Printf("%-22s %v\n", what+":", err)
	if err == nil {
		return
	}
	fmt.Printf("%22s %T notexist=%v exist=%v perm=%v\n", "", err, errors.Is(err, fs.ErrNotExist), os.IsExist(err), os.IsPermission(err))
}

func main() {
	_, err := os.Open("nope.txt")
	show("open missing", err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%q path=%q err=%v errno=%d %T\n", pe.Op, pe.Path, pe.Err, pe.Err, pe.Err)
		fmt.Println(pe.Err == syscall.ENOENT, errors.Is(err, syscall.ENOENT), os.IsNotExist(pe.Err))
	}
	_, err = os.ReadFile("missing/deeper/file")
	show("readfile missing", err)
	_, err = os.Stat("nope.txt")
	show("stat missing", err)
	_, err = os.Lstat("")
	show("lstat empty", err)

	if err := os.Mkdir("dir", 0755); err != nil {
		fmt.Println(err)
	}
	show("mkdir existing", os.Mkdir("dir", 0755))
	_, err = os.ReadFile("dir")
	show("read a directory", err)
	_, err = os.OpenFile("dir", os.O_WRONLY, 0)
	show("open dir for writing", err)
	show("write file in missing dir", os.WriteFile("nodir/x.txt", []byte("x"), 0644))
	os.WriteFile("dir/inner.txt", []byte("inner"), 0644)
	show("remove non-empty dir", os.Remove("dir"))
	show("remove missing", os.Remove("nope.txt"))
	_, err = os.ReadDir("dir/inner.txt")
	show("readdir of a file", err)
	_, err = os.Open("dir/inner.txt/x")
	show("open below a file", err)
	_, err = os.Stat("dir/inner.txt/")
	show("stat file with slash", err)

	f, _ := os.Open("dir/inner.txt")
	_, err = f.Write([]byte("no"))
	show("write read-only file", err)
	f.Close()
	_, err = f.Read(make([]byte, 4))
	show("read after close", err)
	show("close twice", f.Close())
	fmt.Println(errors.Is(f.Close(), os.ErrClosed), errors.Is(f.Close(), fs.ErrClosed))

	var nilFile *os.File
	_, err = nilFile.Read(nil)
	show("nil file", err)
	fmt.Println(err == os.ErrInvalid)

	_, err = os.OpenFile("dir/inner.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	show("create exclusive", err)
	fmt.Println(errors.Is(err, fs.ErrExist), errors.Is(err, os.ErrExist))

	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}
	show("link error", le)
	se := os.NewSyscallError("getwd", syscall.ENOENT)
	show("syscall error", se)
	fmt.Println(os.NewSyscallError("x", nil) == nil)
	fmt.Println(syscall.EACCES, syscall.ENOTEMPTY, syscall.Errno(200))
	fmt.Println(errors.Is(syscall.EPERM, fs.ErrPermission), errors.Is(syscall.ENOTEMPTY, fs.ErrExist), syscall.EAGAIN.Temporary(), syscall.ENOENT.Timeout())
	fmt.Println(fs.ErrNotExist, "|", fs.ErrExist, "|", fs.ErrPermission, "|", fs.ErrClosed, "|", fs.ErrInvalid)
	fmt.Println(os.IsNotExist(fmt.Errorf("wrapped: %w", os.ErrNotExist)), errors.Is(fmt.Errorf("wrapped: %w", os.ErrNotExist), fs.ErrNotExist))
}
