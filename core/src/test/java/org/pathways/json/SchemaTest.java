package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.Coded;
import org.pathways.MalformedDocumentException;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.RecipientKind;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.PlanView;
import org.pathways.person.ContactChannel;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.PriorityCategory;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.TeamRole;
import org.pathways.testing.Generators;
import org.pathways.testing.SamplePlans;
import org.quicktheories.core.Gen;

/** The shipped JSON Schemas describe what the library writes, and what breaks them the reader refuses. */
class SchemaTest {
    static final int EXAMPLES = 300;
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema PLAN = REGISTRY.getSchema(PlanJson.schema(CarePlan.class), InputFormat.JSON);
    private static final Schema VIEW = REGISTRY.getSchema(PlanJson.schema(PlanView.class), InputFormat.JSON);
    private static final Schema DIRECTORY =
            REGISTRY.getSchema(PlanJson.schema(ServiceDirectory.class), InputFormat.JSON);
    private static final ObjectMapper TREES = new ObjectMapper();
    private final PlanJson json = PlanJson.defaults();

    private static List<Error> errors(Schema schema, String document) {
        return schema.validate(document, InputFormat.JSON);
    }

    @Test
    void everyGeneratedPlanMatchesTheSchema() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans())
                .checkAssert(plan -> {
                    String doc = json.write(plan);
                    assertEquals(List.of(), errors(PLAN, doc), doc);
                });
    }

    @Test
    void everyGeneratedDirectoryMatchesTheSchemaAndWhatBreaksItIsRefused() {
        int[] broken = {0};
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.directories(), integers().between(0, 1000))
                .checkAssert((directory, pick) -> {
                    String doc = json.write(directory);
                    assertEquals(List.of(), errors(DIRECTORY, doc), doc);
                    String bad = switch (pick % 4) {
                        case 0 -> doc.replace("\"capacity\":\"", "\"capacity\":\"x");
                        case 1 -> doc.replace("\"programming\":[", "\"programming\":[\"rescue\",");
                        case 2 -> doc.replace("\"remote\":", "\"remote\":0,\"r\":");
                        default -> doc.replace("{\"id\":\"org-1\",", "{\"id\":\"org 1\",");
                    };
                    if (!bad.equals(doc) && !errors(DIRECTORY, bad).isEmpty()) {
                        broken[0]++;
                        assertThrows(
                                MalformedDocumentException.class, () -> json.read(bad, ServiceDirectory.class), bad);
                    }
                });
        assertTrue(broken[0] > Generators.examples(EXAMPLES) / 4, "too few broken directories: " + broken[0]);
    }

    @Test
    void theDocumentedExamplesMatchTheirSchemas() throws IOException {
        assertEquals(List.of(), errors(PLAN, PlanJsonTest.golden()));
        assertEquals(List.of(), errors(VIEW, PlanJsonTest.golden("mira-shelter-view.json")));
    }

    @Test
    void everySharedViewMatchesTheViewSchema() {
        int[] views = {0};
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(org.pathways.disclosure.DisclosurePropertiesAccess.shared())
                .checkAssert(v -> {
                    v.ifPresent(view -> {
                        views[0]++;
                        assertEquals(List.of(), errors(VIEW, json.write(view)));
                    });
                });
        assertTrue(views[0] >= Generators.examples(EXAMPLES) / 10, "too few views: " + views[0]);
    }

    /** A change to one value of a document, meant to break the schema. */
    static Gen<String> brokenDocuments() {
        return in -> {
            CarePlan plan = Generators.plans().generate(in);
            JsonNode tree;
            try {
                tree = TREES.readTree(PlanJson.defaults().write(plan));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            List<JsonNode> containers = new ArrayList<>();
            collect(tree, containers);
            JsonNode target = containers.get(Generators.pick(in, 0, containers.size() - 1));
            int how = Generators.pick(in, 0, 5);
            if (target instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(Generators.pick(in, 0, names.size() - 1));
                switch (how) {
                    case 0 -> o.remove(name);
                    case 1 -> o.put("legacyField", 1);
                    case 2 -> o.put(name, 12.5);
                    case 3 -> o.put(name, "rescue");
                    case 4 -> o.putNull(name);
                    default -> o.set(name, TREES.createArrayNode().add(true));
                }
            } else if (target instanceof ArrayNode a) {
                switch (how) {
                    case 0, 1 ->
                        a.add(
                                a.size() > 0
                                        ? a.get(0).deepCopy()
                                        : TREES.getNodeFactory().numberNode(1));
                    case 2 -> a.add("not an id!");
                    default -> a.insertNull(0);
                }
            }
            return tree.toString();
        };
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    @Test
    void aDocumentThatBreaksTheSchemaIsRefusedByTheReader() {
        int[] broken = {0};
        qt().withExamples(Generators.examples(EXAMPLES * 3))
                .forAll(brokenDocuments())
                .checkAssert(doc -> {
                    if (!errors(PLAN, doc).isEmpty()) {
                        broken[0]++;
                        assertThrows(MalformedDocumentException.class, () -> json.readPlan(doc), doc);
                    }
                });
        assertTrue(broken[0] > Generators.examples(EXAMPLES), "too few documents broke the schema: " + broken[0]);
        System.out.println("SchemaTest: " + broken[0] + " of " + Generators.examples(EXAMPLES * 3)
                + " mutated documents broke the schema; the reader refused each");
    }

    @Test
    void theSchemasInTheJarAreTheOnesInTheDocs() throws IOException {
        assertEquals(
                Files.readString(Path.of("..", "docs", "schema", "plan.schema.json")), PlanJson.schema(CarePlan.class));
        assertEquals(
                Files.readString(Path.of("..", "docs", "schema", "view.schema.json")), PlanJson.schema(PlanView.class));
        assertEquals(
                Files.readString(Path.of("..", "docs", "schema", "directory.schema.json")),
                PlanJson.schema(ServiceDirectory.class));
        assertEquals(
                Files.readString(Path.of("..", "docs", "schema", "gap-report.schema.json")),
                PlanJson.schema(org.pathways.directory.GapReport.class));
        assertEquals(
                Files.readString(Path.of("..", "docs", "schema", "packet.schema.json")),
                PlanJson.schema(org.pathways.referral.Packet.class));
        assertEquals(
                Files.readString(Path.of("..", "docs", "schema", "answer.schema.json")),
                PlanJson.schema(org.pathways.plan.ReferralAnswer.class));
        assertThrows(IllegalArgumentException.class, () -> PlanJson.schema(String.class));
    }

    @Test
    void aDefinitionIsTheSameInEverySchemaThatHasIt() throws IOException {
        JsonNode plan = TREES.readTree(PlanJson.schema(CarePlan.class)).get("$defs");
        assertEquals(plan, TREES.readTree(PlanJson.schema(PlanView.class)).get("$defs"));
        JsonNode directory =
                TREES.readTree(PlanJson.schema(ServiceDirectory.class)).get("$defs");
        int shared = 0;
        for (java.util.Iterator<String> names = directory.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (plan.has(name)) {
                assertEquals(plan.get(name), directory.get(name), name);
                shared++;
            }
        }
        assertEquals(3, shared, "id, languageTag and stepKind");
        // the referral documents carry a view, or parts of one: their definitions are the plan's
        for (Class<?> document : List.of(org.pathways.referral.Packet.class, org.pathways.plan.ReferralAnswer.class)) {
            JsonNode defs = TREES.readTree(PlanJson.schema(document)).get("$defs");
            for (java.util.Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (plan.has(name)) {
                    assertEquals(plan.get(name), defs.get(name), document.getSimpleName() + "'s " + name);
                }
            }
        }
        // a packet's view is the view document
        JsonNode view = TREES.readTree(PlanJson.schema(PlanView.class));
        JsonNode inPacket = TREES.readTree(PlanJson.schema(org.pathways.referral.Packet.class))
                .get("$defs")
                .get("view");
        for (String key : List.of("type", "properties", "required", "additionalProperties")) {
            assertEquals(view.get(key), inPacket.get(key), "the packet's view: " + key);
        }
    }

    private static void assertCodes(JsonNode def, Class<? extends Coded> type, String name) {
        List<String> inSchema = new ArrayList<>();
        def.get("enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(type.getEnumConstants()).map(Coded::getCode).toList(), inSchema, name);
    }

    @Test
    void theSchemaListsExactlyTheCodesOfEachClosedSet() throws IOException {
        JsonNode defs = TREES.readTree(PlanJson.schema(CarePlan.class)).get("$defs");
        Map<String, Class<? extends Coded>> sets = Map.ofEntries(
                Map.entry("domain", Domain.class),
                Map.entry("priorityStatus", PriorityStatus.class),
                Map.entry("priorityCategory", PriorityCategory.class),
                Map.entry("contactChannel", ContactChannel.class),
                Map.entry("teamRole", TeamRole.class),
                Map.entry("stepKind", StepKind.class),
                Map.entry("stepStatus", StepStatus.class),
                Map.entry("closureReason", ClosureReason.class),
                Map.entry("agreementMode", AgreementMode.class),
                Map.entry("accompaniment", Accompaniment.class),
                Map.entry("informationCategory", InformationCategory.class),
                Map.entry("purpose", Purpose.class),
                Map.entry("recipientKind", RecipientKind.class),
                Map.entry("consentMode", ConsentMode.class),
                Map.entry("disclosureBasis", DisclosureBasis.class),
                Map.entry("attendance", Attendance.class));
        sets.forEach((name, type) -> assertCodes(defs.get(name), type, name));
        JsonNode directory =
                TREES.readTree(PlanJson.schema(ServiceDirectory.class)).get("$defs");
        assertCodes(directory.get("approach"), org.pathways.directory.Approach.class, "approach");
        assertCodes(directory.get("knowledge"), org.pathways.directory.Knowledge.class, "knowledge");
        assertCodes(directory.get("barrier"), org.pathways.directory.Barrier.class, "barrier");
        assertCodes(directory.get("capacity"), org.pathways.directory.Capacity.class, "capacity");
    }
    /** Every object field name in a tree, at any depth. */
    private static void names(JsonNode node, java.util.Set<String> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(out::add);
        }
        node.forEach(child -> names(child, out));
    }

    /** The names a schema declares as properties of its objects, at any depth. */
    private static void declared(JsonNode schema, java.util.Set<String> out) {
        if (schema.isObject()
                && schema.has("properties")
                && schema.get("properties").isObject()) {
            schema.get("properties").fieldNames().forEachRemaining(out::add);
        }
        schema.forEach(child -> declared(child, out));
    }

    @Test
    void everyNameTheCodecsWriteAndTheSchemasDeclareIsAKnownFieldName() throws IOException {
        ObjectMapper trees = new ObjectMapper();
        PlanJson json = PlanJson.defaults();
        CarePlan mira = SamplePlans.mira();
        org.pathways.directory.Location shelter = org.pathways.directory.Location.builder()
                .community("North Bay")
                .address("12 Birch Lane")
                .phone("705-555-0142")
                .confidential(true)
                .frontGate("intake line 1-800-555-0148")
                .build();
        ServiceDirectory network = ServiceDirectory.builder()
                .addOrganisations(org.pathways.directory.Organisation.of("org-aurora-house", "Aurora House"))
                .addServices(org.pathways.directory.Service.builder()
                        .id("svc-a")
                        .organisation("org-aurora-house")
                        .name("Shelter")
                        .addProgramming(StepKind.SHELTER_AND_HOUSING)
                        .addLocations(shelter)
                        .build())
                .build();
        java.util.Set<String> written = new java.util.TreeSet<>();
        for (String text : List.of(
                json.write(mira),
                json.write(PlanJsonTest.miraShelterView()),
                json.writeWithConfidentialDetails(network),
                json.write(org.pathways.review.Finding.of(
                        org.pathways.review.Rule.values()[0], java.util.Optional.of("s-court"), "a finding")),
                json.write(SamplePlans.edit(3)))) {
            names(trees.readTree(text), written);
        }
        java.util.Set<String> schemas = new java.util.TreeSet<>();
        try (var files = Files.list(Path.of("..", "docs", "schema"))) {
            // every document the library reads; a gap report is written for people, never read back
            for (Path schema : files.filter(f -> f.toString().endsWith(".schema.json"))
                    .filter(f -> !f.getFileName().toString().startsWith("gap-report"))
                    .toList()) {
                declared(trees.readTree(Files.readString(schema)), schemas);
            }
        }
        java.util.Set<String> unknown = new java.util.TreeSet<>(written);
        unknown.addAll(schemas);
        unknown.removeAll(In.FIELDS);
        assertEquals(java.util.Set.of(), unknown, "names written or declared that a pointer would show as *");
        java.util.Set<String> nowhere = new java.util.TreeSet<>(In.FIELDS);
        nowhere.removeAll(written);
        nowhere.removeAll(schemas);
        assertEquals(java.util.Set.of(), nowhere, "known names that nothing writes and no schema declares");
    }
}
