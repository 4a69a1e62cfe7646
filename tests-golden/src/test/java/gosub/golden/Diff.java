package gosub.golden;

import java.util.ArrayList;
import java.util.List;

/** A small line diff for failure messages: {@code -} wanted, {@code +} got, a few lines of context. */
public final class Diff {
    private static final int CONTEXT = 2;
    private static final int MAX_LINES = 60;
    /** Above this many cells the LCS table is not built and only the first difference is shown. */
    private static final long MAX_CELLS = 4_000_000;

    private Diff() {
    }

    public static String unified(String want, String got) {
        List<String> a = lines(want);
        List<String> b = lines(got);
        // common prefix and suffix first: most failures differ in a few lines
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<String> ma = a.subList(pre, a.size() - suf);
        List<String> mb = b.subList(pre, b.size() - suf);
        List<String> edits = new ArrayList<>();
        if ((long) ma.size() * mb.size() <= MAX_CELLS) {
            lcsEdits(ma, mb, edits);
        } else {
            ma.forEach(l -> edits.add("-" + l));
            mb.forEach(l -> edits.add("+" + l));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("@@ line ").append(pre + 1).append(" @@\n");
        for (int i = Math.max(0, pre - CONTEXT); i < pre; i++) {
            sb.append(' ').append(a.get(i)).append('\n');
        }
        int shown = 0;
        for (String e : edits) {
            if (shown++ == MAX_LINES) {
                sb.append("... (").append(edits.size() - MAX_LINES).append(" more diff lines)\n");
                break;
            }
            sb.append(e).append('\n');
        }
        for (int i = a.size() - suf; i < Math.min(a.size(), a.size() - suf + CONTEXT); i++) {
            sb.append(' ').append(a.get(i)).append('\n');
        }
        return sb.toString();
    }

    private static void lcsEdits(List<String> a, List<String> b, List<String> edits) {
        int n = a.size();
        int m = b.size();
        int[][] l = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                l[i][j] = a.get(i).equals(b.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i));
                i++;
                j++;
            } else if (j < m && (i == n || l[i][j + 1] >= l[i + 1][j])) {
                edits.add("+" + b.get(j++));
            } else {
                edits.add("-" + a.get(i++));
            }
        }
    }

    /** Lines with a visible marker for a missing final newline, so "a\n" and "a" differ visibly. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        } else {
            out.set(out.size() - 1, out.get(out.size() - 1) + "\\ (no newline at end)");
        }
        return out;
    }
}
