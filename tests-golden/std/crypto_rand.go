package main

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"sync"
)

func main() {
	fmt.Printf("%T\n", rand.Reader)
	b := make([]byte, 32)
	n, err := rand.Read(b)
	fmt.Println(n, err, !bytes.Equal(b, make([]byte, 32)))
	c := make([]byte, 32)
	rand.Read(c)
	fmt.Println("different:", !bytes.Equal(b, c))
	n, err = rand.Read(nil)
	fmt.Println(n, err)

	// a window of a larger slice: only its bytes change
	big := make([]byte, 16)
	rand.Read(big[4:8])
	fmt.Println(big[:4], big[8:], !bytes.Equal(big[4:8], []byte{0, 0, 0, 0}))

	// the bytes look uniform: each bit set about half the time
	data := make([]byte, 1<<16)
	io.ReadFull(rand.Reader, data)
	ones := 0
	for _, x := range data {
		for ; x != 0; x &= x - 1 {
			ones++
		}
	}
	fmt.Println("ones within 1%:", ones > 8*len(data)*49/100 && ones < 8*len(data)*51/100)
	seen := map[uint64]bool{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ { // 800 in all
				var w [8]byte
				rand.Read(w[:])
				mu.Lock()
				seen[binary.LittleEndian.Uint64(w[:])] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("distinct of 800:", len(seen))
}
