package org.pathways.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathways.plan.StepStatus.AGREED;
import static org.pathways.plan.StepStatus.CANCELLED;
import static org.pathways.plan.StepStatus.COMPLETED;
import static org.pathways.plan.StepStatus.DECLINED;
import static org.pathways.plan.StepStatus.IN_PROGRESS;
import static org.pathways.plan.StepStatus.ON_HOLD;
import static org.pathways.plan.StepStatus.PROPOSED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepStatusTest {
    /** The lifecycle of DOMAIN.md, written out once more by hand. */
    private static final Map<StepStatus, Set<StepStatus>> LIFECYCLE = Map.of(
            PROPOSED, EnumSet.of(AGREED, DECLINED, CANCELLED),
            AGREED, EnumSet.of(IN_PROGRESS, ON_HOLD, DECLINED, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, ON_HOLD, DECLINED, CANCELLED),
            ON_HOLD, EnumSet.of(AGREED, IN_PROGRESS, DECLINED, CANCELLED),
            COMPLETED, EnumSet.noneOf(StepStatus.class),
            DECLINED, EnumSet.noneOf(StepStatus.class),
            CANCELLED, EnumSet.noneOf(StepStatus.class));

    @Test
    void everyPairOfStatusesFollowsTheLifecycle() {
        for (StepStatus from : StepStatus.values()) {
            for (StepStatus to : StepStatus.values()) {
                assertEquals(LIFECYCLE.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void terminalStatusesAreExactlyThoseWithNoNext() {
        for (StepStatus s : StepStatus.values()) {
            assertEquals(s.next().isEmpty(), s.isTerminal(), s.name());
        }
        assertEquals(
                EnumSet.of(COMPLETED, DECLINED, CANCELLED),
                EnumSet.copyOf(EnumSet.allOf(StepStatus.class).stream()
                        .filter(StepStatus::isTerminal)
                        .toList()));
    }
}
