package org.pathways.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.testing.Expect;

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

    @Test
    void givesItsRulesSourcesOneByOne() {
        assertEquals(
                List.of("DM-8", "NP-1"),
                Finding.of(Rule.STEP_SERVES_SET_ASIDE_PRIORITY, Optional.of("s-1"), "m")
                        .getSources());
        assertEquals(List.of("NORAHT programming", "DM-4"), Rule.NO_LEAD_CASE_WORKER.getSources());
        for (Rule r : Rule.values()) {
            assertEquals(r.getSource(), String.join(r.getSource().contains(";") ? "; " : ", ", r.getSources()));
        }
    }

    @Test
    void carriesItsArgumentsInOrder() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("status", "in_progress");
        arguments.put("provider", "org-aurora-house");
        arguments.put("categories", "identity,health");
        Finding f = Finding.of(Rule.STEP_WITHOUT_CONSENT, Optional.of("s-1"), arguments, "m");
        assertEquals(
                List.of("status", "provider", "categories"),
                List.copyOf(f.getArguments().keySet()));
        assertEquals("identity,health", f.getArguments().get("categories"));
        assertEquals(
                Map.of(),
                Finding.of(Rule.NO_LEAD_CASE_WORKER, Optional.empty(), "none").getArguments());
    }

    @Test
    void anArgumentIsNeverFreeTextAndItsNameIsLowerCase() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> Finding.of(
                        Rule.NO_LEAD_CASE_WORKER, Optional.empty(), Map.of("words", "I want my son back"), "m"),
                "finding.arguments.words",
                "is codes, identifiers, numbers or instants separated by ','");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Finding.of(Rule.NO_LEAD_CASE_WORKER, Optional.empty(), Map.of("Rank", "1"), "m"),
                "finding.arguments",
                "a name is lower-case letters and _");
        Expect.rejects(
                InvalidPlanException.class,
                () -> Finding.of(Rule.NO_LEAD_CASE_WORKER, Optional.of("Mira T."), "m"),
                "finding.subject",
                "is not an identifier");
    }
}
