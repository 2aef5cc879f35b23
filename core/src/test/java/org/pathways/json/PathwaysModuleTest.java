package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.priority.Priorities;
import org.pathways.team.CareTeam;
import org.pathways.testing.SamplePlans;

class PathwaysModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
    private final CarePlan mira = SamplePlans.mira();

    @Test
    void writesTheSameJsonAsPlanJson() throws Exception {
        assertEquals(PlanJson.create().write(mira), mapper.writeValueAsString(mira));
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
        String text = PlanJson.create().write(mira).replace("\"kind\":\"referral\"", "\"kind\":\"rescue\"");
        MalformedDocumentException e =
                assertThrows(MalformedDocumentException.class, () -> mapper.readValue(text, CarePlan.class));
        assertEquals("/steps/0/kind", e.getField());
    }
}
