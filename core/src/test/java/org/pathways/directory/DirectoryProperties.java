package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.pathways.testing.Seeds.qt;

import org.junit.jupiter.api.Test;
import org.pathways.json.PlanJson;
import org.pathways.testing.Generators;

/** The directory, for all generated directories. */
class DirectoryProperties {
    static final int EXAMPLES = 300;
    private final PlanJson json = PlanJson.defaults();

    @Test
    void aDirectoryRoundTripsByteForByte() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories())
                .checkAssert(d -> {
                    String once = json.writeWithConfidentialDetails(d);
                    ServiceDirectory back = json.read(once, ServiceDirectory.class);
                    assertEquals(d, back);
                    assertEquals(once, json.writeWithConfidentialDetails(back));
                });
    }

    @Test
    void noConfidentialDetailLeavesTheAgencyOrShowsInText() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories())
                .checkAssert(d -> {
                    String written = json.write(d);
                    assertFalse(written.contains("CONFIDENTIAL"));
                    assertEquals(json.write(d.withoutConfidentialDetails()), written);
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    json.write(d, bytes);
                    assertFalse(bytes.toString(java.nio.charset.StandardCharsets.UTF_8)
                            .contains("CONFIDENTIAL"));
                    assertFalse(d.toString().contains("CONFIDENTIAL"));
                });
    }
}
