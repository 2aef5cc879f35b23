package org.pathways.internal.base;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How the library words a rejected string without repeating it, and the checks the root package
 * {@code org.pathways} shares with the rest. This package depends on the JDK alone, so that the root
 * package can use it without depending on {@code org.pathways.internal}, which depends on the root's
 * exceptions: the core's packages form no cycle.
 */
public final class Strings {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private Strings() {}

    /**
     * Describes a rejected value by its shape, never its content, for a message: its length and the
     * kinds of characters it holds, such as {@code 31 characters of letters, digits, spaces and
     * other characters}. Whatever a person typed into the wrong field can be their story, so no
     * part of it is repeated.
     *
     * @param value the rejected value
     * @return the description
     */
    public static String shape(String value) {
        int n = value.length();
        if (n == 0) {
            return "empty";
        }
        boolean letters = false;
        boolean digits = false;
        boolean spaces = false;
        boolean marks = false;
        boolean other = false;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letters = true;
            } else if (c >= '0' && c <= '9') {
                digits = true;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaces = true;
            } else if (c == '.' || c == '_' || c == ':' || c == '-') {
                marks = true;
            } else {
                other = true;
            }
        }
        List<String> kinds = new ArrayList<>(5);
        if (letters) {
            kinds.add("letters");
        }
        if (digits) {
            kinds.add("digits");
        }
        if (spaces) {
            kinds.add("spaces");
        }
        if (marks) {
            kinds.add("the marks . _ : -");
        }
        if (other) {
            kinds.add("other characters");
        }
        StringBuilder out = new StringBuilder().append(n).append(n == 1 ? " character of " : " characters of ");
        for (int i = 0; i < kinds.size(); i++) {
            out.append(i == 0 ? "" : i == kinds.size() - 1 ? " and " : ", ").append(kinds.get(i));
        }
        return out.toString();
    }

    /**
     * Words why a code is not one of a closed set's, such as {@code unknown code: 6 characters of
     * letters; known codes are [emotional, physical, psychological, spiritual]}.
     *
     * @param code the rejected code
     * @param known the set's codes
     * @return the reason, which lists the known codes in order and describes the rejected one by its
     *     shape only
     */
    public static String unknownCode(String code, Collection<String> known) {
        return "unknown code: " + shape(code) + "; known codes are " + new TreeSet<>(known);
    }

    /**
     * Says what is wrong with a BCP 47 language tag in its usual lower-case-language form, such as
     * {@code oj} or {@code fr-CA}.
     *
     * @param tag the tag
     * @return the reason it is not a language tag, or empty when it is one
     */
    public static Optional<String> languageTagProblem(String tag) {
        return LANGUAGE.matcher(tag).matches()
                ? Optional.empty()
                : Optional.of("is not a language tag such as 'en', 'fr-CA' or 'oj': " + shape(tag));
    }
}
