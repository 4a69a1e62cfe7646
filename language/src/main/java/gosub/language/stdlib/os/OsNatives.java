package gosub.language.stdlib.os;

import gosub.language.GoContext;
import gosub.language.natives.JavaNative;
import gosub.language.natives.Natives;
import gosub.language.stdlib.sync.SyncNatives;
import gosub.language.values.ByteStrings;
import gosub.language.values.Slice;

import java.util.Map;
import java.util.TreeMap;

/** The os package's natives: arguments, the environment (Setenv changes a per-program copy), standard input. */
public final class OsNatives {
    private OsNatives() {
    }

    private static Slice strings(Iterable<String> items) {
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (String s : items) {
            out.add(ByteStrings.fromJava(s));
        }
        Object[] arr = out.toArray();
        return new Slice(arr, 0, arr.length, arr.length);
    }

    public static void register(Natives n, GoContext ctx) {
        Map<String, String> env = new TreeMap<>();
        boolean[] loaded = {false};
        java.util.function.Supplier<Map<String, String>> environment = () -> {
            synchronized (env) {
                if (!loaded[0]) {
                    loaded[0] = true;
                    Map<String, String> m = ctx.env.getEnvironment();
                    for (Map.Entry<String, String> e : m.entrySet()) {
                        env.put(ByteStrings.fromJava(e.getKey()), ByteStrings.fromJava(e.getValue()));
                    }
                }
                return env;
            }
        };
        n.register("os.runtimeArgs", (gs, args) -> {
            String[] given = ctx.env.getApplicationArguments();
            return strings(java.util.Arrays.asList(given.length == 0 ? new String[] {"gosub"} : given));
        });
        JavaNative getenv = (gs, args) -> {
            Map<String, String> m = environment.get();
            synchronized (env) {
                String v = m.get((String) args[0]);
                return new Object[] {v == null ? "" : v, v != null};
            }
        };
        n.register("os.getenv", getenv);
        n.register("syscall.Getenv", getenv);
        n.register("os.setenv", (gs, args) -> {
            String k = (String) args[0];
            if (k.isEmpty() || k.indexOf('=') >= 0 || k.indexOf(0) >= 0 || ((String) args[1]).indexOf(0) >= 0) {
                return false;
            }
            Map<String, String> m = environment.get();
            synchronized (env) {
                m.put(k, (String) args[1]);
            }
            return true;
        });
        n.register("os.Unsetenv", (gs, args) -> {
            Map<String, String> m = environment.get();
            synchronized (env) {
                m.remove((String) args[0]);
            }
            return null;
        });
        n.register("os.Clearenv", (gs, args) -> {
            Map<String, String> m = environment.get();
            synchronized (env) {
                m.clear();
            }
            return null;
        });
        n.register("os.Environ", (gs, args) -> {
            Map<String, String> m = environment.get();
            java.util.ArrayList<String> out = new java.util.ArrayList<>();
            synchronized (env) {
                for (Map.Entry<String, String> e : m.entrySet()) {
                    out.add(e.getKey() + "=" + e.getValue());
                }
            }
            Object[] arr = out.toArray();
            return new Slice(arr, 0, arr.length, arr.length);
        });
        n.register("os.Getpid", (gs, args) -> ProcessHandle.current().pid());
        n.register("syscall.Getpid", (gs, args) -> ProcessHandle.current().pid());
        // the ids the kernel lists for the process in /proc/self/status (real, then effective), read through Truffle's
        // file system like the host name; -1 where they cannot be read (an embedder that denies IO), as Go gives on
        // systems without them
        n.register("os.Getuid", (gs, args) -> processId(ctx, "Uid:", 1));
        n.register("os.Geteuid", (gs, args) -> processId(ctx, "Uid:", 2));
        n.register("os.Getgid", (gs, args) -> processId(ctx, "Gid:", 1));
        n.register("os.Getegid", (gs, args) -> processId(ctx, "Gid:", 2));
        n.register("os.Getppid", (gs, args) -> processId(ctx, "PPid:", 1));
        // Linux keeps the name where uname(2) reads it; through Truffle's file system, so the embedder's IO
        // policy applies
        n.register("os.hostname", (gs, args) -> {
            try {
                byte[] b = ctx.env.getPublicTruffleFile("/proc/sys/kernel/hostname").readAllBytes();
                String h = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
                return new Object[] {h, 0L};
            } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
                return new Object[] {"", (long) Errno.of(e).number};
            }
        });
    }

    /** Field column of the /proc/self/status line that starts with key, as a number; -1 if it cannot be read. */
    private static long processId(GoContext ctx, String key, int column) {
        try {
            String status = new String(ctx.env.getPublicTruffleFile("/proc/self/status").readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String line : status.split("\n")) {
                if (line.startsWith(key)) {
                    String[] fields = line.trim().split("\\s+");
                    return column < fields.length ? Long.parseLong(fields[column]) : -1;
                }
            }
            return -1;
        } catch (java.io.IOException | SecurityException | UnsupportedOperationException | NumberFormatException e) {
            return -1;
        }
    }
}
