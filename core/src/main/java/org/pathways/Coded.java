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
     * Returns the stable wire code, which each constant declares and which is never derived from its
     * Java name: renaming a constant cannot change the wire format. A test pins every code of the
     * library.
     *
     * @return the code, such as {@code harm_reduction}
     */
    String getCode();
}
