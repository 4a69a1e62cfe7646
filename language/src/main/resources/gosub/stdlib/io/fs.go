// Package fs describes file systems by interfaces (FS, File, FileInfo, DirEntry), with the file mode bits, the
// portable errors and the walking and globbing that work on any FS. os.DirFS and *os.File implement them.
package fs

import (
	"errors"
	"internal/oserror"
	"io"
	"path"
	"sort"
	"strings"
	"time"
)

// The portable errors of file operations. Errors carrying an error number (syscall.Errno) match them through
// errors.Is: ENOENT is ErrNotExist, EEXIST and ENOTEMPTY are ErrExist, EACCES and EPERM are ErrPermission.
var (
	ErrInvalid    = oserror.ErrInvalid    // "invalid argument"
	ErrPermission = oserror.ErrPermission // "permission denied"
	ErrExist      = oserror.ErrExist      // "file already exists"
	ErrNotExist   = oserror.ErrNotExist   // "file does not exist"
	ErrClosed     = oserror.ErrClosed     // "file already closed"
)

// PathError is the error of an operation on a file: which operation, on which path, and why.
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error reads "OP PATH: REASON", e.g. "open nope.txt: no such file or directory".
func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap gives the reason, so errors.Is(err, fs.ErrNotExist) looks at it.
func (e *PathError) Unwrap() error { return e.Err }

// Timeout says whether the reason is a timeout.
func (e *PathError) Timeout() bool {
	timer, ok := e.Err.(interface{ Timeout() bool })
	return ok && timer.Timeout()
}

// FileMode is a file's type and permission bits: the type in the high bits, the Unix permissions in the low
// nine. The type bits are the same everywhere; a Unix file's mode is made of its st_mode.
type FileMode uint32

// The type and mode bits, from the highest bit down; String shows each set one by its letter in modeLetters.
const (
	ModeDir        FileMode = 1 << 31 // d: a directory
	ModeAppend     FileMode = 1 << 30 // a: writes only append
	ModeExclusive  FileMode = 1 << 29 // l: exclusive use
	ModeTemporary  FileMode = 1 << 28 // T: temporary (Plan 9)
	ModeSymlink    FileMode = 1 << 27 // L: a symbolic link
	ModeDevice     FileMode = 1 << 26 // D: a device
	ModeNamedPipe  FileMode = 1 << 25 // p: a FIFO
	ModeSocket     FileMode = 1 << 24 // S: a Unix domain socket
	ModeSetuid     FileMode = 1 << 23 // u: setuid
	ModeSetgid     FileMode = 1 << 22 // g: setgid
	ModeCharDevice FileMode = 1 << 21 // c: a character device (with ModeDevice)
	ModeSticky     FileMode = 1 << 20 // t: sticky
	ModeIrregular  FileMode = 1 << 19 // ?: not a regular file, of no known type

	// ModeType is the type bits: a mode with none of them is a regular file's.
	ModeType = ModeDir | ModeSymlink | ModeDevice | ModeCharDevice | ModeNamedPipe | ModeSocket | ModeIrregular

	// ModePerm is the Unix permission bits.
	ModePerm FileMode = 0777
)

// modeLetters names the bits from 1<<31 down, one letter each.
const modeLetters = "dalTLDpSugct?"

// String shows the mode as ls does, but with a letter per type bit set ("-" for none): "-rw-r--r--",
// "drwxr-xr-x", "Lrwxrwxrwx".
func (m FileMode) String() string {
	out := make([]byte, 0, len(modeLetters)+9)
	for i := 0; i < len(modeLetters); i++ {
		if m&(1<<(31-i)) != 0 {
			out = append(out, modeLetters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	const perms = "rwx"
	for bit := 8; bit >= 0; bit-- {
		if m&(1<<bit) != 0 {
			out = append(out, perms[(8-bit)%3])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

// IsDir says whether m is a directory's mode.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular says whether m is a regular file's mode: no type bit set.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm is m's Unix permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type is m's type bits.
func (m FileMode) Type() FileMode { return m & ModeType }

// FileInfo describes a file, as Stat and Lstat return it.
type FileInfo interface {
	Name() string       // the last element of its path
	Size() int64        // its length in bytes, for a regular file
	Mode() FileMode     // its type and permissions
	ModTime() time.Time // when it was last modified
	IsDir() bool        // Mode().IsDir()
	Sys() any           // what the underlying system says, or nil
}

// DirEntry is one entry of a directory listing.
type DirEntry interface {
	Name() string               // the entry's name, without its directory
	IsDir() bool                // whether it is a directory
	Type() FileMode             // its type bits (Mode().Type() of its FileInfo)
	Info() (FileInfo, error)    // its FileInfo, looked up now
}

// FS is a file system: a tree of files, opened by slash-separated paths that satisfy ValidPath.
type FS interface {
	Open(fsPath string) (File, error)
}

// File is an open file of an FS.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// ReadDirFile is a File that lists a directory, n entries at a time (all of them when n <= 0).
type ReadDirFile interface {
	File
	ReadDir(count int) ([]DirEntry, error)
}

// ReadDirFS is an FS that lists directories itself, sorted by name.
type ReadDirFS interface {
	FS
	ReadDir(fsPath string) ([]DirEntry, error)
}

// ReadFileFS is an FS that reads whole files itself.
type ReadFileFS interface {
	FS
	ReadFile(fsPath string) ([]byte, error)
}

// StatFS is an FS that describes files without opening them.
type StatFS interface {
	FS
	Stat(fsPath string) (FileInfo, error)
}

// GlobFS is an FS that matches glob patterns itself.
type GlobFS interface {
	FS
	Glob(fsPattern string) ([]string, error)
}

// SubFS is an FS that makes its own sub-trees.
type SubFS interface {
	FS
	Sub(fsDir string) (FS, error)
}

// ValidPath says whether name is a path an FS accepts: unrooted, slash-separated elements that are neither
// empty, "." nor "..", or "." alone for the root.
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '/' {
			continue
		}
		elem := name[start:i]
		if elem == "." || elem == ".." || elem == "" {
			return false
		}
		start = i + 1
	}
	return true
}

// ReadFile reads the file name of fsys to its end.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if direct, ok := fsys.(ReadFileFS); ok {
		return direct.ReadFile(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// Stat describes the file name of fsys.
func Stat(fsys FS, name string) (FileInfo, error) {
	if direct, ok := fsys.(StatFS); ok {
		return direct.Stat(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

// ReadDir lists the directory name of fsys, sorted by name.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if direct, ok := fsys.(ReadDirFS); ok {
		return direct.ReadDir(name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirFile, ok := f.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errNotImplemented}
	}
	list, err := dirFile.ReadDir(-1)
	sort.Slice(list, func(a, b int) bool { return list[a].Name() < list[b].Name() })
	return list, err
}

// infoEntry is a DirEntry made of a FileInfo already at hand.
type infoEntry struct {
	info FileInfo
}

func (e *infoEntry) Name() string               { return e.info.Name() }
func (e *infoEntry) IsDir() bool                { return e.info.IsDir() }
func (e *infoEntry) Type() FileMode             { return e.info.Mode().Type() }
func (e *infoEntry) Info() (FileInfo, error)    { return e.info, nil }

// FileInfoToDirEntry gives info as a DirEntry (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &infoEntry{info}
}

// SkipDir, returned by a walk function, skips the directory it was called for (or, for a file, the rest of
// the file's directory); SkipAll ends the walk without an error.
var (
	SkipDir = errors.New("skip this directory")
	SkipAll = errors.New("skip everything and stop the walk")
)

// Errors of this package's own.
var (
	errInvalidName    = errors.New("invalid name")
	errNotImplemented = errors.New("not implemented")
	errBadPattern     = path.ErrBadPattern
)

// WalkDirFunc is called by WalkDir for each file and directory: with its path and entry, and with the error that
// kept WalkDir from reading the root (d is nil then) or a directory (called a second time for it). Its result
// controls the walk: nil goes on, SkipDir and SkipAll skip, any other error ends the walk with that error.
type WalkDirFunc func(path string, d DirEntry, err error) error

// WalkDir calls fn for root and everything below it, in lexical order, directories before their contents.
// Symbolic links are not followed.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	rootInfo, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, &infoEntry{rootInfo}, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(fsys FS, name string, d DirEntry, fn WalkDirFunc) error {
	err := fn(name, d, nil)
	if err != nil || !d.IsDir() {
		if d.IsDir() && err == SkipDir {
			return nil
		}
		return err
	}
	entries, err := ReadDir(fsys, name)
	if err != nil {
		// the directory itself was reported; now its reading failed: ask again, with the error
		if err = fn(name, d, err); err != nil {
			if d.IsDir() && err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, listed := range entries {
		if err := walkDir(fsys, path.Join(name, listed.Name()), listed, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob lists the names in fsys that match pattern (path.Match syntax), sorted within each directory; it fails
// only for a malformed pattern (path.ErrBadPattern).
func Glob(fsys FS, pattern string) (matches []string, err error) {
	if direct, ok := fsys.(GlobFS); ok {
		return direct.Glob(pattern)
	}
	if _, bad := path.Match(pattern, ""); bad != nil {
		return nil, bad
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return append(matches, pattern), nil
	}
	dirPart, filePart := path.Split(pattern)
	dirPart = cleanGlobPath(dirPart)
	if !hasMeta(dirPart) {
		return globIn(fsys, dirPart, filePart, nil)
	}
	if dirPart == pattern {
		return nil, errBadPattern
	}
	dirs, err := Glob(fsys, dirPart)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(fsys, d, filePart, matches); err != nil {
			return nil, err
		}
	}
	return matches, nil
}

// cleanGlobPath is the directory part of a pattern without its trailing slash ("." for none).
func cleanGlobPath(dir string) string {
	switch dir {
	case "":
		return "."
	default:
		return dir[:len(dir)-1]
	}
}

// globIn appends to matches the names in dir that match pattern; an unreadable dir adds nothing.
func globIn(fsys FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fsys, dir)
	if err != nil {
		return matches, nil
	}
	for _, listed := range entries {
		ok, err := path.Match(pattern, listed.Name())
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, listed.Name()))
		}
	}
	return matches, nil
}

// hasMeta says whether a pattern has any of the characters path.Match treats specially.
func hasMeta(pattern string) bool {
	return strings.ContainsAny(pattern, "*?[\\")
}

// Sub is the part of fsys below dir, as an FS of its own.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errInvalidName}
	}
	if dir == "." {
		return fsys, nil
	}
	if direct, ok := fsys.(SubFS); ok {
		return direct.Sub(dir)
	}
	return &subFS{fsys: fsys, dir: dir}, nil
}

// subFS is the tree of fsys below dir.
type subFS struct {
	fsys FS
	dir  string
}

// full is name in the parent FS.
func (s *subFS) full(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: errInvalidName}
	}
	return path.Join(s.dir, name), nil
}

// inner is a name of the parent FS as a name of s, if it is below s.dir.
func (s *subFS) inner(name string) (string, bool) {
	if name == s.dir {
		return ".", true
	}
	n := len(s.dir)
	if len(name) > n+1 && name[n] == '/' && name[:n] == s.dir {
		return name[n+1:], true
	}
	return "", false
}

// fix takes the sub-tree's prefix off the path of an error of the parent FS.
func (s *subFS) fix(err error) error {
	if perr, ok := err.(*PathError); ok {
		if name, ok := s.inner(perr.Path); ok {
			perr.Path = name
		}
	}
	return err
}

func (s *subFS) Open(name string) (File, error) {
	full, err := s.full("open", name)
	if err != nil {
		return nil, err
	}
	f, err := s.fsys.Open(full)
	return f, s.fix(err)
}

func (s *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	list, err := ReadDir(s.fsys, full)
	return list, s.fix(err)
}

func (s *subFS) ReadFile(name string) ([]byte, error) {
	full, err := s.full("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(s.fsys, full)
	return data, s.fix(err)
}

func (s *subFS) Glob(pattern string) ([]string, error) {
	if _, bad := path.Match(pattern, ""); bad != nil {
		return nil, bad
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	list, err := Glob(s.fsys, s.dir+"/"+pattern)
	for k, name := range list {
		short, ok := s.inner(name)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + short + " not in " + s.dir)
		}
		list[k] = short
	}
	return list, s.fix(err)
}

func (s *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return s, nil
	}
	full, err := s.full("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{fsys: s.fsys, dir: full}, nil
}
