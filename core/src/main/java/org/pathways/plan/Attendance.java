package org.pathways.plan;

import org.pathways.Coded;
import org.pathways.internal.Codes;

/** Whether the person was at a case conference about their plan; both are the person's choice. */
public enum Attendance implements Coded {
    /** The person attended. Code {@code attended}. */
    ATTENDED("attended"),
    /** The person chose not to attend. Code {@code chose_not_to_attend}. */
    CHOSE_NOT_TO_ATTEND("chose_not_to_attend");

    private final String code;

    Attendance(String code) {
        this.code = code;
    }

    @Override
    public String getCode() {
        return code;
    }

    /**
     * Returns the value with the given wire code.
     *
     * @param code the code, such as {@code attended}
     * @return the value
     * @throws org.pathways.UnknownCodeException if no value has that code
     */
    public static Attendance fromCode(String code) {
        return Codes.fromCode(Attendance.class, code);
    }
}
