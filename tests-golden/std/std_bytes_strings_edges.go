// Edge cases of the bytes and strings functions written in Go source: empty and nil inputs, invalid UTF-8, n limits
// of the splits, which results are nil and which are subslices (shown by their capacity), the Buffer's read and
// unread rules, strings.Reader, Replacer, and the panics.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func show(label string, b []byte) {
	fmt.Printf("%s %q nil=%v\n", label, b, b == nil)
}

func showAll(label string, bs [][]byte) {
	fmt.Printf("%s n=%d nil=%v", label, len(bs), bs == nil)
	for _, b := range bs {
		fmt.Printf(" %q/%d", b, cap(b))
	}
	fmt.Println()
}

// chunky writes at most 3 bytes per call, and fails on demand.
type chunky struct {
	got  []byte
	fail bool
}

func (c *chunky) Write(p []byte) (int, error) {
	if c.fail {
		return 1, errors.New("disk full")
	}
	if len(p) > 3 {
		p = p[:3]
		c.got = append(c.got, p...)
		return 3, nil
	}
	c.got = append(c.got, p...)
	return len(p), nil
}

// dribble hands out its text a few bytes per Read, then an error or EOF.
type dribble struct {
	text string
	end  error
}

func (d *dribble) Read(p []byte) (int, error) {
	if d.text == "" {
		return 0, d.end
	}
	n := copy(p[:min(len(p), 4)], d.text)
	d.text = d.text[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func catch(label string, f func()) {
	defer func() { fmt.Println(label, "panic:", recover()) }()
	f()
}

func main() {
	inputs := []string{"", "a", " a b  c ", "a,b,,c,", ",", "héllo wörld", "\xff\xfeab\xc3", "日本語", "aaa"}
	for _, in := range inputs {
		b := make([]byte, len(in)) // cap(b) == len(b), which []byte(in) does not promise
		copy(b, in)
		fmt.Printf("== %q\n", in)
		for _, sep := range []string{"", ",", "a", "aa", "ö", "\xff"} {
			for _, n := range []int{-1, 0, 1, 2, 3, 100} {
				showAll(fmt.Sprintf("SplitN %q %d", sep, n), bytes.SplitN(b, []byte(sep), n))
				showAll(fmt.Sprintf("SplitAfterN %q %d", sep, n), bytes.SplitAfterN(b, []byte(sep), n))
			}
			before, after, found := bytes.Cut(b, []byte(sep))
			fmt.Printf("Cut %q %q/%d %q nil=%v %v\n", sep, before, cap(before), after, after == nil, found)
			sb, sa, sf := strings.Cut(in, sep)
			fmt.Printf("strings.Cut %q %q %q %v\n", sep, sb, sa, sf)
			show("Replace "+sep, bytes.Replace(b, []byte(sep), []byte("<>"), 2))
			show("Replace0 "+sep, bytes.Replace(b, []byte(sep), []byte("<>"), 0))
			show("ReplaceAll "+sep, bytes.ReplaceAll(b, []byte(sep), []byte("")))
		}
		showAll("Fields", bytes.Fields(b))
		showAll("FieldsFunc", bytes.FieldsFunc(b, func(r rune) bool { return r == 'a' || r == ',' || r == 0xFFFD }))
		fmt.Printf("strings.FieldsFunc %q\n", strings.FieldsFunc(in, func(r rune) bool { return r == 'l' || r == 0xFFFD }))
		for _, cut := range []string{"", " ", "a", "ab ", "\xff", "hé", "日語"} {
			show("Trim "+cut, bytes.Trim(b, cut))
			show("TrimLeft "+cut, bytes.TrimLeft(b, cut))
			show("TrimRight "+cut, bytes.TrimRight(b, cut))
		}
		show("TrimSpace", bytes.TrimSpace(b))
		isA := func(r rune) bool { return r == 'a' || r == ' ' || r == 0xFFFD }
		show("TrimFunc", bytes.TrimFunc(b, isA))
		show("TrimLeftFunc", bytes.TrimLeftFunc(b, isA))
		show("TrimRightFunc", bytes.TrimRightFunc(b, isA))
		fmt.Printf("strings.TrimFunc %q %q %q\n", strings.TrimFunc(in, isA), strings.TrimLeftFunc(in, isA),
			strings.TrimRightFunc(in, isA))
		show("TrimPrefix", bytes.TrimPrefix(b, []byte("a")))
		show("TrimSuffix", bytes.TrimSuffix(b, []byte(",")))
		fmt.Println("HasPrefix", bytes.HasPrefix(b, nil), bytes.HasPrefix(b, []byte("a")), bytes.HasSuffix(b, []byte("c ")))
		fmt.Println("IndexFunc", bytes.IndexFunc(b, unicode.IsUpper), bytes.IndexFunc(b, isA), bytes.LastIndexFunc(b, isA),
			strings.IndexFunc(in, isA), strings.LastIndexFunc(in, isA), strings.IndexFunc(in, unicode.IsSpace))
		show("Map", bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, b))
		fmt.Printf("strings.Map %q %q\n", strings.Map(func(r rune) rune { return r }, in),
			strings.Map(func(r rune) rune {
				if r == 'l' {
					return -1
				}
				return r + 1
			}, in))
		show("ToUpper", bytes.ToUpper(b))
		show("Title", bytes.Title(b))
		fmt.Println("Runes", bytes.Runes(b), bytes.Count(b, nil), bytes.Equal(b, nil), bytes.Compare(b, []byte("a")))
		show("Repeat0", bytes.Repeat(b, 0))
		show("Repeat2", bytes.Repeat(b, 2))
		fmt.Println("Clone", strings.Clone(in) == in)
	}

	// Map calls mapping once per rune, and returns its argument when nothing changes.
	for _, in := range []string{"héllo", "hé\xffllo", "x\uFFFDy", ""} {
		calls := 0
		out := strings.Map(func(r rune) rune {
			calls++
			if r == 'l' {
				return 'L'
			}
			return r
		}, in)
		same := strings.Map(func(r rune) rune { calls++; return r }, in)
		fmt.Printf("Map %q %q %q %d\n", in, out, same, calls)
	}

	show("Join none", bytes.Join(nil, []byte(",")))
	show("Join one empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("Join one nil", bytes.Join([][]byte{nil}, []byte(",")))
	show("Join two empty", bytes.Join([][]byte{nil, nil}, nil))
	show("Join", bytes.Join([][]byte{[]byte("a"), nil, []byte("bc")}, []byte(", ")))
	fmt.Println("Join cap", cap(bytes.Join([][]byte{[]byte("a"), []byte("bc")}, []byte("--"))))
	show("Trim nil", bytes.Trim(nil, "x"))
	show("Trim empty", bytes.Trim([]byte{}, "x"))
	show("TrimLeft empty", bytes.TrimLeft([]byte{}, ""))
	show("TrimRight empty", bytes.TrimRight([]byte{}, "x"))
	show("TrimSpace empty", bytes.TrimSpace([]byte{}))
	show("TrimFunc empty", bytes.TrimFunc([]byte{}, unicode.IsSpace))
	show("TrimRightFunc empty", bytes.TrimRightFunc([]byte{}, unicode.IsSpace))
	show("ToUpper empty", bytes.ToUpper([]byte{}))
	show("Map nil", bytes.Map(unicode.ToUpper, nil))
	showAll("Fields nil", bytes.Fields(nil))
	showAll("Split nil", bytes.Split(nil, []byte(",")))
	catch("Repeat -1", func() { bytes.Repeat([]byte("ab"), -1) })
	catch("Repeat overflow", func() { bytes.Repeat([]byte("ab"), 1<<62) })

	// Buffer: reads, unreads, truncation, growth, and the io methods.
	var buf bytes.Buffer
	fmt.Println(buf.String(), buf.Len(), buf.Cap(), (*bytes.Buffer)(nil).String())
	fmt.Println(buf.UnreadByte(), buf.UnreadRune())
	buf.WriteString("héllo, ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.WriteRune(0x10FFFF + 1)
	buf.Write([]byte("rld\n"))
	r, size, err := buf.ReadRune()
	fmt.Println(r, size, err, buf.UnreadRune(), buf.UnreadRune(), buf.Len())
	c, err := buf.ReadByte()
	fmt.Println(c, err, buf.UnreadByte(), buf.UnreadByte())
	r, size, _ = buf.ReadRune()
	r2, size2, _ := buf.ReadRune()
	fmt.Println(r, size, r2, size2, buf.UnreadRune(), buf.Len())
	fmt.Printf("%q\n", buf.Next(3))
	fmt.Println(buf.UnreadByte(), buf.Len(), buf.UnreadByte())
	line, err := buf.ReadString(',')
	fmt.Printf("%q %v\n", line, err)
	lineb, err := buf.ReadBytes('!')
	fmt.Printf("%q %v %d\n", lineb, err, buf.Len())
	lineb, err = buf.ReadBytes('!')
	fmt.Printf("%q %v\n", lineb, err)
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Println(n, err, buf.Len())
	n, err = buf.Read(nil)
	fmt.Println(n, err)
	_, err = buf.ReadByte()
	_, _, err2 := buf.ReadRune()
	fmt.Println(err, err2, buf.UnreadRune())
	buf.WriteString("0123456789")
	buf.Truncate(4)
	fmt.Printf("%q\n", buf.String())
	catch("Truncate", func() { buf.Truncate(5) })
	catch("Truncate -1", func() { buf.Truncate(-1) })
	buf.Truncate(0)
	catch("Grow", func() { buf.Grow(-1) })
	buf.Grow(10)
	fmt.Println(buf.Len(), buf.Cap() >= 10)
	fmt.Printf("%q %v\n", buf.Next(5), buf.Bytes() == nil)

	src := bytes.NewBufferString("abcdefghij")
	src.ReadByte()
	w := &chunky{}
	nw, err := src.WriteTo(w)
	fmt.Println(nw, err, string(w.got), src.Len())
	src = bytes.NewBuffer([]byte("xyz"))
	nw, err = src.WriteTo(&chunky{fail: true})
	fmt.Println(nw, err, src.Len(), src.String())
	var empty bytes.Buffer
	nw, err = empty.WriteTo(&chunky{})
	fmt.Println(nw, err)

	var dst bytes.Buffer
	dst.WriteString(">")
	nr, err := dst.ReadFrom(&dribble{text: "some text that arrives slowly", end: io.EOF})
	fmt.Printf("%d %v %q\n", nr, err, dst.String())
	nr, err = dst.ReadFrom(&dribble{text: "more", end: io.ErrUnexpectedEOF})
	fmt.Printf("%d %v %q\n", nr, err, dst.String())

	big := bytes.NewBuffer(make([]byte, 0, 8))
	for i := 0; i < 100; i++ {
		big.WriteString("0123456789")
		if i%3 == 0 {
			big.Next(7)
		}
	}
	fmt.Println(big.Len(), big.String()[:20])

	// Growth: 64 bytes for a small first write, then doubling (these sizes are all whole allocation classes in Go).
	var grown bytes.Buffer
	for i := 0; i < 12; i++ {
		grown.WriteString(strings.Repeat("x", i*13))
		grown.WriteRune('é')
		fmt.Print(grown.Len(), "/", grown.Cap(), " ")
	}
	fmt.Println()

	// strings.Reader.
	rd := strings.NewReader("añb")
	fmt.Println(rd.Len(), rd.Size(), rd.UnreadRune(), rd.UnreadByte())
	ch, sz, err := rd.ReadRune()
	fmt.Println(ch, sz, err, rd.UnreadRune(), rd.UnreadRune())
	rd.ReadRune()
	ch, sz, _ = rd.ReadRune()
	fmt.Println(ch, sz, rd.Len())
	bb, _ := rd.ReadByte()
	fmt.Println(bb, rd.UnreadByte(), rd.UnreadRune())
	rest := make([]byte, 10)
	n, err = rd.Read(rest)
	fmt.Printf("%d %v %q\n", n, err, rest[:n])
	n, err = rd.Read(rest)
	_, err2 = rd.ReadByte()
	_, _, err3 := rd.ReadRune()
	fmt.Println(n, err, err2, err3, rd.Len())
	rd.Reset("xyz")
	out := &chunky{}
	nw, err = rd.WriteTo(out)
	fmt.Println(nw, err, string(out.got), rd.Len())
	rd.Reset("abc")
	rd.ReadByte()
	nw, err = rd.WriteTo(&chunky{fail: true})
	fmt.Println(nw, err, rd.Len())
	nw, err = rd.WriteTo(&chunky{})
	fmt.Println(nw, err)

	// Replacer: earlier pairs win at the same position; empty old strings match between runes.
	for _, pairs := range [][]string{{"a", "1", "aa", "2"}, {"aa", "2", "a", "1"}, {"", "-"}, {"ab", "", "b", "B"},
		{"héllo", "hi", "l", "L"}, {}} {
		rep := strings.NewReplacer(pairs...)
		fmt.Printf("%q %q %q\n", rep.Replace("aaab héllo"), rep.Replace(""), rep.Replace("xyz"))
	}
	catch("NewReplacer", func() { strings.NewReplacer("a") })
}
