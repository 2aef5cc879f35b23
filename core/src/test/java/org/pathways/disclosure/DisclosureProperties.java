package org.pathways.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

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
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRefusal;
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
import org.pathways.priority.PriorityCategory;
import org.pathways.team.TeamMember;
import org.pathways.testing.Generators;
import org.pathways.testing.SamplePlans;
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
                return new Shared(plan, to, why, Optional.of(Disclosures.disclose(plan, to, why, edit)));
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
            List<String> leaks = withheldTextsIn(s.plan(), view);
            assertEquals(List.of(), leaks, () -> "leaked to " + view.getDisclosure());
            checked[0] += withheldCount(s.plan(), view.getDisclosure());
        });
        assertTrue(shared[0] >= Generators.examples(EXAMPLES) / 10, "too few plans were shared: " + shared[0]);
        assertTrue(
                checked[0] >= Generators.examples(EXAMPLES) / 2, "too few withheld texts were checked: " + checked[0]);
        System.out.println("DisclosureProperties: " + shared[0] + " of " + Generators.examples(EXAMPLES)
                + " plans shared; " + checked[0] + " withheld texts checked absent");
    }

    /**
     * The failure once seen ("leaked Secretaaaaaaaaa needing what is never shared", two case
     * conferences at table-1 with org-1, shared with org-1 for accompaniment): QuickTheories starts
     * from the shortest texts, so a conference's agenda and the conditions of the grant behind the
     * view were the same words. The view held the conditions, as it should; no agenda ever enters a
     * view. The judge took the conditions for the agenda. Replayed here by hand.
     */
    /** Mira's plan with a second grant to the shelter, of everything, so that free text travels. */
    private static CarePlan miraTrustingTheShelter() {
        return SamplePlans.mira()
                .recordConsent(
                        ConsentGrant.builder()
                                .from(SamplePlans.shelterGrant())
                                .id("c-2")
                                .categories(EnumSet.allOf(InformationCategory.class))
                                .recordedAt(SamplePlans.edit(5).getAt())
                                .build(),
                        SamplePlans.edit(5));
    }

    @Test
    void aPermittedTextEqualToOrContainingAWithheldOneIsNotALeak() {
        CarePlan mira = miraTrustingTheShelter();
        String words = SamplePlans.shelterGrant().getConditions().orElseThrow().reveal();
        CarePlan plan = mira;
        int i = 0;
        for (String agenda : List.of(words, words.substring(0, 18))) { // equal, then the start of it
            i++;
            plan = plan.recordCaseConference(
                    CaseConference.builder()
                            .id("cc-" + i)
                            .at(SamplePlans.edit(5 + i).getAt())
                            .table("table-1")
                            .addOrganisations(SamplePlans.AGENCY)
                            .attendance(org.pathways.plan.Attendance.ATTENDED)
                            .agenda(SensitiveText.of(agenda))
                            .build(),
                    SamplePlans.edit(5 + i));
        }
        PlanView view = Disclosures.preview(
                plan, Recipient.organisation(SamplePlans.SHELTER), Purpose.ACCOMPANIMENT, SamplePlans.edit(10));
        assertEquals(words, view.getConditions().get(0).reveal());
        assertEquals(List.of(), withheldTextsIn(plan, view));
    }

    @Test
    void theJudgeFindsAWithheldTextThatIsInTheView() {
        CarePlan mira = miraTrustingTheShelter();
        PlanView view = Disclosures.preview(
                mira, Recipient.organisation(SamplePlans.SHELTER), Purpose.REFERRAL, SamplePlans.edit(10));
        CarePlan withAgenda = mira.recordCaseConference(
                CaseConference.builder()
                        .id("cc-1")
                        .at(SamplePlans.edit(6).getAt())
                        .addOrganisations(SamplePlans.AGENCY)
                        .attendance(org.pathways.plan.Attendance.ATTENDED)
                        .agenda(SensitiveText.of("Talk about the court date"))
                        .build(),
                SamplePlans.edit(6));
        PlanView forged = PlanView.builder()
                .from(view)
                .conditions(List.of(SensitiveText.of("Before we talk about the court date")))
                .build();
        assertEquals(List.of(), withheldTextsIn(withAgenda, view));
        assertEquals(
                List.of("leaked about the court date needing what is never shared"),
                withheldTextsIn(
                        CarePlan.builder()
                                .from(withAgenda)
                                .conferences(List.of(CaseConference.builder()
                                        .from(withAgenda.getConferences().get(0))
                                        .agenda(SensitiveText.of("about the court date"))
                                        .build()))
                                .build(),
                        forged));
    }

    @Test
    void freeTextAWorkerTypedLeavesOnlyWithEveryCategoryItCouldReveal() {
        int[] withText = {0};
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(shared())
                .checkAssert(s -> s.result().ifPresent(d -> {
                    PlanView view = d.getView();
                    boolean freeText = !view.getConditions().isEmpty()
                            || view.getSteps().orElse(List.of()).stream()
                                    .anyMatch(st -> st.getDescription().isPresent());
                    boolean mayHold = view.getDisclosure().getCategories().containsAll(Disclosures.freeTextNeeds());
                    assertTrue(!freeText || mayHold, () -> "free text in a view of " + view.getDisclosure());
                    boolean permitted = s.plan()
                            .getConsent()
                            .decide(
                                    s.recipient(),
                                    EnumSet.allOf(InformationCategory.class),
                                    s.purpose(),
                                    view.getDisclosure().getAt())
                            .getPermitted()
                            .containsAll(Disclosures.freeTextNeeds());
                    assertTrue(!mayHold || permitted, "the record names free text's categories only when permitted");
                    withText[0] += freeText ? 1 : 0;
                }));
        System.out.println("DisclosureProperties: " + withText[0] + " views held free text");
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
    void noCodeOrIdInAStepRevealsACategoryTheRecordDoesNotName() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(shared()).checkAssert(s -> {
            if (s.result().isEmpty()) {
                return;
            }
            PlanView view = s.result().get().getView();
            Set<InformationCategory> named = view.getDisclosure().getCategories();
            for (PlanStep step : view.getSteps().orElse(List.of())) {
                // its kind, what it shares with its provider, and why it closed (sobriety_required…)
                assertTrue(
                        named.containsAll(Disclosures.reveals(step)),
                        () -> "step " + step.getId() + " reveals " + Disclosures.reveals(step) + " beyond " + named);
                for (org.pathways.plan.StatusChange c : step.getHistory()) {
                    c.getReason()
                            .flatMap(org.pathways.plan.ClosureReason::getRevealedCategory)
                            .ifPresent(
                                    needed -> assertTrue(named.contains(needed), "closure reason reveals " + needed));
                }
                for (InformationCategory c : step.getShares()) {
                    assertTrue(
                            named.contains(c) || !Disclosures.freeTextNeeds().contains(c),
                            "the step shares " + c + " with its provider");
                }
            }
        });
    }

    @Test
    void withoutTheCareTeamNoStepNamesAnyoneOfTheTeam() {
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(shared()).checkAssert(s -> {
            if (s.result().isEmpty()
                    || s.result()
                            .get()
                            .getView()
                            .getDisclosure()
                            .getCategories()
                            .contains(InformationCategory.CARE_TEAM)) {
                return;
            }
            Set<String> team = new java.util.HashSet<>();
            s.plan().getTeam().getMembers().forEach(m -> team.add(m.getId()));
            s.plan().getTeam().getFormer().forEach(m -> team.add(m.getId()));
            for (PlanStep step : s.result().get().getView().getSteps().orElse(List.of())) {
                step.getResponsible().ifPresent(id -> assertFalse(team.contains(id)));
                step.getAccompaniedBy().ifPresent(id -> assertFalse(team.contains(id)));
                for (org.pathways.plan.StatusChange c : step.getHistory()) {
                    assertFalse(
                            team.contains(c.getRecordedBy()),
                            () -> "step " + step.getId() + " names " + c.getRecordedBy());
                }
            }
        });
    }

    @Test
    void theViewSurvivesItsJsonRoundTripByteForByte() {
        PlanJson json = PlanJson.defaults();
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(shared())
                .checkAssert(s -> s.result().ifPresent(d -> {
                    String once = json.write(d.getView());
                    PlanView back = json.read(once, PlanView.class);
                    assertEquals(d.getView(), back);
                    assertEquals(once, json.write(back));
                }));
    }

    /**
     * Judges a view: every text of the plan the view may not hold that it holds anyway, with what
     * it needs. A text counts as held when a string of the view's JSON contains it, unless that
     * string is itself a text the view may hold: generated texts can be equal (shrinking makes them
     * so, and QuickTheories starts from the shortest), or one can be the start of another, and a
     * permitted text that happens to equal or contain a withheld one is not a leak.
     *
     * @param plan the plan shared
     * @param view what was shared
     * @return the leaks, as messages naming the text and what it needs; empty when none
     */
    static List<String> withheldTextsIn(CarePlan plan, PlanView view) {
        Disclosure record = view.getDisclosure();
        List<Text> texts = texts(plan, record);
        Set<String> mayShow = new java.util.HashSet<>();
        for (Text t : texts) {
            if (t.needs() != null && record.getCategories().containsAll(t.needs())) {
                mayShow.add(t.text().reveal());
            }
        }
        List<String> strings = new ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(PlanJson.defaults().write(view))
                    .forEach(node -> strings(node, strings));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("a view's JSON reads back", e);
        }
        List<String> leaks = new ArrayList<>();
        for (Text t : texts) {
            String words = t.text().reveal();
            if (mayShow.contains(words)) {
                continue;
            }
            for (String held : strings) {
                if (held.contains(words) && !mayShow.contains(held)) {
                    leaks.add(
                            "leaked " + words + " needing " + (t.needs() == null ? "what is never shared" : t.needs()));
                    break;
                }
            }
        }
        return leaks;
    }

    private static int withheldCount(CarePlan plan, Disclosure record) {
        int n = 0;
        for (Text t : texts(plan, record)) {
            if (t.needs() == null || !record.getCategories().containsAll(t.needs())) {
                n++;
            }
        }
        return n;
    }

    private static void strings(com.fasterxml.jackson.databind.JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
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
            pr.getCategory().flatMap(PriorityCategory::getRevealedCategory).ifPresent(needs::add);
            out.add(new Text(pr.getStatement(), needs));
        }
        for (PlanStep s : plan.getSteps()) {
            Set<InformationCategory> needs = EnumSet.of(InformationCategory.PLAN_STEPS, InformationCategory.PRIORITIES);
            s.getKind().getRevealedCategory().ifPresent(needs::add);
            needs.addAll(Disclosures.freeTextNeeds()); // free text a worker typed could say anything
            s.getDescription().ifPresent(t -> {
                out.add(new Text(SensitiveText.of(t.getText()), needs));
                t.getAlternatives().values().forEach(a -> out.add(new Text(SensitiveText.of(a), needs)));
            });
        }
        for (TeamMember m : plan.getTeam().getMembers()) {
            m.getName().ifPresent(t -> out.add(new Text(t, EnumSet.of(InformationCategory.CARE_TEAM))));
        }
        for (TeamMember m : plan.getTeam().getFormer()) {
            m.getName().ifPresent(t -> out.add(new Text(t, null)));
        }
        for (ConsentEntry e : plan.getConsent().getEntries()) {
            if (e instanceof ConsentGrant g) {
                // the conditions of the grants behind the disclosure travel with the view
                Set<InformationCategory> needs =
                        record.getGrants().contains(g.getId()) ? Disclosures.freeTextNeeds() : null;
                g.getConditions().ifPresent(t -> out.add(new Text(t, needs)));
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

    /** A policy that asks for the notice of what was withheld at the person's request. */
    private static final ConsentPolicy NOTICE =
            ConsentPolicy.builder().noticeOfWithheld(true).build();

    @Test
    void aWithheldItemNeverAppearsInAnyViewForThatRecipient() {
        java.util.concurrent.atomic.AtomicLong noticed = new java.util.concurrent.atomic.AtomicLong();
        qt().withExamples(Generators.examples(EXAMPLES)).forAll(shared()).checkAssert(s -> {
            CarePlan plan = s.plan();
            Edit edit = Edit.of("m-1", plan.getRevision().getAt().plusSeconds(60), true);
            // the items her generated instructions already withhold, and one more she withholds now
            List<String> items = new ArrayList<>();
            plan.getPriorities().getRanked().forEach(p -> items.add(p.getId()));
            plan.getSteps().forEach(st -> items.add(st.getId()));
            Optional<PlanView> before = preview(plan, s.recipient(), s.purpose(), edit, NOTICE);
            CarePlan instructed = plan;
            String item = null;
            if (!items.isEmpty()) {
                item = items.get(Math.floorMod(plan.hashCode(), items.size()));
                instructed = plan.recordConsent(
                        ConsentRefusal.builder()
                                .id("c-lockbox")
                                .recipient(s.recipient())
                                .addItems(item)
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-1")
                                .recordedAt(edit.getAt())
                                .build(),
                        edit);
            }
            Set<String> withheld = instructed.getConsent().withheld(s.recipient(), edit.getAt());
            for (ConsentPolicy policy : List.of(ConsentPolicy.defaults(), NOTICE)) {
                Optional<PlanView> view = preview(instructed, s.recipient(), s.purpose(), edit, policy);
                if (view.isEmpty()) {
                    continue;
                }
                PlanView v = view.get();
                v.getPriorities()
                        .ifPresent(ps ->
                                ps.getRanked().forEach(p -> assertFalse(withheld.contains(p.getId()), p.getId())));
                v.getSteps()
                        .ifPresent(steps -> steps.forEach(st -> {
                            assertFalse(withheld.contains(st.getId()), st.getId());
                            assertFalse(st.getServes().stream().anyMatch(withheld::contains), st.getId());
                        }));
                String json = PlanJson.defaults().write(v);
                for (String w : withheld) {
                    assertFalse(json.contains("\"id\":\"" + w + "\""), w);
                }
                if (policy.equals(ConsentPolicy.defaults())) {
                    assertFalse(v.isWithheldAtRequest(), "no notice unless the policy asks for it");
                } else if (item != null && before.isPresent() && holds(before.get(), item)) {
                    assertTrue(v.isWithheldAtRequest(), "her instruction kept " + item + " out of the view");
                    noticed.incrementAndGet();
                }
                if (v.isWithheldAtRequest()) { // the notice never says what
                    assertTrue(json.contains("\"withheldAtRequest\":true"));
                    assertFalse(json.contains("c-lockbox"));
                }
            }
        });
        assertTrue(noticed.get() > 0, "no view had an item withheld");
    }

    private static Optional<PlanView> preview(
            CarePlan plan, Recipient to, Purpose why, Edit edit, ConsentPolicy policy) {
        try {
            return Optional.of(Disclosures.preview(plan, to, why, edit, policy));
        } catch (InvalidPlanException nothingPermitted) {
            return Optional.empty();
        }
    }

    private static boolean holds(PlanView v, String item) {
        return v.getPriorities().map(ps -> ps.find(item).isPresent()).orElse(false)
                || v.getSteps()
                        .map(steps -> steps.stream().anyMatch(st -> st.getId().equals(item)))
                        .orElse(false);
    }
}
