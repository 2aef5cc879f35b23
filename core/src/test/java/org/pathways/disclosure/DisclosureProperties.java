package org.pathways.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.person.Person;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.priority.Priority;
import org.pathways.team.TeamMember;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/** The recipient's view, for all generated plans, ledgers, recipients and purposes. */
class DisclosureProperties {
    static final int EXAMPLES = 300;

    /** One disclosure: a plan shared with a recipient for a purpose, or nothing when nothing may be. */
    record Shared(CarePlan plan, Recipient recipient, Purpose purpose, Optional<Disclosed> result) {}

    static Gen<Shared> shared() {
        return in -> {
            CarePlan plan = Generators.plans().generate(in);
            Recipient to = Generators.recipients().generate(in);
            Purpose why = Purpose.values()[Generators.pick(in, 0, Purpose.values().length - 1)];
            List<ConsentGrant> grants = plan.getConsent().getEntries().stream()
                    .filter(e -> e instanceof ConsentGrant)
                    .map(e -> (ConsentGrant) e)
                    .toList();
            if (!grants.isEmpty() && Generators.pick(in, 0, 3) > 0) { // mostly ask about someone with a grant
                ConsentGrant g = grants.get(Generators.pick(in, 0, grants.size() - 1));
                List<Purpose> purposes = List.copyOf(g.getPurposes());
                to = g.getRecipient();
                why = purposes.get(Generators.pick(in, 0, purposes.size() - 1));
            }
            Edit edit = Edit.of("m-1", plan.getRevision().getAt().plusSeconds(Generators.pick(in, 0, 60)), true);
            try {
                return new Shared(plan, to, why, Optional.of(Disclosures.share(plan, to, why, edit)));
            } catch (InvalidPlanException nothingPermitted) {
                return new Shared(plan, to, why, Optional.empty());
            }
        };
    }

    /** A sensitive text of the plan and what a view needs to hold it; null means never. */
    record Text(SensitiveText text, Set<InformationCategory> needs) {}

    @Test
    void theViewHoldsNoTextFromACategoryThatWasNotPermitted() {
        int[] checked = {0};
        int[] shared = {0};
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(shared()).checkAssert(s -> {
            if (s.result().isEmpty()) {
                return;
            }
            shared[0]++;
            PlanView view = s.result().get().getView();
            assertFalse(view.toString().contains(Generators.SENSITIVE_MARK), "a view's toString shows no words");
            assertFalse(s.result().get().toString().contains(Generators.SENSITIVE_MARK));
            Disclosure record = view.getDisclosure();
            String json = PlanJson.create().write(view);
            List<Text> texts = texts(s.plan(), record);
            Set<String> mayShow = new java.util.HashSet<>();
            for (Text t : texts) {
                if (t.needs() != null && record.getCategories().containsAll(t.needs())) {
                    mayShow.add(t.text().reveal()); // shrinking makes texts equal; judge each text once
                }
            }
            for (Text t : texts) {
                if (!mayShow.contains(t.text().reveal())) {
                    String escaped = new String(JsonStringEncoder.getInstance()
                            .quoteAsString(t.text().reveal()));
                    assertFalse(
                            json.contains(escaped),
                            () -> "leaked " + t.text().reveal() + " needing "
                                    + (t.needs() == null ? "what is never shared" : t.needs()) + " to " + record);
                    checked[0]++;
                }
            }
        });
        assertTrue(shared[0] >= Generators.examples(EXAMPLES) / 10, "too few plans were shared: " + shared[0]);
        assertTrue(
                checked[0] >= Generators.examples(EXAMPLES) / 2, "too few withheld texts were checked: " + checked[0]);
        System.out.println("DisclosureProperties: " + shared[0] + " of " + Generators.examples(EXAMPLES)
                + " plans shared; " + checked[0] + " withheld texts checked absent");
    }

    @Test
    void theViewNamesOnlyPermittedCategoriesAndTheGrantsThatPermittedThem() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(shared()).checkAssert(s -> {
            Set<InformationCategory> permitted = s.plan()
                    .getConsent()
                    .decide(
                            s.recipient(),
                            EnumSet.allOf(InformationCategory.class),
                            s.purpose(),
                            s.plan().getRevision().getAt())
                    .getPermitted();
            if (s.result().isEmpty()) {
                assertFalse(permitted.contains(InformationCategory.IDENTITY));
                return;
            }
            Disclosed d = s.result().get();
            Disclosure record = d.getView().getDisclosure();
            assertTrue(permitted.containsAll(record.getCategories())
                    || !record.getAt().equals(s.plan().getRevision().getAt()));
            assertEquals(
                    d.getView().getPerson().isPresent(), record.getCategories().contains(InformationCategory.IDENTITY));
            assertEquals(
                    d.getView().getPlanId().isPresent(), record.getCategories().contains(InformationCategory.IDENTITY));
            assertEquals(
                    record,
                    d.getPlan()
                            .getDisclosures()
                            .get(d.getPlan().getDisclosures().size() - 1));
            assertEquals(
                    s.plan().getDisclosures().size() + 1,
                    d.getPlan().getDisclosures().size());
            for (String g : record.getGrants()) {
                assertTrue(s.plan().getConsent().find(g).orElseThrow() instanceof ConsentGrant);
            }
        });
    }

    @Test
    void theViewSurvivesItsJsonRoundTripByteForByte() {
        PlanJson json = PlanJson.create();
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(shared())
                .checkAssert(s -> s.result().ifPresent(d -> {
                    String once = json.write(d.getView());
                    PlanView back = json.read(once, PlanView.class);
                    assertEquals(d.getView(), back);
                    assertEquals(once, json.write(back));
                }));
    }

    /** Every sensitive text of a plan with the categories a view needs to show it. */
    private static List<Text> texts(CarePlan plan, Disclosure record) {
        List<Text> out = new ArrayList<>();
        Person p = plan.getPerson();
        Set<InformationCategory> identity = EnumSet.of(InformationCategory.IDENTITY);
        p.getChosenName().ifPresent(t -> out.add(new Text(t, identity)));
        p.getSelfDescription().ifPresent(t -> out.add(new Text(t, identity)));
        p.getCulturalSupports().forEach(t -> out.add(new Text(t, identity)));
        Set<InformationCategory> contact = EnumSet.of(InformationCategory.IDENTITY, InformationCategory.CONTACT);
        p.getSafeContact().getSafeTimes().ifPresent(t -> out.add(new Text(t, contact)));
        Set<InformationCategory> details =
                EnumSet.of(InformationCategory.IDENTITY, InformationCategory.CONTACT, InformationCategory.SAFE_CONTACT);
        p.getSafeContact().getCodeWord().ifPresent(t -> out.add(new Text(t, details)));
        p.getSafeContact().getDetails().ifPresent(t -> out.add(new Text(t, details)));
        for (Priority pr : plan.getPriorities().getRanked()) {
            Set<InformationCategory> needs = EnumSet.of(InformationCategory.PRIORITIES);
            pr.getCategory().flatMap(Disclosures::categoryOf).ifPresent(needs::add);
            out.add(new Text(pr.getStatement(), needs));
        }
        for (PlanStep s : plan.getSteps()) {
            Set<InformationCategory> needs = EnumSet.of(InformationCategory.PLAN_STEPS, InformationCategory.PRIORITIES);
            Disclosures.categoryOf(s.getKind()).ifPresent(needs::add);
            s.getDescription().ifPresent(t -> out.add(new Text(t, needs)));
        }
        for (TeamMember m : plan.getTeam().getMembers()) {
            m.getName().ifPresent(t -> out.add(new Text(t, EnumSet.of(InformationCategory.CARE_TEAM))));
        }
        for (TeamMember m : plan.getTeam().getFormer()) {
            m.getName().ifPresent(t -> out.add(new Text(t, null)));
        }
        for (ConsentEntry e : plan.getConsent().getEntries()) {
            if (e instanceof ConsentGrant g && !record.getGrants().contains(g.getId())) {
                g.getConditions().ifPresent(t -> out.add(new Text(t, null)));
            }
        }
        for (CaseConference c : plan.getConferences()) {
            c.getAgenda().ifPresent(t -> out.add(new Text(t, null)));
        }
        for (Disclosure d : plan.getDisclosures()) {
            d.getReason().ifPresent(t -> out.add(new Text(t, null)));
        }
        return out;
    }
}
