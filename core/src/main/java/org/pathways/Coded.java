package org.pathways;

/**
 * A member of a closed set that has a stable wire code, such as {@code Domain.SPIRITUAL} with the
 * code {@code spiritual}.
 *
 * <p>Codes are lower-case ASCII with underscores, are what JSON carries (never the ordinal or the
 * Java name), and never change once published.
 */
public interface Coded {
    /**
     * Returns the stable wire code: the constant's name in lower case. A test pins every code of the
     * library, so that renaming a constant cannot silently change the wire format.
     *
     * @return the code, such as {@code harm_reduction}
     */
    default String getCode() {
        return org.pathways.internal.Codes.codeOf((Enum<?>) this);
    }
}
