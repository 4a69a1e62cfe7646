// encoding/binary: both byte orders (read, put, append, their names), varints signed and unsigned with their
// overflow and short-input results, and the index panic of a short slice.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

func main() {
	b := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(binary.LittleEndian.Uint16(b), binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint64(b))
	fmt.Println(binary.BigEndian.Uint16(b), binary.BigEndian.Uint32(b), binary.BigEndian.Uint64(b))
	out := make([]byte, 8)
	binary.BigEndian.PutUint64(out, 0x0102030405060708)
	fmt.Println(out)
	binary.LittleEndian.PutUint32(out, 0xdeadbeef)
	binary.BigEndian.PutUint16(out[4:], 0xcafe)
	fmt.Printf("% x\n", out)
	fmt.Println(binary.BigEndian, binary.LittleEndian)
	fmt.Printf("%v %#v %T\n", binary.BigEndian, binary.LittleEndian, binary.BigEndian)
	var bo binary.ByteOrder = binary.BigEndian
	var ao binary.AppendByteOrder = binary.LittleEndian
	fmt.Println(bo.Uint32([]byte{0, 0, 1, 0}), ao.AppendUint64(nil, 1<<40), binary.BigEndian.AppendUint32([]byte{9}, 7), binary.LittleEndian.AppendUint16(nil, 258))
	for _, x := range []uint64{0, 1, 127, 128, 300, 1 << 35, 1<<64 - 1} {
		enc := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(enc, x)
		v, m := binary.Uvarint(enc[:n])
		r, err := binary.ReadUvarint(bytes.NewReader(enc[:n]))
		fmt.Println(x, enc[:n], n, v, m, r, err, binary.AppendUvarint(nil, x))
	}
	for _, x := range []int64{0, -1, 1, -64, 64, -1 << 63, 1<<63 - 1} {
		enc := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(enc, x)
		v, m := binary.Varint(enc[:n])
		r, err := binary.ReadVarint(bytes.NewReader(enc[:n]))
		fmt.Println(x, enc[:n], v, m, r, err, binary.AppendVarint(nil, x))
	}
	bad := []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}
	fmt.Println(binary.Uvarint(bad))
	fmt.Println(binary.Uvarint([]byte{0x80, 0x80}))
	fmt.Println(binary.Uvarint(append(bytes.Repeat([]byte{0x80}, 10), 1)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(bad)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader([]byte{0x80})))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(nil)))
	fmt.Println(binary.ReadUvarint(bytes.NewReader(bytes.Repeat([]byte{0x80}, 11))))
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32)
	defer func() { fmt.Println("recovered:", recover()) }()
	binary.BigEndian.PutUint32(make([]byte, 3), 1)
}
