package gosub.language.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the types in a compile error as Go's compiler writes them. A type prints one way everywhere, as the run
 * time needs it ({@code interface conversion: interface {} is main.Pair[string,main.T]}); the compiler writes the
 * types of the package it is compiling without their package name, and separates type arguments with a space
 * ({@code cannot use 1 (untyped int constant) as Pair[string, T] value}). Rewriting the finished message keeps
 * type printing one function for the checker and the run time.
 *
 * Struct and interface type literals lose the spaces the run time puts inside their braces ({@code struct {}},
 * {@code struct { a int }} there; {@code struct{}}, {@code struct{a int}} in the compiler's messages).
 *
 * <p>Quoted text ("...", `...`) in a message is source text and is left as it is, and so is a file name such as
 * main.go (a type named go would keep its qualifier).
 */
final class CompilerTypeNames {
    /** How the run time opens a struct or interface type literal. */
    private static final String[] TYPE_LITERAL_OPENINGS = {"struct {", "interface {"};
    private final String packageName;
    /** Compiled with the first message: most packages (every standard one) have none, and each pattern costs. */
    private Pattern ownQualifier;

    CompilerTypeNames(String packageName) {
        this.packageName = packageName;
    }

    String rewrite(String message) {
        message = compactTypeLiterals(message);
        if (message.indexOf('.') < 0 && message.indexOf('[') < 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 8);
        int start = 0;
        while (start < message.length()) {
            int quote = nextQuote(message, start);
            out.append(spacedTypeArguments(unqualified(message.substring(start, quote))));
            if (quote == message.length()) {
                break;
            }
            int close = message.indexOf(message.charAt(quote), quote + 1);
            int end = close < 0 ? message.length() : close + 1;
            out.append(message, quote, end);
            start = end;
        }
        return out.toString();
    }

    private String unqualified(String text) {
        if (ownQualifier == null) {
            ownQualifier = Pattern.compile("(?<![\\p{L}\\p{N}_.])" + Pattern.quote(packageName) + "\\.(?!go\\b)(?=[\\p{L}_])");
        }
        Matcher m = ownQualifier.matcher(text);
        return m.find() ? m.replaceAll("") : text;
    }

    /** A comma between square brackets (type arguments, index lists) gets a space after it. */
    private static String spacedTypeArguments(String text) {
        if (text.indexOf('[') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 4);
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == ',' && depth > 0 && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** {@code struct { ... }} and {@code interface { ... }} written without the spaces inside their braces. */
    private static String compactTypeLiterals(String text) {
        if (!text.contains(TYPE_LITERAL_OPENINGS[0]) && !text.contains(TYPE_LITERAL_OPENINGS[1])) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        java.util.ArrayDeque<Boolean> braces = new java.util.ArrayDeque<>(); // true: a type literal's brace
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '`') {
                int close = text.indexOf(c, i + 1);
                int end = close < 0 ? text.length() : close + 1;
                sb.append(text, i, end);
                i = end;
                continue;
            }
            String opening = typeLiteralAt(text, i);
            if (opening != null) {
                sb.append(opening, 0, opening.length() - 2).append('{');
                i += opening.length();
                braces.push(true);
                if (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
                continue;
            }
            if (c == '{') {
                braces.push(false);
            } else if (c == '}' && !braces.isEmpty()) {
                braces.pop();
            } else if (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == '}' && !braces.isEmpty() && braces.peek()) {
                i++;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** The opening ("struct {" or "interface {") of a type literal that starts at i, else null. */
    private static String typeLiteralAt(String text, int i) {
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            return null; // the end of a longer name
        }
        for (String opening : TYPE_LITERAL_OPENINGS) {
            if (text.startsWith(opening, i)) {
                return opening;
            }
        }
        return null;
    }

    private static int nextQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '`') {
                return i;
            }
        }
        return s.length();
    }
}
