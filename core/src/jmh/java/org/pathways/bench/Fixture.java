package org.pathways.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Approach;
import org.pathways.directory.Barrier;
import org.pathways.directory.Capacity;
import org.pathways.directory.Knowledge;
import org.pathways.directory.Location;
import org.pathways.directory.MatchContext;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.Revision;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/**
 * The one fixture every measurement starts from: deterministic, fictional plans, ledgers and
 * directories of a given size, built through the public builders (never by replaying operations,
 * so that a 5,000-step plan costs one check, not 5,000).
 *
 * <p>A plan of {@code p} priorities, {@code s} steps, {@code c} consent entries and {@code m}
 * members has: a person with a chosen name, two languages, a self-description and a safe contact
 * with a code word; priorities cycling through the categories and the four domains; a team led by a
 * dedicated case worker with a paid peer worker; steps cycling through every kind and through the
 * statuses proposed, agreed, in progress, completed and declined (the person's choice), steps of
 * sharing kinds referred to one of five partner organisations that the ledger's first grants cover;
 * and a ledger whose further entries are grants to other organisations, refusals, and revocations of
 * some of those grants.
 */
public final class Fixture {
    /** When the fictional intake happened. */
    public static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");

    /** The agency that holds every plan. */
    public static final String AGENCY = "org-lakehead-outreach";

    /** The partner organisations that sharing steps are referred to; the ledger covers them. */
    public static final int PARTNERS = 5;

    private static final StepKind[] KINDS = StepKind.values();
    private static final PriorityCategory[] CATEGORIES = PriorityCategory.values();
    private static final Domain[] DOMAINS = Domain.values();
    private static final TeamRole[] ROLES = {
        TeamRole.DEDICATED_CASE_WORKER,
        TeamRole.PEER_SUPPORT_WORKER,
        TeamRole.COUNSELLOR,
        TeamRole.HEALTH_PROVIDER,
        TeamRole.HOUSING_WORKER,
        TeamRole.LEGAL_ADVOCATE,
        TeamRole.ELDER_OR_KNOWLEDGE_KEEPER
    };
    private static final String[] COMMUNITIES = {
        "North Bay", "Sudbury", "Timmins", "Sault Ste. Marie", "Thunder Bay", "Kenora", "Kapuskasing", "Parry Sound"
    };

    private Fixture() {}

    /** The small reference plan: 2 priorities, 5 steps, 3 consent entries, 2 members. */
    public static CarePlan small() {
        return plan(0, 2, 5, 3, 2);
    }

    /** The reference plan: 8 priorities, 40 steps, 10 consent entries, 5 members. */
    public static CarePlan reference() {
        return plan(0, 8, 40, 10, 5);
    }

    /** The large reference plan: 20 priorities, 400 steps, 1,000 consent entries, 5 members. */
    public static CarePlan large() {
        return plan(0, 20, 400, 1_000, 5);
    }

    /**
     * Returns one of the three reference plans by name.
     *
     * @param size {@code small}, {@code reference} or {@code large}
     * @return the plan
     */
    public static CarePlan named(String size) {
        return switch (size) {
            case "small" -> small();
            case "reference" -> reference();
            case "large" -> large();
            default -> throw new IllegalArgumentException("no reference plan " + size);
        };
    }

    /**
     * Returns a plan of the cost curves: {@code steps} steps, one priority for every ten steps (at
     * least two), two consent entries per step (at least ten), five members.
     *
     * @param steps the number of steps
     * @return the plan
     */
    public static CarePlan withSteps(int steps) {
        return plan(0, Math.max(2, steps / 10), steps, Math.max(10, 2 * steps), 5);
    }

    /**
     * Builds a plan.
     *
     * @param n which plan of a caseload: its identifiers, names and times differ with {@code n}
     * @param priorities how many priorities, at least one
     * @param steps how many steps
     * @param entries how many consent entries, at least {@link #PARTNERS} when a step shares
     * @param members how many team members, at least two
     * @return the plan, valid
     */
    public static CarePlan plan(int n, int priorities, int steps, int entries, int members) {
        Instant intake = INTAKE.plusSeconds(3_600L * (n % 10_000));
        Person person = Person.builder()
                .id("person-" + n)
                .chosenName(SensitiveText.of(NAMES[n % NAMES.length]))
                .pronouns(n % 2 == 0 ? "she/her" : "they/them")
                .addLanguages("en", n % 3 == 0 ? "oj" : "fr")
                .selfDescription(SensitiveText.of("I want to be near my sister and start over, slowly"))
                .safeContact(SafeContact.builder()
                        .addChannels(ContactChannel.TEXT_MESSAGE, ContactChannel.PHONE_CALL)
                        .addNeverUse(ContactChannel.EMAIL)
                        .codeWord(SensitiveText.of("blueberry"))
                        .build())
                .build();

        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            team.add(TeamMember.builder()
                    .id("m-" + i)
                    .role(ROLES[i % ROLES.length])
                    .lead(i == 0)
                    .paid(true)
                    .build());
        }

        List<Priority> ranked = new ArrayList<>();
        for (int i = 0; i < priorities; i++) {
            ranked.add(Priority.builder()
                    .id("p-" + i)
                    .statement(SensitiveText.of(STATEMENTS[i % STATEMENTS.length]))
                    .category(CATEGORIES[i % CATEGORIES.length])
                    .addDomains(DOMAINS[i % DOMAINS.length], DOMAINS[(i + 2) % DOMAINS.length])
                    .expressedAt(intake)
                    .build());
        }

        List<ConsentEntry> ledger = ledger(intake, entries);
        // steps go ahead after the last consent entry
        Instant ahead = intake.plusSeconds(entries + 3_600L);
        List<PlanStep> planSteps = new ArrayList<>();
        for (int j = 0; j < steps; j++) {
            planSteps.add(
                    step(j, priorities, members, Math.min(PARTNERS, entries), intake, ahead.plusSeconds(60L * j)));
        }
        Instant last = ahead.plusSeconds(60L * steps + 60);
        return CarePlan.builder()
                .id("plan-" + n)
                .agency(AGENCY)
                .person(person)
                .priorities(Priorities.of(ranked))
                .team(CareTeam.of(team))
                .steps(planSteps)
                .consent(ConsentLedger.of(ledger))
                .revision(Revision.builder()
                        .number(2 + steps * 2)
                        .author("m-0")
                        .at(last)
                        .personPresent(true)
                        .description("step s-" + (steps - 1) + " agreed (verbal)")
                        .build())
                .build();
    }

    /** A step; its provider is one of the first {@code partners} partners, each granted in the ledger. */
    private static PlanStep step(int j, int priorities, int members, int partners, Instant intake, Instant ahead) {
        StepKind kind = KINDS[j % KINDS.length];
        String by = "m-" + (j % members);
        PlanStep.Builder b = PlanStep.builder()
                .id("s-" + j)
                .kind(kind)
                .addServes("p-" + (j % priorities))
                .responsible(by)
                .proposed(intake.plusSeconds(60), "m-0");
        if (j % 3 == 0) {
            b.description("Go together, and leave if it does not feel right");
        }
        if (j % 7 == 0) {
            b.due(LocalDate.of(2026, 6, 1).plusDays(j % 90));
        }
        switch (kind) {
            case REFERRAL ->
                b.provider(partner(j, partners))
                        .firstAppointment(true)
                        .accompaniment(Accompaniment.ACCEPTED)
                        .accompaniedBy("m-1")
                        .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES);
            case ACCOMPANIMENT ->
                b.provider(partner(j, partners))
                        .accompaniment(Accompaniment.ACCEPTED)
                        .accompaniedBy("m-1")
                        .addShares(InformationCategory.LOCATION_AND_SAFETY);
            case CASE_CONFERENCE ->
                b.provider(partner(j, partners))
                        .addShares(InformationCategory.PLAN_STEPS, InformationCategory.CARE_TEAM);
            default -> b.provider(j % 2 == 0 ? AGENCY : partner(j, partners));
        }
        int stage = j % 5;
        if (stage >= 1) {
            b.addHistory(StatusChange.agreed(intake.plusSeconds(120), "m-0", AgreementMode.VERBAL));
        }
        if (stage == 2 || stage == 3) {
            b.addHistory(StatusChange.to(StepStatus.IN_PROGRESS, ahead, by));
        }
        if (stage == 3) {
            b.addHistory(StatusChange.to(StepStatus.COMPLETED, ahead.plusSeconds(30), by));
        }
        if (stage == 4) {
            b.addHistory(StatusChange.closed(
                    StepStatus.DECLINED, ClosureReason.PERSONS_CHOICE, ahead.plusSeconds(30), "m-0"));
        }
        return b.build();
    }

    private static String partner(int j, int partners) {
        return "org-partner-" + (j % partners);
    }

    /**
     * Returns a ledger: first a grant to each partner for everything its steps need, then grants to
     * other organisations, refusals, and revocations of some of those grants, one second apart.
     *
     * @param intake when the first entry was recorded
     * @param entries how many entries
     * @return the entries, oldest first
     */
    public static List<ConsentEntry> ledger(Instant intake, int entries) {
        List<ConsentEntry> out = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            Instant at = intake.plusSeconds(i);
            if (i < PARTNERS) {
                out.add(grant("c-" + i, Recipient.organisation("org-partner-" + i), at, ALL_SERVICE));
            } else if (i % 4 == 3) {
                out.add(ConsentRefusal.builder()
                        .id("c-" + i)
                        .recipient(Recipient.organisation("org-other-" + (i % 97)))
                        .addCategories(InformationCategory.HEALTH, InformationCategory.LEGAL)
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-0")
                        .recordedAt(at)
                        .build());
            } else if (i % 4 == 1 && i > PARTNERS + 4) {
                // revokes the grant recorded just before the last refusal: a grant to another organisation
                out.add(ConsentRevocation.builder()
                        .id("c-" + i)
                        .revokes("c-" + (i - 2))
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-0")
                        .recordedAt(at)
                        .build());
            } else {
                out.add(grant("c-" + i, Recipient.organisation("org-other-" + (i % 97)), at, SOME));
            }
        }
        return out;
    }

    private static final Set<InformationCategory> ALL_SERVICE = EnumSet.of(
            InformationCategory.IDENTITY,
            InformationCategory.CONTACT,
            InformationCategory.PRIORITIES,
            InformationCategory.PLAN_STEPS,
            InformationCategory.CARE_TEAM,
            InformationCategory.LOCATION_AND_SAFETY,
            InformationCategory.HEALTH);

    private static final Set<InformationCategory> SOME =
            EnumSet.of(InformationCategory.IDENTITY, InformationCategory.CONTACT, InformationCategory.PRIORITIES);

    private static ConsentGrant grant(String id, Recipient to, Instant at, Set<InformationCategory> categories) {
        return grant(id, to, at, categories, at.plusSeconds(365L * 86_400));
    }

    private static ConsentGrant grant(
            String id, Recipient to, Instant at, Set<InformationCategory> categories, Instant end) {
        return ConsentGrant.builder()
                .id(id)
                .recipient(to)
                .categories(categories)
                .addPurposes(Purpose.REFERRAL, Purpose.ACCOMPANIMENT, Purpose.CASE_CONFERENCE, Purpose.COORDINATION)
                .start(at)
                .end(java.util.Optional.ofNullable(end))
                .given(ConsentMode.VERBAL)
                .recordedBy("m-0")
                .recordedAt(at)
                .conditions(SensitiveText.of("Call the cell only, after six"))
                .build();
    }

    /**
     * Returns a ledger of its own, for the decision curve: as {@link #ledger(Instant, int)}.
     *
     * @param entries how many entries
     * @return the ledger
     */
    public static ConsentLedger consentLedger(int entries) {
        return ConsentLedger.of(ledger(INTAKE, entries));
    }

    /** The time a decision is asked about: after every entry of a ledger of up to 100,000 entries. */
    public static Instant decisionTime() {
        return INTAKE.plusSeconds(200_000);
    }

    /**
     * Returns the plan of the slow read of issue 11: a grant to one partner in force for everything,
     * then {@code grants} more grants to the same partner for the same information and purposes,
     * and referral steps to that partner going ahead {@code goingsAhead} times in all (in progress,
     * on hold, in progress again, up to 4,000 times a step), after every grant. With {@code
     * expired} the further grants lasted one second each and are long over when the steps go
     * ahead, so a decision that reads a recipient's grants newest first meets all of them before
     * the one in force; without, they are in force too (the normal case, same size).
     *
     * @param grants how many further grants
     * @param goingsAhead how many times, in all, a step goes ahead
     * @param expired whether the further grants are over
     * @return the plan, valid
     */
    public static CarePlan manyGrants(int grants, int goingsAhead, boolean expired) {
        Recipient partner = Recipient.organisation("org-partner-0");
        List<ConsentEntry> ledger = new ArrayList<>(grants + 1);
        ledger.add(grant("c-0", partner, INTAKE, ALL_SERVICE, null));
        for (int i = 1; i <= grants; i++) {
            Instant at = INTAKE.plusSeconds(i);
            ledger.add(grant("c-" + i, partner, at, ALL_SERVICE, expired ? at.plusSeconds(1) : null));
        }
        Instant ahead = INTAKE.plusSeconds(grants + 3_600L);
        List<PlanStep> steps = new ArrayList<>();
        int perStep = 4_000;
        int left = goingsAhead;
        for (int j = 0; left > 0; j++) {
            int times = Math.min(perStep, left);
            left -= times;
            PlanStep.Builder b = agreedReferral("s-" + j, partner)
                    .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES);
            for (int k = 0; k < times; k++) {
                if (k > 0) {
                    b.addHistory(StatusChange.to(StepStatus.ON_HOLD, ahead, "m-0"));
                    ahead = ahead.plusSeconds(1);
                }
                b.addHistory(StatusChange.to(StepStatus.IN_PROGRESS, ahead, "m-0"));
                ahead = ahead.plusSeconds(1);
            }
            steps.add(b.build());
        }
        return adversarialPlan("plan-grants", steps, ledger, ahead);
    }

    /**
     * Returns the plan of the slow review of issue 11: a grant to one partner for everything, then
     * {@code refusals} refusals of contact to that partner, every one lifted by a revocation right
     * after it except one, and {@code openSteps} agreed referral steps to the partner that share
     * contact, so the review finds that each needs consent. With {@code oldestInForce} the refusal
     * still in force is the first, so a decision that reads a recipient's refusals newest first
     * meets every lifted one before it; otherwise it is the last (the normal case, same size).
     *
     * @param refusals how many refusals
     * @param openSteps how many open steps
     * @param oldestInForce whether the refusal in force is the oldest
     * @return the plan, valid
     */
    public static CarePlan manyRefusals(int refusals, int openSteps, boolean oldestInForce) {
        Recipient partner = Recipient.organisation("org-partner-0");
        List<ConsentEntry> ledger = new ArrayList<>(2 * refusals + 1);
        ledger.add(grant("c-0", partner, INTAKE, ALL_SERVICE, null));
        Instant at = INTAKE;
        int inForce = oldestInForce ? 0 : refusals - 1;
        for (int i = 0; i < refusals; i++) {
            at = at.plusSeconds(1);
            ledger.add(ConsentRefusal.builder()
                    .id("r-" + i)
                    .recipient(partner)
                    .addCategories(InformationCategory.CONTACT)
                    .given(ConsentMode.VERBAL)
                    .recordedBy("m-0")
                    .recordedAt(at)
                    .build());
            if (i != inForce) {
                at = at.plusSeconds(1);
                ledger.add(ConsentRevocation.builder()
                        .id("v-" + i)
                        .revokes("r-" + i)
                        .given(ConsentMode.VERBAL)
                        .recordedBy("m-0")
                        .recordedAt(at)
                        .build());
            }
        }
        List<PlanStep> steps = new ArrayList<>();
        for (int j = 0; j < openSteps; j++) {
            steps.add(agreedReferral("s-" + j, partner)
                    .addShares(InformationCategory.CONTACT)
                    .build());
        }
        return adversarialPlan("plan-refusals", steps, ledger, at.plusSeconds(60));
    }

    /** A referral to a partner, agreed a minute after intake, that serves the one priority. */
    private static PlanStep.Builder agreedReferral(String id, Recipient partner) {
        return PlanStep.builder()
                .id(id)
                .kind(StepKind.REFERRAL)
                .addServes("p-0")
                .responsible("m-0")
                .provider(partner.getId())
                .accompaniment(Accompaniment.OFFERED)
                .proposed(INTAKE, "m-0")
                .addHistory(StatusChange.agreed(INTAKE.plusSeconds(60), "m-0", AgreementMode.VERBAL));
    }

    private static CarePlan adversarialPlan(String id, List<PlanStep> steps, List<ConsentEntry> ledger, Instant at) {
        return CarePlan.builder()
                .id(id)
                .agency(AGENCY)
                .person(Person.builder().id("person-0").build())
                .priorities(Priorities.of(List.of(Priority.builder()
                        .id("p-0")
                        .statement(SensitiveText.of(STATEMENTS[0]))
                        .addDomains(Domain.PHYSICAL)
                        .expressedAt(INTAKE)
                        .build())))
                .team(CareTeam.of(List.of(TeamMember.builder()
                        .id("m-0")
                        .role(TeamRole.DEDICATED_CASE_WORKER)
                        .lead(true)
                        .paid(true)
                        .build())))
                .steps(steps)
                .consent(ConsentLedger.of(ledger))
                .revision(Revision.builder()
                        .number(2)
                        .author("m-0")
                        .at(at)
                        .personPresent(true)
                        .description("read back")
                        .build())
                .build();
    }

    /**
     * Returns a ledger of one grant to a partner in force, then {@code expired} grants to the same
     * partner for the same information that are over at {@link #decisionTime()}: the worst case of
     * a decision that reads a recipient's grants newest first.
     *
     * @param expired how many expired grants
     * @return the ledger
     */
    public static ConsentLedger expiredGrants(int expired) {
        Recipient partner = Recipient.organisation("org-partner-0");
        List<ConsentEntry> ledger = new ArrayList<>(expired + 1);
        ledger.add(grant("c-0", partner, INTAKE, ALL_SERVICE, null));
        for (int i = 1; i <= expired; i++) {
            Instant at = INTAKE.plusSeconds(i);
            ledger.add(grant("c-" + i, partner, at, ALL_SERVICE, at.plusSeconds(1)));
        }
        return ConsentLedger.of(ledger);
    }

    /**
     * Returns a directory of {@code services} services from {@code services / 4} organisations
     * (at least one): programming cycling through the step kinds, approaches, knowledges, barriers,
     * capacities and communities varied, one location in four confidential behind a front gate.
     *
     * @param services how many services
     * @return the directory
     */
    public static ServiceDirectory directory(int services) {
        int orgs = Math.max(1, services / 4);
        ServiceDirectory.Builder d = ServiceDirectory.builder();
        for (int o = 0; o < orgs; o++) {
            d.addOrganisations(Organisation.of("org-svc-" + o, "Fictional Services " + o));
        }
        Approach[] approaches = Approach.values();
        Knowledge[] knowledges = Knowledge.values();
        Barrier[] barriers = Barrier.values();
        for (int i = 0; i < services; i++) {
            String community = COMMUNITIES[i % COMMUNITIES.length];
            Service.Builder s = Service.builder()
                    .id("svc-" + i)
                    .organisation("org-svc-" + (i % orgs))
                    .name("Service " + i)
                    .addProgramming(KINDS[i % KINDS.length], KINDS[(i + 5) % KINDS.length])
                    .addApproaches(approaches[i % approaches.length], approaches[(i + 3) % approaches.length])
                    .addKnowledges(knowledges[i % knowledges.length])
                    .addLanguages("en")
                    .addCommunities(community)
                    .remote(i % 6 == 0)
                    .open24x7(i % 10 == 0);
            if (i % 2 == 0) {
                s.addLanguages("fr");
            }
            if (i % 5 == 1) {
                s.addBarriers(barriers[i % barriers.length]);
            }
            switch (i % 4) {
                case 1 -> s.capacity(Capacity.WAITLIST).typicalWaitDays(7 + i % 60);
                case 3 -> s.capacity(Capacity.FULL);
                default -> s.capacity(Capacity.OPEN);
            }
            Location.Builder l = Location.builder()
                    .community(community)
                    .address(i + " Main Street")
                    .phone("705-555-" + String.format("%04d", i % 10_000));
            if (i % 4 == 0) {
                l.confidential(true).frontGate("Call the intake line first");
            }
            s.addLocations(l.build());
            d.addServices(s.build());
        }
        return d.build();
    }

    /** The matching context: today, in North Bay, asking for trauma-informed, peer-delivered services. */
    public static MatchContext context() {
        return MatchContext.builder()
                .today(LocalDate.of(2026, 5, 1))
                .community("North Bay")
                .addApproaches(Approach.TRAUMA_AND_VIOLENCE_INFORMED, Approach.PEER_DELIVERED)
                .hasIdentityDocuments(false)
                .build();
    }

    /** An edit by the lead case worker after everything in a plan. */
    public static Edit editAfter(CarePlan plan) {
        return Edit.of("m-0", plan.getRevision().getAt().plusSeconds(60), true);
    }

    private static final String[] NAMES = {"Aiyana", "Bea", "Chloé", "Dana", "Esi", "Fern", "Gwen", "Hana"};

    private static final String[] STATEMENTS = {
        "A place of my own, with a lock I trust",
        "See my kids every weekend",
        "Sleep through the night",
        "Get my health card back",
        "Go back to the land with my aunties",
        "Finish my high school diploma",
        "Stop using without anyone judging me",
        "Feel safe walking downtown"
    };
}
