package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"strings"
)

var inputs = [][]byte{
	nil,
	[]byte(""),
	[]byte("abc"),
	[]byte("The quick brown fox jumps over the lazy dog"),
	[]byte("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
	bytes.Repeat([]byte{0xff, 0x00, 'a'}, 43),
	bytes.Repeat([]byte("a"), 1000000),
}

func short(b []byte) string {
	s := hex.EncodeToString(b)
	if len(s) > 64 {
		return s[:32] + ".." + s[len(s)-16:]
	}
	return s
}

type maker struct {
	name string
	new  func() hash.Hash
}

var makers = []maker{
	{"md5", md5.New},
	{"sha1", sha1.New},
	{"sha224", sha256.New224},
	{"sha256", sha256.New},
	{"sha384", sha512.New384},
	{"sha512", sha512.New},
	{"sha512/224", sha512.New512_224},
	{"sha512/256", sha512.New512_256},
}

func main() {
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha1.BlockSize, sha256.Size, sha256.Size224, sha256.BlockSize)
	fmt.Println(sha512.Size, sha512.Size224, sha512.Size256, sha512.Size384, sha512.BlockSize)
	for _, in := range inputs {
		a, b, c, d := md5.Sum(in), sha1.Sum(in), sha256.Sum224(in), sha256.Sum256(in)
		e, f, g, h := sha512.Sum384(in), sha512.Sum512(in), sha512.Sum512_224(in), sha512.Sum512_256(in)
		fmt.Printf("%d bytes\n  md5 %x\n  sha1 %x\n  sha224 %x\n  sha256 %x\n", len(in), a, b, c, d)
		fmt.Printf("  sha384 %s\n  sha512 %s\n  sha512/224 %x\n  sha512/256 %x\n", short(e[:]), short(f[:]), g, h)
	}
	var arr [md5.Size]byte = md5.Sum([]byte("array"))
	fmt.Println(len(arr), arr[0], fmt.Sprintf("%T %T", arr, sha512.Sum384(nil)))

	for _, m := range makers {
		h := m.new()
		fmt.Printf("%s %T size %d block %d empty %x\n", m.name, h, h.Size(), h.BlockSize(), h.Sum(nil))
		// Sum appends and leaves the state as it was: writing on after Sum gives the sum of everything.
		h.Write([]byte("hello, "))
		prefix := []byte("prefix:")
		mid := h.Sum(prefix)
		fmt.Println(" ", string(mid[:7]), short(mid[7:]), len(mid), string(prefix))
		n, err := io.WriteString(h, "world")
		fmt.Println(" ", n, err, short(h.Sum(nil)), short(h.Sum(nil)))
		whole := m.new()
		whole.Write([]byte("hello, world"))
		fmt.Println("  same as in one piece:", bytes.Equal(whole.Sum(nil), h.Sum(nil)))
		h.Reset()
		fmt.Println("  after reset:", short(h.Sum(nil)))
		// Many small writes against one large one.
		for round := 0; round < 1000; round++ {
			h.Write([]byte{byte(round), byte(round >> 8), 'x'})
		}
		h.Write(nil)
		h.Write([]byte{})
		fmt.Println("  1000 writes:", short(h.Sum(nil)))
		sumBuf := make([]byte, 0, 100)
		out := h.Sum(sumBuf[:3])
		fmt.Println("  into capacity:", len(out), cap(out), &out[0] == &sumBuf[:1][0])
	}

	h := sha256.New()
	io.Copy(h, strings.NewReader(strings.Repeat("gosub ", 50000)))
	fmt.Printf("%x\n", h.Sum(nil))
	var h32 hash.Hash = md5.New()
	_, isH32 := h32.(hash.Hash32)
	fmt.Println(isH32)
}
