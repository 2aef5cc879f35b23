package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.DecisionReason;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.RecipientKind;
import org.pathways.internal.Codes;
import org.pathways.person.ContactChannel;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.Attendance;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.PriorityCategory;
import org.pathways.priority.PriorityStatus;
import org.pathways.review.Rule;
import org.pathways.review.Severity;
import org.pathways.team.TeamRole;
import org.pathways.testing.Expect;

/** Pins every wire code, so that renaming a constant cannot silently change the format. */
class CodedTest {
    private static final Map<Class<? extends Coded>, String> CODES = Map.ofEntries(
            Map.entry(Domain.class, "physical emotional psychological spiritual"),
            Map.entry(PriorityStatus.class, "active achieved set_aside"),
            Map.entry(
                    PriorityCategory.class,
                    "housing children_and_family safety health mental_health substance_use"
                            + " income legal identity_documents culture_and_spirituality education_and_employment"
                            + " relationships other"),
            Map.entry(
                    ContactChannel.class,
                    "phone_call text_message email app_message in_person through_case_worker mail"),
            Map.entry(
                    TeamRole.class,
                    "dedicated_case_worker peer_support_worker counsellor health_provider"
                            + " housing_worker legal_advocate elder_or_knowledge_keeper family other"),
            Map.entry(
                    StepKind.class,
                    "referral accompaniment case_conference shelter_and_housing"
                            + " specialised_programming peer_support counselling harm_reduction health_care legal_support"
                            + " indigenous_healing family_reunification income_support identity_documents safety_planning"
                            + " education_and_employment other"),
            Map.entry(StepStatus.class, "proposed agreed in_progress on_hold completed declined cancelled"),
            Map.entry(
                    ClosureReason.class,
                    "persons_choice waitlist sobriety_required identity_documents_required"
                            + " no_service_available not_eligible other"),
            Map.entry(AgreementMode.class, "verbal written electronic"),
            Map.entry(Accompaniment.class, "not_offered offered accepted declined"),
            Map.entry(Severity.class, "violation advisory"),
            Map.entry(
                    Rule.class,
                    "step_serves_set_aside_priority step_without_consent consent_needed person_not_told_of_disclosure late_entry_after_consent_changed no_lead_case_worker domains_not_covered"
                            + " no_accompaniment_offered priority_without_step peer_worker_not_paid"),
            Map.entry(
                    InformationCategory.class,
                    "identity contact safe_contact priorities plan_steps care_team health substance_use legal"
                            + " location_and_safety children_and_family"),
            Map.entry(
                    Purpose.class,
                    "referral case_conference coordination accompaniment deidentified_research"
                            + " aggregate_funder_reporting"),
            Map.entry(RecipientKind.class, "organisation member table"),
            Map.entry(ConsentMode.class, "verbal written electronic"),
            Map.entry(DisclosureBasis.class, "consent imminent_risk_of_serious_harm legal_duty court_order"),
            Map.entry(DecisionReason.class, "granted no_grant not_yet_in_effect expired revoked refused"),
            Map.entry(Attendance.class, "attended chose_not_to_attend"),
            Map.entry(
                    org.pathways.directory.Approach.class,
                    "trauma_and_violence_informed harm_reduction indigenous_centric decolonial sex_work_informed"
                            + " two_slgbtq_affirming feminist_intersectional survivor_led peer_delivered"),
            Map.entry(
                    org.pathways.directory.Knowledge.class,
                    "indigenous experiential culturally_specific trafficking_specialised_training"),
            Map.entry(
                    org.pathways.directory.Barrier.class,
                    "requires_sobriety requires_identity_documents requires_police_report age_limit gender_limit fee"
                            + " referral_required"),
            Map.entry(org.pathways.directory.Capacity.class, "open waitlist full"),
            Map.entry(
                    org.pathways.directory.GapDimension.class,
                    "step_kind domain community language approach knowledge decline_reason organisation"));

    @Test
    void everyWireCodeIsPinned() {
        CODES.forEach((type, expected) -> assertEquals(
                List.of(expected.split(" ")),
                Arrays.stream(type.getEnumConstants()).map(Coded::getCode).toList(),
                type.getSimpleName()));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theReadersLookupFindsEveryCodeFromItsCharactersAndNothingElse() {
        CODES.keySet().forEach(type -> {
            for (Coded c : type.getEnumConstants()) {
                char[] buffer = ("\"" + c.getCode() + "\"").toCharArray();
                assertEquals(
                        c, Codes.fromCode((Class) type, buffer, 1, c.getCode().length()), c.getCode());
                char[] near = c.getCode().toCharArray();
                near[near.length - 1] = '~';
                assertEquals(null, Codes.fromCode((Class) type, near, 0, near.length), c.getCode());
                assertEquals(
                        null,
                        Codes.fromCode((Class) type, buffer, 1, c.getCode().length() - 1),
                        c.getCode());
            }
        });
    }

    @Test
    void fromCodeReturnsTheConstantForEveryCode() {
        check(Domain.values(), Domain::fromCode);
        check(PriorityStatus.values(), PriorityStatus::fromCode);
        check(PriorityCategory.values(), PriorityCategory::fromCode);
        check(ContactChannel.values(), ContactChannel::fromCode);
        check(TeamRole.values(), TeamRole::fromCode);
        check(StepKind.values(), StepKind::fromCode);
        check(StepStatus.values(), StepStatus::fromCode);
        check(ClosureReason.values(), ClosureReason::fromCode);
        check(AgreementMode.values(), AgreementMode::fromCode);
        check(Accompaniment.values(), Accompaniment::fromCode);
        check(Severity.values(), Severity::fromCode);
        check(Rule.values(), Rule::fromCode);
        check(InformationCategory.values(), InformationCategory::fromCode);
        check(Purpose.values(), Purpose::fromCode);
        check(RecipientKind.values(), RecipientKind::fromCode);
        check(ConsentMode.values(), ConsentMode::fromCode);
        check(DisclosureBasis.values(), DisclosureBasis::fromCode);
        check(DecisionReason.values(), DecisionReason::fromCode);
        check(Attendance.values(), Attendance::fromCode);
        check(org.pathways.directory.Approach.values(), org.pathways.directory.Approach::fromCode);
        check(org.pathways.directory.Knowledge.values(), org.pathways.directory.Knowledge::fromCode);
        check(org.pathways.directory.Barrier.values(), org.pathways.directory.Barrier::fromCode);
        check(org.pathways.directory.Capacity.values(), org.pathways.directory.Capacity::fromCode);
        check(org.pathways.directory.GapDimension.values(), org.pathways.directory.GapDimension::fromCode);
    }

    @Test
    void rejectsAnUnknownCodeListingTheKnownOnes() {
        Expect.rejects(
                UnknownCodeException.class,
                () -> Domain.fromCode("social"),
                "Domain",
                "unknown code: 6 characters of letters; known codes are [emotional, physical, psychological,"
                        + " spiritual]");
        Expect.rejects(
                UnknownCodeException.class,
                () -> Codes.fromCode(StepStatus.class, "PROPOSED"),
                "StepStatus",
                "unknown code: 8 characters of letters");
    }

    private static <E extends Coded> void check(E[] values, Function<String, E> fromCode) {
        for (E v : values) {
            assertSame(v, fromCode.apply(v.getCode()));
        }
    }
}
