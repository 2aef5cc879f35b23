package org.pathways.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {
    @Test
    void takesItsSeverityFromTheRule() {
        Finding f = Finding.of(Rule.STEP_SERVES_SET_ASIDE_PRIORITY, Optional.of("s-1"), "m");
        assertEquals(Severity.VIOLATION, f.getSeverity());
        assertEquals(Finding.of(Rule.STEP_SERVES_SET_ASIDE_PRIORITY, Optional.of("s-1"), "m"), f);
    }

    @Test
    void readsAsSeverityRuleSubjectMessageAndSource() {
        assertEquals(
                "advisory no_lead_case_worker: none (NORAHT programming; DM-4)",
                Finding.of(Rule.NO_LEAD_CASE_WORKER, Optional.empty(), "none").toString());
    }

    @Test
    void everyRuleNamesItsSource() {
        for (Rule r : Rule.values()) {
            assertEquals(true, r.getSource().matches(".*(DM|NP|NR)-\\d.*|NORAHT.*"), r.name());
        }
    }
}
