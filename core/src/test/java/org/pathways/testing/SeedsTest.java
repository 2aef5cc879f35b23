package org.pathways.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.pathways.plan.CarePlan;
import org.quicktheories.generators.SourceDSL;

class SeedsTest {
    private static List<CarePlan> plans(long seed) {
        List<CarePlan> out = new ArrayList<>();
        Seeds.qt(seed).withExamples(20).forAll(Generators.plans()).checkAssert(out::add);
        return out;
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        assertEquals(plans(7_322_851L), plans(7_322_851L));
    }

    @Test
    void anotherSeedGivesOtherValues() {
        assertNotEquals(plans(7_322_851L), plans(7_322_852L));
    }

    @Test
    void aPropertyWithoutASeedUsesTheRunsSeed() {
        List<Integer> first = new ArrayList<>();
        List<Integer> again = new ArrayList<>();
        Seeds.qt().withExamples(50).forAll(SourceDSL.integers().all()).checkAssert(first::add);
        Seeds.qt(Seeds.seed())
                .withExamples(50)
                .forAll(SourceDSL.integers().all())
                .checkAssert(again::add);
        assertEquals(first, again);
    }

    @Test
    void aFailingPropertyNamesItsSeedAndTheCommandThatReplaysIt() {
        AssertionError e = assertThrows(
                AssertionError.class,
                () -> Seeds.qt(991L)
                        .withExamples(50)
                        .forAll(SourceDSL.integers().between(0, 100))
                        .checkAssert(i -> assertTrue(i < 90, "too large")));
        assertTrue(e.getMessage().startsWith("Property failed with seed 991; replay it with:"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dpathways.seed=991 "), e.getMessage());
        assertTrue(
                e.getMessage().contains("-Dtest='SeedsTest#aFailingPropertyNamesItsSeedAndTheCommandThatReplaysIt'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("too large"), "QuickTheories' own report follows: " + e.getMessage());
    }

    @Test
    void aReplayedFailureFailsOnTheSameValue() {
        AssertionError first = assertThrows(
                AssertionError.class,
                () -> Seeds.qt(4_242L)
                        .withExamples(200)
                        .forAll(SourceDSL.integers().all())
                        .check(i -> i % 7 != 3));
        AssertionError again = assertThrows(
                AssertionError.class,
                () -> Seeds.qt(4_242L)
                        .withExamples(200)
                        .forAll(SourceDSL.integers().all())
                        .check(i -> i % 7 != 3));
        assertEquals(first.getMessage(), again.getMessage());
    }

    /** Run by {@link #aFailureAfterAPropertyNamesTheSeedToo} through JUnit, never by the build. */
    static class FailsAfterItsProperty {
        static volatile boolean armed;

        @Test
        void tooFewExamplesPassedTheFilter() {
            List<Integer> seen = new ArrayList<>();
            Seeds.qt(1_234L).withExamples(10).forAll(SourceDSL.integers().all()).checkAssert(seen::add);
            assertTrue(!armed || seen.size() > 10, "too few examples: " + seen.size());
        }
    }

    @Test
    void aFailureAfterAPropertyNamesTheSeedToo() {
        FailsAfterItsProperty.armed = true;
        try {
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(
                    LauncherDiscoveryRequestBuilder.request()
                            .selectors(selectClass(FailsAfterItsProperty.class))
                            .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                            .build(),
                    listener);
            TestExecutionSummary summary = listener.getSummary();
            assertEquals(1, summary.getTotalFailureCount());
            String message = summary.getFailures().get(0).getException().getMessage();
            assertTrue(message.startsWith("Property failed with seed 1234; replay it with:"), message);
            assertTrue(message.contains("-Dtest='FailsAfterItsProperty#tooFewExamplesPassedTheFilter'"), message);
            assertTrue(message.contains("\ntoo few examples: 10"), message);
        } finally {
            FailsAfterItsProperty.armed = false;
        }
    }

    @Test
    void everyPropertyInTheTestsStartsFromTheSeed() throws IOException {
        List<String> unseeded = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                String unseededStart = "QuickTheory" + ".qt";
                if (!file.endsWith("Seeds.java") && text.contains(unseededStart)) {
                    unseeded.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), unseeded, "every property starts from Seeds.qt");
    }
}
