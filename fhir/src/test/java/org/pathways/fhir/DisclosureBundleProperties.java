package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pathways.consent.InformationCategory;
import org.pathways.json.PlanJson;
import org.pathways.testing.Generators;

/**
 * For all generated plans (with referral answers) and the view one recipient receives: the Bundle
 * for the recipient holds exactly the sensitive texts the disclosure view holds, no code word without
 * safe contact, no health without consent, and no organisation's answer.
 */
class DisclosureBundleProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final FhirBundles fhir = FhirBundles.create();
    private final PlanJson json = PlanJson.defaults();

    @Test
    void theBundleForARecipientHoldsExactlyTheSensitiveTextsOfItsView() {
        AtomicInteger shared = new AtomicInteger();
        AtomicInteger texts = new AtomicInteger();
        qt().withExamples(Generators.examples(600))
                .forAll(Views.disclosed())
                .checkAssert(d -> d.ifPresent(x -> {
                    shared.incrementAndGet();
                    Set<String> inPlan = sensitive(json.write(x.plan()));
                    Set<String> inView = sensitive(json.write(x.view()));
                    Set<String> inBundle = sensitive(fhir.write(x.view()));
                    texts.addAndGet(inPlan.size());
                    for (String s : inPlan) {
                        assertEquals(inView.contains(s), inBundle.contains(s), "a text of the plan");
                    }
                    assertEquals(inView, inBundle);
                    String bundle = fhir.write(x.view());
                    assertFalse(bundle.contains(Canon.EXT_REFERRAL_ANSWER), "an answer left in a view");
                    assertFalse(bundle.contains(Canon.ANSWER_KIND), "an answer's kind left in a view");
                    Set<InformationCategory> categories =
                            x.view().getDisclosure().getCategories();
                    x.plan().getPerson().getSafeContact().getCodeWord().ifPresent(w -> {
                        if (!categories.contains(InformationCategory.SAFE_CONTACT)) {
                            assertFalse(inBundle.contains(w.reveal()), "the code word left without consent");
                        }
                    });
                }));
        assertTrue(shared.get() > 0, "no generated plan was shared");
        System.out.println("disclosure property: " + shared.get() + " views, " + texts.get()
                + " sensitive texts of their plans compared");
    }

    /** Every string value that the generators mark as sensitive, anywhere in a JSON document. */
    static Set<String> sensitive(String document) {
        Set<String> out = new TreeSet<>();
        try {
            collect(MAPPER.readTree(document), out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static void collect(JsonNode n, Set<String> out) {
        if (n.isTextual() && n.asText().contains(Generators.SENSITIVE_MARK)) {
            out.add(n.asText());
        }
        n.forEach(child -> collect(child, out));
    }
}
