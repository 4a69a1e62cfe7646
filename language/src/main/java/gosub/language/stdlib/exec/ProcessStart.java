package gosub.language.stdlib.exec;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.io.TruffleProcessBuilder;
import gosub.language.GoContext;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;
import org.graalvm.polyglot.io.ProcessHandler.Redirect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a process as os/exec asks: the executable, its arguments, environment and directory, and where each
 * standard stream goes. os/exec says that with a number per stream: one of the modes below, or 0, 1 or 2 for the
 * program's own standard stream of that number.
 *
 * <p>A program's own stream is the process's descriptor itself (Truffle's {@code Redirect.INHERIT}) when the
 * context's streams are the process's (option go.InheritStdio, which the gosub command sets): the child writes
 * where the program writes, sees the terminal, and may outlive the wait. Otherwise (embedded, tests) the child's
 * output goes to the context's stream, copied by Truffle, and its standard input is a pipe os/exec fills from the
 * program's.
 */
final class ProcessStart {
    /** The stream is /dev/null. */
    static final int NULL = -1;
    /** A pipe os/exec reads or writes itself (a Go writer or reader, StdinPipe, StdoutPipe, StderrPipe). */
    static final int PIPE = -2;
    /** Standard error goes where standard output goes, into the same pipe (Stdout and Stderr are one writer). */
    static final int SAME_AS_STDOUT = -3;

    /**
     * The id of a process whose id could not be found: above Linux's largest (pid_max is at most 2^22), so that
     * no process has it and kill(2) answers ESRCH, as for a process long gone. Truffle hides the id of the processes
     * it starts ({@code Process.pid} is unsupported), so it is read from Linux: the children of the thread that
     * started the process, before and after. A process that ended before that (the JDK reaps it at once), or one an
     * embedder's process handler made without a host process, has this id.
     */
    static final long UNKNOWN_PID = (1L << 22) + 1;

    /** The start failed because the embedder does not allow creating processes. */
    static final long DENIED = -1;

    private static final long EINVAL = 22;
    private static final Path THREAD_CHILDREN = Path.of("/proc/thread-self/children");
    private static final Pattern ERRNO = Pattern.compile("error[=:] ?(\\d+)");

    private ProcessStart() {
    }

    /** {handle, pid, errno}: errno 0, a Linux error number, or {@link #DENIED}. */
    static Object[] start(GoContext ctx, ChildProcesses table, String path, Slice argv, Slice env, String dir,
            int in, int out, int err) {
        if (!ctx.env.isCreateProcessAllowed()) {
            return new Object[] {-1L, -1L, DENIED};
        }
        try {
            TruffleProcessBuilder b = ctx.env.newProcessBuilder().command(command(path, strings(argv)));
            b.clearEnvironment(true).environment(environment(strings(env)));
            TruffleFile cwd = ctx.env.getCurrentWorkingDirectory();
            b.directory(dir.isEmpty() ? cwd : cwd.resolve(ByteStrings.toJava(dir)));
            boolean inherit = ctx.inheritStdio;
            b.redirectInput(in == 0 && inherit ? Redirect.INHERIT : Redirect.PIPE);
            b.redirectOutput(output(b, ctx, out, 1, inherit));
            if (err == SAME_AS_STDOUT) {
                b.redirectErrorStream(true);
            } else {
                b.redirectError(output(b, ctx, err, 2, inherit));
            }
            Set<Long> earlier = childrenOfThisThread();
            Process p = b.start();
            ChildProcess child = new ChildProcess(p, pidOf(p, earlier), in != 0 || !inherit, out == PIPE, err == PIPE);
            if (in == NULL) {
                child.close(0); // the child reads end of file at once, as from /dev/null
            }
            return new Object[] {table.add(child), child.pid, 0L};
        } catch (SecurityException e) {
            return new Object[] {-1L, -1L, DENIED};
        } catch (IOException e) {
            return new Object[] {-1L, -1L, errno(e)};
        } catch (UnsupportedOperationException | IllegalArgumentException | IllegalStateException e) {
            return new Object[] {-1L, -1L, EINVAL};
        }
    }

    private static long pidOf(Process p, Set<Long> earlier) {
        try {
            return p.pid();
        } catch (UnsupportedOperationException e) {
            // Truffle's wrapper
        }
        Process host = wrapped(p);
        if (host != null) {
            try {
                return host.pid();
            } catch (UnsupportedOperationException e) {
                return UNKNOWN_PID; // an embedder's process without a host process
            }
        }
        // the one new child of this thread, if it is still there
        Set<Long> now = childrenOfThisThread();
        now.removeAll(earlier);
        return now.size() == 1 ? now.iterator().next() : UNKNOWN_PID;
    }

    /**
     * The process Truffle's wrapper holds, where Truffle's classes can be looked into (they are on the class path of
     * the gosub command and of the tests; not when an embedder puts Truffle in a module of its own): the JDK knows
     * the id of every process it started, also of one that already ended.
     */
    private static Process wrapped(Process p) {
        for (java.lang.reflect.Field f : p.getClass().getDeclaredFields()) {
            if (f.getType() == Process.class) {
                try {
                    f.setAccessible(true);
                    return (Process) f.get(p);
                } catch (RuntimeException | IllegalAccessException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The processes this thread started that have not been reaped (Linux's /proc/thread-self/children). */
    private static Set<Long> childrenOfThisThread() {
        Set<Long> pids = new HashSet<>();
        try {
            for (String id : Files.readString(THREAD_CHILDREN).trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    pids.add(Long.parseLong(id));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or a kernel without the list: the id stays unknown
        }
        return pids;
    }

    /**
     * The JDK reports a failed exec with the number: "Cannot run program ...: Exec failed, error: 2 (No such file or
     * directory)" (JDK 25; older ones said "error=2, ...").
     */
    private static long errno(IOException e) {
        Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : gosub.language.stdlib.os.Errno.of(e).number;
    }

    private static Redirect output(TruffleProcessBuilder b, GoContext ctx, int mode, int fd, boolean inherit) {
        return switch (mode) {
            case PIPE -> Redirect.PIPE;
            case NULL -> b.createRedirectToStream(OutputStream.nullOutputStream());
            default -> mode == fd && inherit ? Redirect.INHERIT : b.createRedirectToStream(new ProgramOutput(ctx, mode));
        };
    }

    private static List<String> strings(Slice s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            Object[] a = (Object[]) s.array;
            for (int i = 0; i < s.len; i++) {
                out.add((String) a[s.offset + i]);
            }
        }
        return out;
    }

    /**
     * The command line: the host can only run argv[0] itself, so Go's Path goes first, unless argv[0] is a bare
     * name the JDK finds (it searches the JVM's PATH) as that same file: then argv[0] stays what the program gave,
     * as the child sees it in Go (GNU tools name themselves by it in their messages).
     */
    private static List<String> command(String path, List<String> argv) {
        List<String> command = new ArrayList<>();
        for (String a : argv) {
            command.add(ByteStrings.toJava(a));
        }
        String executable = ByteStrings.toJava(path);
        if (command.isEmpty()) {
            command.add(executable);
        } else if (!command.get(0).equals(executable) && !foundAs(command.get(0), executable)) {
            command.set(0, executable);
        }
        return command;
    }

    private static boolean foundAs(String name, String executable) {
        String searched = System.getenv("PATH");
        if (name.isEmpty() || name.indexOf('/') >= 0 || searched == null) {
            return false;
        }
        Path target = Path.of(executable).toAbsolutePath().normalize();
        for (String dir : searched.split(":", -1)) {
            if (!dir.startsWith("/")) {
                return false; // relative to the child's directory: not worth guessing
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate.normalize().equals(target);
            }
        }
        return false;
    }

    /** Go's environment list ("KEY=VALUE", later entries win) as a map; entries without a key cannot be passed. */
    private static Map<String, String> environment(List<String> entries) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String kv : entries) {
            int eq = kv.indexOf('=', 1);
            if (eq > 0) {
                env.put(ByteStrings.toJava(kv.substring(0, eq)), ByteStrings.toJava(kv.substring(eq + 1)));
            }
        }
        return env;
    }

    /** The program's standard output or error as a stream Truffle copies a child's output into. */
    private static final class ProgramOutput extends OutputStream {
        private final GoContext ctx;
        private final int fd;

        ProgramOutput(GoContext ctx, int fd) {
            this.ctx = ctx;
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (ctx.write(fd, ByteStrings.fromBytes(b, off, len)) != 0) {
                throw new IOException("write to the program's standard stream " + fd + " failed");
            }
        }
    }
}
