package org.pathways.json;

import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.testing.Generators;
import org.pathways.testing.SamplePlans;
import org.pathways.testing.Secrets;
import org.quicktheories.core.Gen;

/**
 * For all documents with a secret shifted into one place — a value, a field's name, an extra field,
 * an element, an identifier, a reference, a code, a date — no exception the library throws (message,
 * field, reason, {@code toString()}, every cause), and no note of the HSDS import, contains any
 * four characters of the secret: through {@link PlanJson} (string and stream), an
 * {@code ObjectMapper} with {@link PathwaysModule}, {@link PlanJson#readLines}, and
 * {@link HsdsImport}. The builders are covered by {@code org.pathways.RejectedValueProperties}.
 */
class RejectedInputProperties {
    static final int EXAMPLES = 300;

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new PathwaysModule());
    private final PlanJson json = PlanJson.defaults();

    /** Mira's plan with a case conference, a disclosure and a second grant: every kind of reference. */
    static CarePlan richPlan() {
        ConsentGrant conferencing = ConsentGrant.builder()
                .from(SamplePlans.shelterGrant())
                .id("c-2")
                .purposes(List.of(Purpose.CASE_CONFERENCE))
                .recordedAt(SamplePlans.edit(9).getAt())
                .build();
        return SamplePlans.mira()
                .recordConsent(conferencing, SamplePlans.edit(9))
                .recordCaseConference(
                        CaseConference.builder()
                                .id("cc-1")
                                .at(SamplePlans.edit(10).getAt())
                                .addOrganisations(SamplePlans.AGENCY, SamplePlans.SHELTER)
                                .addShares(InformationCategory.PRIORITIES)
                                .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                                .addProduced("s-shelter")
                                .build(),
                        SamplePlans.edit(10))
                .recordDisclosure(
                        Disclosure.builder()
                                .id("d-1")
                                .recipient(Recipient.organisation(SamplePlans.SHELTER))
                                .purpose(Purpose.REFERRAL)
                                .addCategories(InformationCategory.IDENTITY, InformationCategory.PRIORITIES)
                                .at(SamplePlans.edit(11).getAt())
                                .by("m-jo")
                                .addGrants("c-1")
                                .build(),
                        SamplePlans.edit(11));
    }

    private static PlanView view() {
        return Disclosures.disclose(
                        richPlan(), Recipient.organisation(SamplePlans.SHELTER), Purpose.REFERRAL, SamplePlans.edit(12))
                .getView();
    }

    /** A document of each kind the library reads, as text, and its type. */
    private Gen<Map.Entry<String, Class<?>>> documents() {
        String rich = json.write(richPlan());
        String view = json.write(view());
        Gen<CarePlan> plans = Generators.plans();
        Gen<ServiceDirectory> directories = Generators.directories();
        return in -> switch (Generators.pick(in, 0, 4)) {
            case 0, 1 -> Map.entry(rich, CarePlan.class);
            case 2 -> Map.entry(json.write(plans.generate(in)), CarePlan.class);
            case 3 -> Map.entry(view, PlanView.class);
            default -> Map.entry(json.write(directories.generate(in)), ServiceDirectory.class);
        };
    }

    @Test
    void noErrorFromAnyReaderRepeatsAnyPartOfARejectedValueOrName() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        documents(),
                        integers().between(0, Integer.MAX_VALUE),
                        integers().between(0, 4),
                        Secrets.secrets())
                .checkAssert((document, where, how, secret) -> {
                    String shifted = shift(document.getKey(), where, how, secret);
                    Class<?> type = document.getValue();
                    Secrets.check(secret, () -> json.read(shifted, type));
                    Secrets.check(secret, () -> json.read(new ByteArrayInputStream(utf8(shifted)), type));
                    Secrets.check(secret, () -> {
                        try {
                            MAPPER.readValue(shifted, type);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    if (type == CarePlan.class) {
                        String lines = document.getKey() + "\n" + compact(shifted) + "\n" + document.getKey() + "\n";
                        BulkRead read = json.readLines(new ByteArrayInputStream(utf8(lines)), BadLine.SKIP, plan -> {});
                        read.getErrors().forEach(e -> Secrets.leaks(secret, e));
                        Secrets.leaks(secret, read.toString());
                        Secrets.check(
                                secret,
                                () -> json.readLines(new ByteArrayInputStream(utf8(lines)), BadLine.STOP, p -> {}));
                    }
                });
    }

    @Test
    void noErrorOrNoteOfTheHsdsImportRepeatsAnyPartOfARejectedValueOrName() throws IOException {
        List<String> hsds = List.of(
                HsdsImportTest.resource("north-bay-network.json"),
                HsdsImportTest.resource("organization_full.json"),
                HsdsImportTest.resource("service_full.json"));
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(
                        integers().between(0, hsds.size() - 1),
                        integers().between(0, Integer.MAX_VALUE),
                        integers().between(0, 4),
                        Secrets.secrets())
                .checkAssert((which, where, how, secret) -> {
                    String shifted = shift(hsds.get(which), where, how, secret);
                    Secrets.check(
                            secret,
                            () -> HsdsImport.create().read(shifted).getNotes().forEach(n -> Secrets.leaks(secret, n)));
                    Secrets.check(
                            secret,
                            () -> HsdsImport.create()
                                    .read(new ByteArrayInputStream(utf8(shifted)))
                                    .getNotes()
                                    .forEach(n -> Secrets.leaks(secret, n)));
                });
    }

    /**
     * The document with the secret in one place: 0 a value replaced, 1 a field renamed, 2 a field
     * added, 3 an element added to an array (or a value replaced), 4 a value replaced inside a string
     * that keeps its start (a reference that almost matches).
     */
    static String shift(String document, int where, int how, String secret) {
        JsonNode root;
        try {
            root = TREES.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Consumer<String>> places = new ArrayList<>();
        collect(root, how, places);
        if (places.isEmpty()) {
            return document;
        }
        places.get(where % places.size()).accept(secret);
        return root.toString();
    }

    private static void collect(JsonNode node, int how, List<Consumer<String>> places) {
        if (node instanceof ObjectNode o) {
            if (how == 2) {
                places.add(s -> o.put(s, "x"));
            }
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = o.get(name);
                switch (how) {
                    case 1 -> places.add(s -> rename(o, name, s));
                    case 0, 3 -> places.add(s -> o.set(name, TextNode.valueOf(s)));
                    case 4 -> {
                        if (child.isTextual()) {
                            places.add(s -> o.set(name, TextNode.valueOf(child.asText() + s)));
                        }
                    }
                    default -> {}
                }
                collect(child, how, places);
            }
        } else if (node instanceof ArrayNode a) {
            if (how == 3) {
                places.add(s -> a.add(s));
            }
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                JsonNode child = a.get(i);
                if (how == 0 || how == 3) {
                    places.add(s -> a.set(at, TextNode.valueOf(s)));
                } else if (how == 4 && child.isTextual()) {
                    places.add(s -> a.set(at, TextNode.valueOf(child.asText() + s)));
                }
                collect(child, how, places);
            }
        }
    }

    /** Renames a field in place, keeping the order of the others. */
    private static void rename(ObjectNode o, String name, String to) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> i = o.fields(); i.hasNext(); ) {
            fields.add(i.next());
        }
        o.removeAll();
        for (Map.Entry<String, JsonNode> f : fields) {
            o.set(f.getKey().equals(name) ? to : f.getKey(), f.getValue());
        }
    }

    private static String compact(String document) {
        return document.replace("\n", " ");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
