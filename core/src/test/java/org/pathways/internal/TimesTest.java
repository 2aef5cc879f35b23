package org.pathways.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

class TimesTest {
    /** Text that looks like an instant or a date, with digits, separators and lengths sometimes wrong. */
    private static final String SHAPES = "0123456789-T:.Z+ x";

    private static Gen<String> nearlyTimes() {
        Gen<Instant> instants = longs().between(-62_135_596_800L, 253_402_300_799L)
                .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
        Gen<String> written = instants.zip(integers().between(0, 5), (i, form) -> switch (form) {
            case 0 -> i.toString();
            case 1 -> Instant.ofEpochSecond(i.getEpochSecond()).toString();
            case 2 -> i.toString().substring(0, 10);
            default -> i.toString();
        });
        // then change up to three characters, or cut the text
        return written.zip(
                integers().between(0, 40),
                integers().between(0, SHAPES.length() - 1),
                integers().between(0, 3),
                (s, at, c, how) -> {
                    if (how == 0 || s.isEmpty()) {
                        return s;
                    }
                    int k = at % s.length();
                    return how == 1
                            ? s.substring(0, k) + SHAPES.charAt(c) + s.substring(k + 1)
                            : how == 2 ? s.substring(0, k) : s.substring(0, k) + SHAPES.charAt(c) + s.substring(k);
                });
    }

    @Test
    void writesEveryInstantAsInstantToStringDoes() {
        // seconds around and beyond the four-digit years, and fractions of milli-, micro- and nanoseconds
        qt().withExamples(Generators.examples(20_000))
                .forAll(
                        longs().between(-70_000_000_000L, 260_000_000_000L),
                        integers().between(0, 999_999_999),
                        integers().between(0, 3))
                .checkAssert((seconds, nanos, shape) -> {
                    int n = switch (shape) {
                        case 0 -> 0;
                        case 1 -> nanos / 1_000_000 * 1_000_000;
                        case 2 -> nanos / 1_000 * 1_000;
                        default -> nanos;
                    };
                    Instant t = Instant.ofEpochSecond(seconds, n);
                    char[] out = new char[40];
                    assertEquals(t.toString(), new String(out, 0, Times.write(t, out)));
                });
        for (Instant t : new Instant[] {
            Instant.MIN,
            Instant.MAX,
            Instant.EPOCH,
            Instant.ofEpochSecond(-62_167_219_200L),
            Instant.ofEpochSecond(-62_167_219_201L, 999_999_999),
            Instant.ofEpochSecond(253_402_300_799L, 1),
            Instant.ofEpochSecond(253_402_300_800L)
        }) {
            char[] out = new char[40];
            assertEquals(t.toString(), new String(out, 0, Times.write(t, out)));
        }
    }

    @Test
    void anInstantIsReadExactlyAsInstantParseReadsIt() {
        qt().withExamples(Generators.examples(20_000))
                .forAll(nearlyTimes())
                .checkAssert(s -> assertEquals(outcome(Instant::parse, s), outcome(Times::instant, s), s));
    }

    @Test
    void aDateIsReadExactlyAsLocalDateParseReadsIt() {
        qt().withExamples(Generators.examples(20_000))
                .forAll(nearlyTimes())
                .checkAssert(s -> assertEquals(outcome(LocalDate::parse, s), outcome(Times::date, s), s));
    }

    @Test
    void theEdgesOfTheCalendarAndTheClockAreLeftToTheJdk() {
        for (String s : new String[] {
            "2024-02-29T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2000-02-29T23:59:59Z",
            "2026-04-31T00:00:00Z",
            "2026-12-31T24:00:00Z",
            "2026-06-30T23:59:60Z",
            "2026-03-02T15:00:00.5Z",
            "2026-03-02T15:00:00.123456789Z",
            "2026-03-02T15:00:00.1234567890Z",
            "2026-03-02T15:00:00+01:00",
            "0000-01-01T00:00:00Z",
            "+12026-03-02T15:00:00Z",
            "2026-03-02T15:00Z",
            "2026-3-02T15:00:00Z"
        }) {
            assertEquals(outcome(Instant::parse, s), outcome(Times::instant, s), s);
        }
        for (String s :
                new String[] {"2024-02-29", "2023-02-29", "2026-00-10", "2026-13-01", "2026-01-00", "+2026-01-01"}) {
            assertEquals(outcome(LocalDate::parse, s), outcome(Times::date, s), s);
        }
    }

    private static <T> String outcome(Function<String, T> parse, String s) {
        try {
            return "value " + parse.apply(s);
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
