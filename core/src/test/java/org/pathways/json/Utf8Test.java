package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The UTF-8 check that stands before Jackson's decoder, which accepts overlong forms. */
class Utf8Test {
    private static int bad(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8.firstBad(b, 0, b.length);
    }

    @Test
    void acceptsWellFormedTextOfEveryLength() {
        byte[] text = "a é ᐊ 🌱".getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, Utf8.firstBad(text, 0, text.length));
        assertEquals(-1, bad(0xF4, 0x8F, 0xBF, 0xBF)); // U+10FFFF
        assertEquals(-1, bad(0xE0, 0xA0, 0x80)); // U+0800, the first three-byte character
    }

    @Test
    void refusesOverlongFormsSurrogatesAndWhatLiesBeyondUnicode() {
        assertEquals(0, bad(0xC0, 0xAF)); // "/" in two bytes
        assertEquals(0, bad(0xC1, 0xBF));
        assertEquals(1, bad(0xE0, 0x80, 0xAF)); // "/" in three bytes
        assertEquals(1, bad(0xF0, 0x80, 0x80, 0xAF)); // "/" in four bytes
        assertEquals(1, bad(0xED, 0xA0, 0x80)); // a surrogate
        assertEquals(1, bad(0xF4, 0x90, 0x80, 0x80)); // above U+10FFFF
        assertEquals(0, bad(0xF5, 0x80, 0x80, 0x80));
        assertEquals(1, bad(0x41, 0x80)); // a continuation with nothing to continue
        assertEquals(1, bad(0xC3, 0x41)); // a sequence cut short
        assertEquals(2, bad(0xE2, 0x82)); // a text that ends inside a character
    }

    @Test
    void aCheckingStreamFailsAsJacksonDoesForBytesItCannotDecode() throws Exception {
        InputStream in = Utf8.checking(new ByteArrayInputStream(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'}));
        assertThrows(CharConversionException.class, () -> in.readAllBytes());
        InputStream cut = Utf8.checking(new ByteArrayInputStream(new byte[] {'"', (byte) 0xE2, (byte) 0x82}));
        assertThrows(CharConversionException.class, () -> cut.readAllBytes());
        byte[] fine = "\"🌱\"".getBytes(StandardCharsets.UTF_8);
        InputStream one = Utf8.checking(new ByteArrayInputStream(fine));
        assertEquals('"', one.read());
        assertEquals(fine.length - 1, one.readAllBytes().length);
    }
}
