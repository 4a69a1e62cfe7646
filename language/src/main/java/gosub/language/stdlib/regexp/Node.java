package gosub.language.stdlib.regexp;

import java.util.List;

/**
 * A node of a parsed pattern. Runes are code points; a class is a sorted list of disjoint inclusive ranges
 * {@code lo0, hi0, lo1, hi1, ...}. Literal runes under (?i) are kept as given and matched by their case orbit.
 */
final class Node {
    enum Kind {
        NO_MATCH, EMPTY, LITERAL, CLASS, ANY_NOT_NL, ANY,
        BEGIN_LINE, END_LINE, BEGIN_TEXT, END_TEXT, WORD_BOUNDARY, NO_WORD_BOUNDARY,
        CAPTURE, STAR, PLUS, QUEST, REPEAT, CONCAT, ALTERNATE
    }

    final Kind kind;
    /** LITERAL: the one rune; CLASS: the ranges. */
    int[] runes;
    /** LITERAL under (?i). */
    boolean fold;
    /** STAR, PLUS, QUEST, REPEAT: prefers fewer (lazy). */
    boolean lazy;
    /** REPEAT bounds; max -1 for none. */
    int min;
    int max;
    /** CAPTURE: the group's number (from 1) and name ("" if unnamed). */
    int group;
    String name = "";
    /** CAPTURE and the repetitions: one child; CONCAT and ALTERNATE: any number. */
    List<Node> subs = List.of();
    /** Levels of nodes down to the deepest leaf, as Go's nesting limit counts them. */
    int height = 1;

    Node(Kind kind) {
        this.kind = kind;
    }

    static Node of(Kind kind, List<Node> subs) {
        Node n = new Node(kind);
        n.subs = subs;
        for (Node s : subs) {
            n.height = Math.max(n.height, s.height + 1);
        }
        return n;
    }

    boolean isRepetition() {
        return kind == Kind.STAR || kind == Kind.PLUS || kind == Kind.QUEST || kind == Kind.REPEAT;
    }
}
