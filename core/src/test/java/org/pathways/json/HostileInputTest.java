package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.SamplePlans.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pathways.MalformedDocumentException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.testing.SamplePlans;

/**
 * Hostile documents, tried exhaustively on a realistic plan: the result is always a valid plan or
 * the library's exception, and no message quotes the person's words.
 */
class HostileInputTest {
    private static final ObjectMapper TREES = new ObjectMapper();
    private final PlanJson json = PlanJson.defaults();

    /** Mira's plan with a shared view, a refusal, a lawful disclosure and words in three scripts. */
    static CarePlan realistic() {
        CarePlan mira = SamplePlans.mira();
        PlanStep shelter = PlanStep.builder()
                .from(mira.findStep("s-shelter").orElseThrow())
                .description(org.pathways.LocalizedText.of("Aurora House — ᐊᓂᔑᓈᐯᒧᐎᓐ spoken, \"quiet room\", élan")
                        .with("fr", "Maison Aurora — « salle calme », </script> élan"))
                .build();
        CarePlan plan = mira.updateStep(shelter, edit(6))
                .recordConsent(
                        ConsentRefusal.builder()
                                .id("c-2")
                                .recipient(Recipient.organisation("org-city-police"))
                                .addCategories(InformationCategory.values())
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(edit(7).getAt())
                                .build(),
                        edit(7));
        plan = Disclosures.disclose(plan, Recipient.organisation(SamplePlans.SHELTER), Purpose.REFERRAL, edit(8))
                .getPlan();
        return plan.recordDisclosure(
                Disclosure.builder()
                        .id("d-lawful")
                        .recipient(Recipient.organisation("org-child-services"))
                        .purpose(Purpose.COORDINATION)
                        .addCategories(InformationCategory.IDENTITY, InformationCategory.CHILDREN_AND_FAMILY)
                        .at(edit(9).getAt())
                        .by("m-jo")
                        .basis(DisclosureBasis.LEGAL_DUTY)
                        .reason(SensitiveText.of("Her son said he was left alone overnight"))
                        .decidedBy("m-supervisor")
                        .decidedAs("privacy-officer")
                        .build(),
                edit(9),
                SamplePlans.POLICY);
    }

    private static final List<String> WORDS = List.of(
            "Get my son back",
            "A place of my own",
            "Sleep through the night",
            "raspberry",
            "Mira",
            "bad situation in Timmins",
            "Only call the cell",
            "ᐊᓂᔑᓈᐯᒧᐎᓐ",
            "left alone overnight");

    /** Runs the read; it must succeed or throw the library's exception without the person's words. */
    private static boolean refusedOrValid(Executable read) {
        try {
            read.execute();
            return false;
        } catch (MalformedDocumentException e) {
            for (String w : WORDS) {
                assertFalse(
                        e.getMessage().contains(w), () -> "the message quotes the person's words: " + e.getMessage());
            }
            return true;
        } catch (Throwable other) {
            throw new AssertionError("another throwable escaped the reader", other);
        }
    }

    @Test
    void everyTruncationOfARealisticPlanIsRefused() {
        String text = json.write(realistic());
        for (int end = 0; end < text.length(); end++) {
            String cut = text.substring(0, end);
            assertTrue(refusedOrValid(() -> json.readPlan(cut)), "a prefix of " + end + " characters was read");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > text.length(), "the plan holds multi-byte characters");
        for (int end = 0; end < bytes.length; end++) {
            ByteArrayInputStream cut = new ByteArrayInputStream(bytes, 0, end);
            assertTrue(refusedOrValid(() -> json.read(cut, CarePlan.class)), "a prefix of " + end + " bytes was read");
        }
        System.out.println(
                "HostileInputTest: " + text.length() + " character and " + bytes.length + " byte truncations refused");
    }

    @Test
    void aValueOfTheWrongTypeAnywhereIsRefusedOrStillValid() throws IOException {
        String text = json.write(realistic());
        List<String[]> fields = new ArrayList<>();
        collectFields(TREES.readTree(text), "", fields);
        JsonNode[] wrong = {
            TREES.getNodeFactory().numberNode(7),
            TREES.getNodeFactory().numberNode(7.5),
            TREES.getNodeFactory().textNode("rescue"),
            TREES.getNodeFactory().booleanNode(true),
            TREES.getNodeFactory().nullNode(),
            TREES.createArrayNode(),
            TREES.createObjectNode()
        };
        int tried = 0;
        int refused = 0;
        for (String[] field : fields) {
            for (JsonNode w : wrong) {
                ObjectNode doc = (ObjectNode) TREES.readTree(text);
                ((ObjectNode) doc.at(field[0])).set(field[1], w);
                String changed = doc.toString();
                tried++;
                if (refusedOrValid(() -> json.readPlan(changed))) {
                    refused++;
                }
            }
        }
        assertTrue(fields.size() > 100, "fields tried: " + fields.size());
        System.out.println("HostileInputTest: " + tried + " wrong-typed values tried at " + fields.size() + " fields; "
                + refused + " refused, the rest still valid plans");
    }

    private static void collectFields(JsonNode node, String pointer, List<String[]> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                out.add(new String[] {pointer, name});
                collectFields(node.get(name), pointer + "/" + name, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectFields(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    @Test
    void aDuplicateOfAnyKeyIsRefused() throws IOException {
        JsonNode tree = TREES.readTree(json.write(realistic()));
        int fields = countFields(tree);
        for (int k = 0; k < fields; k++) {
            java.io.StringWriter out = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = TREES.getFactory().createGenerator(out)) {
                writeRepeating(g, tree, new int[] {k});
            }
            String doubled = out.toString();
            MalformedDocumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                    MalformedDocumentException.class, () -> json.readPlan(doubled));
            assertTrue(e.getReason().startsWith("duplicate field"), e.getMessage());
        }
        assertTrue(fields > 100);
        System.out.println("HostileInputTest: " + fields + " duplicated keys refused");
    }

    private static int countFields(JsonNode node) {
        int n = node.isObject() ? node.size() : 0;
        for (JsonNode child : node) {
            n += countFields(child);
        }
        return n;
    }

    /** Writes a tree, writing the field whose turn comes at {@code k[0]} twice with its value. */
    private static void writeRepeating(com.fasterxml.jackson.core.JsonGenerator g, JsonNode node, int[] k)
            throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                boolean twice = k[0]-- == 0;
                g.writeFieldName(name);
                writeRepeating(g, node.get(name), k);
                if (twice) {
                    g.writeFieldName(name);
                    g.writeTree(node.get(name));
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode child : node) {
                writeRepeating(g, child, k);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }

    @Test
    void invalidDatesAndNumbersAreRefusedWhereTheyStand() {
        String text = json.write(realistic());
        String number = "\"number\":" + realistic().getRevision().getNumber();
        String[][] cases = {
            {
                "\"expressedAt\":\"2026-03-02T15:00:00Z\"",
                "\"expressedAt\":\"2026-02-30T15:00:00Z\"",
                "/priorities/0/expressedAt"
            },
            {"\"expressedAt\":\"2026-03-02T15:00:00Z\"", "\"expressedAt\":\"yesterday\"", "/priorities/0/expressedAt"},
            {"\"at\":\"2026-03-02T15:00:00Z\"", "\"at\":\"2026-03-02 15:00\"", "/steps/0/history/0/at"},
            {number, "\"number\":2147483648", "/revision/number"},
            {number, "\"number\":1.5", "/revision/number"},
            {number, "\"number\":-1", ""},
            {"\"rank\":1", "\"rank\":1e400", "/priorities/0/rank"},
        };
        for (String[] c : cases) {
            assertTrue(text.contains(c[0]), c[0]);
            String bad = text.replaceFirst(Pattern.quote(c[0]), Matcher.quoteReplacement(c[1]));
            MalformedDocumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                    MalformedDocumentException.class, () -> json.readPlan(bad), c[1]);
            assertTrue(e.getField().startsWith(c[2]), c[1] + " → " + e.getMessage());
        }
    }

    @Test
    void theRealisticPlanItselfReads() {
        assertEquals(realistic(), json.readPlan(json.write(realistic())));
    }
}
