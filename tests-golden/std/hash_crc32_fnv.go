package main

import (
	"bytes"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

var inputs = [][]byte{
	nil,
	[]byte("a"),
	[]byte("123456789"),
	[]byte("The quick brown fox jumps over the lazy dog"),
	{0x00, 0xff, 0x80, 0x7f},
	bytes.Repeat([]byte("gosub\x00\xfe"), 20000),
}

func main() {
	fmt.Println(crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman)
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	koopman := crc32.MakeTable(crc32.Koopman)
	custom := crc32.MakeTable(0x04c11db7)
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, castagnoli == crc32.MakeTable(crc32.Castagnoli),
		koopman == crc32.MakeTable(crc32.Koopman))
	fmt.Printf("%08x %08x %08x %08x\n", crc32.IEEETable[1], castagnoli[1], koopman[128], custom[255])
	for _, in := range inputs {
		fmt.Printf("%d: %08x %08x %08x %08x %08x\n", len(in), crc32.ChecksumIEEE(in), crc32.Checksum(in, castagnoli),
			crc32.Checksum(in, koopman), crc32.Checksum(in, custom), crc32.Checksum(in, crc32.IEEETable))
	}
	// Update continues a CRC: in two pieces it is the CRC of the whole.
	text := []byte("hello, world")
	for cut := 0; cut <= len(text); cut += 4 {
		fmt.Print(crc32.Update(crc32.ChecksumIEEE(text[:cut]), crc32.IEEETable, text[cut:]), " ")
	}
	fmt.Println(crc32.Update(0, castagnoli, nil), crc32.Update(12345, castagnoli, nil), crc32.Update(0xffffffff, koopman, []byte("x")))

	for _, tab := range []*crc32.Table{crc32.IEEETable, castagnoli} {
		h := crc32.New(tab)
		fmt.Printf("%T %d %d %x %v\n", h, h.Size(), h.BlockSize(), h.Sum(nil), h.Sum32())
		io.WriteString(h, "hello, ")
		fmt.Printf("%x ", h.Sum([]byte("sum:")))
		h.Write([]byte("world"))
		fmt.Println(h.Sum32(), h.Sum32() == crc32.Checksum(text, tab))
		h.Reset()
		fmt.Println(h.Sum32())
	}
	var ieee hash.Hash32 = crc32.NewIEEE()
	io.Copy(ieee, strings.NewReader(strings.Repeat("abc", 100000)))
	fmt.Println(ieee.Sum32())

	fnvs := []struct {
		name string
		h    hash.Hash
	}{
		{"32", fnv.New32()}, {"32a", fnv.New32a()}, {"64", fnv.New64()}, {"64a", fnv.New64a()},
		{"128", fnv.New128()}, {"128a", fnv.New128a()},
	}
	for _, f := range fnvs {
		h := f.h
		fmt.Printf("fnv%s %T size %d block %d empty %x\n", f.name, h, h.Size(), h.BlockSize(), h.Sum(nil))
		for _, in := range inputs {
			h.Reset()
			n, err := h.Write(in)
			fmt.Printf("  %d %v %x", n, err, h.Sum([]byte{0xAA}))
			switch s := h.(type) {
			case hash.Hash32:
				fmt.Print(" ", s.Sum32())
			case hash.Hash64:
				fmt.Print(" ", s.Sum64())
			}
			fmt.Println()
		}
		h.Reset()
		h.Write([]byte("hello, "))
		h.Write([]byte("world"))
		fmt.Printf("  pieces %x\n", h.Sum(nil))
	}
	_, is64 := fnv.New32().(hash.Hash64)
	_, is32 := fnv.New64a().(hash.Hash32)
	fmt.Println(is64, is32)
}
