package org.pathways.fhir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.testing.ReferralSamples;

/**
 * Coverage-guided fuzzing of the Bundle readers: whatever the bytes, the result is a valid value or
 * the library's exception, never another throwable. Without {@code JAZZER_FUZZ=1} each target
 * replays its corpus (in {@code src/test/resources/org/pathways/fhir/FhirBundlesFuzzTestInputs});
 * the build fuzzes each for a bounded time in a separate execution, like the core's readers.
 */
class FhirBundlesFuzzTest {
    private static final FhirBundles FHIR = FhirBundles.create();

    @FuzzTest(maxDuration = "30s")
    void readingABundleGivesAValidPlanOrTheLibrarysException(byte[] input) {
        try {
            CarePlan plan = FHIR.readPlan(new String(input, StandardCharsets.UTF_8));
            FHIR.write(plan);
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readingABundleGivesAValidViewOrTheLibrarysException(byte[] input) {
        try {
            FHIR.write(FHIR.readView(new String(input, StandardCharsets.UTF_8)));
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readingABundleGivesAValidDirectoryOrTheLibrarysException(byte[] input) {
        try {
            FHIR.write(FHIR.readDirectory(new String(input, StandardCharsets.UTF_8)));
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }

    /** Amara's plan once her referral to Harbour House has left, so that a Task can be an answer. */
    private static final org.pathways.plan.CarePlan SENT = org.pathways.referral.Referrals.send(
                    ReferralSamples.amara(), "s-harbour", ReferralSamples.jo(), ReferralSamples.at(1, 0))
            .getPlan();

    @FuzzTest(maxDuration = "30s")
    void applyingATaskGivesAPlanOrTheLibrarysException(byte[] input) {
        try {
            FHIR.applyTask(SENT, new String(input, StandardCharsets.UTF_8), ReferralSamples.at(3, 0));
        } catch (org.pathways.PathwaysException expected) {
            // malformed, or a move the core refuses
        }
    }
}
