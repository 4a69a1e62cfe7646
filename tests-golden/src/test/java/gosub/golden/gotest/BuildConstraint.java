package gosub.golden.gotest;

import java.util.Set;

/**
 * Decides whether a file's build constraint lines ({@code //go:build EXPR} and {@code // +build A,B C}) admit the
 * platform Go's test driver runs on here: linux/amd64 with the gc toolchain. A file is excluded when any one of
 * its constraint lines is false, as the driver treats them; a line that does not parse as a constraint is no
 * constraint at all.
 */
final class BuildConstraint {
    /**
     * The tags the driver counts as satisfied on linux/amd64: the system, the architecture, the toolchain, its
     * own "test_run" tag, cgo (enabled in Debian's Go) and the experiments Go 1.19 turns on by default for amd64.
     */
    private static final Set<String> SATISFIED = Set.of("linux", "amd64", "gc", "test_run", "cgo",
            "goexperiment.regabiwrappers", "goexperiment.regabiargs");

    private BuildConstraint() {
    }

    /** Whether HEADER (the file up to its package clause) leaves the file in the build; else the line that excludes it. */
    static String excludingLine(String header) {
        for (String line : header.split("\n", -1)) {
            if (line.startsWith("package ")) {
                break;
            }
            Boolean admits = evaluate(line);
            if (admits != null && !admits) {
                return line;
            }
        }
        return null;
    }

    /** The value of a constraint LINE, or null if the line is no constraint (or a malformed //go:build line). */
    static Boolean evaluate(String line) {
        String goBuild = line.startsWith("//go:build") ? afterPrefix(line, "//go:build") : null;
        if (goBuild != null) {
            try {
                ExprParser p = new ExprParser(goBuild);
                boolean v = p.or();
                p.skipSpace();
                return p.pos == goBuild.length() ? v : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (line.startsWith("//")) {
            String plusBuild = afterPrefix(line.substring(2).strip(), "+build");
            if (plusBuild != null) {
                return plusBuild(plusBuild);
            }
        }
        return null;
    }

    /** The rest of LINE after PREFIX when the prefix stands alone (followed by space or nothing), else null. */
    private static String afterPrefix(String line, String prefix) {
        String s = line.strip();
        if (!s.startsWith(prefix)) {
            return null;
        }
        String rest = s.substring(prefix.length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return null;
        }
        return rest.strip();
    }

    /** {@code // +build}: space-separated options, any of which may hold; each a comma-separated list that must all hold. */
    private static boolean plusBuild(String text) {
        String[] options = text.isEmpty() ? new String[0] : text.split("\\s+");
        for (String option : options) {
            boolean all = true;
            for (String term : option.split(",", -1)) {
                boolean value;
                if (term.startsWith("!!") || term.equals("!")) {
                    value = false;
                } else if (term.startsWith("!")) {
                    value = !tag(term.substring(1));
                } else {
                    value = tag(term);
                }
                all &= value;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean tag(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
                return false;
            }
        }
        return SATISFIED.contains(name);
    }

    /** {@code //go:build} expressions: {@code ||} over {@code &&} over {@code !}, parentheses and tags. */
    private static final class ExprParser {
        private final String s;
        private int pos;

        ExprParser(String s) {
            this.s = s;
        }

        boolean or() {
            boolean v = and();
            while (take("||")) {
                v |= and();
            }
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (take("&&")) {
                v &= not();
            }
            return v;
        }

        private boolean not() {
            if (take("!")) {
                return !not();
            }
            if (take("(")) {
                boolean v = or();
                if (!take(")")) {
                    throw new IllegalArgumentException("missing )");
                }
                return v;
            }
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
                    || s.charAt(pos) == '.')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("tag expected at " + pos);
            }
            return tag(s.substring(start, pos));
        }

        private boolean take(String token) {
            skipSpace();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
