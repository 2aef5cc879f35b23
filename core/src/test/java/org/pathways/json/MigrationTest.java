package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Revision;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

/** Reading documents of earlier versions, and documents whose keys were reordered. */
class MigrationTest {
    private final PlanJson json = PlanJson.defaults();

    /** Mira's plan as version 1 wrote it, before revisions named their parent: the same, with none. */
    private static CarePlan miraAsVersionOne() {
        CarePlan mira = SamplePlans.mira();
        return CarePlan.builder()
                .from(mira)
                .revision(Revision.builder()
                        .from(mira.getRevision())
                        .parent(Optional.empty())
                        .build())
                .build();
    }

    @Test
    void aVersionOnePlanReadsAsTheSamePlan() throws IOException {
        String v1 = PlanJsonTest.golden("v1/mira-plan.json");
        assertTrue(v1.contains("\"schemaVersion\" : 1") && v1.contains("\"by\" : \"m-jo\""));
        CarePlan plan = json.readPlan(v1);
        CarePlan mira = SamplePlans.mira();
        assertEquals(miraAsVersionOne(), plan);
        assertEquals(
                PlanJsonTest.golden()
                        .replace(
                                ",\n    \"parent\" : \""
                                        + mira.getRevision().getParent().orElseThrow() + "\"",
                                ""),
                json.withPrettyPrinting().write(plan),
                "written back as version 2");
    }

    @Test
    void aVersionOneDisclosureViewReadsAsTheSameView() throws IOException {
        PlanView view = json.read(PlanJsonTest.golden("v1/mira-shelter-view.json"), PlanView.class);
        assertEquals(PlanJsonTest.miraShelterView(), view);
    }

    @Test
    void aRepeatedKeyInAnOlderOrReorderedDocumentIsRefusedNotMerged() throws IOException {
        String v1 = PlanJsonTest.golden("v1/mira-plan.json");
        String deep = v1.replace("\"chosenName\" : \"Mira\"", "\"chosenName\" : \"Mira\", \"chosenName\" : \"Mira\"");
        MalformedDocumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                MalformedDocumentException.class, () -> json.readPlan(deep));
        assertTrue(e.getReason().startsWith("duplicate field 'chosenName'"), e.getMessage());
        String top = v1.replace("\"agency\" : ", "\"id\" : \"plan-2c9e\", \"agency\" : ");
        e = org.junit.jupiter.api.Assertions.assertThrows(MalformedDocumentException.class, () -> json.readPlan(top));
        assertTrue(e.getReason().startsWith("duplicate field 'id'"), e.getMessage());
        String reordered = PlanJsonTest.golden()
                .replaceFirst("\"schemaVersion\" : 2,", "")
                .replaceFirst(
                        "\"disclosures\" : \\[ \\]", "\"disclosures\" : [ ], \"schemaVersion\" : 2, \"id\" : \"x\"");
        e = org.junit.jupiter.api.Assertions.assertThrows(
                MalformedDocumentException.class, () -> json.readPlan(reordered));
        assertTrue(e.getReason().startsWith("duplicate field 'id'"), e.getMessage());
    }

    @Test
    void aVersionOneNameIsReadInAVersionOneDocumentWhereverTheVersionStands() throws IOException {
        ObjectMapper m = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = m.readValue(PlanJsonTest.golden("v1/mira-plan.json"), Map.class);
        Map<String, Object> last = new java.util.LinkedHashMap<>(fields);
        last.put("schemaVersion", last.remove("schemaVersion"));
        String reordered = m.writeValueAsString(last); // "steps" and their "by" come before "schemaVersion"
        assertTrue(reordered.indexOf("\"by\"") < reordered.indexOf("\"schemaVersion\""));
        assertEquals(miraAsVersionOne(), json.readPlan(reordered));
    }

    @Test
    void aVersionOneNameIsRefusedInAVersionTwoDocumentWhereverTheVersionStands() throws IOException {
        String v2 = json.write(SamplePlans.mira())
                .replace("\"recordedBy\":\"m-jo\",\"agreement\"", "\"by\":\"m-jo\",\"agreement\"");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(v2),
                "/steps/0/history/1",
                "unknown field 'by' here");
        String late = v2.replace("{\"schemaVersion\":2,", "{").replaceFirst("}$", ",\"schemaVersion\":2}");
        assertTrue(late.indexOf("\"by\"") < late.indexOf("\"schemaVersion\""));
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(late),
                "/steps/0/history/1",
                "unknown field 'by' here");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(late.replace(",\"schemaVersion\":2}", "}")),
                "",
                "missing schemaVersion; a plan document carries it");
    }

    @Test
    void bothNamesOfWhoRecordedAChangeAreRefusedInAnyOrder() throws IOException {
        String v1 = PlanJsonTest.golden("v1/mira-plan.json")
                .replace("\"by\" : \"m-jo\"", "\"by\" : \"m-jo\", \"recordedBy\" : \"m-jo\"");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(v1),
                "/steps/0/history/0",
                "unknown field 'by' here");
        String after = PlanJsonTest.golden("v1/mira-plan.json")
                .replace("\"by\" : \"m-jo\"", "\"recordedBy\" : \"m-jo\", \"by\" : \"m-jo\"");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(after),
                "/steps/0/history/0",
                "unknown field 'by' here");
    }

    @Test
    void aDocumentWhoseKeysWereReorderedStillReads() throws IOException {
        ObjectMapper m = new ObjectMapper();
        @SuppressWarnings("unchecked")
        Map<String, Object> sorted = new TreeMap<>(m.readValue(json.write(SamplePlans.mira()), Map.class));
        String reordered = m.writeValueAsString(sorted); // schemaVersion comes late, as a database may store it
        assertTrue(!reordered.startsWith("{\"schemaVersion\""));
        assertEquals(SamplePlans.mira(), json.readPlan(reordered));
    }

    @Test
    void refusesVersionsThatDoNotExistOrAreNewer() {
        String text = json.write(SamplePlans.mira());
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(text.replace("\"schemaVersion\":2,", "\"schemaVersion\":0,")),
                "/schemaVersion",
                "schemaVersion 0 does not exist; versions start at 1");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(text.replace("\"schemaVersion\":2,", "\"schemaVersion\":99,")),
                "/schemaVersion",
                "read it with a newer Pathways");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(text.replace("\"schemaVersion\":2,", "\"schemaVersion\":\"2\",")),
                "/schemaVersion",
                "expected a whole number");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(text.replace("\"id\":\"plan-2c9e\"", "\"id\":\"plan-2c9e\",\"schemaVersion\":2")),
                "/schemaVersion",
                "duplicate field 'schemaVersion'");
    }

    @Test
    void anErrorInAnOlderDocumentStillNamesWhereItIs() throws IOException {
        String v1 = PlanJsonTest.golden("v1/mira-plan.json").replace("\"referral\"", "\"rescue\"");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> json.readPlan(v1),
                "/steps/0/kind",
                "unknown code: 6 characters of letters");
    }
}
