package org.pathways.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.pathways.PathwaysException;

/** Assertions about the library's typed errors. */
public final class Expect {
    private Expect() {}

    /**
     * Asserts that the code throws the exception type with a field and a message containing the
     * given fragments.
     *
     * @param type the expected exception type
     * @param code the code
     * @param field a fragment of the field
     * @param reason a fragment of the reason
     * @param <E> the exception type
     * @return the exception
     */
    public static <E extends PathwaysException> E rejects(Class<E> type, Executable code, String field, String reason) {
        E e = assertThrows(type, code);
        assertTrue(e.getField().contains(field), () -> "field '" + e.getField() + "' should contain '" + field + "'");
        assertTrue(
                e.getReason().contains(reason), () -> "reason '" + e.getReason() + "' should contain '" + reason + "'");
        return e;
    }
}
