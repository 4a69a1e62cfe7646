/**
 * Natives of the hashes: the running digests of crypto/md5, crypto/sha1, crypto/sha256 and crypto/sha512 (their Go
 * side is {@code stdlib/internal/hashing.go}, which each of those packages wraps), and the table-driven update of
 * hash/crc32.
 * <p>
 * Rules: the digests are the JDK's {@link java.security.MessageDigest}s, which a Go hash keeps in a func() field as
 * regexp keeps its program; a Sum digests a clone, so the running state goes on unchanged as Go's does. Every
 * algorithm Go names is one the JDK must have, so a missing one is a bug, not a Go error. Data arrives as a Go
 * byte slice (a window on a byte[]) and digests leave as fresh byte slices; nothing here keeps a Go slice.
 */
package gosub.language.stdlib.hashing;
