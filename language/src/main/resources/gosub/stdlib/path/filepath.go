// Package filepath works on the operating system's file paths. gosub runs on Unix-like systems, so a path's
// separator is '/', lists of paths are separated by ':', and there are no volume names: the lexical functions are
// package path's, and the rest (Abs, Walk, Glob, EvalSymlinks, ...) look at the file system through os.
package filepath

import (
	"errors"
	"internal/shellpattern"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"syscall"
)

// Separator separates a path's elements, ListSeparator the paths of a list.
const (
	Separator, ListSeparator = os.PathSeparator, os.PathListSeparator
)

// ErrBadPattern is the error of Match and Glob for a malformed pattern.
var (
	ErrBadPattern   = errors.New("syntax error in pattern")
	errTooManyLinks = errors.New("EvalSymlinks: too many links")
)

// SkipDir and SkipAll are io/fs's: returned by a walk function, they skip a directory or end the walk.
var (
	SkipDir error = fs.SkipDir
	SkipAll error = fs.SkipAll
)

// Clean is path.Clean.
func Clean(p string) string { return path.Clean(p) }

// Join is path.Join.
func Join(elem ...string) string { return path.Join(elem...) }

// Split is path.Split.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base is path.Base.
func Base(p string) string { return path.Base(p) }

// Dir is path.Dir.
func Dir(p string) string { return path.Dir(p) }

// Ext is path.Ext.
func Ext(p string) string { return path.Ext(p) }

// IsAbs is path.IsAbs.
func IsAbs(p string) bool { return path.IsAbs(p) }

// ToSlash and FromSlash convert between '/' and Separator: the same here.
func ToSlash(p string) string   { return p }
func FromSlash(p string) string { return p }

// VolumeName is "": Unix paths have no volume.
func VolumeName(p string) string { return "" }

// SplitList splits a list of paths such as $PATH at ListSeparator; the empty list has no paths.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// IsLocal says whether p, taken lexically, stays inside the directory it is relative to: not empty, not
// absolute, and not climbing out with "..".
func IsLocal(p string) bool {
	if p == "" || IsAbs(p) {
		return false
	}
	p = Clean(p)
	return p != ".." && !strings.HasPrefix(p, "../")
}

// Match is path.Match, except that the part of a malformed pattern after a failed match is not looked at
// (as in Go).
func Match(pattern, name string) (matched bool, err error) {
	matched, err = shellpattern.Match(pattern, name, false)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}

// Abs is p made absolute (against the working directory) and cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel is the relative path that leads from basepath to targpath, lexically: Join(basepath, Rel(...)) is
// targpath, cleaned. It fails when one is absolute and the other not, or when basepath climbs out through
// ".." where targpath does not.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	cannot := errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	if IsAbs(base) != IsAbs(targ) {
		return "", cannot
	}
	from, to := elements(base), elements(targ)
	same := 0
	for same < len(from) && same < len(to) && from[same] == to[same] {
		same++
	}
	if same < len(from) && from[same] == ".." {
		return "", cannot
	}
	steps := make([]string, 0, len(from)-same+len(to)-same)
	for range from[same:] {
		steps = append(steps, "..")
	}
	steps = append(steps, to[same:]...)
	return strings.Join(steps, "/"), nil
}

// elements are the names of a clean path, without the empty ones around a root slash.
func elements(p string) []string {
	var list []string
	for _, e := range strings.Split(p, "/") {
		if e != "" {
			list = append(list, e)
		}
	}
	return list
}

// EvalSymlinks is p with every symbolic link in it replaced by its target, cleaned. p must exist.
func EvalSymlinks(p string) (string, error) {
	rooted := IsAbs(p)
	var done []string
	todo := strings.Split(p, "/")
	links := 0
	for len(todo) > 0 {
		elem := todo[0]
		todo = todo[1:]
		switch elem {
		case "", ".":
			continue
		case "..":
			if n := len(done); n > 0 && done[n-1] != ".." {
				done = done[:n-1]
			} else if !rooted {
				done = append(done, elem)
			}
			continue
		}
		current := joinElements(rooted, append(done, elem))
		info, err := os.Lstat(current)
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			if !info.IsDir() && len(todo) > 0 {
				err = syscall.ENOTDIR
				return "", err
			}
			done = append(done, elem)
			continue
		}
		links++
		if links > 255 {
			return "", errTooManyLinks
		}
		target, err := os.Readlink(current)
		if err != nil {
			return "", err
		}
		if IsAbs(target) {
			rooted = true
			done = nil
		}
		todo = append(strings.Split(target, "/"), todo...)
	}
	return Clean(joinElements(rooted, done)), nil
}

func joinElements(rooted bool, elems []string) string {
	p := strings.Join(elems, "/")
	if rooted {
		return "/" + p
	}
	if p == "" {
		return "."
	}
	return p
}

// WalkFunc is called by Walk for each file and directory, with its FileInfo (Lstat), or with the error that
// kept Walk from describing it or from reading the directory. Its result controls the walk as WalkDirFunc's.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk calls fn for root and everything below it, in lexical order, directories before their contents. It
// does not follow symbolic links. WalkDir is cheaper: it describes only what fn asks about.
func Walk(root string, fn WalkFunc) error {
	rootInfo, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, rootInfo, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := sortedNames(p)
	if werr := fn(p, info, err); err != nil || werr != nil {
		// the directory cannot be read, or fn wants to skip it or stop: what fn said decides
		return werr
	}
	for _, entry := range names {
		child := Join(p, entry)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, childInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(child, childInfo, fn); err != nil && (err != SkipDir || !childInfo.IsDir()) {
			return err
		}
	}
	return nil
}

// sortedNames lists the directory's names in lexical order.
func sortedNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	list, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(list)
	return list, nil
}

// WalkDir calls fn for root and everything below it, in lexical order, directories before their contents,
// with each one's DirEntry. It does not follow symbolic links.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	rootInfo, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(rootInfo), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(p, d, nil)
	if err != nil || !d.IsDir() {
		if d.IsDir() && err == SkipDir {
			return nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		// the directory was reported; reading it failed: fn hears of it a second time
		if err = fn(p, d, err); err != nil {
			if d.IsDir() && err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, listed := range entries {
		if err := walkDir(Join(p, listed.Name()), listed, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// Glob lists the files matching pattern (Match's syntax), sorted within each directory, or nil when none do;
// it fails only for a malformed pattern. Unreadable directories are passed over.
func Glob(pattern string) (matches []string, err error) {
	if _, bad := Match(pattern, ""); bad != nil {
		return nil, bad
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return append(matches, pattern), nil
	}
	dirPart, filePart := Split(pattern)
	switch dirPart {
	case "":
		dirPart = "."
	case "/":
	default:
		dirPart = dirPart[:len(dirPart)-1]
	}
	if !hasMeta(dirPart) {
		return globIn(dirPart, filePart, nil)
	}
	if dirPart == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dirPart)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(d, filePart, matches); err != nil {
			return nil, err
		}
	}
	return matches, nil
}

// globIn appends the names in dir matching pattern; a dir that is not a readable directory adds nothing.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	names, err := sortedNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, entry := range names {
		ok, err := Match(pattern, entry)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, entry))
		}
	}
	return matches, nil
}

func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}
