// Package hashing is the running digest behind crypto/md5, crypto/sha1, crypto/sha256 and crypto/sha512: a JDK
// MessageDigest (gosub.language.stdlib.hashing) named by its JDK algorithm name, kept in a func() field.
package hashing

// The natives: a new running digest, adding data, the digest so far (of a copy: the state goes on), starting over,
// and the digest of one slice.
func start(algorithm string) func()
func update(state func(), p []byte)
func current(state func()) []byte
func reset(state func())
func once(algorithm string, p []byte) []byte

// Running is a hash.Hash over one JDK algorithm; each crypto package embeds it in a digest type of its own.
type Running struct {
	state     func()
	size      int
	blockSize int
}

// New starts a running digest of algorithm, whose sums are size bytes long, over blocks of blockSize bytes.
func New(algorithm string, size, blockSize int) *Running {
	return &Running{state: start(algorithm), size: size, blockSize: blockSize}
}

func (r *Running) Write(p []byte) (int, error) {
	update(r.state, p)
	return len(p), nil
}

func (r *Running) Sum(b []byte) []byte { return append(b, current(r.state)...) }

func (r *Running) Reset() { reset(r.state) }

func (r *Running) Size() int { return r.size }

func (r *Running) BlockSize() int { return r.blockSize }

// Sum is the digest of p under algorithm, copied into out (a crypto package's [Size]byte).
func Sum(algorithm string, p []byte, out []byte) {
	copy(out, once(algorithm, p))
}
