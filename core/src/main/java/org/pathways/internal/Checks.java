package org.pathways.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pathways.InvalidPlanException;

/** Shared argument checks; every failure is an {@link InvalidPlanException} naming the field. */
public final class Checks {
    /** What an identifier may look like: opaque, pseudonymous, safe to log. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

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
     * Checks an identifier.
     *
     * @param field the field
     * @param id the identifier
     */
    public static void id(String field, String id) {
        if (!isId(id)) {
            fail(
                    field,
                    quote(id)
                            + " is not an identifier (1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit)");
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
        if (!LANGUAGE.matcher(tag).matches()) {
            fail(field, quote(tag) + " is not a language tag such as 'en', 'fr-CA' or 'oj'");
        }
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
     * Checks that the keys of a collection are unique.
     *
     * @param field the field
     * @param items the items
     * @param key the key of an item
     * @param <T> the item type
     * @return the set of keys
     */
    public static <T> Set<String> unique(String field, Collection<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>(items.size() * 2);
        for (T item : items) {
            String k = key.apply(item);
            if (!seen.add(k)) {
                fail(field, "id " + quote(k) + " appears more than once");
            }
        }
        return seen;
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

    /**
     * Quotes a non-sensitive value for a message, cut to 64 characters.
     *
     * @param value the value
     * @return the value in single quotes
     */
    public static String quote(String value) {
        String v = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return "'" + v + "'";
    }
}
