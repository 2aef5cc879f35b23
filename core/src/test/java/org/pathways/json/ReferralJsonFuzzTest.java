package org.pathways.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.ReferralAnswer;
import org.pathways.referral.Packet;
import org.pathways.referral.PacketText;

/**
 * Coverage-guided fuzzing of the referral readers: a packet, an answer, and a batch of answers as
 * newline-delimited lines (the first byte chooses). Whatever the bytes, the result is a valid value
 * or the library's exception, never another throwable. Without {@code JAZZER_FUZZ=1} the target
 * replays its corpus (in {@code src/test/resources/org/pathways/json/ReferralJsonFuzzTestInputs});
 * the build fuzzes it for a bounded time in a separate execution.
 */
class ReferralJsonFuzzTest {
    private static final PlanJson JSON = PlanJson.defaults();

    @FuzzTest(maxDuration = "30s")
    void readingAReferralDocumentGivesAValidValueOrTheLibrarysException(byte[] input) {
        if (input.length == 0) {
            return;
        }
        ByteArrayInputStream rest = new ByteArrayInputStream(input, 1, input.length - 1);
        try {
            switch (input[0] % 3) {
                case 0 -> {
                    Packet p = JSON.read(rest, Packet.class);
                    PacketText.of(p);
                    JSON.write(p);
                }
                case 1 -> JSON.write(JSON.read(rest, ReferralAnswer.class));
                default -> JSON.readLines(rest, ReferralAnswer.class, BadLine.SKIP, JSON::write);
            }
        } catch (MalformedDocumentException expected) {
            // the one way a reader refuses
        }
    }
}
