package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// slowReader hands out its text a few bytes at a time, so the decoder must join digit pairs across reads.
type slowReader struct {
	text string
	step int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.text == "" {
		return 0, io.EOF
	}
	n := r.step
	if n > len(r.text) {
		n = len(r.text)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.text[:n])
	r.text = r.text[n:]
	return n, nil
}

// failingWriter accepts limit bytes, then fails.
type failingWriter struct{ limit int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n := w.limit
		w.limit = 0
		return n, errors.New("disk full")
	}
	w.limit -= len(p)
	return len(p), nil
}

func main() {
	fmt.Println(hex.EncodeToString(nil), hex.EncodeToString([]byte("Hello, Gopher!")))
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	enc := hex.EncodeToString(all)
	fmt.Println(len(enc), enc[:40], enc[len(enc)-40:])
	back, err := hex.DecodeString(strings.ToUpper(enc))
	fmt.Println(bytes.Equal(back, all), err)

	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{0xde, 0xad, 0x0f}), string(dst), hex.EncodedLen(0), hex.DecodedLen(7))
	raw := make([]byte, hex.DecodedLen(8))
	n, err := hex.Decode(raw, []byte("CafeBabe"))
	fmt.Println(n, err, raw)

	for _, s := range []string{"", "6", "61", "616", "61g", "6g61", "g6", "616x", "61626z", "zz", "61 62", "6\n", "\xff0", "61\xe2\x82\xac"} {
		plain, err := hex.DecodeString(s)
		fmt.Printf("%q -> %q %v", s, plain, err)
		var ib hex.InvalidByteError
		if errors.As(err, &ib) {
			fmt.Printf(" [invalid byte %d]", byte(ib))
		}
		fmt.Println(errors.Is(err, hex.ErrLength))
	}
	fmt.Println(hex.InvalidByteError('\n'), hex.InvalidByteError(0xe9), hex.ErrLength)

	big := bytes.Repeat([]byte{0x5a, 0xa5, 0x00, 0xff}, 100000)
	bigHex := hex.EncodeToString(big)
	fmt.Println(len(bigHex), bigHex[:16])
	again, err := hex.DecodeString(bigHex)
	fmt.Println(bytes.Equal(again, big), err)

	// Streams.
	var sink bytes.Buffer
	w := hex.NewEncoder(&sink)
	w.Write([]byte("ab"))
	n, err = w.Write(big[:1500])
	fmt.Println(n, err, sink.Len(), sink.String()[:12])
	n, err = hex.NewEncoder(&failingWriter{limit: 1030}).Write(big[:2000])
	fmt.Println(n, err)

	for _, in := range []string{"68656c6c6f", "68656c6c6", "68656c6c6z", "6865zz6c6f", "", strings.Repeat("41", 2000)} {
		for _, step := range []int{1, 3, 1000} {
			got, err := io.ReadAll(hex.NewDecoder(&slowReader{in, step}))
			if len(got) > 20 {
				got = got[:20]
			}
			fmt.Printf("%d %q %v\n", step, got, err)
		}
	}
	d := hex.NewDecoder(strings.NewReader("414243444546"))
	small := make([]byte, 4)
	for {
		n, err := d.Read(small)
		fmt.Print(n, " ", string(small[:n]), " ", err, "; ")
		if err != nil {
			break
		}
	}
	fmt.Println()

	// Dump and Dumper.
	fmt.Printf("%q\n", hex.Dump(nil))
	for _, n := range []int{1, 7, 8, 9, 15, 16, 17, 40} {
		fmt.Print(hex.Dump(all[100 : 100+n]))
	}
	fmt.Print(hex.Dump(all))
	dumper := hex.Dumper(os.Stdout)
	dumper.Write([]byte("Go "))
	dumper.Write([]byte("is an open source programming language"))
	dumper.Write(nil)
	fmt.Println(dumper.Close(), dumper.Close())
	n, err = dumper.Write([]byte("more"))
	fmt.Println(n, err)
	quiet := hex.Dumper(&sink)
	fmt.Println(quiet.Close())
	n, err = hex.Dumper(&failingWriter{limit: 20}).Write([]byte("0123456789abcdef"))
	fmt.Println(n, err)

	defer func() { fmt.Println("recovered:", recover()) }()
	hex.Encode(make([]byte, 3), []byte("ab"))
}
