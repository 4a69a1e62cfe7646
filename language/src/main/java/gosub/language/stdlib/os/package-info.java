/**
 * Natives of package os: arguments, the environment (a per-program copy that Setenv changes), standard input, and
 * files, one native per system call Go's os package makes.
 * <p>
 * Rules: every file goes through Truffle's file system ({@code Env.getPublicTruffleFile}), so an embedder's IO
 * policy applies; descriptors are numbered as a Go process numbers them, in the context's
 * {@link gosub.language.stdlib.os.FileTable} (0 to 2 are the standard streams, a new file gets the lowest free number
 * from 3). A failure becomes a Linux error number ({@link gosub.language.stdlib.os.Errno}) that os.go turns into Go's
 * error value; no Java exception reaches the program. A read of standard input that would wait parks the goroutine
 * (a host call) so its M runs other goroutines meanwhile.
 */
package gosub.language.stdlib.os;
