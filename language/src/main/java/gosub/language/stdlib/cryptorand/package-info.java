/**
 * The native of package crypto/rand: filling a byte slice from the JDK's {@link java.security.SecureRandom} (the
 * operating system's entropy source, as Go's getrandom(2)); Reader, Read, Int and Prime are Go
 * ({@code stdlib/crypto/rand.go}).
 * <p>
 * Rules: the generator belongs to the context (made when its natives are registered), never a static; it is
 * thread-safe, so goroutines on any M share it as Go's Reader is shared.
 */
package gosub.language.stdlib.cryptorand;
