package org.pathways.json;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that bytes are well-formed UTF-8 as RFC 3629 defines it: no overlong form (such as
 * {@code C0 AF} for {@code /}), no surrogate, nothing above U+10FFFF, no stray continuation byte.
 * Jackson decodes overlong forms into ordinary characters, which would let a value pass any check of
 * its text in a form that another reader decodes differently.
 */
final class Utf8 {
    /** Continuation bytes still needed by the current sequence. */
    private int need;

    /** The range the next continuation byte must fall in. */
    private int low = 0x80;

    private int high = 0xBF;

    /**
     * Reads bytes that continue those read before.
     *
     * @return the index of the first byte that makes the text ill-formed, or -1
     */
    int check(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = bytes[i];
            if (c >= 0 && need == 0) {
                continue; // ASCII, most of a document
            }
            c &= 0xFF;
            if (need > 0) {
                if (c < low || c > high) {
                    return i;
                }
                low = 0x80;
                high = 0xBF;
                need--;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                low = c == 0xE0 ? 0xA0 : 0x80; // E0 80..9F would be overlong
                high = c == 0xED ? 0x9F : 0xBF; // ED A0..BF would be a surrogate
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                low = c == 0xF0 ? 0x90 : 0x80; // F0 80..8F would be overlong
                high = c == 0xF4 ? 0x8F : 0xBF; // F4 90.. would be above U+10FFFF
            } else {
                return i; // C0, C1 (overlong), F5..FF, or a continuation byte with nothing to continue
            }
        }
        return -1;
    }

    /** Whether the bytes read so far end where a character ends. */
    boolean complete() {
        return need == 0;
    }

    /**
     * Returns the index of the first byte of a complete text that makes it ill-formed.
     *
     * @return the index, {@code to} if the text ends inside a character, or -1 if it is well-formed
     */
    static int firstBad(byte[] bytes, int from, int to) {
        Utf8 u = new Utf8();
        int bad = u.check(bytes, from, to);
        return bad >= 0 ? bad : u.complete() ? -1 : to;
    }

    /** A stream that fails, as Jackson does for bytes it cannot decode, when its bytes are not UTF-8. */
    static InputStream checking(InputStream in) {
        return new FilterInputStream(in) {
            private final Utf8 utf8 = new Utf8();

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n == -1 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n == -1 ? !utf8.complete() : utf8.check(b, off, off + n) >= 0) {
                    throw new CharConversionException("not UTF-8");
                }
                return n;
            }
        };
    }
}
