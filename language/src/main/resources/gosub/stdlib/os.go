package os

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

// File is an open file descriptor; gosub provides the standard streams.
type File struct {
	fd int
}

func writeFd(fd int, s string) int

func (f *File) Write(b []byte) (n int, err error) {
	return writeFd(f.fd, string(b)), nil
}

func (f *File) WriteString(s string) (n int, err error) {
	return writeFd(f.fd, s), nil
}

var (
	Stdout = &File{1}
	Stderr = &File{2}
)
