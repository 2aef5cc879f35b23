package org.pathways.fhir;

import static org.pathways.fhir.BundleReader.fail;
import static org.pathways.fhir.Canon.ANSWER_KIND;
import static org.pathways.fhir.Canon.CLOSURE_REASON;
import static org.pathways.fhir.Canon.DECLINE_REASON;
import static org.pathways.fhir.Canon.EXT_REFERRAL_ANSWER;
import static org.pathways.fhir.Canon.SID_ORGANISATION;
import static org.pathways.fhir.Canon.SID_STEP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.consent.Disclosure;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.Edit;
import org.pathways.plan.ReferralAnswer;
import org.pathways.referral.Referrals;

/**
 * A referral recipient's Task, HL7 Gravity style, read as the organisation's {@link ReferralAnswer}
 * and applied through {@link Referrals#apply}: the core decides whether the answer may stand.
 */
final class TaskUpdate {
    private static final String P = "Task";

    private TaskUpdate() {}

    static CarePlan apply(CarePlan plan, JsonNode task, Edit edit) {
        if (!"Task".equals(task.path("resourceType").asText(null))) {
            throw fail("Task.resourceType", "must be Task");
        }
        String stepId = identifier(task);
        if (plan.findStep(stepId).isEmpty()) {
            throw fail(ErrorCode.NOT_FOUND, P + ".identifier", "names no step of this plan");
        }
        String status = BundleReader.string(task, "status", P);
        BundleReader reader = BundleReader.single();
        Optional<BundleReader.Ext> whole = reader.optExt(task, EXT_REFERRAL_ANSWER, P);
        ReferralAnswer answer;
        if (whole.isPresent()) {
            answer = BundleReader.build(whole.get().path, () -> reader.answer(whole.get(), stepId));
            if (!statuses(answer.getKind()).contains(status)) {
                throw fail(
                        P + ".status", "does not agree with the kind of the answer in the referral-answer extension");
            }
        } else {
            if (Set.of("draft", "requested", "ready").contains(status)) {
                return plan; // nothing has happened at the recipient yet
            }
            JsonNode owner = task.get("owner");
            if (owner == null) {
                throw fail(P + ".owner", "is required: the organisation that answers");
            }
            String from = reader.logicalId(owner, P + ".owner", "Organization", SID_ORGANISATION);
            Instant at = BundleReader.instant(task, "lastModified", P);
            String referral = referral(plan, from, at);
            answer = BundleReader.build(P, () -> derived(task, stepId, status, from, at, referral));
        }
        return Referrals.apply(plan, answer, edit);
    }

    /** The Task statuses a recipient gives an answer of this kind, Gravity-style. */
    static Set<String> statuses(AnswerKind kind) {
        return switch (kind) {
            case RECEIVED -> Set.of("received");
            case ACCEPTED, APPOINTMENT_SET -> Set.of("accepted", "in-progress");
            case WAITLISTED -> Set.of("on-hold");
            case DECLINED -> Set.of("rejected", "cancelled", "failed");
            case COMPLETED -> Set.of("completed");
            case WITHDREW -> Set.of("cancelled");
        };
    }

    /** The answer a plain Gravity Task says, without the referral-answer extension. */
    private static ReferralAnswer derived(
            JsonNode task, String stepId, String status, String from, Instant at, String referral) {
        Optional<String> start = executionStart(task);
        Optional<AnswerKind> business = task.has("businessStatus")
                ? BundleReader.optCode(
                        BundleReader.object(task.get("businessStatus"), P + ".businessStatus"),
                        ANSWER_KIND,
                        P + ".businessStatus",
                        AnswerKind::fromCode)
                : Optional.empty();
        Optional<DeclineReason> declineReason = reason(task, DECLINE_REASON, DeclineReason::fromCode);
        Optional<ClosureReason> closure = reason(task, CLOSURE_REASON, ClosureReason::fromCode);
        AnswerKind kind = business.orElseGet(() -> switch (status) {
            case "received" -> AnswerKind.RECEIVED;
            case "accepted", "in-progress" -> start.isPresent() ? AnswerKind.APPOINTMENT_SET : AnswerKind.ACCEPTED;
            case "on-hold" -> AnswerKind.WAITLISTED;
            case "completed" -> AnswerKind.COMPLETED;
            case "cancelled" ->
                declineReason.isEmpty() && closure.equals(Optional.of(ClosureReason.PERSONS_CHOICE))
                        ? AnswerKind.WITHDREW
                        : AnswerKind.DECLINED;
            case "rejected", "failed" -> AnswerKind.DECLINED;
            default -> throw fail(P + ".status", "is not a Task status a referral answer can have");
        });
        if (!statuses(kind).contains(status)) {
            throw fail(P + ".status", "does not agree with the answer kind in businessStatus");
        }
        ReferralAnswer.Builder b = ReferralAnswer.builder()
                .id("task:" + kind.getCode() + ":" + at.getEpochSecond())
                .referral(referral)
                .step(stepId)
                .from(from)
                .kind(kind)
                .at(at);
        switch (kind) {
            case WAITLISTED ->
                b.expected(date(start.orElseThrow(() -> fail(
                        P + ".executionPeriod.start",
                        "is required on hold: the date the organisation expects a place"))));
            case APPOINTMENT_SET ->
                b.appointmentAt(BundleReader.instantOf(
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(start.orElseThrow(() ->
                                fail(P + ".executionPeriod.start", "is required for an appointment: when it is"))),
                        P + ".executionPeriod.start"));
            case DECLINED ->
                b.reason(declineReason.orElseGet(
                        () -> closure.map(TaskUpdate::declineFor).orElse(DeclineReason.OTHER)));
            default -> {}
        }
        return b.build();
    }

    /**
     * The referral a plain Task answers: the latest referral disclosed to the answering organisation
     * before its answer.
     */
    private static String referral(CarePlan plan, String from, Instant at) {
        Recipient to = Recipient.organisation(from);
        return plan.getDisclosures().stream()
                .filter(d ->
                        d.getPurpose() == Purpose.REFERRAL && d.getRecipient().equals(to))
                .filter(d -> !d.getAt().isAfter(at))
                .max(Comparator.comparing(Disclosure::getAt))
                .map(Disclosure::getId)
                .orElseThrow(() -> new InvalidPlanException(
                        ErrorCode.NOT_FOUND,
                        "answer.referral",
                        "no referral went to the answering organisation before its answer"));
    }

    /** The decline reason a closure reason names, when exactly one does. */
    private static DeclineReason declineFor(ClosureReason closure) {
        DeclineReason[] found = Arrays.stream(DeclineReason.values())
                .filter(d -> d.getClosureReason() == closure)
                .toArray(DeclineReason[]::new);
        if (found.length != 1) {
            throw fail(
                    P + ".statusReason",
                    "the closure reason names no one decline reason; give a code of " + DECLINE_REASON);
        }
        return found[0];
    }

    private static <E> Optional<E> reason(
            JsonNode task, String system, java.util.function.Function<String, E> fromCode) {
        if (!task.has("statusReason")) {
            return Optional.empty();
        }
        return BundleReader.optCode(
                BundleReader.object(task.get("statusReason"), P + ".statusReason"),
                system,
                P + ".statusReason",
                fromCode);
    }

    private static Optional<String> executionStart(JsonNode task) {
        JsonNode period = task.get("executionPeriod");
        if (period == null) {
            return Optional.empty();
        }
        JsonNode start = BundleReader.object(period, P + ".executionPeriod").get("start");
        if (start == null) {
            return Optional.empty();
        }
        if (!start.isTextual()) {
            throw fail(P + ".executionPeriod.start", "must be a string");
        }
        return Optional.of(start.asText());
    }

    /** The date of a FHIR date or dateTime, such as {@code 2026-04-01} or {@code 2026-04-01T09:00:00-04:00}. */
    private static LocalDate date(String value) {
        String path = P + ".executionPeriod.start";
        if (value.length() == 10) {
            return BundleReader.dateOf(com.fasterxml.jackson.databind.node.TextNode.valueOf(value), path);
        }
        try {
            return java.time.OffsetDateTime.parse(value).toLocalDate();
        } catch (java.time.DateTimeException e) {
            throw fail(path, "is not a date or a time with a zone");
        }
    }

    private static String identifier(JsonNode task) {
        JsonNode ids = BundleReader.array(task, "identifier", P);
        String found = null;
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = BundleReader.object(ids.get(i), P + ".identifier[" + i + "]");
            if (SID_STEP.equals(id.path("system").asText(null))) {
                if (found != null) {
                    throw fail(P + ".identifier[" + i + "]", "a second identifier in " + SID_STEP);
                }
                found = BundleReader.string(id, "value", P + ".identifier[" + i + "]");
            }
        }
        if (found == null) {
            throw fail(P + ".identifier", "holds no identifier in " + SID_STEP);
        }
        return found;
    }
}
