package org.pathways.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pathways.Coded;
import org.pathways.InvalidPlanException;

/** Looks up enum constants by their wire code. */
public final class Codes {
    private static final Map<Class<?>, Map<String, ?>> INDEX = new ConcurrentHashMap<>();

    private Codes() {}

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
        Map<String, E> index = (Map<String, E>) INDEX.computeIfAbsent(type, Codes::build);
        E value = index.get(code);
        if (value == null) {
            throw new InvalidPlanException(
                    type.getSimpleName(), "unknown code " + Checks.quote(code) + "; known codes are " + index.keySet());
        }
        return value;
    }

    private static <E extends Enum<E> & Coded> Map<String, E> build(Class<?> type) {
        Map<String, E> index = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        E[] constants = (E[]) type.getEnumConstants();
        for (E constant : constants) {
            index.put(constant.getCode(), constant);
        }
        return index;
    }
}
