// Package os gives a program its command line, its environment, its files and Exit. Files are opened through
// the embedder's file system (Truffle's), by the natives of gosub.language.stdlib.os.FileNatives, which return an
// error number where a system call would fail; the errors here carry it as a syscall.Errno, as Go's do.
package os

import (
	"errors"
	"internal/childprocess"
	"internal/oserror"
	"io"
	"io/fs"
	"sort"
	"strings"
	"syscall"
	"time"
)

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

// ------------------------------------------------------------------------------------------- errors

// The portable errors (the same values as io/fs's).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed

	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// PathError is the error of an operation on one path ("open nope.txt: no such file or directory").
type PathError = fs.PathError

// LinkError is the error of an operation on two paths (Rename, Link, Symlink).
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error reads "OP OLD NEW: REASON".
func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

// Unwrap gives the reason.
func (e *LinkError) Unwrap() error { return e.Err }

// SyscallError is an error of a system call, with the call's name.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Timeout says whether the reason is a timeout.
func (e *SyscallError) Timeout() bool {
	timer, ok := e.Err.(interface{ Timeout() bool })
	return ok && timer.Timeout()
}

// NewSyscallError wraps err (when not nil) with the name of the system call that failed.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{Syscall: syscall, Err: err}
}

// reason is the error inside the wrappers os itself makes; IsExist and friends look no deeper, as Go's do.
func reason(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// reasonIs says whether err, or the error os wrapped in it, is or matches target.
func reasonIs(err, target error) bool {
	err = reason(err)
	if err == target {
		return true
	}
	m, ok := err.(interface{ Is(error) bool })
	return ok && m.Is(target)
}

// IsExist says whether err says a file exists already (EEXIST, ENOTEMPTY, ErrExist). Prefer errors.Is.
func IsExist(err error) bool { return reasonIs(err, oserror.ErrExist) }

// IsNotExist says whether err says a file does not exist (ENOENT, ErrNotExist). Prefer errors.Is.
func IsNotExist(err error) bool { return reasonIs(err, oserror.ErrNotExist) }

// IsPermission says whether err is a refusal (EACCES, EPERM, ErrPermission). Prefer errors.Is.
func IsPermission(err error) bool { return reasonIs(err, oserror.ErrPermission) }

// IsTimeout says whether err is a timeout.
func IsTimeout(err error) bool {
	t, ok := reason(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// pathError is the error of operation op on path.
func pathError(op, path string, err error) *PathError {
	return &PathError{Op: op, Path: path, Err: err}
}

// errno turns a native's error number into an error (nil for 0).
func errno(n int) error {
	if n == 0 {
		return nil
	}
	return syscall.Errno(n)
}

// ------------------------------------------------------------------------------- modes and file info

// FileMode, FileInfo and DirEntry are io/fs's.
type (
	FileMode = fs.FileMode
	FileInfo = fs.FileInfo
	DirEntry = fs.DirEntry
)

// The mode bits, as io/fs has them.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// fileStat is what Stat, Lstat and File.Stat return.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	dev     uint64
	ino     uint64
}

func (s *fileStat) Name() string       { return s.name }
func (s *fileStat) Size() int64        { return s.size }
func (s *fileStat) Mode() FileMode     { return s.mode }
func (s *fileStat) ModTime() time.Time { return s.modTime }
func (s *fileStat) IsDir() bool        { return s.mode.IsDir() }
func (s *fileStat) Sys() any           { return nil }

// SameFile says whether two FileInfos from this package describe the same file (device and inode).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && a.dev == b.dev && a.ino == b.ino
}

// The type bits of a Unix st_mode, and its set-id and sticky bits.
const (
	unixTypeMask = 0170000
	unixSocket   = 0140000
	unixLink     = 0120000
	unixRegular  = 0100000
	unixBlock    = 0060000
	unixDir      = 0040000
	unixChar     = 0020000
	unixFifo     = 0010000
	unixSetuid   = 04000
	unixSetgid   = 02000
	unixSticky   = 01000
)

// modeOf makes a FileMode of a Unix st_mode.
func modeOf(st uint32) FileMode {
	m := FileMode(st & 0777)
	switch st & unixTypeMask {
	case unixDir:
		m |= ModeDir
	case unixLink:
		m |= ModeSymlink
	case unixFifo:
		m |= ModeNamedPipe
	case unixSocket:
		m |= ModeSocket
	case unixChar:
		m |= ModeCharDevice | ModeDevice
	case unixBlock:
		m |= ModeDevice
	}
	if st&unixSetuid != 0 {
		m |= ModeSetuid
	}
	if st&unixSetgid != 0 {
		m |= ModeSetgid
	}
	if st&unixSticky != 0 {
		m |= ModeSticky
	}
	return m
}

// baseName is the last element of a path (what FileInfo.Name gives).
func baseName(name string) string {
	end := len(name)
	for end > 1 && name[end-1] == '/' {
		end--
	}
	name = name[:end]
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' && i < len(name)-1 {
			return name[i+1:]
		}
	}
	return name
}

// Natives: stat(2) or lstat(2) of a path, fstat(2) of a descriptor; st is the Unix st_mode.
func stat(name string, follow bool) (st uint32, size, sec, nsec int64, dev, ino uint64, errno int)
func fstat(fd int) (st uint32, size, sec, nsec int64, dev, ino uint64, errno int)

func newFileStat(name string, st uint32, size, sec, nsec int64, dev, ino uint64) *fileStat {
	return &fileStat{name: baseName(name), size: size, mode: modeOf(st), modTime: time.Unix(sec, nsec), dev: dev, ino: ino}
}

// Stat describes the file name names, following symbolic links.
func Stat(name string) (FileInfo, error) {
	st, size, sec, nsec, dev, ino, e := stat(name, true)
	if e != 0 {
		return nil, pathError("stat", name, errno(e))
	}
	return newFileStat(name, st, size, sec, nsec, dev, ino), nil
}

// Lstat describes the file name names; a symbolic link is described itself.
func Lstat(name string) (FileInfo, error) {
	st, size, sec, nsec, dev, ino, e := stat(name, false)
	if e != 0 {
		return nil, pathError("lstat", name, errno(e))
	}
	return newFileStat(name, st, size, sec, nsec, dev, ino), nil
}

// ------------------------------------------------------------------------------------------- files

// File is an open file: a descriptor of the program's file table (0, 1 and 2 are the standard streams).
type File struct {
	fd       int
	name     string
	closed   bool
	appendTo bool     // opened with O_APPEND: WriteAt is refused, as in Go
	listing  *listing // the entries a directory still has to give, once listing began
}

// listing is a directory's entries not yet returned by ReadDir, Readdir or Readdirnames.
type listing struct {
	names []string
	modes []uint32
}

// Flags of OpenFile (Linux's values); one of the first three, or-ed with any of the others.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Where Seek counts from (io.SeekStart and friends are the same numbers).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// IsPathSeparator says whether c separates path elements.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// NewFile makes a File of descriptor fd with the given name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Stdin, Stdout and Stderr are the process's standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Natives on descriptors: counts, offsets and an error number (0 for success).
func openFile(name string, flag int, perm uint32) (fd int, errno int)
func fileRead(fd int, b []byte) (n int, errno int)
func filePread(fd int, b []byte, off int64) (n int, errno int)
func fileWrite(fd int, b []byte) (n int, errno int)
func filePwrite(fd int, b []byte, off int64) (n int, errno int)
func fileSeek(fd int, offset int64, whence int) (pos int64, errno int)
func fileTruncate(fd int, size int64) int
func fileSync(fd int) int
func fileClose(fd int) int
func fileEntries(fd int) (names []string, modes []uint32, errno int)

// OpenFile opens name with the flags (O_RDONLY, O_CREATE|O_WRONLY|O_TRUNC, ...) and, for a file it creates,
// the permissions perm (less the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := openFile(name, flag, uint32(perm.Perm()))
	if e != 0 {
		return nil, pathError("open", name, errno(e))
	}
	return &File{fd: fd, name: name, appendTo: flag&O_APPEND != 0}, nil
}

// Open opens name for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create opens name for reading and writing, emptied, or makes it with mode 0666 (less the umask).
func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// usable gives the error for an operation OP on f when f is nil or closed.
func (f *File) usable(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return pathError(op, f.name, ErrClosed)
	}
	return nil
}

// failed wraps a native's error number for operation OP.
func (f *File) failed(op string, e int) error {
	return pathError(op, f.name, errno(e))
}

// Name is the name f was opened with.
func (f *File) Name() string { return f.name }

// Fd is f's descriptor number (^uintptr(0) once closed).
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Read reads up to len(b) bytes and says how many; at the end of the file it gives 0 and io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := fileRead(f.fd, b)
	if e != 0 {
		return n, f.failed("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadFrom copies r to the file until r ends (the end is no error).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	return io.Copy(writerOnly{f}, r)
}

// writerOnly hides the file's ReadFrom from io.Copy, which would call it again.
type writerOnly struct {
	io.Writer
}

// ReadAt reads len(b) bytes from offset off, leaving f's offset alone; fewer only with an error (io.EOF at
// the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, pathError("readat", f.name, errNegativeOffset)
	}
	for n < len(b) {
		got, e := filePread(f.fd, b[n:], off+int64(n))
		if e != 0 {
			return n, f.failed("read", e)
		}
		if got == 0 {
			return n, io.EOF
		}
		n += got
	}
	return n, nil
}

// Write writes all of b, or says why not.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	n, e := fileWrite(f.fd, b)
	if e != 0 {
		return n, f.failed("write", e)
	}
	if n < len(b) {
		err = io.ErrShortWrite
	}
	return n, err
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes all of b at offset off, leaving f's offset alone. A file opened with O_APPEND refuses.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.usable("write"); err != nil {
		return 0, err
	}
	if f.appendTo {
		return 0, errors.New("os: invalid use of WriteAt on file opened with O_APPEND")
	}
	if off < 0 {
		return 0, pathError("writeat", f.name, errNegativeOffset)
	}
	n, e := filePwrite(f.fd, b, off)
	if e != 0 {
		return n, f.failed("write", e)
	}
	return n, nil
}

// Seek sets the offset of the next Read or Write: offset from the start (whence 0), the current offset (1) or
// the end (2). It returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.usable("seek"); err != nil {
		return 0, err
	}
	if whence < 0 || whence > 2 {
		return 0, f.failed("seek", int(syscall.EINVAL))
	}
	pos, e := fileSeek(f.fd, offset, whence)
	if e == 0 && f.listing != nil {
		f.listing = nil // a directory read again starts from its first entry
		if pos != 0 {
			e = int(syscall.EISDIR)
		}
	}
	if e != 0 {
		return 0, f.failed("seek", e)
	}
	return pos, nil
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.usable("stat"); err != nil {
		return nil, err
	}
	st, size, sec, nsec, dev, ino, e := fstat(f.fd)
	if e != 0 {
		return nil, f.failed("stat", e)
	}
	return newFileStat(f.name, st, size, sec, nsec, dev, ino), nil
}

// Truncate changes the file's size; its offset stays.
func (f *File) Truncate(size int64) error {
	if err := f.usable("truncate"); err != nil {
		return err
	}
	if e := fileTruncate(f.fd, size); e != 0 {
		return f.failed("truncate", e)
	}
	return nil
}

// Sync commits what was written to stable storage.
func (f *File) Sync() error {
	if err := f.usable("sync"); err != nil {
		return err
	}
	if f.fd <= 2 {
		return nil
	}
	if e := fileSync(f.fd); e != 0 {
		return f.failed("sync", e)
	}
	return nil
}

// Chmod changes the open file's permissions.
func (f *File) Chmod(mode FileMode) error {
	if err := f.usable("chmod"); err != nil {
		return err
	}
	if e := chmod(f.name, uint32(mode.Perm())); e != 0 {
		return f.failed("chmod", e)
	}
	return nil
}

// Chdir makes the open directory the working directory.
func (f *File) Chdir() error {
	if err := f.usable("chdir"); err != nil {
		return err
	}
	if e := chdir(f.name); e != 0 {
		return f.failed("chdir", e)
	}
	return nil
}

// Close closes the file; a second Close says the file is closed already.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return pathError("close", f.name, ErrClosed)
	}
	f.closed = true
	f.listing = nil
	if f.fd <= 2 {
		return nil
	}
	if e := fileClose(f.fd); e != 0 {
		return f.failed("close", e)
	}
	return nil
}

// errNegativeOffset is ReadAt's and WriteAt's error for an offset below 0.
var errNegativeOffset = errors.New("negative offset")

// errFileClosing is what reading a closed directory says (Go's poll package has it, and os does not translate
// it there).
var errFileClosing = errors.New("use of closed file")

// entries starts the directory's listing when it has not begun yet.
func (f *File) entries() error {
	if f.closed {
		return pathError("readdirent", f.name, errFileClosing)
	}
	if f.listing != nil {
		return nil
	}
	names, modes, e := fileEntries(f.fd)
	if e != 0 {
		return f.failed("readdirent", e)
	}
	f.listing = &listing{names, modes}
	return nil
}

// take removes and returns the listing's next n entries (all when n <= 0), with io.EOF when n > 0 and none
// are left.
func (f *File) take(n int) (names []string, modes []uint32, err error) {
	l := f.listing
	count := len(l.names)
	if n > 0 {
		if count == 0 {
			return nil, nil, io.EOF
		}
		if n < count {
			count = n
		}
	}
	names, modes = l.names[:count], l.modes[:count]
	l.names, l.modes = l.names[count:], l.modes[count:]
	return names, modes, nil
}

// dirEntry is an entry of a directory listing; Info looks the entry up when asked.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }

func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// ReadDir lists the next n entries of the directory (all the rest when n <= 0), in the order the directory
// gives them; with n > 0 and nothing left it returns io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.entries(); err != nil {
		return []DirEntry{}, err
	}
	names, modes, err := f.take(n)
	list := make([]DirEntry, len(names))
	for k, entry := range names {
		list[k] = &dirEntry{parent: f.name, name: entry, typ: modeOf(modes[k]).Type()}
	}
	return list, err
}

// Readdirnames is ReadDir giving only the names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.entries(); err != nil {
		return []string{}, err
	}
	names, _, err = f.take(n)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// Readdir is ReadDir giving a FileInfo (Lstat) for each entry; entries gone meanwhile are left out.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if err := f.entries(); err != nil {
		return []FileInfo{}, err
	}
	names, _, err := f.take(n)
	infos := make([]FileInfo, 0, len(names))
	for _, entry := range names {
		if described, lerr := Lstat(f.name + "/" + entry); lerr == nil {
			infos = append(infos, described)
		}
	}
	return infos, err
}

// ------------------------------------------------------------------------------------ whole files

// ReadFile reads the whole file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && info.Size() > 0 && info.Size() < 1<<30 {
		size = int(info.Size()) + 1 // one more, so the read that finds the end needs no growing
	}
	content := make([]byte, 0, size)
	for {
		if len(content) == cap(content) {
			content = append(content, 0)[:len(content)]
		}
		got, err := f.Read(content[len(content):cap(content)])
		content = content[:len(content)+got]
		if err == io.EOF {
			return content, nil
		}
		if err != nil {
			return content, err
		}
	}
}

// WriteFile writes data to the file name, emptied first, or made with permissions perm (less the umask).
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_CREATE|O_TRUNC|O_WRONLY, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// ReadDir lists the directory name, sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	list, err := f.ReadDir(-1)
	sort.Slice(list, func(a, b int) bool { return list[a].Name() < list[b].Name() })
	return list, err
}

// Truncate changes the size of the file name.
func Truncate(name string, size int64) error {
	f, err := OpenFile(name, O_WRONLY, 0)
	if err != nil {
		if perr, ok := err.(*PathError); ok {
			perr.Op = "truncate"
		}
		return err
	}
	defer f.Close()
	if e := fileTruncate(f.fd, size); e != 0 {
		return pathError("truncate", name, errno(e))
	}
	return nil
}

// ------------------------------------------------------------------------- directories and names

// Natives on paths: an error number, 0 for success.
func mkdir(name string, perm uint32) int
func remove(name string) int
func rename(oldpath, newpath string) int
func chmod(name string, mode uint32) int
func chtimes(name string, atimeNanos, mtimeNanos int64) int
func symlink(target, link string) int
func link(oldname, newname string) int
func readlink(name string) (string, int)
func getwd() (string, int)
func chdir(dir string) int
func executable() (string, int)

// Mkdir makes the directory name with permissions perm (less the umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, uint32(perm.Perm())); e != 0 {
		return pathError("mkdir", name, errno(e))
	}
	return nil
}

// MkdirAll makes the directory path and the parents it lacks; a directory already there is fine.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return pathError("mkdir", path, syscall.ENOTDIR)
	}
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	cut := end
	for cut > 0 && path[cut-1] != '/' {
		cut--
	}
	if cut > 1 {
		if err := MkdirAll(path[:cut-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// someone may have made it meanwhile
		if info, lerr := Lstat(path); lerr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the file or empty directory name.
func Remove(name string) error {
	if e := remove(name); e != 0 {
		return pathError("remove", name, errno(e))
	}
	return nil
}

// RemoveAll removes path and everything below it. A path that is not there is no error. Its errors name the
// operation that failed as Go's do ("unlinkat", "openfdat", ...), with the path below path's parent.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	// rmdir(2) refuses to remove "." (but tries ".."), and so does RemoveAll
	if path == "." || hasSuffix(path, "/.") {
		return pathError("RemoveAll", path, syscall.EINVAL)
	}
	if err := Remove(path); err == nil || IsNotExist(err) {
		return nil
	}
	parent, base := splitPath(path)
	if _, err := Stat(parent); err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	err := removeAllIn(parent, base)
	if perr, ok := err.(*PathError); ok {
		perr.Path = parent + "/" + perr.Path
	}
	return err
}

// splitPath cuts a path into its parent directory ("." for none) and its last element.
func splitPath(path string) (parent, base string) {
	for strings.HasPrefix(path, "//") {
		path = path[1:]
	}
	for len(path) > 1 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	for i := len(path) - 2; i >= 0; i-- {
		if path[i] == '/' {
			if i == 0 {
				return "/", path[1:]
			}
			return path[:i], path[i+1:]
		}
	}
	return ".", path
}

// removeAllIn removes base, in dir, and everything below it; the paths of its errors are relative to dir.
func removeAllIn(dir, base string) error {
	full := dir + "/" + base
	first := syscall.Errno(remove(full))
	switch first {
	case 0, syscall.ENOENT:
		return nil
	case syscall.EISDIR, syscall.ENOTEMPTY, syscall.EEXIST, syscall.EPERM, syscall.EACCES:
		// a directory (or one we may be able to empty): look
	default:
		return pathError("unlinkat", base, first)
	}
	st, _, _, _, _, _, e := stat(full, false)
	if e != 0 {
		if syscall.Errno(e) == syscall.ENOENT {
			return nil
		}
		return pathError("fstatat", base, errno(e))
	}
	if st&unixTypeMask != unixDir {
		return pathError("unlinkat", base, first)
	}
	var failed error
	names, oerr := readNames(full)
	if oerr != nil {
		if IsNotExist(oerr) {
			return nil
		}
		failed = oerr
		if perr, ok := oerr.(*PathError); ok {
			failed = pathError(perr.Op, base, perr.Err)
		}
	}
	for _, child := range names {
		if err := removeAllIn(full, child); err != nil {
			if perr, ok := err.(*PathError); ok {
				perr.Path = base + "/" + perr.Path
			}
			if failed == nil {
				failed = err
			}
		}
	}
	if e := syscall.Errno(remove(full)); e == 0 || e == syscall.ENOENT {
		return nil
	} else if failed == nil {
		failed = pathError("unlinkat", base, e)
	}
	return failed
}

// readNames lists a directory for RemoveAll; its errors say "openfdat" or "readdirnames".
func readNames(dir string) ([]string, error) {
	fd, e := openFile(dir, O_RDONLY, 0)
	if e != 0 {
		return nil, pathError("openfdat", dir, errno(e))
	}
	f := &File{fd: fd, name: dir}
	defer f.Close()
	list, err := f.Readdirnames(-1)
	if perr, ok := err.(*PathError); ok {
		return nil, pathError("readdirnames", dir, perr.Err)
	}
	return list, nil
}

func hasSuffix(s, suffix string) bool {
	return strings.HasSuffix(s, suffix)
}

// Rename moves oldpath to newpath, replacing a file there. A directory there is refused (EEXIST), as Go does
// on every system.
func Rename(oldpath, newpath string) error {
	if target, err := Lstat(newpath); err == nil && target.IsDir() {
		source, err := Lstat(oldpath)
		if err != nil {
			return &LinkError{"rename", oldpath, newpath, reason(err)}
		}
		if oldpath == newpath || !SameFile(target, source) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Chmod changes the permission bits of the file name.
func Chmod(name string, mode FileMode) error {
	if e := chmod(name, uint32(mode.Perm())); e != 0 {
		return pathError("chmod", name, errno(e))
	}
	return nil
}

// Chtimes sets the access and modification times of the file name.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := chtimes(name, atime.UnixNano(), mtime.UnixNano()); e != 0 {
		return pathError("chtimes", name, errno(e))
	}
	return nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := symlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errno(e)}
	}
	return nil
}

// Link makes newname a hard link to oldname.
func Link(oldname, newname string) error {
	if e := link(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errno(e)}
	}
	return nil
}

// Readlink is the target of the symbolic link name.
func Readlink(name string) (string, error) {
	target, e := readlink(name)
	if e != 0 {
		return "", pathError("readlink", name, errno(e))
	}
	return target, nil
}

// Getwd is the absolute path of the working directory.
func Getwd() (dir string, err error) {
	dir, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// Chdir changes the working directory, which relative paths start from.
func Chdir(dir string) error {
	if e := chdir(dir); e != 0 {
		return pathError("chdir", dir, errno(e))
	}
	return nil
}

// Executable is the path of the program's executable: under gosub, the Java runtime running it.
func Executable() (string, error) {
	path, e := executable()
	if e != 0 {
		return "", pathError("readlink", "/proc/self/exe", errno(e))
	}
	return path, nil
}

// TempDir is the directory for temporary files: $TMPDIR, or /tmp.
func TempDir() string {
	if dir := Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// UserHomeDir is the user's home directory, $HOME.
func UserHomeDir() (string, error) {
	if home := Getenv("HOME"); home != "" {
		return home, nil
	}
	return "", errHomeUnset
}

var errHomeUnset = errors.New("$HOME is not defined")

// UserCacheDir is where the user's cached data goes: $XDG_CACHE_HOME, or ~/.cache.
func UserCacheDir() (string, error) {
	return userDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir is where the user's configuration goes: $XDG_CONFIG_HOME, or ~/.config.
func UserConfigDir() (string, error) {
	return userDir("XDG_CONFIG_HOME", "/.config")
}

func userDir(variable, underHome string) (string, error) {
	if dir := Getenv(variable); dir != "" {
		return dir, nil
	}
	home := Getenv("HOME")
	if home == "" {
		return "", errors.New("neither $" + variable + " nor $HOME are defined")
	}
	return home + underHome, nil
}

// randomState feeds the names of temporary files and directories.
var randomState uint32

// nextRandom is a decimal number for a temporary name, as Go's are made (an unsigned 32-bit value).
func nextRandom() string {
	if randomState == 0 {
		randomState = uint32(time.Now().UnixNano()) ^ uint32(Getpid())<<16 | 1
	}
	// xorshift32
	x := randomState
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	randomState = x
	return decimal(uint64(x))
}

func decimal(u uint64) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			return string(buf[i:])
		}
	}
}

// tempName splits a pattern at its last '*' (the random part goes there, or at the end without one).
func tempName(dir, pattern string) (prefix, suffix string, err error) {
	if strings.IndexByte(pattern, '/') >= 0 {
		return "", "", errors.New("pattern contains path separator")
	}
	prefix = pattern
	if star := strings.LastIndexByte(pattern, '*'); star >= 0 {
		prefix, suffix = pattern[:star], pattern[star+1:]
	}
	if dir == "" {
		dir = TempDir()
	}
	if dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix, suffix, nil
}

// MkdirTemp makes a new directory in dir (TempDir() for "") named by pattern, with a random string in place of
// its last '*' (or at its end), and returns its name. The directory has mode 0700.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempName(dir, pattern)
	if err != nil {
		return "", pathError("mkdirtemp", pattern, err)
	}
	for try := 0; ; try++ {
		name := prefix + nextRandom()
		name += suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsNotExist(err) {
			if _, serr := Stat(dir); IsNotExist(serr) {
				return "", serr
			}
		}
		if !IsExist(err) {
			return "", err
		}
		if try == 10000 {
			return "", pathError("mkdirtemp", prefix + "*" + suffix, ErrExist)
		}
	}
}

// CreateTemp makes and opens (for reading and writing) a new file in dir (TempDir() for ""), named as
// MkdirTemp names directories; it has mode 0600. Removing it is the caller's job.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := tempName(dir, pattern)
	if err != nil {
		return nil, pathError("createtemp", pattern, err)
	}
	for try := 0; ; try++ {
		f, err := OpenFile(prefix+nextRandom()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil || !IsExist(err) {
			return f, err
		}
		if try == 10000 {
			return nil, pathError("createtemp", prefix + "*" + suffix, ErrExist)
		}
	}
}

// DirFS is the tree below dir as an fs.FS (for fs.WalkDir, fs.Glob, ...).
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

// path is name in the host's terms. (Go 1.19 reports a bad name as a "stat" error, for Open too.)
func (dir dirFS) path(name string) (string, error) {
	switch {
	case dir == "":
		return "", pathError("stat", name, errors.New("os: DirFS with empty root"))
	case !fs.ValidPath(name):
		return "", pathError("stat", name, ErrInvalid)
	}
	return strings.TrimSuffix(string(dir), "/") + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.path(name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.path(name)
	if err != nil {
		return nil, err
	}
	return Stat(full)
}

// ---------------------------------------------------------------------------------------- signals

// Signal is a signal the process can receive (syscall.Signal is one).
type Signal interface {
	String() string
	Signal() // only to mark signals
}

// The two signals every system has: SIGINT and SIGKILL.
var (
	Interrupt, Kill Signal = syscall.SIGINT, syscall.SIGKILL
)

// -------------------------------------------------------------------------------------- processes

// Process is a process the program started (os/exec starts them; StartProcess and FindProcess are not there).
type Process struct {
	Pid    int
	handle int  // the process in the program's table of children (the natives'), until it is waited for
	done   bool // Wait has returned: signals are refused from then on
}

// Natives (gosub.language.stdlib.exec.ExecNatives) on a started process, by handle: the wait blocks (parked)
// and answers once; the signal gives 0, -1 when the process is done, or an error number.
func processWait(handle int) (code, signo, errno int)
func processSignal(handle int, signo int) int

func init() {
	childprocess.New = func(pid, handle int) any { return &Process{Pid: pid, handle: handle} }
}

// Kill makes the process exit at once (SIGKILL).
func (p *Process) Kill() error { return p.Signal(Kill) }

// Signal sends sig to the process; once it has been waited for, the answer is ErrProcessDone.
func (p *Process) Signal(sig Signal) error {
	switch {
	case p.Pid == -1:
		return errProcessReleased
	case p.Pid == 0:
		return errProcessUnset
	case p.done:
		return ErrProcessDone
	}
	number, isUnix := sig.(syscall.Signal)
	if !isUnix {
		return errSignalType
	}
	switch e := processSignal(p.handle, int(number)); e {
	case 0:
		return nil
	case -1:
		return ErrProcessDone
	default:
		return syscall.Errno(e)
	}
}

// Go's texts for a Process that cannot take a signal.
var (
	errProcessReleased = errors.New("os: process already released")
	errProcessUnset    = errors.New("os: process not initialized")
	errSignalType      = errors.New("os: unsupported signal type")
)

// Wait waits for the process to end and says how it ended.
func (p *Process) Wait() (*ProcessState, error) {
	if p.Pid == -1 {
		return nil, syscall.EINVAL // released by Release
	}
	code, signo, e := processWait(p.handle)
	if e != 0 {
		return nil, NewSyscallError("waitid", syscall.Errno(e))
	}
	p.done = true
	return &ProcessState{pid: p.Pid, code: code, signal: syscall.Signal(signo)}, nil
}

// Release gives up the process without waiting for it; p is unusable afterwards.
func (p *Process) Release() error {
	p.Pid = -1
	return nil
}

// ProcessState is how a waited-for process ended: its exit code, or the signal that killed it.
type ProcessState struct {
	pid    int
	code   int            // -1 when a signal killed it
	signal syscall.Signal // 0 when it exited
}

// Pid is the id the process had.
func (p *ProcessState) Pid() int { return p.pid }

// Exited says whether the process ended by exiting (rather than by a signal).
func (p *ProcessState) Exited() bool { return p.signal == 0 }

// Success says whether the process exited with status 0.
func (p *ProcessState) Success() bool { return p.signal == 0 && p.code == 0 }

// ExitCode is the exit status, or -1 for a process that a signal killed (or a nil state).
func (p *ProcessState) ExitCode() int {
	if p == nil {
		return -1
	}
	return p.code
}

// String reads "exit status N" or "signal: NAME" (e.g. "signal: killed").
func (p *ProcessState) String() string {
	if p == nil {
		return "<nil>"
	}
	if p.signal != 0 {
		return "signal: " + p.signal.String()
	}
	return "exit status " + decimalInt(p.code)
}

func decimalInt(n int) string {
	if n < 0 {
		return "-" + decimal(uint64(-n))
	}
	return decimal(uint64(n))
}

// -------------------------------------------------------------------- arguments and environment

// Args are the program's command line: its name first, then its arguments.
var Args []string = runtimeArgs()

// Natives (gosub.language.stdlib.os.OsNatives): arguments and the environment.
func runtimeArgs() []string
func getenv(key string) (string, bool)

// Getenv is the value of the environment variable key, or "" when it is not set.
func Getenv(key string) string {
	v, _ := getenv(key)
	return v
}

// LookupEnv is the value of the environment variable key, and whether it is set at all.
func LookupEnv(key string) (string, bool) {
	return getenv(key)
}

func setenv(key, value string) bool

// Setenv gives the environment variable key the value value.
func Setenv(key, value string) error {
	if !setenv(key, value) {
		return &SyscallError{Syscall: "setenv", Err: syscall.EINVAL}
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error
func Clearenv()

// Environ lists the environment as "key=value" strings (a fresh slice).
func Environ() []string

// ExpandEnv replaces $var and ${var} in s by the variables' values ("" for unset ones).
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var). Besides names of letters, digits and underscores, a
// single special character ($*, $#, $$, $@, $!, $?, $-) or digit is a name. A '$' followed by nothing that
// names stays; "${" without its "}" and "${}" are dropped.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	done := 0 // s[:done] is in out already
	for at := 0; at+1 < len(s); at++ {
		if s[at] != '$' {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[done:at]...)
		name, width := shellName(s[at+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case width == 0:
			out = append(out, '$')
		}
		at += width
		done = at + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[done:]
}

// shellName reads the variable name after a '$' in s; width is how many bytes it takes (a bad "${..." gives
// no name but a width, so it is dropped).
func shellName(s string) (name string, width int) {
	if s[0] == '{' {
		if len(s) > 2 && shellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		end := strings.IndexByte(s, '}')
		switch {
		case end < 0:
			return "", 1
		case end == 1:
			return "", 2
		}
		return s[1:end], end + 1
	}
	if shellSpecial(s[0]) {
		return s[:1], 1
	}
	n := 0
	for n < len(s) && (s[n] == '_' || '0' <= s[n] && s[n] <= '9' || 'a' <= s[n] && s[n] <= 'z' || 'A' <= s[n] && s[n] <= 'Z') {
		n++
	}
	return s[:n], n
}

func shellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9' // $0 to $9
}

// Getpid is the id of this process.
func Getpid() int

// Getppid is the id of the process that started this one.
func Getppid() int

// Getuid is the real user id this process runs as; Geteuid the effective one, which permission checks use.
func Getuid() int

func Geteuid() int

// Getgid is the real group id of this process; Getegid the effective one.
func Getgid() int

func Getegid() int

// Hostname is this machine's name, as the kernel has it.
func Hostname() (name string, err error) {
	name, e := hostname()
	if e != 0 {
		return "", NewSyscallError("uname", errno(e))
	}
	return name, nil
}

func hostname() (string, int)

// Getpagesize is the memory page size.
func Getpagesize() int { return 4096 }
