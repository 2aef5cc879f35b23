package org.pathways.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.plan.CarePlan;
import org.pathways.testing.Generators;

/**
 * For generated ledgers and questions: a plain reading of the exported Consents by FHIR's rules
 * (docs/fhir.md: active, recorded by then, period holds the instant, deny overrides permit, default
 * deny) gives {@code ConsentLedger.decide}; and reading the Consents back gives the same ledger.
 */
class ConsentBundleProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final FhirBundles fhir = FhirBundles.create();

    @Test
    void aPlainReadingOfTheExportedConsentsGivesPathwaysDecision() {
        AtomicLong questions = new AtomicLong();
        AtomicLong permitted = new AtomicLong();
        qt().withExamples(Generators.examples(300))
                .forAll(Generators.plans(), Generators.recipients(), integers().between(0, Integer.MAX_VALUE))
                .checkAssert((plan, recipient, seed) -> {
                    JsonNode bundle = tree(fhir.write(plan));
                    List<Instant> times = times(plan);
                    int k = seed;
                    for (Instant t : times) {
                        for (int offset = -1; offset <= 1; offset++) {
                            Instant at = t.plusSeconds(offset);
                            InformationCategory c =
                                    InformationCategory.values()[k++ % InformationCategory.values().length];
                            Purpose p = Purpose.values()[k++ % Purpose.values().length];
                            Recipient r = (k++ % 2 == 0) ? recipient : someRecipientOf(plan, recipient, k);
                            boolean pathways =
                                    plan.getConsent().decide(r, c, p, at).isPermitted();
                            questions.incrementAndGet();
                            if (pathways) {
                                permitted.incrementAndGet();
                            }
                            assertEquals(pathways, plainReading(bundle, r, c, p, at), r + " " + c + " " + p + " " + at);
                        }
                    }
                });
        System.out.println("consent property: " + questions.get() + " questions, " + permitted.get() + " permitted");
    }

    @Test
    void readingTheConsentsBackGivesTheLedger() {
        qt().withExamples(Generators.examples(300))
                .forAll(Generators.plans())
                .checkAssert(plan -> assertEquals(plan.getConsent(), fhir.readConsents(fhir.write(plan))));
    }

    /** FHIR's rules, as docs/fhir.md states them, on the JSON alone. */
    static boolean plainReading(JsonNode bundle, Recipient r, InformationCategory c, Purpose p, Instant t) {
        boolean permit = false;
        for (JsonNode e : bundle.get("entry")) {
            JsonNode consent = e.get("resource");
            if (!consent.get("resourceType").asText().equals("Consent")
                    || !consent.get("status").asText().equals("active")
                    || instant(consent.get("dateTime")).isAfter(t)) {
                continue;
            }
            JsonNode provision = consent.get("provision");
            JsonNode period = provision.get("period");
            if (period != null
                    && ((period.has("start") && instant(period.get("start")).isAfter(t))
                            || (period.has("end") && !instant(period.get("end")).isAfter(t)))) {
                continue;
            }
            if (!actor(provision, r) || !holds(provision.get("class"), c.getCode())) {
                continue;
            }
            if (provision.has("purpose") && !holds(provision.get("purpose"), p.getCode())) {
                continue;
            }
            if (provision.get("type").asText().equals("deny")) {
                return false;
            }
            permit = true;
        }
        return permit;
    }

    private static boolean actor(JsonNode provision, Recipient r) {
        for (JsonNode a : provision.get("actor")) {
            JsonNode ref = a.get("reference");
            String type = switch (r.getKind()) {
                case ORGANISATION -> "Organization";
                case MEMBER -> "Practitioner";
                case TABLE -> "Group";
            };
            if (ref.get("type").asText().equals(type)
                    && ref.get("identifier").get("value").asText().equals(r.getId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(JsonNode codings, String code) {
        if (codings == null) {
            return false;
        }
        for (JsonNode c : codings) {
            if (c.get("code").asText().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static Recipient someRecipientOf(CarePlan plan, Recipient otherwise, int k) {
        List<Recipient> named = new ArrayList<>();
        for (ConsentEntry e : plan.getConsent().getEntries()) {
            if (e instanceof ConsentGrant g) {
                named.add(g.getRecipient());
            }
        }
        return named.isEmpty() ? otherwise : named.get(Math.floorMod(k, named.size()));
    }

    /** Every instant at which a decision can change: each entry's recording, start and end. */
    private static List<Instant> times(CarePlan plan) {
        List<Instant> out = new ArrayList<>(List.of(plan.getRevision().getAt()));
        for (ConsentEntry e : plan.getConsent().getEntries()) {
            out.add(e.getRecordedAt());
            if (e instanceof ConsentGrant g) {
                out.add(g.getStart());
                g.getEffectiveEnd().ifPresent(out::add);
            }
        }
        return out;
    }

    private static Instant instant(JsonNode n) {
        return OffsetDateTime.parse(n.asText()).toInstant();
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
