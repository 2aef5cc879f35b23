package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.Coded;

/** The published definitions: one base, and code systems that hold exactly the codes of their enums. */
class FhirDefinitionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.ofEntries(
            Map.entry("domain", org.pathways.priority.Domain.class),
            Map.entry("priority-category", org.pathways.priority.PriorityCategory.class),
            Map.entry("team-role", org.pathways.team.TeamRole.class),
            Map.entry("step-kind", org.pathways.plan.StepKind.class),
            Map.entry("step-status", org.pathways.plan.StepStatus.class),
            Map.entry("closure-reason", org.pathways.plan.ClosureReason.class),
            Map.entry("accompaniment", org.pathways.plan.Accompaniment.class),
            Map.entry("agreement-mode", org.pathways.plan.AgreementMode.class),
            Map.entry("consent-mode", org.pathways.consent.ConsentMode.class),
            Map.entry("information-category", org.pathways.consent.InformationCategory.class),
            Map.entry("purpose", org.pathways.consent.Purpose.class),
            Map.entry("contact-channel", org.pathways.person.ContactChannel.class),
            Map.entry("disclosure-basis", org.pathways.consent.DisclosureBasis.class),
            Map.entry("attendance", org.pathways.plan.Attendance.class),
            Map.entry("approach", org.pathways.directory.Approach.class),
            Map.entry("knowledge", org.pathways.directory.Knowledge.class),
            Map.entry("barrier", org.pathways.directory.Barrier.class),
            Map.entry("capacity", org.pathways.directory.Capacity.class),
            Map.entry("answer-kind", org.pathways.plan.AnswerKind.class),
            Map.entry("decline-reason", org.pathways.plan.DeclineReason.class));

    @Test
    void everyCodeSystemHoldsExactlyTheCodesOfItsEnum() throws Exception {
        for (Map.Entry<String, Class<? extends Enum<?>>> e : ENUMS.entrySet()) {
            String json = FhirDefinitions.all().get(FhirBundles.BASE + "/CodeSystem/" + e.getKey());
            List<String> codes = new ArrayList<>();
            MAPPER.readTree(json)
                    .get("concept")
                    .forEach(c -> codes.add(c.get("code").asText()));
            List<String> expected = Arrays.stream(e.getValue().getEnumConstants())
                    .map(c -> ((Coded) c).getCode())
                    .toList();
            assertEquals(expected, codes, e.getKey());
        }
    }

    @Test
    void everyDefinitionLivesUnderTheOneBaseAndSaysItsOwnUrl() throws Exception {
        assertTrue(FhirDefinitions.all().size() > 40);
        for (Map.Entry<String, String> e : FhirDefinitions.all().entrySet()) {
            JsonNode r = MAPPER.readTree(e.getValue());
            assertEquals(e.getKey(), r.get("url").asText());
            assertTrue(e.getKey()
                    .startsWith(FhirBundles.BASE + "/" + r.get("resourceType").asText() + "/"));
        }
    }

    @Test
    void everyExtensionTheWriterUsesIsDefined() throws Exception {
        for (java.lang.reflect.Field f : Canon.class.getDeclaredFields()) {
            if (f.getName().startsWith("EXT_")) {
                String url = (String) f.get(null);
                assertTrue(FhirDefinitions.all().containsKey(url), url);
            }
        }
    }
}
