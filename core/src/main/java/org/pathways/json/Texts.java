package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pathways.ErrorCode;
import org.pathways.LocalizedText;
import org.pathways.internal.Checks;

/**
 * A text an agency or a directory wrote: a plain string when it has no alternative (as every
 * document written before alternatives existed), else an object with the text as first written and
 * its alternatives in other languages,
 * {@code {"text": "Emergency shelter", "alternatives": [{"language": "fr", "text": "Hébergement d'urgence"}]}}.
 */
final class Texts {
    private Texts() {}

    /** A text with alternatives, while it is read. */
    static final class Read {
        String text;
        final Map<String, String> alternatives = new LinkedHashMap<>();

        LocalizedText build() {
            if (text == null) {
                throw Checks.fail("text", "required but not set (a text with alternatives)");
            }
            return LocalizedText.of(text, alternatives);
        }
    }

    /** One alternative while it is read, and the alternatives it joins. */
    static final class Alternative {
        final Map<String, String> into;
        String language;
        String text;

        Alternative(Map<String, String> into) {
            this.into = into;
        }

        /** Adds the alternative; a language given twice is refused, not merged. */
        String add() {
            if (language == null || text == null) {
                throw Checks.fail(
                        language == null ? "language" : "text", "required but not set (an alternative of a text)");
            }
            if (into.size() == LocalizedText.MAX_ALTERNATIVES) {
                throw Checks.fail(
                        ErrorCode.LIMIT_EXCEEDED,
                        "alternatives",
                        "more than " + LocalizedText.MAX_ALTERNATIVES + " alternatives");
            }
            Checks.languageTag("language", language);
            if (into.putIfAbsent(language, text) != null) {
                throw Checks.fail("alternatives", "a language appears more than once");
            }
            return language;
        }
    }

    static final ObjectCodec<Map.Entry<String, String>, Alternative> ALTERNATIVE =
            ObjectCodec.<Map.Entry<String, String>, Alternative>of(
                            () -> {
                                throw new IllegalStateException("an alternative is read into its text's alternatives");
                            },
                            a -> Map.entry(a.add(), a.text))
                    .field("language", Write.string(Map.Entry::getKey), (in, a) -> a.language = in.string())
                    .field("text", Write.string(Map.Entry::getValue), (in, a) -> a.text = in.string())
                    .done();

    static final ObjectCodec<LocalizedText, Read> LOCALIZED = ObjectCodec.of(Read::new, Read::build)
            .field("text", Write.string(LocalizedText::getText), (in, r) -> r.text = in.string())
            .field(
                    "alternatives",
                    (g, k, t, how) -> {
                        g.writeFieldName(k);
                        g.writeStartArray();
                        for (Map.Entry<String, String> a : t.getAlternatives().entrySet()) {
                            ALTERNATIVE.write(g, a, how);
                        }
                        g.writeEndArray();
                    },
                    (in, r) -> in.list(i -> i.read(ALTERNATIVE, new Alternative(r.alternatives)), "alternatives"))
            .done();

    /** Writes a text: a plain string when it has no alternative. */
    static void write(JsonGenerator g, LocalizedText value) throws IOException {
        if (value.getAlternatives().isEmpty()) {
            g.writeString(value.getText());
        } else {
            LOCALIZED.write(g, value, 0);
        }
    }
}
