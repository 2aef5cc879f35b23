package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.ReferralSamples.HARBOUR;
import static org.pathways.testing.ReferralSamples.amara;
import static org.pathways.testing.ReferralSamples.amaraWithholdingWorkFromHarbour;
import static org.pathways.testing.ReferralSamples.answer;
import static org.pathways.testing.ReferralSamples.at;
import static org.pathways.testing.ReferralSamples.jo;
import static org.pathways.testing.ReferralSamples.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.Coded;
import org.pathways.MalformedDocumentException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentPolicy;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.ReferralAnswer;
import org.pathways.referral.Packet;
import org.pathways.referral.Referrals;
import org.pathways.referral.Sent;

/** The referral documents on the wire: packet and answer, their schemas, strict reading, batches. */
class ReferralJsonTest {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema PACKET = REGISTRY.getSchema(PlanJson.schema(Packet.class), InputFormat.JSON);
    private static final Schema ANSWER = REGISTRY.getSchema(PlanJson.schema(ReferralAnswer.class), InputFormat.JSON);
    private static final Schema PLAN =
            REGISTRY.getSchema(PlanJson.schema(org.pathways.plan.CarePlan.class), InputFormat.JSON);
    private final PlanJson json = PlanJson.defaults();

    private static Sent sent() {
        return Referrals.send(amara(), "s-harbour", jo(), at(1, 0));
    }

    private static List<ReferralAnswer> answers(String packet) {
        return List.of(
                answer("a-1", packet, "s-harbour", HARBOUR, AnswerKind.RECEIVED, time(1, 5))
                        .build(),
                answer("a-2", packet, "s-harbour", HARBOUR, AnswerKind.WAITLISTED, time(2, 0))
                        .expected(LocalDate.parse("2026-03-30"))
                        .waitDays(21)
                        .build(),
                answer("a-3", packet, "s-harbour", HARBOUR, AnswerKind.APPOINTMENT_SET, time(3, 0))
                        .appointmentAt(time(5, 0))
                        .place(SensitiveText.of("12 Lakeshore Drive, side door"))
                        .build(),
                answer("a-4", packet, "s-harbour", HARBOUR, AnswerKind.DECLINED, time(4, 0))
                        .reason(DeclineReason.REQUIRES_IDENTITY_DOCUMENTS)
                        .build());
    }

    @Test
    void aPacketReadsBackEqualAndMatchesItsSchema() {
        Packet packet = sent().getPacket();
        String doc = json.write(packet);
        assertEquals(List.of(), PACKET.validate(doc, InputFormat.JSON), doc);
        assertEquals(packet, json.read(doc, Packet.class));
        assertEquals(doc, json.write(json.read(doc, Packet.class)));
    }

    @Test
    void aPacketThatSaysSomethingWasWithheldAtHerRequestMatchesItsSchema() {
        CarePlan plan = amaraWithholdingWorkFromHarbour();
        Packet packet = Referrals.send(
                        plan,
                        "s-harbour",
                        jo(),
                        at(1, 0),
                        ConsentPolicy.builder().noticeOfWithheld(true).build())
                .getPacket();
        String doc = json.write(packet);
        assertTrue(doc.contains("\"withheldAtRequest\":true"), doc);
        assertEquals(List.of(), PACKET.validate(doc, InputFormat.JSON), "the packet schema takes the notice");
    }

    @Test
    void everyKindOfAnswerReadsBackEqualAndMatchesItsSchema() {
        for (ReferralAnswer a : answers("disclosure-1")) {
            String doc = json.write(a);
            assertTrue(doc.startsWith("{\"schemaVersion\":2,"), doc);
            assertEquals(List.of(), ANSWER.validate(doc, InputFormat.JSON), doc);
            assertEquals(a, json.read(doc, ReferralAnswer.class));
        }
    }

    @Test
    void aPlanWhoseStepHistoryKeepsAnswersReadsBackEqualAndMatchesThePlanSchema() {
        Sent sent = sent();
        List<ReferralAnswer> all = answers(sent.getPacket().getId());
        CarePlan plan = sent.getPlan();
        plan = Referrals.apply(plan, all.get(0), at(1, 10));
        plan = Referrals.apply(plan, all.get(1), at(2, 10));
        plan = Referrals.apply(plan, all.get(3), at(4, 10));
        String doc = json.write(plan);
        assertTrue(doc.contains("\"answer\":{\"id\":\"a-4\""), doc);
        assertEquals(List.of(), PLAN.validate(doc, InputFormat.JSON));
        assertEquals(plan, json.readPlan(doc));
    }

    @Test
    void theSchemasListExactlyTheCodesOfAnswerKindAndDeclineReason() throws Exception {
        for (Class<?> document : List.of(Packet.class, ReferralAnswer.class, CarePlan.class)) {
            JsonNode defs =
                    new ObjectMapper().readTree(PlanJson.schema(document)).get("$defs");
            assertCodes(defs.get("answerKind"), AnswerKind.class);
            assertCodes(defs.get("declineReason"), DeclineReason.class);
        }
    }

    private static void assertCodes(JsonNode def, Class<? extends Coded> type) {
        List<String> inSchema = new ArrayList<>();
        def.get("enum").forEach(n -> inSchema.add(n.asText()));
        assertEquals(Arrays.stream(type.getEnumConstants()).map(Coded::getCode).toList(), inSchema);
    }

    @Test
    void refusesAnAnswerThatCarriesAnotherKindsField() {
        String doc = json.write(answers("disclosure-1").get(0))
                .replace("\"kind\":\"received\"", "\"kind\":\"received\",\"waitDays\":3");
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> json.read(doc, ReferralAnswer.class));
        assertTrue(e.getMessage().contains("answer.waitDays"), e.getMessage());
    }

    @Test
    void refusesAWaitlistWithoutDateOrWait() {
        String doc =
                "{\"schemaVersion\":2,\"id\":\"a-1\",\"referral\":\"disclosure-1\",\"step\":\"s-1\",\"from\":\"org-1\","
                        + "\"kind\":\"waitlisted\",\"at\":\"2026-03-02T15:00:00Z\"}";
        assertThrows(MalformedDocumentException.class, () -> json.read(doc, ReferralAnswer.class));
    }

    @Test
    void refusesAnUnknownFieldAndAMissingVersionWithoutQuotingThem() {
        String packet = json.write(sent().getPacket());
        MalformedDocumentException unknown = assertThrows(
                MalformedDocumentException.class,
                () -> json.read(packet.replace("\"step\":", "\"my story here\":1,\"step\":"), Packet.class));
        assertFalse(unknown.getMessage().contains("my story"), unknown.getMessage());
        assertThrows(
                MalformedDocumentException.class,
                () -> json.read(packet.replaceFirst("\"schemaVersion\":2,", ""), Packet.class));
    }

    @Test
    void refusesAPacketWhoseViewIsNotForAReferral() {
        String packet =
                json.write(sent().getPacket()).replace("\"purpose\":\"referral\"", "\"purpose\":\"accompaniment\"");
        assertThrows(MalformedDocumentException.class, () -> json.read(packet, Packet.class));
    }

    @Test
    void answersTravelInBatchesAsNewlineDelimitedJson() {
        List<ReferralAnswer> all = answers("disclosure-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, json.writeLines(ReferralAnswer.class, all, out));
        String text = out.toString(StandardCharsets.UTF_8) + "{\"schemaVersion\":2}\n";
        List<ReferralAnswer> back = new ArrayList<>();
        BulkRead read = json.readLines(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ReferralAnswer.class,
                BadLine.SKIP,
                back::add);
        assertEquals(all, back);
        assertEquals(1, read.getSkipped());
    }

    @Test
    void packetsTravelInBatchesAsNewlineDelimitedJson() {
        Packet p = sent().getPacket();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeLines(Packet.class, List.of(p, p), out);
        List<Packet> back = new ArrayList<>();
        json.readLines(new ByteArrayInputStream(out.toByteArray()), Packet.class, BadLine.STOP, back::add);
        assertEquals(List.of(p, p), back);
    }
}
