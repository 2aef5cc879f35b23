package org.pathways.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.pathways.Coded;
import org.pathways.InvalidPlanException;

/** Looks up enum constants by their wire code. */
public final class Codes {
    /** An enum's constants and their codes as characters, in the same order. */
    private record Table(Object[] constants, char[][] codes) {}

    /** Each enum's table, built once per enum type. */
    private static final ClassValue<Table> TABLES = new ClassValue<>() {
        @Override
        protected Table computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            char[][] codes = new char[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Coded) constants[i]).getCode().toCharArray();
            }
            return new Table(constants, codes);
        }
    };

    /** Each enum's constants by code, built once per enum type. */
    private static final ClassValue<Map<String, ?>> INDEX = new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
            Map<String, Object> index = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                index.put(((Coded) constant).getCode(), constant);
            }
            return Collections.unmodifiableMap(index);
        }
    };

    private Codes() {}

    /**
     * Returns the constant whose code is the given characters, without making a string of them: a
     * reader calls this for every code of every document, and an enum has a few codes.
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
        char[][] codes = table.codes();
        for (int i = 0; i < codes.length; i++) {
            char[] c = codes[i];
            if (c.length != length) {
                continue;
            }
            int j = 0;
            while (j < length && c[j] == chars[offset + j]) {
                j++;
            }
            if (j == length) {
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
     * @throws InvalidPlanException if no constant has the code
     */
    @SuppressWarnings("unchecked")
    public static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        Map<String, E> index = (Map<String, E>) INDEX.get(type);
        E value = index.get(code);
        if (value == null) {
            throw new InvalidPlanException(
                    type.getSimpleName(),
                    "unknown code " + Checks.quote(code) + "; known codes are " + new TreeSet<>(index.keySet()));
        }
        return value;
    }
}
