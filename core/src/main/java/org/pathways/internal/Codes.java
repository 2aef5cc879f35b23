package org.pathways.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.pathways.Coded;
import org.pathways.InvalidPlanException;

/** Looks up enum constants by their wire code. */
public final class Codes {
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
