package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For all byte strings, the UTF-8 check agrees with the JDK's strict decoder. */
class Utf8Properties {
    private static boolean jdkDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void acceptsExactlyWhatTheJdksStrictDecoderAccepts() {
        // bytes near the boundaries that matter: ASCII, continuation bytes, and every lead byte
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 8))
                .checkAssert(ints -> check(ints));
    }

    @Test
    void chunksDoNotChangeTheAnswer() {
        qt().withExamples(5_000)
                .forAll(
                        lists().of(integers().between(0x7E, 0xF5)).ofSizeBetween(0, 12),
                        integers().between(0, 12))
                .checkAssert((ints, cut) -> {
                    byte[] b = bytes(ints);
                    int at = Math.min(cut, b.length);
                    Utf8 u = new Utf8();
                    boolean fine = u.check(b, 0, at) < 0 && u.check(b, at, b.length) < 0 && u.complete();
                    assertEquals(Utf8.firstBad(b, 0, b.length) < 0, fine, ints::toString);
                });
    }

    private static void check(List<Integer> ints) {
        byte[] b = bytes(ints);
        assertEquals(jdkDecodes(b), Utf8.firstBad(b, 0, b.length) < 0, ints::toString);
    }

    private static byte[] bytes(List<Integer> ints) {
        byte[] b = new byte[ints.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ints.get(i).intValue();
        }
        return b;
    }
}
