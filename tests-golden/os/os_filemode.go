package main

// FileMode: its String for every type bit and permission pattern, its methods, and the modes of real files
// after Chmod (so the umask does not matter).

import (
	"fmt"
	"io/fs"
	"os"
)

func main() {
	modes := []fs.FileMode{
		0, 0644, 0755, 0777, 0400, 0111, 0600 | fs.ModeDir, fs.ModeDir | 0755,
		fs.ModeSymlink | 0777, fs.ModeNamedPipe | 0644, fs.ModeSocket | 0700,
		fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeDevice | 0660, fs.ModeSetuid | 0755,
		fs.ModeSetgid | fs.ModeDir | 0775, fs.ModeSticky | fs.ModeDir | 0777, fs.ModeAppend | fs.ModeExclusive | 0600,
		fs.ModeTemporary | 0644, fs.ModeIrregular | 0444, fs.ModeType, ^fs.FileMode(0),
	}
	for _, m := range modes {
		fmt.Printf("%-14s %011o dir=%-5v regular=%-5v perm=%04o type=%v\n", m, uint32(m), m.IsDir(), m.IsRegular(), uint32(m.Perm()), m.Type())
	}
	fmt.Printf("%v %s %d\n", fs.ModePerm, os.ModeDir, os.ModeSymlink)

	os.WriteFile("f.txt", []byte("12345"), 0600)
	for _, perm := range []os.FileMode{0644, 0400, 0751, 0} {
		if err := os.Chmod("f.txt", perm); err != nil {
			fmt.Println(err)
		}
		info, _ := os.Stat("f.txt")
		fmt.Println(info.Mode(), info.Mode().Perm() == perm, info.Size(), info.IsDir(), info.Name())
	}
	os.Chmod("f.txt", 0644)
	os.Mkdir("sub", 0700)
	os.Chmod("sub", 0755)
	info, _ := os.Stat("sub")
	fmt.Println(info.Mode(), info.IsDir(), info.Mode().Type() == fs.ModeDir, info.Name())
	f, _ := os.Open("sub")
	info, _ = f.Stat()
	fmt.Println(info.Mode(), info.Name())
	f.Close()
	fmt.Println(os.Chmod("missing", 0644))
	info, _ = os.Stat("/dev/null")
	fmt.Println(info.Mode().Type()&fs.ModeCharDevice != 0, info.Mode()&fs.ModeDevice != 0, info.Name())
	info, _ = os.Stat("/")
	fmt.Println(info.Name(), info.IsDir())
}
