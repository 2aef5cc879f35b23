package org.pathways.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.pathways.Coded;
import org.pathways.UnknownCodeException;
import org.pathways.internal.base.Strings;

/**
 * Looks up enum constants by the wire code each declares ({@link Coded#getCode()}). A type's table is
 * built once, and checks that its codes are distinct lower-case ASCII with digits and underscores: a
 * coded enum that breaks this fails the first time it is read, which the tests that pin the codes
 * ({@code CodedTest}, {@code CodesTest}) do for every one of the library's.
 */
public final class Codes {
    /**
     * An enum's constants, their codes, and their codes as characters, in the same order; and slots
     * that place each code by its length and four of its characters, so that a lookup compares one candidate
     * (null when no table size up to 1,024 separates the codes, and then every code is compared).
     */
    private record Table(Object[] constants, String[] codes, char[][] chars, int[] slots) {}

    /** What a wire code may look like. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Each enum's table, built once per enum type. */
    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            char[][] chars = new char[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Coded) constants[i]).getCode();
                if (codes[i] == null || !CODE.matcher(codes[i]).matches()) {
                    throw new IllegalStateException(type.getName() + "." + constants[i] + " declares a code"
                            + " that is not 1 to 64 of a-z 0-9 _ starting with a letter");
                }
                for (int j = 0; j < i; j++) {
                    if (codes[j].equals(codes[i])) {
                        throw new IllegalStateException(
                                type.getName() + "." + constants[i] + " declares the code of " + constants[j]);
                    }
                }
                chars[i] = codes[i].toCharArray();
            }
            return new Table(constants, codes, chars, slots(chars));
        }
    };

    /** Each enum's constants by code, built once per enum type. */
    private static final ClassValue<Map<String, ?>> INDEX = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            Table table = TABLES.get(type);
            Map<String, Object> index = new HashMap<>();
            for (int i = 0; i < table.codes().length; i++) {
                index.put(table.codes()[i], table.constants()[i]);
            }
            return Collections.unmodifiableMap(index);
        }
    };

    private Codes() {}

    /**
     * Returns the constant whose code is the given characters, without making a string of them: a
     * reader calls this for every code of every document.
     *
     * @param type the enum type
     * @param chars the characters
     * @param offset where the code starts in {@code chars}
     * @param length the code's length
     * @param <E> the enum type
     * @return the constant, or null if no constant has that code
     */
    public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, char[] chars, int offset, int length) {
        Table table = TABLES.get(type);
        char[][] codes = table.chars();
        int[] slots = table.slots();
        if (slots != null) {
            int i = slots[slot(chars, offset, length, slots.length - 1)] - 1;
            return i >= 0 && same(codes[i], chars, offset, length) ? type.cast(table.constants()[i]) : null;
        }
        for (int i = 0; i < codes.length; i++) {
            if (same(codes[i], chars, offset, length)) {
                return type.cast(table.constants()[i]);
            }
        }
        return null;
    }

    /**
     * Returns the constant with the given code.
     *
     * @param type the enum type
     * @param code the code
     * @param <E> the enum type
     * @return the constant
     * @throws UnknownCodeException if no constant has the code; its message lists the known codes and
     *     describes the rejected one by its shape only
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        Map<String, E> index = (Map<String, E>) INDEX.get(type);
        E value = index.get(java.util.Objects.requireNonNull(code, "code"));
        if (value == null) {
            throw new UnknownCodeException(type.getSimpleName(), Strings.unknownCode(code, index.keySet()));
        }
        return value;
    }

    private static boolean same(char[] code, char[] chars, int offset, int length) {
        if (code.length != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (code[j] != chars[offset + j]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(char[] c, int offset, int length, int mask) {
        if (length < 2) {
            return length == 0 ? 0 : c[offset] & mask;
        }
        int h = ((length * 31 + c[offset]) * 31 + c[offset + 1]) * 31 + c[offset + length / 2];
        h = (h * 31 + c[offset + length - 1]) * 0x9E3779B9; // spreads the bits the mask keeps
        return (h ^ (h >>> 16)) & mask;
    }

    /** Slots, one code at most in each, in the smallest table up to 1,024 that separates them; or null. */
    private static int[] slots(char[][] chars) {
        for (int size = 32; size <= 1024; size *= 2) {
            int[] slots = new int[size];
            boolean separate = true;
            for (int i = 0; i < chars.length && separate; i++) {
                int at = slot(chars[i], 0, chars[i].length, size - 1);
                separate = slots[at] == 0;
                slots[at] = i + 1;
            }
            if (separate) {
                return slots;
            }
        }
        return null;
    }
}
