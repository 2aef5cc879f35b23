package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CountTest {
    @Test
    void zeroAndCountsFromTheThresholdOnAreShown() {
        assertEquals(OptionalInt.of(0), Count.of(0, 5).getValue());
        assertEquals("5", Count.of(5, 5).toString());
        assertEquals(OptionalInt.of(12), Count.of(12, 5).getValue());
    }

    @Test
    void aSmallCountIsSuppressed() {
        for (int n = 1; n < 5; n++) {
            Count c = Count.of(n, 5);
            assertTrue(c.isSuppressed());
            assertEquals(OptionalInt.empty(), c.getValue());
            assertEquals("fewer than 5", c.toString());
            assertEquals(Count.of(1, 5), c, "suppressed counts are indistinguishable");
        }
        assertEquals("1", Count.of(1, 1).toString(), "a threshold of 1 suppresses nothing");
    }

    @Test
    void refusesANegativeCountOrThreshold() {
        assertThrows(IllegalArgumentException.class, () -> Count.of(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> Count.of(1, 0));
    }

    @Test
    void aWithheldCountShowsAsXKeepsNoValueAndIsNotAFewerThan() {
        Count x = Count.withheld(5);
        assertTrue(x.isSuppressed());
        assertTrue(x.isWithheld());
        assertEquals(OptionalInt.empty(), x.getValue());
        assertEquals("x", x.toString());
        assertEquals(Count.withheld(5), x);
        assertEquals(Count.withheld(5).hashCode(), x.hashCode());
        assertFalse(x.equals(Count.of(1, 5)), "withheld in a table is not fewer than the threshold");
        assertFalse(Count.of(1, 5).isWithheld());
        assertThrows(IllegalArgumentException.class, () -> Count.withheld(0));
    }
}
