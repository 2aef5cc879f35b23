package org.pathways.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentDecisions;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
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
import org.pathways.priority.PriorityStatus;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid Pathways values, published in the {@code tests} jar of
 * {@code pathways-core} for embedders' own property tests.
 *
 * <p>Every generated value satisfies every invariant of the model. Sensitive text is distinctive (it
 * starts with {@link #SENSITIVE_MARK}) and mixes in quotes, new lines, French and Ojibwe syllabics, so
 * a test can search any output for it.
 */
public final class Generators {
    /** Every generated sensitive text contains this mark. */
    public static final String SENSITIVE_MARK = "Secret";

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] FLAVOURS = {
        "", " \"quoted\"", "\nnew line", " élan à Sudbury", " ᐊᓂᔑᓈᐯᒧᐎᓐ", " \\ back\tslash"
    };

    private Generators() {}

    /**
     * Returns distinctive sensitive text.
     *
     * @return the generator
     */
    public static Gen<SensitiveText> sensitive() {
        return strings()
                .betweenCodePoints('a', 'z')
                .ofLengthBetween(8, 24)
                .zip(
                        integers().between(0, FLAVOURS.length - 1),
                        (s, f) -> SensitiveText.of(SENSITIVE_MARK + s + FLAVOURS[f]));
    }

    /**
     * Returns distinctive text an agency wrote, as {@link #sensitive()} makes it, in one language or
     * with alternatives in French and another language.
     *
     * @return the generator
     */
    public static Gen<org.pathways.LocalizedText> localized() {
        return in -> {
            org.pathways.LocalizedText t =
                    org.pathways.LocalizedText.of(sensitive().generate(in).reveal());
            if (bool(in, 2)) {
                t = t.with(
                        bool(in, 3) ? "fr-CA" : "fr", sensitive().generate(in).reveal());
            }
            if (bool(in, 5)) {
                t = t.with("oj", sensitive().generate(in).reveal());
            }
            return t;
        };
    }

    /**
     * Returns identifiers with a prefix, such as {@code p-kqz}.
     *
     * @param prefix the prefix
     * @return the generator
     */
    public static Gen<String> ids(String prefix) {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6).map(s -> prefix + "-" + s);
    }

    /**
     * Returns safe contacts.
     *
     * @return the generator
     */
    public static Gen<SafeContact> safeContacts() {
        return in -> {
            SafeContact.Builder b = SafeContact.builder();
            boolean doNotContact = bool(in, 5);
            b.doNotContact(doNotContact);
            List<ContactChannel> all = new ArrayList<>(List.of(ContactChannel.values()));
            shuffle(in, all);
            int safe = doNotContact ? 0 : pick(in, 0, 3);
            b.channels(all.subList(0, safe));
            b.neverUse(all.subList(safe, safe + pick(in, 0, 2)));
            b.messageAllowed(bool(in, 2));
            if (bool(in, 2)) {
                b.safeTimes(sensitive().generate(in));
            }
            if (bool(in, 2)) {
                b.codeWord(sensitive().generate(in));
            }
            if (bool(in, 2)) {
                b.details(sensitive().generate(in));
            }
            return b.build();
        };
    }

    /**
     * Returns people.
     *
     * @return the generator
     */
    public static Gen<Person> people() {
        return in -> {
            Person.Builder b = Person.builder().id(ids("person").generate(in));
            if (bool(in, 2)) {
                b.chosenName(sensitive().generate(in));
            }
            if (bool(in, 2)) {
                b.pronouns(List.of("she/her", "they/them", "he/him", "she/they").get(pick(in, 0, 3)));
            }
            List<String> languages = new ArrayList<>(List.of("en", "fr", "oj", "cr", "iu", "fr-CA"));
            shuffle(in, languages);
            b.languages(languages.subList(0, pick(in, 0, 3)));
            for (int i = pick(in, 0, 2); i > 0; i--) {
                b.addCulturalSupports(sensitive().generate(in));
            }
            if (bool(in, 3)) {
                b.selfDescription(sensitive().generate(in));
            }
            return b.safeContact(safeContacts().generate(in)).build();
        };
    }

    /**
     * Returns priorities expressed at or after 2026-01-01 and before {@link #latestTime()}.
     *
     * @param id the identifier to give
     * @return the generator
     */
    public static Gen<Priority> priorities(String id) {
        return in -> {
            Priority.Builder b = Priority.builder().id(id).statement(sensitive().generate(in));
            if (bool(in, 2)) {
                b.category(oneOf(in, PriorityCategory.values()));
            }
            b.domains(someOf(in, Domain.values()));
            b.expressedAt(time(in));
            return b.status(oneOf(in, PriorityStatus.values())).build();
        };
    }

    /**
     * Returns rankings of 0 to {@code max} priorities with identifiers {@code p-1}, {@code p-2}, ….
     *
     * @param max the largest size
     * @return the generator
     */
    public static Gen<Priorities> rankings(int max) {
        return rankings(0, max);
    }

    /**
     * Returns rankings of {@code min} to {@code max} priorities with identifiers {@code p-1}, ….
     *
     * @param min the smallest size
     * @param max the largest size
     * @return the generator
     */
    public static Gen<Priorities> rankings(int min, int max) {
        return in -> {
            int n = pick(in, min, max);
            List<Priority> list = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                list.add(priorities("p-" + i).generate(in));
            }
            shuffle(in, list);
            return Priorities.of(list);
        };
    }

    /**
     * Returns team members with identifiers {@code m-1}, … that are never the lead.
     *
     * @param id the identifier to give
     * @return the generator
     */
    public static Gen<TeamMember> members(String id) {
        return in -> {
            TeamMember.Builder b = TeamMember.builder().id(id).role(oneOf(in, TeamRole.values()));
            if (bool(in, 2)) {
                b.name(sensitive().generate(in));
            }
            if (bool(in, 3)) {
                b.organisation("org-" + pick(in, 1, 5));
            }
            return b.paid(bool(in, 2)).build();
        };
    }

    /**
     * Returns a legal status history of a step, starting with its proposal.
     *
     * @return the generator
     */
    public static Gen<List<StatusChange>> histories() {
        return in -> {
            List<StatusChange> history = new ArrayList<>();
            Instant at = time(in);
            StepStatus status = StepStatus.PROPOSED;
            history.add(StatusChange.proposed(at, "m-" + pick(in, 1, 3)));
            for (int n = pick(in, 0, 6); n > 0 && !status.isTerminal(); n--) {
                List<StepStatus> next = new ArrayList<>(status.next());
                StepStatus to = next.get(pick(in, 0, next.size() - 1));
                at = at.plusSeconds(pick(in, 0, 86_400));
                history.add(change(in, status, to, at));
                status = to;
            }
            return history;
        };
    }

    /**
     * Returns a legal change from one status to another.
     *
     * @param in the randomness
     * @param from the current status
     * @param to the next status, legal after {@code from}
     * @param at when
     * @return the change
     */
    public static StatusChange change(RandomnessSource in, StepStatus from, StepStatus to, Instant at) {
        String by = "m-" + pick(in, 1, 3);
        if (from == StepStatus.PROPOSED && to == StepStatus.AGREED) {
            return StatusChange.agreed(at, by, oneOf(in, AgreementMode.values()));
        }
        if (to == StepStatus.DECLINED) {
            return StatusChange.closed(to, oneOf(in, ClosureReason.values()), at, by);
        }
        if (to == StepStatus.CANCELLED) {
            ClosureReason[] reasons = EnumSet.complementOf(EnumSet.of(ClosureReason.PERSONS_CHOICE))
                    .toArray(new ClosureReason[0]);
            return StatusChange.closed(to, oneOf(in, reasons), at, by);
        }
        return StatusChange.to(to, at, by);
    }

    /**
     * Returns valid plans: up to 8 priorities, 12 steps and 6 members, current and former.
     *
     * @return the generator
     */
    public static Gen<CarePlan> plans() {
        return plans(0, 8, 12);
    }

    /**
     * Returns valid plans with at least one step, and so at least one priority.
     *
     * @return the generator
     */
    public static Gen<CarePlan> plansWithSteps() {
        return plans(1, 8, 12);
    }

    /**
     * Returns valid plans of bounded size.
     *
     * @param minSteps the fewest steps; when above 0, there is at least one priority
     * @param maxPriorities the most priorities
     * @param maxSteps the most steps; 0 when there are no priorities
     * @return the generator
     */
    public static Gen<CarePlan> plans(int minSteps, int maxPriorities, int maxSteps) {
        return in -> {
            Priorities ranked = rankings(minSteps > 0 ? 1 : 0, maxPriorities).generate(in);
            List<TeamMember> current = new ArrayList<>();
            List<TeamMember> former = new ArrayList<>();
            int members = pick(in, 0, 6);
            for (int i = 1; i <= members; i++) {
                (bool(in, 4) ? former : current).add(members("m-" + i).generate(in));
            }
            if (!current.isEmpty() && bool(in, 2)) {
                TeamMember lead = current.get(0);
                current.set(
                        0,
                        TeamMember.builder()
                                .from(lead)
                                .role(TeamRole.DEDICATED_CASE_WORKER)
                                .lead(true)
                                .build());
            }
            String agency = bool(in, 2) ? "org-1" : null;
            ConsentLedger ledger = ledgers(12).generate(in);
            List<PlanStep> steps = new ArrayList<>();
            int n = ranked.size() == 0 ? 0 : pick(in, minSteps, maxSteps);
            for (int i = 1; i <= n; i++) {
                steps.add(consented(step(in, "s-" + i, ranked, current, former), agency, ledger));
            }
            Instant latest = latestTime();
            CarePlan.Builder b = CarePlan.builder()
                    .id(ids("plan").generate(in))
                    .person(people().generate(in))
                    .priorities(ranked)
                    .team(CareTeam.of(current, former))
                    .steps(steps)
                    .consent(ledger)
                    .deferredDomains(someOf(in, Domain.values()));
            if (agency != null) {
                b.agency(agency);
            }
            for (int i = pick(in, 0, 2); i > 0; i--) {
                conference(in, "cc-" + i, agency, ledger, steps).ifPresent(b::addConferences);
            }
            if (bool(in, 3)) {
                b.addDisclosures(lawfulDisclosure(in));
            }
            CarePlan plan = b.revision(Revision.builder()
                            .number(pick(in, 1, 500))
                            .author("m-" + pick(in, 1, 3))
                            .at(latest.plusSeconds(pick(in, 0, 1000)))
                            .personPresent(bool(in, 2))
                            .build())
                    .build();
            if (bool(in, 2)) {
                Edit share = Edit.of("m-1", plan.getRevision().getAt(), bool(in, 2));
                Recipient to = recipients().generate(in);
                Purpose why = oneOf(in, Purpose.values());
                if (!plan.getConsent()
                        .decide(to, EnumSet.allOf(InformationCategory.class), why, share.getAt())
                        .getPermitted()
                        .isEmpty()) {
                    try {
                        plan = Disclosures.disclose(plan, to, why, share).getPlan();
                    } catch (org.pathways.InvalidPlanException nothingOfThisPlan) {
                        // consent permitted only categories this plan does not hold; nothing was shared
                    }
                }
            }
            return plan;
        };
    }

    /**
     * Generates recipients: five organisations, three members and a table, so that entries meet.
     *
     * @return the generator
     */
    public static Gen<Recipient> recipients() {
        return in -> switch (pick(in, 0, 8)) {
            case 0, 1, 2, 3, 4 -> Recipient.organisation("org-" + pick(in, 1, 5));
            case 5, 6, 7 -> Recipient.member("m-" + pick(in, 1, 3));
            default -> Recipient.table("table-1");
        };
    }

    /**
     * Generates a grant, recorded at the given time.
     *
     * @param id the identifier
     * @param at when it is recorded
     * @return the generator
     */
    public static Gen<ConsentGrant> grants(String id, Instant at) {
        return in -> {
            boolean reporting = bool(in, 5);
            Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
            for (Purpose p : someOf(in, Purpose.values())) {
                if (p.isReporting() == reporting) {
                    purposes.add(p);
                }
            }
            if (purposes.isEmpty()) {
                purposes.add(reporting ? Purpose.DEIDENTIFIED_RESEARCH : Purpose.REFERRAL);
            }
            Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
            for (InformationCategory c : someOf(in, InformationCategory.values())) {
                if (!reporting || !c.isIdentifying()) {
                    categories.add(c);
                }
            }
            if (categories.isEmpty()) {
                categories.add(InformationCategory.PRIORITIES);
            }
            Instant from = at.plusSeconds(pick(in, -86_400, 86_400));
            ConsentGrant.Builder b = ConsentGrant.builder()
                    .id(id)
                    .recipient(recipients().generate(in))
                    .categories(categories)
                    .purposes(purposes)
                    .start(from)
                    .given(oneOf(in, ConsentMode.values()))
                    .recordedBy("m-" + pick(in, 1, 3))
                    .recordedAt(at);
            if (bool(in, 2)) {
                b.end(from.plusSeconds(pick(in, 1, 90 * 86_400)));
            } else if (bool(in, 3)) {
                b.expiresAt(from.plusSeconds(pick(in, 1, 90 * 86_400))); // an agency's time-limited release
            }
            if (bool(in, 3)) {
                b.conditions(sensitive().generate(in));
            }
            return b.build();
        };
    }

    /**
     * Generates a consent ledger of grants, refusals and revocations, recorded in time order over
     * the first 300 days of 2026, so before {@link #latestTime()}. Half of the ledgers start with a
     * broad grant to one organisation, so that external steps can go ahead.
     *
     * @param max the most entries
     * @return the generator
     */
    public static Gen<ConsentLedger> ledgers(int max) {
        return in -> {
            List<ConsentEntry> entries = new ArrayList<>();
            List<String> revocable = new ArrayList<>();
            Instant at = EPOCH;
            if (bool(in, 2)) {
                entries.add(ConsentGrant.builder()
                        .id("c-0")
                        .recipient(Recipient.organisation("org-" + pick(in, 1, 5)))
                        .categories(EnumSet.allOf(InformationCategory.class))
                        .purposes(EnumSet.of(
                                Purpose.REFERRAL, Purpose.CASE_CONFERENCE, Purpose.COORDINATION, Purpose.ACCOMPANIMENT))
                        .start(EPOCH)
                        .given(ConsentMode.WRITTEN)
                        .recordedBy("m-1")
                        .recordedAt(EPOCH)
                        .build());
                revocable.add("c-0");
            }
            for (int i = 1, n = pick(in, 0, max); i <= n; i++) {
                at = at.plusSeconds(pick(in, 0, 20 * 86_400));
                ConsentEntry e = entry(in, "c-" + i, at, revocable);
                entries.add(e);
                if (e.getGiven() == ConsentMode.VERBAL && bool(in, 3)) {
                    at = at.plusSeconds(pick(in, 0, 7 * 86_400)); // confirmed in writing, later
                    entries.add(ConsentConfirmation.builder()
                            .id("c-" + i + "-w")
                            .confirms(e.getId())
                            .given(ConsentMode.WRITTEN)
                            .recordedBy("m-" + pick(in, 1, 3))
                            .recordedAt(at)
                            .build());
                }
            }
            return ConsentLedger.of(entries);
        };
    }

    /**
     * Generates one entry to append at a time: a grant, a refusal, or a revocation of one of the
     * revocable entries (which it then removes from the list) or of a whole recipient.
     *
     * @param in the randomness
     * @param id the identifier
     * @param at when it is recorded
     * @param revocable identifiers of grants and refusals not yet revoked; updated
     * @return the entry
     */
    public static ConsentEntry entry(RandomnessSource in, String id, Instant at, List<String> revocable) {
        int kind = pick(in, 1, 20);
        ConsentMode given = oneOf(in, ConsentMode.values());
        String by = "m-" + pick(in, 1, 3);
        if (kind <= 12) {
            revocable.add(id);
            return grants(id, at).generate(in);
        }
        if (kind <= 15) {
            revocable.add(id);
            ConsentRefusal.Builder b = ConsentRefusal.builder()
                    .id(id)
                    .recipient(recipients().generate(in))
                    .given(given)
                    .recordedBy(by)
                    .recordedAt(at);
            if (bool(in, 4)) { // the person's instruction about items: priorities or steps by identifier
                for (int i = 0, n = pick(in, 1, 3); i < n; i++) {
                    b.addItems((bool(in, 2) ? "p-" : "s-") + pick(in, 0, 5));
                }
            } else {
                b.categories(someOrOne(in));
            }
            return b.build();
        }
        ConsentRevocation.Builder b =
                ConsentRevocation.builder().id(id).given(given).recordedBy(by).recordedAt(at);
        if (!revocable.isEmpty() && bool(in, 2)) {
            b.revokes(revocable.remove(pick(in, 0, revocable.size() - 1)));
        } else {
            b.recipient(recipients().generate(in));
        }
        return b.build();
    }

    private static Set<InformationCategory> someOrOne(RandomnessSource in) {
        Set<InformationCategory> c = someOf(in, InformationCategory.values());
        return c.isEmpty() ? EnumSet.of(oneOf(in, InformationCategory.values())) : c;
    }

    /** A step that goes ahead only as the ledger allows: otherwise its own agency provides it. */
    private static PlanStep consented(PlanStep s, String agency, ConsentLedger ledger) {
        if (s.getProvider().isEmpty() || s.getProvider().get().equals(agency)) {
            return s;
        }
        Recipient to = Recipient.organisation(s.getProvider().get());
        for (StatusChange c : s.getHistory()) {
            if (c.getStatus() == StepStatus.IN_PROGRESS
                    && !ledger.decide(to, s.getNeeds(), s.getSharingPurpose(), c.getAt())
                            .isPermitted()) {
                return PlanStep.builder()
                        .from(s)
                        .provider(java.util.Optional.empty())
                        .build();
            }
        }
        return s;
    }

    private static java.util.Optional<CaseConference> conference(
            RandomnessSource in, String id, String agency, ConsentLedger ledger, List<PlanStep> steps) {
        Instant at = time(in);
        Set<InformationCategory> shares = someOf(in, InformationCategory.values());
        CaseConference.Builder b =
                CaseConference.builder().id(id).at(at).shares(shares).attendance(oneOf(in, Attendance.values()));
        Set<InformationCategory> needs = EnumSet.of(InformationCategory.IDENTITY);
        needs.addAll(shares);
        for (int o = 1; o <= 5; o++) {
            String org = "org-" + o;
            ConsentDecisions d = ledger.decide(Recipient.organisation(org), needs, Purpose.CASE_CONFERENCE, at);
            if (org.equals(agency) || d.isPermitted()) {
                b.addOrganisations(org);
            }
        }
        if (bool(in, 2)) {
            b.table("table-1");
        }
        if (bool(in, 3)) {
            b.recordedAt(at.plusSeconds(pick(in, 1, 86_400))); // a late entry
        }
        if (bool(in, 2)) {
            b.agenda(sensitive().generate(in));
        }
        for (PlanStep s : steps) {
            if (bool(in, 4)) {
                b.addProduced(s.getId());
            }
        }
        try {
            return java.util.Optional.of(b.build());
        } catch (org.pathways.InvalidPlanException noOrganisationMayAttend) {
            return java.util.Optional.empty();
        }
    }

    private static Disclosure lawfulDisclosure(RandomnessSource in) {
        Instant at = time(in);
        Disclosure.Builder b = Disclosure.builder()
                .id("d-lawful")
                .recipient(recipients().generate(in))
                .purpose(oneOf(in, Purpose.values()))
                .categories(someOrOne(in))
                .at(at)
                .by("m-" + pick(in, 1, 3))
                .basis(oneOf(in, new DisclosureBasis[] {
                    DisclosureBasis.IMMINENT_RISK_OF_SERIOUS_HARM,
                    DisclosureBasis.LEGAL_DUTY,
                    DisclosureBasis.COURT_ORDER
                }))
                .reason(sensitive().generate(in))
                .decidedBy("m-" + pick(in, 1, 3));
        if (bool(in, 2)) {
            b.decidedAs(oneOf(in, new String[] {"privacy-officer", "clinical-supervisor"}));
        }
        if (bool(in, 2)) {
            b.personToldAt(at.plusSeconds(pick(in, 0, 86_400)));
        }
        if (bool(in, 3)) {
            b.recordedAt(at.plusSeconds(pick(in, 1, 86_400))); // a late entry
        }
        return b.build();
    }

    /**
     * Returns the time after every generated priority and history entry.
     *
     * @return the instant
     */
    public static Instant latestTime() {
        return EPOCH.plus(Duration.ofDays(400));
    }

    private static PlanStep step(
            RandomnessSource in, String id, Priorities ranked, List<TeamMember> current, List<TeamMember> former) {
        PlanStep.Builder b = PlanStep.builder().id(id).kind(oneOf(in, StepKind.values()));
        int serves = pick(in, 1, Math.min(3, ranked.size()));
        for (int i = 0; i < serves; i++) {
            b.addServes(ranked.atRank(pick(in, 1, ranked.size())).getId());
        }
        List<StatusChange> history = histories().generate(in);
        b.history(history);
        boolean open = !history.get(history.size() - 1).getStatus().isTerminal();
        List<TeamMember> eligible = new ArrayList<>(current);
        if (!open) {
            eligible.addAll(former);
        }
        if (!eligible.isEmpty() && bool(in, 2)) {
            b.responsible(eligible.get(pick(in, 0, eligible.size() - 1)).getId());
        }
        Accompaniment a = oneOf(in, Accompaniment.values());
        b.accompaniment(a);
        if (!eligible.isEmpty() && (a == Accompaniment.OFFERED || a == Accompaniment.ACCEPTED) && bool(in, 2)) {
            b.accompaniedBy(eligible.get(pick(in, 0, eligible.size() - 1)).getId());
        }
        if (bool(in, 2)) {
            b.provider("org-" + pick(in, 1, 5));
        }
        if (bool(in, 3)) {
            b.description(localized().generate(in));
        }
        if (bool(in, 2)) {
            b.due(LocalDate.of(2026, 1, 1).plusDays(pick(in, 0, 700)));
        }
        b.shares(someOf(in, InformationCategory.values()));
        return b.firstAppointment(bool(in, 3)).build();
    }

    private static Instant time(RandomnessSource in) {
        return EPOCH.plusSeconds(pick(in, 0, 300 * 86_400));
    }

    /** The communities a generated directory serves (real town names; the services are fictional). */
    public static final List<String> COMMUNITIES =
            List.of("North Bay", "Sudbury", "Timmins", "Mattawa", "Sturgeon Falls", "Kirkland Lake");

    /**
     * Generates a location; a confidential one has a front gate (with a French alternative or without),
     * and its address and phone carry
     * {@code CONFIDENTIAL} so tests can look for them.
     *
     * @return the generator
     */
    public static Gen<org.pathways.directory.Location> locations() {
        return in -> {
            boolean confidential = bool(in, 3);
            org.pathways.directory.Location.Builder b = org.pathways.directory.Location.builder()
                    .community(COMMUNITIES.get(pick(in, 0, COMMUNITIES.size() - 1)))
                    .confidential(confidential);
            String mark = confidential ? "CONFIDENTIAL " : "";
            if (bool(in, 2)) {
                b.address(mark + pick(in, 1, 999) + " " + ids("street").generate(in));
            }
            if (bool(in, 2)) {
                b.phone(mark + "705-555-0" + pick(in, 100, 199));
            }
            if (confidential || bool(in, 3)) {
                String number = "1-800-555-0" + pick(in, 100, 199);
                org.pathways.LocalizedText gate = org.pathways.LocalizedText.of("intake line " + number);
                b.frontGate(bool(in, 2) ? gate.with("fr", "ligne d'accueil " + number) : gate);
            }
            return b.build();
        };
    }

    /**
     * Generates a service directory of up to four organisations and twelve services.
     *
     * @return the generator
     */
    public static Gen<org.pathways.directory.ServiceDirectory> directories() {
        return in -> {
            org.pathways.directory.ServiceDirectory.Builder b = org.pathways.directory.ServiceDirectory.builder();
            int organisations = pick(in, 1, 4);
            for (int o = 1; o <= organisations; o++) {
                b.addOrganisations(
                        bool(in, 2)
                                ? org.pathways.directory.Organisation.of(
                                        "org-" + o,
                                        org.pathways.LocalizedText.of("Organisation " + o)
                                                .with("fr", "Organisme " + o))
                                : org.pathways.directory.Organisation.of("org-" + o, "Organisation " + o));
            }
            for (int i = 1, n = pick(in, 0, 12); i <= n; i++) {
                Set<StepKind> programming = someOf(in, StepKind.values());
                if (programming.isEmpty()) {
                    programming.add(oneOf(in, StepKind.values()));
                }
                org.pathways.directory.Capacity capacity = oneOf(in, org.pathways.directory.Capacity.values());
                List<String> languages = new ArrayList<>(List.of("en", "fr", "oj", "cr", "fr-CA"));
                shuffle(in, languages);
                Set<String> communities = new java.util.TreeSet<>();
                for (String c : COMMUNITIES) {
                    if (bool(in, 3)) {
                        communities.add(c);
                    }
                }
                org.pathways.directory.Service.Builder s = org.pathways.directory.Service.builder()
                        .id("svc-" + i)
                        .organisation("org-" + pick(in, 1, organisations))
                        .name(
                                bool(in, 2)
                                        ? org.pathways.LocalizedText.of("Service " + i)
                                                .with("fr", "Service en français " + i)
                                        : org.pathways.LocalizedText.of("Service " + i))
                        .programming(programming)
                        .approaches(someOf(in, org.pathways.directory.Approach.values()))
                        .knowledges(someOf(in, org.pathways.directory.Knowledge.values()))
                        .languages(languages.subList(0, pick(in, 0, 3)))
                        .communities(communities)
                        .remote(bool(in, 3))
                        .open24x7(bool(in, 4))
                        .capacity(capacity)
                        .barriers(someOf(in, org.pathways.directory.Barrier.values()));
                if (capacity == org.pathways.directory.Capacity.WAITLIST) {
                    s.typicalWaitDays(pick(in, 0, 120));
                }
                if (bool(in, 2)) {
                    int close = pick(in, 4, 9);
                    org.pathways.LocalizedText hours = org.pathways.LocalizedText.of("Monday to Friday, 9 to " + close);
                    s.hours(
                            bool(in, 2)
                                    ? hours.with("fr", "Du lundi au vendredi, de 9 h à " + (close + 12) + " h")
                                    : hours);
                }
                for (int l = pick(in, 0, 2); l > 0; l--) {
                    s.addLocations(locations().generate(in));
                }
                b.addServices(s.build());
            }
            return b.build();
        };
    }

    /**
     * Returns how many examples a property tries: {@code n}, scaled by the system property
     * {@code pathways.examples.percent} (100 unless set), so that a mutation-testing run, which
     * reruns the properties for every mutant, can try fewer.
     *
     * @param n the examples of a full run
     * @return at least 1
     */
    public static int examples(int n) {
        return Math.max(1, n * Integer.getInteger("pathways.examples.percent", 100) / 100);
    }

    /**
     * Picks a whole number.
     *
     * @param in the randomness
     * @param min the least value
     * @param max the greatest value
     * @return a number from min to max
     */
    public static int pick(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    static boolean bool(RandomnessSource in, int oneIn) {
        return pick(in, 1, oneIn) == 1;
    }

    static <E> E oneOf(RandomnessSource in, E[] values) {
        return values[pick(in, 0, values.length - 1)];
    }

    static <E extends Enum<E>> Set<E> someOf(RandomnessSource in, E[] values) {
        Set<E> out = EnumSet.noneOf(values[0].getDeclaringClass());
        for (E v : values) {
            if (booleans().all().generate(in)) {
                out.add(v);
            }
        }
        return out;
    }

    static <T> void shuffle(RandomnessSource in, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = pick(in, 0, i);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
