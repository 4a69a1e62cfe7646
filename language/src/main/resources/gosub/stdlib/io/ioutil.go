// Package ioutil is the old home of a few io and os functions, kept for the programs that still use it; each
// one here is the newer function under its old name.
package ioutil

import (
	"io"
	"io/fs"
	"os"
	"sort"
)

// ReadAll is io.ReadAll.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// ReadFile is os.ReadFile.
func ReadFile(filename string) ([]byte, error) { return os.ReadFile(filename) }

// WriteFile is os.WriteFile.
func WriteFile(filename string, data []byte, perm fs.FileMode) error { return os.WriteFile(filename, data, perm) }

// ReadDir lists the directory dirname as FileInfos (Lstat), sorted by name; os.ReadDir is the cheaper way.
func ReadDir(dirname string) ([]fs.FileInfo, error) {
	dir, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	infos, err := dir.Readdir(-1)
	dir.Close()
	if err != nil {
		return nil, err
	}
	sort.Slice(infos, func(a, b int) bool { return infos[a].Name() < infos[b].Name() })
	return infos, nil
}

// NopCloser is io.NopCloser.
func NopCloser(r io.Reader) io.ReadCloser { return io.NopCloser(r) }

// Discard is io.Discard.
var Discard = io.Discard

// TempFile is os.CreateTemp.
func TempFile(dir, pattern string) (f *os.File, err error) { return os.CreateTemp(dir, pattern) }

// TempDir is os.MkdirTemp.
func TempDir(dir, pattern string) (name string, err error) { return os.MkdirTemp(dir, pattern) }
