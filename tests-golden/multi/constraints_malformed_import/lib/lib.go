//go:build (linux || darwin

package lib

const N = 1
