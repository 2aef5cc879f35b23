package org.pathways.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.internal.base.Strings;

/**
 * Shared argument checks; every failure is an {@link InvalidPlanException} naming the field. No
 * message repeats any part of a rejected value: {@link Strings#shape(String)} describes it instead.
 */
public final class Checks {
    /** What an identifier may look like: opaque, pseudonymous, safe to log. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private Checks() {}

    /**
     * Throws an {@link InvalidPlanException}.
     *
     * @param field the field
     * @param reason the reason, without sensitive text
     * @return never returns; declared so callers can write {@code throw fail(...)}
     */
    public static InvalidPlanException fail(String field, String reason) {
        throw new InvalidPlanException(field, reason);
    }

    /**
     * Throws an {@link InvalidPlanException} of a given kind.
     *
     * @param code the kind
     * @param field the field
     * @param reason the reason, without the rejected value or sensitive text
     * @return never returns; declared so callers can write {@code throw fail(...)}
     */
    public static InvalidPlanException fail(ErrorCode code, String field, String reason) {
        throw new InvalidPlanException(code, field, reason);
    }

    /**
     * Throws an {@link InvalidPlanException} of a given kind that knows where the bad value is in
     * the checked value's JSON form.
     *
     * @param code the kind
     * @param field the field
     * @param pointer the JSON Pointer of the bad value relative to the checked value
     * @param reason the reason, without the rejected value or sensitive text
     * @return never returns; declared so callers can write {@code throw fail(...)}
     */
    public static InvalidPlanException fail(ErrorCode code, String field, String pointer, String reason) {
        throw new InvalidPlanException(code, field, pointer, reason);
    }

    /**
     * Throws the {@link ErrorCode#NOT_FOUND} error of an operation that names an identifier the
     * value does not hold, such as {@code steps: no step has this identifier}.
     *
     * @param field the collection searched, such as {@code steps}
     * @param what what was looked for, such as {@code step}
     * @return never returns; declared so callers can write {@code orElseThrow(() -> notFound(...))}
     */
    public static InvalidPlanException notFound(String field, String what) {
        throw new InvalidPlanException(ErrorCode.NOT_FOUND, field, "no " + what + " has this identifier");
    }

    /**
     * Checks an identifier.
     *
     * @param field the field
     * @param id the identifier
     */
    public static void id(String field, String id) {
        if (!isId(id)) {
            fail(
                    field,
                    "is not an identifier (1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit): "
                            + Strings.shape(id));
        }
    }

    /**
     * Asks whether a string is an identifier: what {@link #ID_PATTERN} matches, decided without a
     * regular expression because every identifier of every document is checked.
     *
     * @param id the string
     * @return true when it is an identifier
     */
    public static boolean isId(String id) {
        int n = id.length();
        if (n == 0 || n > 64) {
            return false;
        }
        char first = id.charAt(0);
        if (first >= 128 || ID_CHARS[first] != 2) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = id.charAt(i);
            if (c >= 128 || ID_CHARS[c] == 0) {
                return false;
            }
        }
        return true;
    }

    /** For each ASCII character: 2 for a letter or digit, 1 for {@code . _ : -}, 0 for any other. */
    private static final byte[] ID_CHARS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ID_CHARS[c] = (byte) (alnum ? 2 : (c == '.' || c == '_' || c == ':' || c == '-') ? 1 : 0);
        }
    }

    /**
     * Checks a BCP 47 language tag in its usual lower-case-language form, such as {@code oj} or
     * {@code fr-CA}.
     *
     * @param field the field
     * @param tag the tag
     */
    public static void languageTag(String field, String tag) {
        Strings.languageTagProblem(tag).ifPresent(problem -> fail(field, problem));
    }

    /**
     * Checks that a non-sensitive short label is not blank and not too long.
     *
     * @param field the field
     * @param value the value
     * @param max the longest accepted length
     */
    public static void label(String field, String value, int max) {
        if (value.isBlank()) {
            fail(field, "must not be blank");
        }
        if (value.length() > max) {
            fail(field, "is " + value.length() + " characters long, more than " + max);
        }
    }

    /**
     * Checks that a text an agency or a directory wrote, and each of its alternatives, is no longer
     * than its field allows (a {@link org.pathways.LocalizedText} is never blank).
     *
     * @param field the field
     * @param value the text
     * @param max the longest accepted length
     */
    public static void text(String field, org.pathways.LocalizedText value, int max) {
        if (value.length() > max) {
            fail(field, "is " + value.length() + " characters long, more than " + max);
        }
    }

    /**
     * Checks that the keys of a collection are unique.
     *
     * @param field the field
     * @param items the items
     * @param key the key of an item
     * @param <T> the item type
     * @return the set of keys
     */
    public static <T> Set<String> unique(String field, Collection<T> items, Function<T, String> key) {
        Map<String, Integer> seen = new HashMap<>(items.size() * 2);
        int i = 0;
        for (T item : items) {
            Integer first = seen.putIfAbsent(key.apply(item), i);
            if (first != null) {
                fail(
                        field,
                        "the identifier of the item at " + i + " repeats that of the item at " + first
                                + " (counting from 0)");
            }
            i++;
        }
        return seen.keySet();
    }

    /**
     * Returns where each item is in a list of items with unique identifiers.
     *
     * @param items the items
     * @param key the identifier of an item
     * @param <T> the type of the items
     * @return an unmodifiable map from identifier to index; for a repeated identifier, its first index
     */
    public static <T> Map<String, Integer> positions(List<T> items, Function<T, String> key) {
        Map<String, Integer> at = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            at.putIfAbsent(key.apply(items.get(i)), i);
        }
        return Collections.unmodifiableMap(at);
    }
}
