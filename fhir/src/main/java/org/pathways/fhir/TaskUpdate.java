package org.pathways.fhir;

import static org.pathways.fhir.BundleReader.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepStatus;

/** A referral recipient's Task, Gravity-style, applied to the step it is about. */
final class TaskUpdate {
    private TaskUpdate() {}

    static CarePlan apply(CarePlan plan, JsonNode task, Edit edit) {
        String p = "Task";
        if (!"Task".equals(task.path("resourceType").asText(null))) {
            throw fail("Task.resourceType", "must be Task");
        }
        String stepId = identifier(task);
        PlanStep step = plan.findStep(stepId)
                .orElseThrow(
                        () -> fail(org.pathways.ErrorCode.NOT_FOUND, p + ".identifier", "names no step of this plan"));
        String status = BundleReader.string(task, "status", p);
        Optional<ClosureReason> reason = task.has("statusReason")
                ? BundleReader.optCode(
                        BundleReader.object(task.get("statusReason"), p + ".statusReason"),
                        Canon.CLOSURE_REASON,
                        p + ".statusReason",
                        ClosureReason::fromCode)
                : Optional.empty();
        StepStatus now = step.getStatus();
        return switch (status) {
            case "draft", "requested", "received", "ready" -> plan; // nothing has happened at the recipient yet
            case "accepted", "in-progress" ->
                now == StepStatus.IN_PROGRESS ? plan : plan.moveStep(stepId, StepStatus.IN_PROGRESS, edit);
            case "on-hold" -> now == StepStatus.ON_HOLD ? plan : plan.moveStep(stepId, StepStatus.ON_HOLD, edit);
            case "completed" -> {
                if (now == StepStatus.COMPLETED) {
                    yield plan;
                }
                CarePlan going =
                        now == StepStatus.IN_PROGRESS ? plan : plan.moveStep(stepId, StepStatus.IN_PROGRESS, edit);
                yield going.moveStep(stepId, StepStatus.COMPLETED, edit);
            }
            case "rejected", "cancelled", "failed" -> {
                ClosureReason why = reason.orElse(
                        status.equals("rejected") ? ClosureReason.NO_SERVICE_AVAILABLE : ClosureReason.OTHER);
                StepStatus to = why == ClosureReason.PERSONS_CHOICE ? StepStatus.DECLINED : StepStatus.CANCELLED;
                if (now == to) {
                    yield plan;
                }
                yield to == StepStatus.DECLINED
                        ? plan.declineStep(stepId, why, edit)
                        : plan.cancelStep(stepId, why, edit);
            }
            default -> throw fail(p + ".status", "is not a Task status a referral answer can have");
        };
    }

    private static String identifier(JsonNode task) {
        JsonNode ids = BundleReader.array(task, "identifier", "Task");
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = BundleReader.object(ids.get(i), "Task.identifier[" + i + "]");
            if (Canon.SID_STEP.equals(id.path("system").asText(null))) {
                return BundleReader.string(id, "value", "Task.identifier[" + i + "]");
            }
        }
        throw fail("Task.identifier", "holds no identifier in " + Canon.SID_STEP);
    }
}
