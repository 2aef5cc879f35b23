package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pathways.priority.Priority;

class InvalidPlanExceptionTest {
    @Test
    void namesTheFieldAndTheReason() {
        InvalidPlanException e = new InvalidPlanException("steps[s-1].serves", "a step serves at least one priority");
        assertEquals("steps[s-1].serves", e.getField());
        assertEquals("a step serves at least one priority", e.getReason());
        assertEquals("steps[s-1].serves: a step serves at least one priority", e.getMessage());
        assertEquals(ErrorCode.INVALID, e.getCode());
        assertEquals(java.util.Optional.empty(), e.getPointer());
    }

    @Test
    void carriesItsCodeAndWhereTheBadValueIsInTheJsonForm() {
        InvalidPlanException e = new InvalidPlanException(
                ErrorCode.INVALID, "steps[s-4].serves", "/steps/3/serves", "serves a priority that is not in the plan");
        assertEquals(java.util.Optional.of("/steps/3/serves"), e.getPointer());
        assertEquals("steps[s-4].serves", e.getField());
        assertEquals(ErrorCode.NOT_FOUND, new InvalidPlanException(ErrorCode.NOT_FOUND, "steps", "no step").getCode());
        assertEquals(
                "org.pathways.InvalidPlanException [invalid]: steps[s-4].serves: serves a priority that is not in the plan",
                e.toString());
    }

    @Test
    void readsTheMissingAttributesAndTheTypeFromTheBuildersMessage() {
        InvalidPlanException e = new InvalidPlanException(
                "Cannot build Priority, some of required attributes are not set [id, statement]");
        assertEquals("id, statement", e.getField());
        assertEquals("required but not set (Priority)", e.getReason());
        InvalidPlanException fromBuilder = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidPlanException.class, () -> Priority.builder().build());
        assertEquals("required but not set (Priority)", fromBuilder.getReason());
    }

    @Test
    void keepsAMessageItDoesNotRecognise() {
        InvalidPlanException e = new InvalidPlanException("something else");
        assertEquals("builder", e.getField());
        assertEquals("required but not set (something else)", e.getReason());
        assertEquals("builder", new InvalidPlanException("Cannot build X, and ]then[ nothing").getField());
        assertEquals(
                "required but not set (Cannot build , odd)",
                new InvalidPlanException("Cannot build , odd").getReason());
    }
}
