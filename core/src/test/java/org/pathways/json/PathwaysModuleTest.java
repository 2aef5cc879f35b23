package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.priority.Priorities;
import org.pathways.team.CareTeam;
import org.pathways.testing.Expect;
import org.pathways.testing.SamplePlans;

class PathwaysModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
    private final CarePlan mira = SamplePlans.mira();

    @Test
    void writesTheSameJsonAsPlanJson() throws Exception {
        assertEquals(PlanJson.defaults().write(mira), mapper.writeValueAsString(mira));
    }

    @Test
    void readsAPlanBack() throws Exception {
        assertEquals(mira, mapper.readValue(mapper.writeValueAsString(mira), CarePlan.class));
    }

    @Test
    void worksForValuesInsideTheEmbeddersOwnTypes() throws Exception {
        Map<String, Object> envelope = Map.of("team", mira.getTeam(), "priorities", mira.getPriorities());
        String text = mapper.writeValueAsString(envelope);
        var node = mapper.readTree(text);
        assertEquals(mira.getTeam(), mapper.treeToValue(node.get("team"), CareTeam.class));
        assertEquals(mira.getPriorities(), mapper.treeToValue(node.get("priorities"), Priorities.class));
        assertEquals(List.of(mira), List.of(mapper.readValue(mapper.writeValueAsString(mira), CarePlan.class)));
    }

    @Test
    void rejectsBadInputWithTheLibrarysException() {
        String text = PlanJson.defaults().write(mira).replace("\"kind\":\"referral\"", "\"kind\":\"rescue\"");
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> mapper.readValue(text, CarePlan.class));
        assertEquals("/steps/0/kind", e.getField());
    }

    @Test
    void everyTypeOfTheLibraryRoundTripsThroughTheMapper() throws Exception {
        org.pathways.review.PlanReview review = org.pathways.review.PlanReview.of(mira);
        org.pathways.disclosure.Disclosed shared = org.pathways.disclosure.Disclosures.disclose(
                mira,
                org.pathways.consent.Recipient.organisation("org-aurora-house"),
                org.pathways.consent.Purpose.REFERRAL,
                SamplePlans.edit(10));
        List<Object> values = new java.util.ArrayList<>(List.of(
                mira,
                mira.getPerson(),
                mira.getPerson().getSafeContact(),
                mira.getPriorities(),
                mira.getPriorities().atRank(1),
                mira.getTeam(),
                mira.getTeam().getMembers().get(0),
                mira.getSteps().get(0),
                mira.getSteps().get(0).getHistory().get(1),
                mira.getRevision(),
                SamplePlans.edit(3),
                review.getFindings().get(0),
                org.pathways.SensitiveText.of("Get my son back"),
                mira.getConsent(),
                mira.getConsent().getEntries().get(0),
                org.pathways.consent.Recipient.organisation("org-aurora-house"),
                shared.getView(),
                shared.getView().getDisclosure(),
                org.pathways.plan.CaseConference.builder()
                        .id("cc-1")
                        .at(SamplePlans.INTAKE)
                        .addOrganisations("org-aurora-house")
                        .attendance(org.pathways.plan.Attendance.ATTENDED)
                        .build(),
                org.pathways.directory.Organisation.of("org-aurora-house", "Aurora House"),
                org.pathways.directory.Location.builder()
                        .community("North Bay")
                        .address("12 Birch Lane")
                        .confidential(true)
                        .frontGate("intake line 1-800-555-0148")
                        .build(),
                org.pathways.directory.Service.builder()
                        .id("svc-a")
                        .organisation("org-aurora-house")
                        .name("Shelter")
                        .addProgramming(org.pathways.plan.StepKind.SHELTER_AND_HOUSING)
                        .build(),
                org.pathways.directory.ServiceDirectory.builder()
                        .addOrganisations(org.pathways.directory.Organisation.of("org-aurora-house", "Aurora House"))
                        .build()));
        for (Class<?> e : List.of(
                org.pathways.priority.Domain.class,
                org.pathways.plan.StepKind.class,
                org.pathways.plan.StepStatus.class,
                org.pathways.plan.ClosureReason.class,
                org.pathways.review.Rule.class,
                org.pathways.team.TeamRole.class,
                org.pathways.consent.InformationCategory.class,
                org.pathways.consent.Purpose.class,
                org.pathways.consent.DisclosureBasis.class,
                org.pathways.directory.Approach.class,
                org.pathways.directory.Barrier.class,
                org.pathways.directory.Capacity.class)) {
            values.addAll(List.of(e.getEnumConstants()));
        }
        for (Object v : values) {
            Class<?> type = PlanJson.apiType(v.getClass());
            String text = mapper.writeValueAsString(v);
            assertEquals(PlanJson.defaults().write(v), text, type.getSimpleName());
            Object expected = v instanceof org.pathways.directory.Location l ? l.withoutConfidentialDetails() : v;
            assertEquals(expected, mapper.readValue(text, type), type.getSimpleName());
        }
        assertEquals("\"harm_reduction\"", mapper.writeValueAsString(org.pathways.plan.StepKind.HARM_REDUCTION));
    }

    @Test
    void rejectsAnUnknownCodeOfAClosedSet() {
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class,
                () -> mapper.readValue("\"social\"", org.pathways.priority.Domain.class));
        assertEquals(true, e.getReason().contains("unknown code: 6 characters of letters"), e::getReason);
        assertEquals(org.pathways.ErrorCode.UNKNOWN_CODE, e.getCode());
    }

    @Test
    void neverWritesAConfidentialAddress() throws Exception {
        org.pathways.directory.Location shelter = org.pathways.directory.Location.builder()
                .community("North Bay")
                .address("12 Birch Lane")
                .phone("705-555-0142")
                .confidential(true)
                .frontGate("intake line 1-800-555-0148")
                .build();
        String text = mapper.writeValueAsString(shelter);
        assertTrue(!text.contains("Birch") && !text.contains("705-555"), text);
        assertEquals(PlanJson.defaults().write(shelter), text);
    }

    @Test
    void findAndRegisterModulesFindsIt() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertTrue(found.getRegisteredModuleIds().stream()
                .anyMatch(id -> id.toString().contains("Pathways")));
        assertEquals(PlanJson.defaults().write(mira), found.writeValueAsString(mira));
    }

    @Test
    void refusesContentAfterTheDocumentAndASecondDocument() {
        String text = PlanJson.defaults().write(mira);
        for (String after : List.of(" x", text, " {}", " /* a note */", " null")) {
            MalformedDocumentException e = assertThrows(
                    MalformedDocumentException.class, () -> mapper.readValue(text + after, CarePlan.class), after);
            assertEquals("", e.getField(), after);
        }
    }

    @Test
    void refusesNullAsTheDocumentAndLeavesANullInTheEmbeddersTypeToThem() throws Exception {
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> mapper.readValue("null", CarePlan.class));
        assertTrue(e.getReason().startsWith("must not be null"), e.getMessage());
        Map<String, CarePlan> theirs =
                mapper.readValue("{\"plan\":null}", new TypeReference<Map<String, CarePlan>>() {});
        assertTrue(theirs.containsKey("plan") && theirs.get("plan") == null);
    }

    @Test
    void readsWithinTheReadLimitsWhateverTheMappersConstraints() throws Exception {
        String text = PlanJson.defaults().write(mira);
        Expect.rejects(
                MalformedDocumentException.class,
                () -> limited(ReadLimits.defaults().withMaxDocumentLength(100)).readValue(text, CarePlan.class),
                "",
                "limit exceeded: Document length");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> limited(ReadLimits.defaults().withMaxDocumentLength(100))
                        .readValue(text.getBytes(StandardCharsets.UTF_8), CarePlan.class),
                "",
                "limit exceeded: Document length");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> limited(ReadLimits.defaults().withMaxStringLength(8)).readValue(text, CarePlan.class),
                "/id",
                "limit exceeded: String value length");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> limited(ReadLimits.defaults().withMaxPriorities(2)).readValue(text, CarePlan.class),
                "/priorities/2",
                "limit exceeded: more than 2 elements");
        Expect.rejects(
                MalformedDocumentException.class,
                () -> mapper.readValue(text.replace("\"number\":9", "\"number\":" + "9".repeat(25)), CarePlan.class),
                "/revision/number",
                "limit exceeded: Number value length");
        assertEquals(
                mira,
                limited(ReadLimits.defaults().withMaxDocumentLength(text.length()))
                        .readValue(text, CarePlan.class));
    }

    private static ObjectMapper limited(ReadLimits limits) {
        return new ObjectMapper().registerModule(new PathwaysModule(limits));
    }

    @Test
    void underDefaultTypingAPathwaysValueNeitherWritesNorTakesATypeId() throws Exception {
        ObjectMapper typing = new ObjectMapper()
                .registerModule(new PathwaysModule())
                .activateDefaultTyping(
                        com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator.instance,
                        ObjectMapper.DefaultTyping.NON_FINAL);
        String text = PlanJson.defaults().write(mira);
        assertEquals(text, typing.writeValueAsString(mira));
        assertEquals(mira, typing.readValue(text, CarePlan.class));
        Expect.rejects(
                MalformedDocumentException.class,
                () -> typing.readValue("[\"org.pathways.plan.CarePlan\"," + text + "]", CarePlan.class),
                "",
                "expected an object but found an array");
    }

    /** An embedder's own type that holds a plan. */
    static final class Referral {
        public String from;
        public CarePlan plan;
    }

    @Test
    void aPlanInTheEmbeddersOwnTypeIsRefusedWithTheLibrarysExceptionAsTheCauseAndTheirNames() {
        String text = "{\"from\":\"org-aurora-house\",\"plan\":"
                + PlanJson.defaults().write(mira).replace("\"role\":\"peer_support_worker\"", "\"role\":\"rescuer\"")
                + "}";
        com.fasterxml.jackson.databind.JsonMappingException wrapped = assertThrows(
                com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue(text, Referral.class));
        MalformedDocumentException e = PathwaysModule.malformed(wrapped).orElseThrow();
        assertSame(e, wrapped.getCause());
        assertTrue(e.getField().startsWith("/plan/team/members/"), e.getField());
        assertTrue(e.getField().endsWith("/role"), e.getField());
        MalformedDocumentException alone = assertThrows(
                MalformedDocumentException.class,
                () -> mapper.readValue(
                        PlanJson.defaults().write(mira).replace("\"kind\":\"referral\"", "\"kind\":\"x\""),
                        CarePlan.class));
        assertSame(alone, PathwaysModule.malformed(alone).orElseThrow());
        assertTrue(PathwaysModule.malformed(new IllegalStateException()).isEmpty());
    }
}
