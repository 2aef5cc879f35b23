package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.testing.Generators;
import org.pathways.testing.SamplePlans;

/** Newline-delimited plans: a caseload written and read one plan at a time. */
class BulkReadTest {
    private final PlanJson json = PlanJson.defaults();
    private final String mira = json.write(SamplePlans.mira());

    private static ByteArrayInputStream lines(String... lines) {
        return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static List<CarePlan> caseload(int n) {
        List<CarePlan> out = new ArrayList<>();
        qt(42).withExamples(n).forAll(Generators.plans()).checkAssert(out::add);
        return out;
    }

    @Test
    void writesOnePlanPerLineAndReadsThemBackInOrder() {
        List<CarePlan> plans = caseload(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(200, json.writeLines(plans, out));
        String text = out.toString(StandardCharsets.UTF_8);
        String[] written = text.split("\n", -1);
        assertEquals(201, written.length, "every line ends with \\n");
        assertEquals(json.write(plans.get(7)), written[7]);
        List<CarePlan> back = new ArrayList<>();
        BulkRead r = json.readLines(new ByteArrayInputStream(out.toByteArray()), BadLine.STOP, back::add);
        assertEquals(plans, back);
        assertEquals(200, r.getRead());
        assertEquals(0, r.getSkipped());
    }

    @Test
    void skipsABadLineWithItsNumberAndKeepsTheLinesBeforeAndAfter() {
        List<CarePlan> back = new ArrayList<>();
        BulkRead r = json.readLines(lines(mira, mira.substring(0, 300), mira, "{}", mira), BadLine.SKIP, back::add);
        assertEquals(3, r.getRead());
        assertEquals(3, back.size());
        assertEquals(2, r.getSkipped());
        assertEquals(
                List.of(2L, 4L),
                r.getErrors().stream().map(MalformedDocumentException::getLine).toList());
        assertTrue(r.getErrors().get(0).getMessage().contains("(line 2, column"));
        assertEquals("BulkRead[read 3, skipped 2]", r.toString());
    }

    @Test
    void stopsAtTheFirstBadLineAfterDeliveringTheOnesBefore() {
        List<CarePlan> back = new ArrayList<>();
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> json.readLines(
                        lines(mira, mira.replace("\"referral\"", "\"rescue\""), mira), BadLine.STOP, back::add));
        assertEquals(2, e.getLine());
        assertEquals("/steps/0/kind", e.getField());
        assertEquals(1, back.size());
        java.io.StringWriter trace = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(trace));
        assertEquals(
                1,
                trace.toString().split("line ", -1).length - 1,
                () -> "one place in the stream, said once: "
                        + trace.toString()
                                .lines()
                                .filter(l -> l.contains("line "))
                                .toList());
    }

    /** A stream that hands out its bytes in pieces of the given sizes, in turn, as a network would. */
    private static java.io.InputStream inPieces(byte[] bytes, int... sizes) {
        return new java.io.InputStream() {
            private int at;
            private int turn;

            @Override
            public int read() {
                return at < bytes.length ? bytes[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at == bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, sizes[turn++ % sizes.length]), bytes.length - at);
                System.arraycopy(bytes, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    @Test
    void linesAreReadWhateverPiecesTheStreamDeliversThemIn() {
        List<CarePlan> plans = caseload(60);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeLines(plans, out);
        byte[] bytes = out.toByteArray();
        for (int[] sizes : new int[][] {{1}, {7, 3}, {1000, 1, 4096}, {65_536}, {bytes.length}}) {
            List<CarePlan> back = new ArrayList<>();
            BulkRead r = json.readLines(inPieces(bytes, sizes), BadLine.STOP, back::add);
            assertEquals(plans, back, () -> "pieces " + java.util.Arrays.toString(sizes));
            assertEquals(60, r.getRead());
        }
    }

    @Test
    void aLineExactlyAtTheLimitIsReadAndOneByteMoreIsRefusedWholeOrInPieces() {
        PlanJson limited = json.withLimits(ReadLimits.defaults().withMaxDocumentLength(mira.length()));
        byte[] bytes = (mira + "\n" + mira + " \n" + mira + "\n").getBytes(StandardCharsets.UTF_8);
        for (int[] sizes : new int[][] {{bytes.length}, {mira.length() / 2}, {1}}) {
            List<CarePlan> back = new ArrayList<>();
            BulkRead r = limited.readLines(inPieces(bytes, sizes), BadLine.SKIP, back::add);
            assertEquals(2, r.getRead());
            assertEquals(1, r.getSkipped());
            assertEquals(2L, r.getErrors().get(0).getLine());
        }
    }

    @Test
    void aLineOverTheLimitIsRefusedWithoutHoldingItAndTheNextIsRead() {
        PlanJson limited = json.withLimits(ReadLimits.defaults().withMaxDocumentLength(mira.length() + 10));
        List<CarePlan> back = new ArrayList<>();
        BulkRead r = limited.readLines(lines(mira + " ".repeat(100_000), mira), BadLine.SKIP, back::add);
        assertEquals(1, r.getRead());
        assertEquals(1L, r.getErrors().get(0).getLine());
        assertTrue(r.getErrors().get(0).getReason().contains("limit exceeded: the line is longer than"));
    }

    @Test
    void toleratesBlankLinesAndWindowsLineEnds() {
        List<CarePlan> back = new ArrayList<>();
        BulkRead r = json.readLines(lines("", mira + "\r", "   ", mira + "\r", ""), BadLine.STOP, back::add);
        assertEquals(2, r.getRead());
        assertEquals(SamplePlans.mira(), back.get(1));
    }

    @Test
    void keepsTheFirstHundredErrorsAndCountsTheRest() {
        String[] bad = new String[150];
        java.util.Arrays.fill(bad, mira.replace("Get my son back", "Get my son back\u0000"));
        BulkRead r = json.readLines(lines(bad), BadLine.SKIP, p -> {});
        assertEquals(150, r.getSkipped());
        assertEquals(BulkRead.MAX_ERRORS_KEPT, r.getErrors().size());
        assertFalse(r.getErrors().get(0).getMessage().contains("son"), "never the person's words");
    }

    @Test
    void whatTheConsumerThrowsEndsTheRead() {
        IllegalStateException stop = new IllegalStateException("full");
        assertSame(
                stop,
                assertThrows(
                        IllegalStateException.class,
                        () -> json.readLines(lines(mira, mira), BadLine.SKIP, p -> {
                            throw stop;
                        })));
    }
}
