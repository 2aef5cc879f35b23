package org.pathways;

import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.MatchContext;
import org.pathways.directory.ServiceDirectory;
import org.pathways.directory.ServiceMatching;
import org.pathways.person.Person;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanHistory;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;
import org.pathways.testing.Generators;
import org.pathways.testing.SamplePlans;
import org.pathways.testing.Secrets;

/**
 * For all secrets given to a builder, a factory, an operation of a plan or a {@code fromCode} — as an
 * identifier, a reference, a language tag, a code — no exception repeats any four characters of it.
 * The readers are covered by {@code org.pathways.json.RejectedInputProperties}.
 */
class RejectedValueProperties {
    private static final CarePlan MIRA = SamplePlans.mira();
    private static final Edit EDIT = SamplePlans.edit(10);
    private static final Instant AT = EDIT.getAt();

    /** Every closed set's {@code fromCode}. */
    private static final List<Function<String, ?>> FROM_CODE = List.of(
            ErrorCode::fromCode,
            org.pathways.priority.Domain::fromCode,
            org.pathways.priority.PriorityCategory::fromCode,
            PriorityStatus::fromCode,
            StepKind::fromCode,
            StepStatus::fromCode,
            org.pathways.plan.Accompaniment::fromCode,
            AgreementMode::fromCode,
            ClosureReason::fromCode,
            Attendance::fromCode,
            TeamRole::fromCode,
            org.pathways.person.ContactChannel::fromCode,
            InformationCategory::fromCode,
            Purpose::fromCode,
            org.pathways.consent.RecipientKind::fromCode,
            ConsentMode::fromCode,
            org.pathways.consent.DisclosureBasis::fromCode,
            org.pathways.consent.DecisionReason::fromCode,
            org.pathways.directory.Approach::fromCode,
            org.pathways.directory.Barrier::fromCode,
            org.pathways.directory.Knowledge::fromCode,
            org.pathways.directory.Capacity::fromCode,
            org.pathways.directory.GapDimension::fromCode,
            org.pathways.review.Severity::fromCode,
            org.pathways.review.Rule::fromCode);

    /** Every place a secret can be given through the API. */
    private static final List<Consumer<String>> PLACES = List.of(
            s -> FROM_CODE.forEach(f -> Secrets.check(s, () -> f.apply(s))),
            s -> Person.builder().id(s).build(),
            s -> Person.builder().id("person-1").addLanguages(s).build(),
            s -> SamplePlans.priority(s, "I want to sleep somewhere safe"),
            s -> TeamMember.builder().id(s).role(TeamRole.OTHER).build(),
            s -> TeamMember.builder()
                    .id("m-1")
                    .role(TeamRole.OTHER)
                    .organisation(s)
                    .build(),
            s -> Edit.of(s, AT, true),
            s -> Recipient.organisation(s),
            s -> SamplePlans.step(s, StepKind.REFERRAL, "p-home"),
            s -> MIRA.proposeStep(SamplePlans.step("s-new", StepKind.REFERRAL, s), EDIT),
            s -> MIRA.proposeStep(
                            PlanStep.builder()
                                    .from(SamplePlans.step("s-new", StepKind.LEGAL_SUPPORT, "p-home"))
                                    .provider(s)
                                    .addShares(InformationCategory.HEALTH)
                                    .build(),
                            EDIT)
                    .agreeToStep("s-new", AgreementMode.VERBAL, EDIT)
                    .markStep("s-new", StepStatus.IN_PROGRESS, EDIT),
            s -> MIRA.proposeStep(
                    PlanStep.builder()
                            .from(SamplePlans.step("s-new", StepKind.COUNSELLING, "p-home"))
                            .responsible(s)
                            .build(),
                    EDIT),
            s -> MIRA.markStep(s, StepStatus.IN_PROGRESS, EDIT),
            s -> MIRA.agreeToStep(s, AgreementMode.VERBAL, EDIT),
            s -> MIRA.declineStep(s, ClosureReason.PERSONS_CHOICE, EDIT),
            s -> MIRA.cancelStep(s, ClosureReason.WAITLIST, EDIT),
            s -> MIRA.markPriority(s, PriorityStatus.ACHIEVED, EDIT),
            s -> MIRA.rankPriority(s, 1, EDIT),
            s -> MIRA.removeMember(s, EDIT),
            s -> MIRA.recordPersonTold(s, AT, EDIT),
            s -> MIRA.recordConsent(
                    ConsentRevocation.builder()
                            .id("c-9")
                            .revokes(s)
                            .given(ConsentMode.VERBAL)
                            .recordedBy("m-jo")
                            .recordedAt(AT)
                            .build(),
                    EDIT),
            s -> MIRA.recordDisclosure(
                    Disclosure.builder()
                            .id("d-9")
                            .recipient(Recipient.organisation(s))
                            .purpose(Purpose.REFERRAL)
                            .addCategories(InformationCategory.IDENTITY)
                            .at(AT)
                            .by("m-jo")
                            .build(),
                    EDIT),
            s -> MIRA.recordCaseConference(
                    CaseConference.builder()
                            .id("cc-9")
                            .at(AT)
                            .addOrganisations(SamplePlans.AGENCY, s)
                            .addShares(InformationCategory.PRIORITIES)
                            .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                            .build(),
                    EDIT),
            s -> MIRA.recordCaseConference(
                    CaseConference.builder()
                            .id("cc-9")
                            .at(AT)
                            .addOrganisations(SamplePlans.AGENCY)
                            .addShares(InformationCategory.PRIORITIES)
                            .attendance(Attendance.CHOSE_NOT_TO_ATTEND)
                            .addProduced(s)
                            .build(),
                    EDIT),
            s -> PlanHistory.of(MIRA)
                    .append(CarePlan.start(s, Person.builder().id("person-1").build(), EDIT)),
            s -> ServiceMatching.forStep(MIRA, s, directory(), context()),
            s -> ServiceMatching.forPriority(MIRA, s, directory(), context()));

    private static ServiceDirectory directory() {
        return ServiceDirectory.builder().build();
    }

    private static MatchContext context() {
        return MatchContext.builder()
                .today(java.time.LocalDate.of(2026, 3, 2))
                .community("North Bay")
                .build();
    }

    @Test
    void noExceptionOfABuilderFactoryOrOperationRepeatsAnyPartOfARejectedValue() {
        qt().withExamples(Generators.examples(300))
                .forAll(integers().between(0, PLACES.size() - 1), Secrets.secrets())
                .checkAssert((place, secret) ->
                        Secrets.check(secret, () -> PLACES.get(place).accept(secret)));
    }
}
