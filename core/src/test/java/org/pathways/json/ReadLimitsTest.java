package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

/** Limits are enforced while parsing, configurable, and reported where they were exceeded. */
class ReadLimitsTest {
    private final CarePlan mira = SamplePlans.mira();
    private final String text = PlanJson.defaults().write(mira);

    private MalformedDocumentException rejects(ReadLimits limits, String document, String pointer, String reason) {
        return Expect.rejects(
                MalformedDocumentException.class,
                () -> PlanJson.defaults().withLimits(limits).readPlan(document),
                pointer,
                reason);
    }

    @Test
    void theDefaultsAreDocumented() {
        ReadLimits d = ReadLimits.defaults();
        assertEquals(16L * 1024 * 1024, d.getMaxDocumentLength());
        assertEquals(32, d.getMaxNestingDepth());
        assertEquals(100_000, d.getMaxStringLength());
        assertEquals(20, d.getMaxNumberLength());
        assertEquals(1_000, d.getMaxPriorities());
        assertEquals(10_000, d.getMaxSteps());
        assertEquals(100_000, d.getMaxConsentEntries());
        assertEquals(10_000, d.getMaxCollection());
        assertEquals(d, PlanJson.defaults().getLimits());
        assertEquals(d, ReadLimits.defaults().withMaxSteps(10_000));
        assertNotEquals(d, d.withMaxSteps(9));
        assertEquals(d.hashCode(), ReadLimits.defaults().hashCode());
    }

    @Test
    void aLimitIsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxCollection(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxDocumentLength(-1));
    }

    @Test
    void limitsTheStepsPrioritiesAndConsentEntries() {
        CarePlan two = mira.proposeStep(SamplePlans.step("s-2", StepKind.PEER_SUPPORT, "p-sleep"), edit(10));
        String twoSteps = PlanJson.defaults().write(two);
        assertEquals(
                two,
                PlanJson.defaults()
                        .withLimits(ReadLimits.defaults().withMaxSteps(2))
                        .readPlan(twoSteps));
        rejects(ReadLimits.defaults().withMaxSteps(1), twoSteps, "/steps/1", "limit exceeded: more than 1 elements");
        rejects(
                ReadLimits.defaults().withMaxPriorities(2),
                text,
                "/priorities/2",
                "limit exceeded: more than 2 elements");
        rejects(
                ReadLimits.defaults().withMaxConsentEntries(0 + 1),
                PlanJson.defaults()
                        .write(mira.recordConsent(
                                org.pathways.consent.ConsentRevocation.builder()
                                        .id("c-2")
                                        .revokes("c-1")
                                        .given(org.pathways.consent.ConsentMode.VERBAL)
                                        .recordedBy("m-jo")
                                        .recordedAt(edit(6).getAt())
                                        .build(),
                                edit(6))),
                "/consent/1",
                "limit exceeded");
        rejects(
                ReadLimits.defaults().withMaxCollection(1),
                text,
                "/person/languages/1",
                "limit exceeded: more than 1 elements");
    }

    @Test
    void limitsStringsNumbersNestingAndTheDocument() {
        MalformedDocumentException e =
                rejects(ReadLimits.defaults().withMaxStringLength(8), text, "", "limit exceeded: String value length");
        assertFalse(e.getMessage().contains("Mira"));
        rejects(
                ReadLimits.defaults(),
                text.replace("\"number\":9", "\"number\":" + "9".repeat(25)),
                "/revision/number",
                "limit exceeded: Number value length");
        rejects(ReadLimits.defaults().withMaxNestingDepth(3), text, "", "limit exceeded: Document nesting depth");
        rejects(ReadLimits.defaults().withMaxDocumentLength(100), text, "", "limit exceeded: Document length");
    }

    /**
     * The bytes the current thread allocates while the code runs: a bound on what it can hold. Found
     * by reflection: the tests compile inside the core's module, which does not read jdk.management.
     */
    static long allocated(org.junit.jupiter.api.function.Executable code) throws Throwable {
        Object threads = Class.forName("java.lang.management.ManagementFactory")
                .getMethod("getThreadMXBean")
                .invoke(null);
        java.lang.reflect.Method bytes =
                Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        long id = Thread.currentThread().getId();
        long before = (long) bytes.invoke(threads, id);
        code.execute();
        return (long) bytes.invoke(threads, id) - before;
    }

    /** {@code {"steps":[{},{},…]}}, just under the default document length, with its version where asked. */
    private static String emptySteps(String version) {
        int n = 5_500_000;
        StringBuilder b = new StringBuilder(3 * n + 40).append("{\"steps\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "{}" : ",{}");
        }
        return b.append("]").append(version).append("}").toString();
    }

    @Test
    void aDocumentWhoseVersionIsLateOrMissingIsReadInMemoryBoundedByItsLength() throws Throwable {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
        for (String version : List.of("", ",\"schemaVersion\":2", ",\"schemaVersion\":1")) {
            String document = emptySteps(version);
            byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length > 16_000_000
                    && bytes.length < ReadLimits.defaults().getMaxDocumentLength());
            long bound = 3L * bytes.length; // what the caller's own string or buffer already costs, and a little
            List<org.junit.jupiter.api.function.Executable> paths = List.of(
                    () -> PlanJson.defaults().readPlan(document),
                    () -> PlanJson.defaults().read(new ByteArrayInputStream(bytes), CarePlan.class),
                    () -> PlanJson.defaults().readLines(new ByteArrayInputStream(bytes), BadLine.STOP, p -> {}),
                    () -> mapper.readValue(document, CarePlan.class),
                    () -> mapper.readValue(bytes, CarePlan.class));
            for (int i = 0; i < paths.size(); i++) {
                org.junit.jupiter.api.function.Executable path = paths.get(i);
                long used = allocated(() -> assertThrows(MalformedDocumentException.class, path));
                assertTrue(used < bound, "path " + i + " allocated " + used + " bytes for " + bytes.length);
                System.out.println("ReadLimitsTest: path " + i + " allocated " + used + " bytes reading " + bytes.length
                        + " bytes (version '" + version + "')");
            }
        }
    }

    @Test
    void anHsdsImportIsReadInMemoryBoundedByItsLength() throws Throwable {
        int n = 5_500_000;
        StringBuilder flat = new StringBuilder(3 * n).append('[');
        StringBuilder nested = new StringBuilder(3 * n).append('[');
        for (int i = 0; i < n; i++) {
            flat.append(i == 0 ? "{}" : ",{}");
            nested.append(i == 0 ? "" : i % 9_000 == 0 ? "]},{\"services\":[{}" : ",{}");
            if (i == 0) {
                nested.append("{\"services\":[{}");
            }
        }
        for (String document :
                List.of(flat.append(']').toString(), nested.append("]}]").toString())) {
            long used = allocated(() -> assertThrows(
                    MalformedDocumentException.class, () -> HsdsImport.create().read(document)));
            assertTrue(used < 5L * document.length(), "allocated " + used + " bytes for " + document.length());
            System.out.println(
                    "ReadLimitsTest: the HSDS import allocated " + used + " bytes reading " + document.length());
        }
    }

    @Test
    void limitsHoldOnADocumentWhoseVersionComesLast() {
        CarePlan two = mira.proposeStep(SamplePlans.step("s-2", StepKind.PEER_SUPPORT, "p-sleep"), edit(10));
        String late = PlanJson.defaults()
                .write(two)
                .replace("{\"schemaVersion\":2,", "{")
                .replaceFirst("}$", ",\"schemaVersion\":2}");
        assertEquals(two, PlanJson.defaults().readPlan(late));
        rejects(ReadLimits.defaults().withMaxSteps(1), late, "/steps/1", "limit exceeded: more than 1 elements");
        rejects(ReadLimits.defaults().withMaxCollection(1), late, "/person/languages/1", "limit exceeded");
        rejects(ReadLimits.defaults().withMaxStringLength(8), late, "", "limit exceeded: String value length");
    }

    @Test
    void describesItselfWithoutSurprises() {
        assertEquals(
                "ReadLimits[document 16777216, nesting 32, string 100000, number 20, priorities 1000, steps 10000,"
                        + " consent 100000, other collections 10000]",
                ReadLimits.defaults().toString());
    }
}
