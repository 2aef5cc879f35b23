package org.pathways.examples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pathways.InvalidPlanException;
import org.pathways.LocalizedText;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentDecision;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Approach;
import org.pathways.directory.GapReport;
import org.pathways.directory.MatchContext;
import org.pathways.directory.ServiceDirectory;
import org.pathways.directory.ServiceMatch;
import org.pathways.directory.ServiceMatching;
import org.pathways.disclosure.Disclosed;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.fhir.FhirBundles;
import org.pathways.json.PlanJson;
import org.pathways.page.PersonPage;
import org.pathways.page.WorkerPage;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanHistory;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.referral.PacketText;
import org.pathways.referral.Referrals;
import org.pathways.referral.Referrer;
import org.pathways.referral.Sent;
import org.pathways.research.Caseload;
import org.pathways.research.ExtractReport;
import org.pathways.research.ResearchExtract;
import org.pathways.review.Finding;
import org.pathways.review.PlanReview;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/**
 * A realistic plan in the spirit of the briefs, for a fictional person: Amara's priorities are
 * reuniting with her daughter, a safe place to live and counselling, in her own words. Her dedicated
 * case worker and a paid peer support worker are on her team; she consents to sharing with a shelter
 * for a referral and refuses any sharing with the police; the referral goes ahead with her case worker
 * beside her; a case conference meets without the organisation she has not consented to; the shelter
 * receives only what she agreed to; and she declines a group programme she does not want. The
 * network's services are matched to her priorities and its gaps reported. Every person, agency and
 * story here is fictional.
 */
public final class AmaraPlan {
    private static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");
    private static final String AGENCY = "org-trillium-outreach";
    private static final Recipient SHELTER = Recipient.organisation("org-birchwood-house");
    private static final Recipient POLICE = Recipient.organisation("org-city-police");
    private static final Recipient HEALTH_CENTRE = Recipient.organisation("org-bay-health");
    private static final Recipient LEGAL_CLINIC = Recipient.organisation("org-lakeshore-legal-clinic");

    /** What the shelter received, kept for {@link #main}. */
    private static String shelterView;

    private AmaraPlan() {}

    /**
     * Builds the plan, moves its steps, prints a summary, the review and the JSON, and writes
     * Amara's plan and her worker's summary as HTML pages in English and French.
     *
     * @param args the directory for the pages; when not given, the system property
     *     {@code pathways.pages}, or else {@code target/pages}
     */
    public static void main(String[] args) {
        PlanHistory history = build();
        CarePlan plan = history.latest();
        System.out.println(summary(plan));
        System.out.println("Revisions:");
        for (CarePlan r : history.getRevisions()) {
            System.out.printf(
                    "  %2d  %s  %-6s %s%s%n",
                    r.getRevision().getNumber(),
                    r.getRevision().getAt(),
                    r.getRevision().getAuthor(),
                    r.getRevision().getDescription().orElse(""),
                    r.getRevision().isPersonPresent() ? "" : "  (Amara not present)");
        }
        System.out.println();
        System.out.println("Review:");
        PlanReview review = PlanReview.of(plan);
        for (Finding f : review.getFindings()) {
            System.out.println("  " + f);
        }
        System.out.println("  valid: " + review.isValid());
        System.out.println();
        System.out.println("Consent ledger:");
        for (ConsentEntry e : plan.getConsent().getEntries()) {
            System.out.println("  " + e.getId() + " "
                    + e.getClass().getSimpleName().replace("Immutable", "") + " ("
                    + e.getGiven().getCode() + ", recorded by " + e.getRecordedBy() + " at " + e.getRecordedAt() + ")");
        }
        Instant now = plan.getRevision().getAt();
        for (Recipient r : List.of(SHELTER, POLICE, LEGAL_CLINIC)) {
            ConsentDecision d = plan.getConsent().decide(r, InformationCategory.PRIORITIES, Purpose.REFERRAL, now);
            System.out.println("  " + d.explain());
        }
        System.out.println();
        System.out.println("What the shelter received (a disclosure view):");
        System.out.println(shelterView);
        System.out.println();
        ServiceDirectory network = network();
        MatchContext context = MatchContext.builder()
                .today(LocalDate.ofInstant(plan.getRevision().getAt(), java.time.ZoneOffset.UTC))
                .community("North Bay")
                .addApproaches(Approach.INDIGENOUS_CENTRIC) // she asked for Indigenous supports
                .hasIdentityDocuments(false)
                .build();
        for (String priority : List.of("p-housing", "p-daughter", "p-counselling")) {
            System.out.println("Services for " + priority + ", best first:");
            for (ServiceMatch m : ServiceMatching.forPriority(plan, priority, network, context)) {
                System.out.println("  " + m.getService().getId() + " — fits: " + String.join("; ", m.getFits()));
                if (!m.getCollisions().isEmpty()) {
                    System.out.println("      collides: " + String.join("; ", m.getCollisions()));
                }
                if (!m.getConcerns().isEmpty()) {
                    System.out.println("      might not: " + String.join("; ", m.getConcerns()));
                }
            }
        }
        // the same reasons as a French-speaking worker reads them, with their arguments
        org.pathways.text.Labels french = org.pathways.text.Labels.of(java.util.Locale.CANADA_FRENCH);
        ServiceMatching.forPriority(plan, "p-housing", network, context).stream()
                .findFirst()
                .ifPresent(m -> {
                    System.out.println(
                            "En français, " + m.getService().getName().in(french.getLocale()) + " :");
                    m.getReasons().forEach(r -> System.out.println("  " + french.explain(r)));
                });
        System.out.println();
        System.out.println(GapReport.of(network, List.of(plan), GapReport.DEFAULT_THRESHOLD)
                .toText());
        Path pages = Path.of(args.length > 0 ? args[0] : System.getProperty("pathways.pages", "target/pages"));
        writePages(history, network, pages);
        System.out.println("Amara's plan as pages, in English and French: " + pages.toAbsolutePath());
        System.out.println();
        plan = referrals(plan);
        // Harbour House's decline is "why not" data for the network; one decline alone is a small
        // count, so the default threshold withholds it, and the counts it could be subtracted from
        System.out.println("Why not: referrals declined, by kind and reason (docs/reports.md):");
        System.out.println(GapReport.of(network, List.of(plan), GapReport.DEFAULT_THRESHOLD)
                .getDeclinesByKind()
                .toText());
        System.out.println("JSON:");
        String json = PlanJson.defaults().withPrettyPrinting().write(plan);
        System.out.println(json);
        if (!PlanJson.defaults().readPlan(json).equals(plan)) {
            throw new IllegalStateException("the plan did not survive its JSON round trip");
        }
        System.out.println("FHIR R4 (docs/fhir.md): Amara's plan, with the referrals' answers, as a Bundle:");
        String bundle = FhirBundles.create().withPrettyPrinting().write(plan);
        System.out.println(bundle);
        if (!FhirBundles.create().readPlan(bundle).equals(plan)) {
            throw new IllegalStateException("the plan did not survive its FHIR round trip");
        }
        researchExtract(history.latest());
    }

    /**
     * A research extract (docs/research.md) of a caseload of one: Amara consents to de-identified
     * research, and still no row is written, because fewer than k = 5 people share her
     * quasi-identifiers. The extract says so instead.
     */
    private static void researchExtract(CarePlan plan) {
        Instant at = plan.getRevision().getAt().plus(Duration.ofDays(1));
        Recipient researchers = Recipient.organisation("org-northern-research");
        CarePlan consenting = plan.recordConsent(
                ConsentGrant.builder()
                        .id("c-research")
                        .recipient(researchers)
                        .addCategories(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                        .addPurposes(Purpose.DEIDENTIFIED_RESEARCH)
                        .start(at)
                        .given(ConsentMode.WRITTEN)
                        .recordedBy("m-jo")
                        .recordedAt(at)
                        .build(),
                Edit.of("m-jo", at, true));
        byte[] key = new byte[ResearchExtract.MIN_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ExtractReport report =
                ResearchExtract.builder(key, researchers, at).build().writeCsv(Caseload.of(List.of(consenting)), csv);
        System.out.println("A research extract of a caseload of one (docs/research.md):");
        System.out.print(csv.toString(StandardCharsets.UTF_8));
        System.out.println("  " + report);
    }

    /**
     * Writes Amara's own plan and her worker's summary as HTML pages, in English and French: her page
     * for the screen, her page safe to print (no code word, no confidential address, no one else's
     * name) and the worker's summary, six files in all.
     *
     * @param history the plan's history
     * @param network the directory that names the organisations and says how to reach them
     * @param dir the directory to write to; created when missing
     * @return the files written, her pages first
     */
    public static List<Path> writePages(PlanHistory history, ServiceDirectory network, Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Locale locale : List.of(Locale.CANADA, Locale.CANADA_FRENCH)) {
                String lang = locale.getLanguage();
                PersonPage page = PersonPage.of(history.latest())
                        .withDirectory(network)
                        .withNames(java.util.Map.of(POLICE.getId(), "City Police"))
                        .withLocale(locale);
                written.add(Files.writeString(dir.resolve("amara-plan-" + lang + ".html"), page.toHtml()));
                written.add(Files.writeString(
                        dir.resolve("amara-plan-" + lang + "-safe-to-print.html"),
                        page.withSafeToPrint(true).toHtml()));
            }
            for (Locale locale : List.of(Locale.CANADA, Locale.CANADA_FRENCH)) {
                written.add(Files.writeString(
                        dir.resolve("amara-summary-" + locale.getLanguage() + ".html"),
                        WorkerPage.of(history).withLocale(locale).toHtml()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return written;
    }

    /**
     * The referral exchange: Harbour House waitlists Amara and then declines for identity documents;
     * then an accompanied referral to Juniper Lodge, which takes her in and accepts (both fictional).
     *
     * @param plan Amara's plan
     * @return the plan with both referrals and their answers in the steps' histories
     */
    static CarePlan referrals(CarePlan plan) {
        Instant start = plan.getRevision().getAt();
        java.util.function.IntFunction<Edit> day = d -> Edit.of("m-jo", start.plus(Duration.ofDays(d)), false);
        Referrer jo = Referrer.builder()
                .id("m-jo")
                .role(TeamRole.DEDICATED_CASE_WORKER)
                .organisation("org-trillium-outreach")
                .name(SensitiveText.of("Jo"))
                .reach(SensitiveText.of("705-555-0142, weekdays"))
                .build();
        String harbour = "org-harbour-house";
        String juniper = "org-juniper-lodge";
        plan = plan.recordConsent(referralGrant("c-harbour", harbour, start), day.apply(0))
                .proposeStep(referralStep("s-harbour", harbour, start, false), day.apply(0))
                .agreeToStep("s-harbour", AgreementMode.VERBAL, day.apply(0));
        Sent first = Referrals.send(plan, "s-harbour", jo, day.apply(0));
        plan = first.getPlan();
        System.out.println("Referral packet for Harbour House, as printed:");
        System.out.println(PacketText.of(first.getPacket()));
        String id = first.getPacket().getId();
        plan = Referrals.apply(
                plan,
                answer("h-1", id, "s-harbour", harbour, AnswerKind.WAITLISTED, start.plus(Duration.ofDays(1)))
                        .waitDays(21)
                        .build(),
                day.apply(1));
        plan = Referrals.apply(
                plan,
                answer("h-2", id, "s-harbour", harbour, AnswerKind.DECLINED, start.plus(Duration.ofDays(8)))
                        .reason(DeclineReason.REQUIRES_IDENTITY_DOCUMENTS)
                        .build(),
                day.apply(8));
        Instant later = start.plus(Duration.ofDays(8));
        plan = plan.recordConsent(referralGrant("c-juniper", juniper, later), day.apply(8))
                .proposeStep(referralStep("s-juniper", juniper, later, true), day.apply(8))
                .agreeToStep("s-juniper", AgreementMode.VERBAL, day.apply(8));
        Sent second = Referrals.send(plan, "s-juniper", jo, day.apply(8));
        plan = second.getPlan();
        CarePlan theirs = Referrals.intake(second.getPacket(), "plan-juniper-0031", juniper, day.apply(9));
        System.out.println("Juniper Lodge's own plan starts with her priorities, in her order:");
        theirs.getPriorities().getRanked().forEach(p -> System.out.println("  " + p.getId()));
        // Juniper Lodge answers the way a FHIR system does (HL7 Gravity): its Task, accepted, with
        // the first appointment as the start of the service; applyTask reads it as an answer.
        String task = "{\"resourceType\":\"Task\",\"identifier\":[{\"system\":\"" + FhirBundles.BASE
                + "/sid/step\",\"value\":\"s-juniper\"}],\"status\":\"accepted\",\"intent\":\"order\","
                + "\"owner\":{\"type\":\"Organization\",\"identifier\":{\"system\":\"" + FhirBundles.BASE
                + "/sid/organisation\",\"value\":\"" + juniper + "\"}},\"lastModified\":\""
                + start.plus(Duration.ofDays(9)) + "\",\"executionPeriod\":{\"start\":\""
                + start.plus(Duration.ofDays(12)) + "\"}}";
        System.out.println("Juniper Lodge's answer, as a FHIR Task:");
        System.out.println("  " + task);
        plan = FhirBundles.create().applyTask(plan, task, day.apply(9));
        System.out.println("Answers in the steps' histories:");
        for (String step : List.of("s-harbour", "s-juniper")) {
            for (var c : plan.findStep(step).orElseThrow().getHistory()) {
                c.getAnswer()
                        .ifPresent(a -> System.out.println("  " + step + " "
                                + a.getKind().getCode()
                                + a.getReason()
                                        .map(r -> " (" + r.getCode() + ")")
                                        .orElse("") + " -> " + c.getStatus().getCode()
                                + c.getReason()
                                        .map(r -> " (" + r.getCode() + ")")
                                        .orElse("")));
            }
        }
        System.out.println();
        return plan;
    }

    private static ConsentGrant referralGrant(String id, String shelter, Instant at) {
        return ConsentGrant.builder()
                .id(id)
                .recipient(Recipient.organisation(shelter))
                .addCategories(
                        InformationCategory.IDENTITY,
                        InformationCategory.CONTACT,
                        InformationCategory.PRIORITIES,
                        InformationCategory.PLAN_STEPS,
                        InformationCategory.LOCATION_AND_SAFETY,
                        InformationCategory.CARE_TEAM)
                .addPurposes(Purpose.REFERRAL)
                .start(at)
                .end(at.plus(Duration.ofDays(90)))
                .given(ConsentMode.VERBAL)
                .recordedBy("m-jo")
                .recordedAt(at)
                .build();
    }

    private static PlanStep referralStep(String id, String shelter, Instant at, boolean accompanied) {
        PlanStep.Builder b = PlanStep.builder()
                .id(id)
                .kind(StepKind.REFERRAL)
                .addServes("p-housing")
                .provider(shelter)
                .responsible("m-jo")
                .addShares(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .proposed(at, "m-jo");
        if (accompanied) {
            b.accompaniment(Accompaniment.ACCEPTED).accompaniedBy("m-jo").firstAppointment(true);
        }
        return b.build();
    }

    private static ReferralAnswer.Builder answer(
            String id, String referral, String step, String from, AnswerKind kind, Instant at) {
        return ReferralAnswer.builder()
                .id(id)
                .referral(referral)
                .step(step)
                .from(from)
                .kind(kind)
                .at(at);
    }

    /**
     * Reads the sample directory: a fictional network in northeastern Ontario (real town names,
     * fictional organisations and services).
     *
     * @return the directory
     */
    public static ServiceDirectory network() {
        try (java.io.InputStream in = AmaraPlan.class.getResourceAsStream("/northeastern-ontario-directory.json")) {
            return PlanJson.defaults().read(in, ServiceDirectory.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Builds Amara's plan revision by revision.
     *
     * @return the plan's history
     */
    public static PlanHistory build() {
        Edit intake = edit("m-jo", 0, true);
        Person amara = Person.builder()
                .id("person-7a41")
                .chosenName(SensitiveText.of("Amara"))
                .pronouns("she/her")
                .addLanguages("en", "oj")
                .addCulturalSupports(SensitiveText.of("I'd like to smudge before big appointments"))
                .safeContact(SafeContact.builder()
                        .addChannels(ContactChannel.TEXT_MESSAGE, ContactChannel.THROUGH_CASE_WORKER)
                        .addNeverUse(ContactChannel.PHONE_CALL)
                        .safeTimes(SensitiveText.of("weekdays between 10 and 2"))
                        .codeWord(SensitiveText.of("blueberry"))
                        .build())
                .build();
        Priority daughter = priority(
                "p-daughter",
                "I want my daughter back with me",
                PriorityCategory.CHILDREN_AND_FAMILY,
                Domain.EMOTIONAL,
                Domain.SPIRITUAL);
        Priority housing = priority(
                "p-housing",
                "Somewhere safe to sleep where he can't find me",
                PriorityCategory.HOUSING,
                Domain.PHYSICAL);
        Priority counselling = priority(
                "p-counselling",
                "Someone to talk to about what happened, when I'm ready",
                PriorityCategory.MENTAL_HEALTH,
                Domain.PSYCHOLOGICAL,
                Domain.EMOTIONAL);

        CarePlan plan = CarePlan.start("plan-7a41", AGENCY, amara, intake);
        PlanHistory history = PlanHistory.of(plan);
        history = history.append(history.latest()
                .addMember(
                        TeamMember.builder()
                                .id("m-jo")
                                .role(TeamRole.DEDICATED_CASE_WORKER)
                                .organisation("org-trillium-outreach")
                                .lead(true)
                                .paid(true)
                                .build(),
                        intake));
        history = history.append(history.latest()
                .addMember(
                        TeamMember.builder()
                                .id("m-rae")
                                .name(SensitiveText.of("Rae"))
                                .role(TeamRole.PEER_SUPPORT_WORKER)
                                .organisation("org-trillium-outreach")
                                .paid(true)
                                .build(),
                        intake));
        history = history.append(history.latest().addPriority(daughter, 1, intake));
        history = history.append(history.latest().addPriority(housing, 2, intake));
        history = history.append(history.latest().addPriority(counselling, 3, intake));

        PlanStep shelter = PlanStep.builder()
                .id("s-shelter")
                .kind(StepKind.REFERRAL)
                .addServes("p-housing")
                .description(
                        LocalizedText.of("Referral to a women's shelter that takes people who use")
                                .with(
                                        "fr",
                                        "Aiguillage vers une maison d'hébergement pour femmes qui accueille les personnes qui consomment"))
                .provider("org-birchwood-house")
                .responsible("m-jo")
                .accompaniment(Accompaniment.ACCEPTED)
                .accompaniedBy("m-jo")
                .firstAppointment(true)
                .due(LocalDate.parse("2026-03-06"))
                .addShares(
                        InformationCategory.CONTACT,
                        InformationCategory.PRIORITIES,
                        InformationCategory.LOCATION_AND_SAFETY)
                .proposed(INTAKE, "m-jo")
                .build();
        PlanStep court = PlanStep.builder()
                .id("s-family-court")
                .kind(StepKind.LEGAL_SUPPORT)
                .addServes("p-daughter")
                .provider("org-lakeshore-legal-clinic")
                .responsible("m-jo")
                .accompaniment(Accompaniment.OFFERED)
                .accompaniedBy("m-rae")
                .due(LocalDate.parse("2026-03-20"))
                .proposed(INTAKE, "m-jo")
                .build();
        PlanStep group = PlanStep.builder()
                .id("s-group")
                .kind(StepKind.SPECIALISED_PROGRAMMING)
                .addServes("p-counselling")
                .description(LocalizedText.of("Eight-week group programme")
                        .with("fr", "Programme de groupe de huit semaines"))
                .proposed(INTAKE, "m-jo")
                .build();
        PlanStep counsellor = PlanStep.builder()
                .id("s-counsellor")
                .kind(StepKind.COUNSELLING)
                .addServes("p-counselling", "p-daughter")
                .responsible("m-rae")
                .proposed(INTAKE, "m-jo")
                .build();
        for (PlanStep s : List.of(shelter, court, group)) {
            history = history.append(history.latest().proposeStep(s, intake));
        }
        history = history.append(history.latest().agreeToStep("s-shelter", AgreementMode.VERBAL, intake));
        history = history.append(history.latest().agreeToStep("s-family-court", AgreementMode.VERBAL, intake));
        history = history.append(
                history.latest().declineStep("s-group", ClosureReason.PERSONS_CHOICE, edit("m-jo", 1, true)));
        history = history.append(history.latest().proposeStep(counsellor, edit("m-jo", 1, true)));
        history = history.append(
                history.latest().agreeToStep("s-counsellor", AgreementMode.VERBAL, edit("m-jo", 1, true)));

        // Without her consent, the referral cannot go ahead: the library says what is missing.
        try {
            history.latest().markStep("s-shelter", StepStatus.IN_PROGRESS, edit("m-jo", 1, true));
            throw new IllegalStateException("a referral went ahead without consent");
        } catch (InvalidPlanException expected) {
            System.out.println("Before Amara's consent: " + expected.getMessage());
            System.out.println();
        }
        Edit phone = edit("m-jo", 2, false); // Amara said yes by phone
        history = history.append(history.latest()
                .recordConsent(
                        ConsentGrant.builder()
                                .id("c-1")
                                .recipient(SHELTER)
                                .addCategories(
                                        InformationCategory.IDENTITY,
                                        InformationCategory.CONTACT,
                                        InformationCategory.PRIORITIES,
                                        InformationCategory.PLAN_STEPS,
                                        InformationCategory.LOCATION_AND_SAFETY)
                                .addPurposes(Purpose.REFERRAL, Purpose.ACCOMPANIMENT)
                                .start(phone.getAt())
                                .end(phone.getAt().plus(Duration.ofDays(90)))
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(phone.getAt())
                                .conditions(SensitiveText.of("Text first. Never leave a voicemail."))
                                .build(),
                        phone));
        history = history.append(history.latest()
                .recordConsent(
                        ConsentRefusal.builder()
                                .id("c-2")
                                .recipient(POLICE)
                                .addCategories(InformationCategory.values())
                                .given(ConsentMode.VERBAL)
                                .recordedBy("m-jo")
                                .recordedAt(phone.getAt())
                                .build(),
                        phone));
        Edit meeting = edit("m-jo", 3, true);
        for (String[] g : new String[][] {{"c-3", "org-birchwood-house"}, {"c-4", "org-bay-health"}}) {
            history = history.append(history.latest()
                    .recordConsent(
                            ConsentGrant.builder()
                                    .id(g[0])
                                    .recipient(Recipient.organisation(g[1]))
                                    .addCategories(
                                            InformationCategory.IDENTITY,
                                            InformationCategory.PRIORITIES,
                                            InformationCategory.PLAN_STEPS)
                                    .addPurposes(Purpose.CASE_CONFERENCE)
                                    .start(meeting.getAt())
                                    .given(ConsentMode.WRITTEN)
                                    .recordedBy("m-jo")
                                    .recordedAt(meeting.getAt())
                                    .build(),
                            meeting));
        }
        history = history.append(history.latest().markStep("s-shelter", StepStatus.IN_PROGRESS, meeting));

        Disclosed toShelter = Disclosures.disclose(history.latest(), SHELTER, Purpose.REFERRAL, meeting);
        history = history.append(toShelter.getPlan());
        shelterView = PlanJson.defaults().withPrettyPrinting().write(toShelter.getView());
        if (!PlanJson.defaults().read(shelterView, PlanView.class).equals(toShelter.getView())) {
            throw new IllegalStateException("the shelter's view did not survive its JSON round trip");
        }

        // The case-conferencing table: the legal clinic has no consent to sit in on Amara's plan.
        Edit table = edit("m-jo", 7, false);
        CaseConference.Builder conference = CaseConference.builder()
                .id("cc-1")
                .at(table.getAt())
                .table("table-nipissing-hub")
                .addShares(InformationCategory.PRIORITIES, InformationCategory.PLAN_STEPS)
                .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                .addProduced("s-counsellor");
        try {
            history.latest()
                    .recordCaseConference(
                            conference
                                    .addOrganisations(SHELTER.getId(), HEALTH_CENTRE.getId(), LEGAL_CLINIC.getId())
                                    .build(),
                            table);
            throw new IllegalStateException("a case conference shared without consent");
        } catch (InvalidPlanException expected) {
            System.out.println("Case conference refused: " + expected.getMessage());
            System.out.println();
        }
        history = history.append(history.latest()
                .recordCaseConference(
                        conference
                                .organisations(List.of(SHELTER.getId(), HEALTH_CENTRE.getId()))
                                .build(),
                        table));
        history = history.append(history.latest().markStep("s-shelter", StepStatus.COMPLETED, edit("m-jo", 8, false)));
        return history;
    }

    private static Priority priority(String id, String words, PriorityCategory category, Domain... domains) {
        return Priority.builder()
                .id(id)
                .statement(SensitiveText.of(words))
                .category(category)
                .addDomains(domains)
                .expressedAt(INTAKE)
                .build();
    }

    private static Edit edit(String author, int days, boolean present) {
        return Edit.of(author, INTAKE.plus(Duration.ofDays(days)).plusSeconds(60), present);
    }

    /**
     * Returns a readable summary of a plan. It shows the person's words, so it is for the person and
     * their team, never for a log.
     *
     * @param plan the plan
     * @return the summary
     */
    public static String summary(CarePlan plan) {
        StringBuilder out = new StringBuilder();
        String name = plan.getPerson()
                .getChosenName()
                .map(SensitiveText::reveal)
                .orElse(plan.getPerson().getId());
        out.append("Care plan ")
                .append(plan.getId())
                .append(" for ")
                .append(name)
                .append(plan.getPerson().getPronouns().map(p -> " (" + p + ")").orElse(""))
                .append(", revision ")
                .append(plan.getRevision().getNumber())
                .append('\n');
        out.append("Priorities, in ").append(name).append("'s order:\n");
        int rank = 1;
        for (Priority p : plan.getPriorities().getRanked()) {
            out.append("  ")
                    .append(rank++)
                    .append(". \"")
                    .append(p.getStatement().reveal())
                    .append("\" [")
                    .append(p.getStatus().getCode())
                    .append("]\n");
        }
        out.append("Team:\n");
        for (TeamMember m : plan.getTeam().getMembers()) {
            out.append("  ")
                    .append(m.getId())
                    .append(" ")
                    .append(m.getRole().getCode())
                    .append(m.isLead() ? " (lead)" : "")
                    .append(m.isPaid() ? ", paid" : "")
                    .append('\n');
        }
        out.append("Steps:\n");
        for (PlanStep s : plan.getSteps()) {
            out.append("  ")
                    .append(s.getId())
                    .append(" ")
                    .append(s.getKind().getCode())
                    .append(" → ")
                    .append(s.getStatus().getCode());
            s.getHistory()
                    .get(s.getHistory().size() - 1)
                    .getReason()
                    .ifPresent(r -> out.append(" (").append(r.getCode()).append(')'));
            s.getAccompaniedBy().ifPresent(a -> out.append(", accompanied by ").append(a));
            out.append('\n');
        }
        return out.toString();
    }
}
