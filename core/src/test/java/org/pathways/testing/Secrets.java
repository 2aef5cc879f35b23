package org.pathways.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.pathways.PathwaysException;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Secrets shaped as a person's words in the wrong field, and the assertion that nothing the library
 * shows repeats any four characters of one: the leak properties of rejected input.
 */
public final class Secrets {
    /** Letters no message of the library puts four in a row of, so that any four of them found are an echo. */
    private static final String ALPHABET = "QXZJVKW";

    private Secrets() {}

    /**
     * Returns secrets in the shapes a person's words take in the wrong field: a well-formed
     * identifier (a reference to nothing), words with spaces and a comma, a date's or an instant's
     * shape, a code's shape, characters no identifier has, and a text longer than any identifier.
     *
     * @return the generator
     */
    public static Gen<String> secrets() {
        return in -> switch (Generators.pick(in, 0, 6)) {
            case 0 -> word(in, 8, 16);
            case 1 -> word(in, 8, 16) + " " + word(in, 4, 8) + ", " + word(in, 4, 8);
            case 2 -> word(in, 4, 4) + "-" + word(in, 2, 2) + "-" + word(in, 2, 2);
            case 3 ->
                word(in, 4, 4) + "-" + word(in, 2, 2) + "-" + word(in, 2, 2) + "T" + word(in, 2, 2) + ":"
                        + word(in, 2, 2) + ":" + word(in, 2, 2) + "Z";
            case 4 ->
                word(in, 8, 16).toLowerCase(Locale.ROOT) + "_" + word(in, 4, 6).toLowerCase(Locale.ROOT);
            case 5 -> word(in, 8, 16) + "é/" + word(in, 4, 6);
            default -> word(in, 70, 90);
        };
    }

    private static String word(RandomnessSource in, int min, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = Generators.pick(in, min, max); n > 0; n--) {
            b.append(ALPHABET.charAt(Generators.pick(in, 0, ALPHABET.length() - 1)));
        }
        return b.toString();
    }

    /**
     * Runs an action; whatever it throws must not repeat the secret.
     *
     * @param secret the secret
     * @param action the action
     */
    public static void check(String secret, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            leaks(secret, e);
        }
    }

    /**
     * Asserts that nothing an exception shows, down its whole cause chain, holds four characters of
     * the secret: message, {@code toString()}, and a library exception's field and reason.
     *
     * @param secret the secret
     * @param thrown the exception
     */
    public static void leaks(String secret, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            leaks(secret, t.getMessage());
            leaks(secret, t.toString());
            if (t instanceof PathwaysException p) {
                leaks(secret, p.getField());
                leaks(secret, p.getReason());
            }
            for (Throwable s : t.getSuppressed()) {
                leaks(secret, s);
            }
        }
    }

    /**
     * Asserts that a text holds no four characters in a row of the secret.
     *
     * @param secret the secret
     * @param text the text, or null
     */
    public static void leaks(String secret, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i + 4 <= secret.length(); i++) {
            String part = secret.substring(i, i + 4);
            assertFalse(text.contains(part), () -> "repeats '" + part + "' of the rejected input: " + text);
        }
    }
}
