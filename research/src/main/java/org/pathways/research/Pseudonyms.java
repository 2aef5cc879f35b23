package org.pathways.research;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for one run of an extract: HMAC-SHA-256 of the kind and the identifier under the
 * extract's key, truncated to 80 bits and written as 20 hexadecimal digits after the kind's prefix,
 * such as {@code pe_3fa94c0d1e27b8a65c01}. Not thread-safe (one {@link Mac}); each run makes its own.
 */
final class Pseudonyms {
    /** What a pseudonym stands for; each kind is a separate namespace. */
    enum Kind {
        PLAN("pl_"),
        PERSON("pe_");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int BYTES = 10;

    private final Mac mac;
    private final byte[] last = new byte[32];

    Pseudonyms(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the extract's key was refused by HmacSHA256", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /** The pseudonym of an identifier. */
    String of(Kind kind, String id) {
        digest(kind, id);
        char[] out = new char[kind.prefix.length() + 2 * BYTES];
        kind.prefix.getChars(0, kind.prefix.length(), out, 0);
        int at = kind.prefix.length();
        for (int i = 0; i < BYTES; i++) {
            out[at++] = HEX[(last[i] >> 4) & 0xf];
            out[at++] = HEX[last[i] & 0xf];
        }
        return new String(out);
    }

    /** 64 bits of the identifier's keyed digest, for counting distinct people without keeping them. */
    long key(Kind kind, String id) {
        digest(kind, id);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (last[i] & 0xff);
        }
        return v;
    }

    private void digest(Kind kind, String id) {
        mac.update(kind.prefix.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        mac.update(id.getBytes(StandardCharsets.UTF_8));
        try {
            mac.doFinal(last, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
