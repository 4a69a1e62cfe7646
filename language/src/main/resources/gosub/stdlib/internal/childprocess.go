// Package childprocess lets os/exec make the os.Process of a process it started: only package os can build one
// (the natives' handle is unexported), so os leaves its constructor here as it initialises.
package childprocess

// New makes the *os.Process (as an any: this package cannot import os) of process pid, which the natives know by
// handle.
var New func(pid, handle int) any
