package gosub.language.load;

import java.util.Set;

/**
 * Which files of a folder the go command builds on linux/amd64: a name suffix {@code _GOOS}, {@code _GOARCH} or
 * {@code _GOOS_GOARCH} must name this system, and the file's {@code //go:build} expression (or, without one, each of
 * its legacy {@code // +build} lines) must hold. The tags that hold are the system's ({@code linux}, {@code amd64},
 * {@code unix}), the compiler's ({@code gc}, as go run has it) and the release tags {@code go1.1} to {@code go1.22}
 * (the language gosub implements); {@code cgo} does not (gosub has no C), nor {@code ignore} or any other tag.
 * Files named on the command line are built whatever their constraints, as go run does.
 */
final class BuildConstraints {
    private static final String OS = "linux";
    private static final String ARCH = "amd64";
    private static final int NEWEST_RELEASE = 22;

    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "windows", "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
            "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64",
            "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    private BuildConstraints() {
    }

    /** A file's {@code //go:build} line that cannot be read: the message is the go command's. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether tag holds when building for this system. */
    static boolean holds(String tag) {
        if (tag.equals(OS) || tag.equals(ARCH) || tag.equals("unix") || tag.equals("gc")) {
            return true;
        }
        if (tag.startsWith("go1.")) {
            String minor = tag.substring(4);
            if (!minor.isEmpty() && minor.length() <= 2 && minor.chars().allMatch(Character::isDigit)) {
                int m = Integer.parseInt(minor);
                return m >= 1 && m <= NEWEST_RELEASE;
            }
        }
        return false;
    }

    /**
     * Whether a file name admits this system: in {@code x_windows.go} or {@code x_linux_arm64.go} the last one or
     * two parts after the first underscore (and before a final {@code _test}) name a system or an architecture.
     */
    static boolean nameAdmits(String fileName) {
        int dot = fileName.indexOf('.');
        String stem = dot < 0 ? fileName : fileName.substring(0, dot);
        int underscore = stem.indexOf('_');
        if (underscore < 0) {
            return true; // linux.go is a file like any other
        }
        String[] parts = stem.substring(underscore + 1).split("_", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].equals("test")) {
            n--;
        }
        if (n >= 2 && KNOWN_OS.contains(parts[n - 2]) && KNOWN_ARCH.contains(parts[n - 1])) {
            return holds(parts[n - 2]) && holds(parts[n - 1]);
        }
        if (n >= 1 && (KNOWN_OS.contains(parts[n - 1]) || KNOWN_ARCH.contains(parts[n - 1]))) {
            return holds(parts[n - 1]);
        }
        return true;
    }

    /**
     * Whether the constraints in the header of a file (the comments and blank lines before its first code) admit
     * this system. A {@code //go:build} line anywhere in the header decides alone; without one, each {@code // +build}
     * line above the header's last blank line must hold (lines below it are the package's doc comment).
     */
    static boolean textAdmits(String text) {
        String goBuild = null;
        int plusBuildEnd = 0;
        boolean codeSeen = false;
        boolean inBlockComment = false;
        int pos = 0;
        while (pos < text.length()) {
            int nl = text.indexOf('\n', pos);
            int next = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, nl < 0 ? text.length() : nl).strip();
            pos = next;
            if (line.isEmpty() && !codeSeen) {
                plusBuildEnd = pos;
                continue;
            }
            if (!line.startsWith("//")) {
                codeSeen = true;
            }
            if (!inBlockComment && goBuildExpression(line) != null) {
                if (goBuild != null) {
                    throw new Malformed("multiple //go:build comments");
                }
                goBuild = goBuildExpression(line);
            }
            // what is left of the line after its comments: any code ends the header
            String rest = line;
            boolean code = false;
            while (!rest.isEmpty()) {
                if (inBlockComment) {
                    int close = rest.indexOf("*/");
                    if (close < 0) {
                        rest = "";
                        break;
                    }
                    inBlockComment = false;
                    rest = rest.substring(close + 2).strip();
                } else if (rest.startsWith("//")) {
                    rest = "";
                } else if (rest.startsWith("/*")) {
                    inBlockComment = true;
                    rest = rest.substring(2).strip();
                } else {
                    code = true;
                    break;
                }
            }
            if (code) {
                break;
            }
        }
        if (goBuild != null) {
            try {
                return new Expression(goBuild).evaluate();
            } catch (Malformed e) {
                throw new Malformed("parsing //go:build line: " + e.getMessage());
            }
        }
        for (String line : text.substring(0, plusBuildEnd).split("\n")) {
            String l = line.strip();
            if (l.startsWith("//") && !plusBuildHolds(l)) {
                return false;
            }
        }
        return true;
    }

    /** The expression of a {@code //go:build} line, or null when the line is not one. */
    private static String goBuildExpression(String line) {
        if (!line.startsWith("//go:build")) {
            return null;
        }
        String rest = line.substring("//go:build".length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return null; // //go:buildfoo is some other directive
        }
        return rest.strip();
    }

    /**
     * Whether a {@code // +build} line holds: one of its space-separated options must, an option being tags joined
     * by commas that must all hold, each maybe negated by {@code !}. Other comments, and lines that do not parse,
     * hold (the go command skips them).
     */
    private static boolean plusBuildHolds(String line) {
        String body = line.substring(2).strip();
        if (!body.startsWith("+build")) {
            return true;
        }
        String rest = body.substring("+build".length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return true;
        }
        String[] options = rest.strip().split("\\s+");
        if (options.length == 1 && options[0].isEmpty()) {
            return true;
        }
        boolean any = false;
        for (String option : options) {
            boolean all = true;
            for (String term : option.split(",", -1)) {
                boolean negated = term.startsWith("!");
                String tag = negated ? term.substring(1) : term;
                if (!isTag(tag)) {
                    return true; // a malformed line is no constraint
                }
                all &= holds(tag) != negated;
            }
            any |= all;
        }
        return any;
    }

    private static boolean isTag(String s) {
        if (s.isEmpty()) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
    }

    /**
     * A {@code //go:build} expression, evaluated while it is parsed: tags, {@code !}, {@code &&}, {@code ||} (which
     * binds less tightly) and parentheses. Errors carry the go command's words.
     */
    private static final class Expression {
        private final String s;
        private int i;
        /** The token just read: "" at the end, else an operator, a parenthesis or a tag. */
        private String token;
        private boolean isTagToken;

        Expression(String s) {
            this.s = s;
        }

        boolean evaluate() {
            boolean v = or();
            if (!token.isEmpty()) {
                throw new Malformed("unexpected token " + token);
            }
            return v;
        }

        private boolean or() {
            boolean v = and();
            while (token.equals("||")) {
                v |= and();
            }
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (token.equals("&&")) {
                v &= not();
            }
            return v;
        }

        private boolean not() {
            next();
            if (token.equals("!")) {
                next();
                if (token.equals("!")) {
                    throw new Malformed("double negation not allowed");
                }
                return !atom();
            }
            return atom();
        }

        private boolean atom() {
            if (token.equals("(")) {
                boolean v;
                try {
                    v = or();
                } catch (Malformed e) {
                    throw e.getMessage().equals("unexpected end of expression") ? new Malformed("missing close paren") : e;
                }
                if (!token.equals(")")) {
                    throw new Malformed("missing close paren");
                }
                next();
                return v;
            }
            if (!isTagToken) {
                throw new Malformed(token.isEmpty() ? "unexpected end of expression" : "unexpected token " + token);
            }
            boolean v = holds(token);
            next();
            return v;
        }

        private void next() {
            isTagToken = false;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= s.length()) {
                token = "";
                return;
            }
            char c = s.charAt(i);
            if (c == '(' || c == ')' || c == '!') {
                token = String.valueOf(c);
                i++;
                return;
            }
            if (c == '&' || c == '|') {
                if (i + 1 >= s.length() || s.charAt(i + 1) != c) {
                    throw new Malformed("invalid syntax at " + c);
                }
                token = s.substring(i, i + 2);
                i += 2;
                return;
            }
            int start = i;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                if (!Character.isLetterOrDigit(cp) && cp != '_' && cp != '.') {
                    break;
                }
                i += Character.charCount(cp);
            }
            if (i == start) {
                throw new Malformed("invalid syntax at " + new String(Character.toChars(s.codePointAt(i))));
            }
            token = s.substring(start, i);
            isTagToken = true;
        }
    }
}
