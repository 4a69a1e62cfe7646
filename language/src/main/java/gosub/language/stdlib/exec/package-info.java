/**
 * Natives of os/exec, and of the os.Process a started command is: starting a process, the pipes to its standard
 * streams, waiting for it and signalling it.
 * <p>
 * Rules: every process is started through Truffle ({@code Env.newProcessBuilder}), so the embedder decides
 * ({@code allowCreateProcess}, a {@code ProcessHandler} of its own); a refusal is an answer os/exec turns into a Go
 * error, never a Java exception. The processes a program started are in its context's
 * {@link gosub.language.stdlib.exec.ChildProcesses}, by a handle the Go side keeps in its {@code os.Process}. A wait,
 * a pipe read or a pipe write that may block is a host call ({@code gosub.runtime.HostCall}): the goroutine parks
 * and its M runs others meanwhile, as for a read of standard input.
 */
package gosub.language.stdlib.exec;
