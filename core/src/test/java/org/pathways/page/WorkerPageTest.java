package org.pathways.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pathways.plan.PlanHistory;
import org.pathways.testing.SamplePlans;

class WorkerPageTest {
    @Test
    void showsFindingsAndHistoryInEnglish() {
        String html = WorkerPage.of(PlanHistory.of(SamplePlans.mira())).toHtml();
        assertTrue(html.contains("<h2 id=\"findings\">Review</h2>"));
        assertTrue(html.contains("<h2 id=\"history\">History</h2>"));
        assertTrue(html.contains("Plan plan-2c9e, revision"));
    }

    @Test
    void showsFindingsAndHistoryInFrenchWithoutHerWords() {
        String html = WorkerPage.of(PlanHistory.of(SamplePlans.mira()))
                .withLocale(Locale.CANADA_FRENCH)
                .toHtml();
        assertTrue(html.contains("<h2 id=\"findings\">Revue du plan</h2>"));
        assertTrue(html.contains("Registre des consentements"));
        assertFalse(html.contains("Get my son back"));
        assertFalse(html.contains("raspberry"));
        assertFalse(html.contains("Only call the cell"));
    }

    @Test
    void describesEachRevisionsChangesInThePagesLanguage() {
        var plan = SamplePlans.mira();
        PlanHistory history = PlanHistory.of(plan)
                .append(plan.markPriority(
                        "p-sleep", org.pathways.priority.PriorityStatus.SET_ASIDE, SamplePlans.edit(20)));
        String html = WorkerPage.of(history).withLocale(Locale.CANADA_FRENCH).toHtml();
        assertTrue(html.contains("Priorité p-sleep\u00a0: maintenant «\u00a0Mise de côté\u00a0»."), html);
    }
}
