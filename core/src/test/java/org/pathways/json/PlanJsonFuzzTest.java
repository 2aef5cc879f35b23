package org.pathways.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.pathways.MalformedDocumentException;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.review.PlanReview;

/**
 * Coverage-guided fuzzing of the readers (plan, view, directory, newline-delimited lines): whatever the bytes, the result is a valid value or the
 * library's exception, never another throwable. Without {@code JAZZER_FUZZ=1} each target replays
 * its corpus (in {@code src/test/resources/org/pathways/json/PlanJsonFuzzTestInputs}); the build
 * fuzzes each for a bounded time in a separate execution.
 */
class PlanJsonFuzzTest {
    private static final PlanJson JSON = PlanJson.defaults();

    @FuzzTest(maxDuration = "30s")
    void readingAPlanGivesAValidPlanOrTheLibrarysException(byte[] input) {
        try {
            CarePlan plan = JSON.read(new ByteArrayInputStream(input), CarePlan.class);
            PlanReview.of(plan); // a plan that reads is whole: its review runs
            JSON.write(plan);
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readingADisclosureViewGivesAValidViewOrTheLibrarysException(byte[] input) {
        try {
            JSON.write(JSON.read(new ByteArrayInputStream(input), PlanView.class));
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readingADirectoryGivesAValidDirectoryOrTheLibrarysException(byte[] input) {
        try {
            JSON.write(JSON.read(new ByteArrayInputStream(input), ServiceDirectory.class)
                    .withoutConfidentialDetails());
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readingLinesGivesPlansOrTheLibrarysException(byte[] input) {
        JSON.readLines(new ByteArrayInputStream(input), BadLine.SKIP, plan -> PlanReview.of(plan));
    }
}
