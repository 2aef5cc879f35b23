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
    private final PlanJson json = PlanJson.create();

    @Test
    void aDirectoryRoundTripsByteForByte() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories())
                .checkAssert(d -> {
                    String once = json.write(d);
                    ServiceDirectory back = json.read(once, ServiceDirectory.class);
                    assertEquals(d, back);
                    assertEquals(once, json.write(back));
                });
    }

    @Test
    void noConfidentialDetailLeavesTheAgencyOrShowsInText() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories())
                .checkAssert(d -> {
                    assertFalse(json.write(d.withoutConfidentialDetails()).contains("CONFIDENTIAL"));
                    assertFalse(d.toString().contains("CONFIDENTIAL"));
                });
    }
}
