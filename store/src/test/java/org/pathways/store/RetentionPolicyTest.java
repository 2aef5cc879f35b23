package org.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    @Test
    void endsAPlanItsPeriodAfterItsLastChange() {
        RetentionPolicy policy = RetentionPolicy.afterLastChange(Duration.ofDays(30));
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), policy.cutoff(Instant.parse("2026-03-31T00:00:00Z")));
        assertEquals(Optional.empty(), policy.getAgency());
        assertEquals(Duration.ofDays(30), policy.getKeep());
    }

    @Test
    void canBeNarrowedToOneAgency() {
        RetentionPolicy all = RetentionPolicy.afterLastChange(Duration.ofDays(30));
        RetentionPolicy one = all.forAgency("org-north-bay-outreach");
        assertEquals(Optional.of("org-north-bay-outreach"), one.getAgency());
        assertNotEquals(all, one);
        assertEquals(one, RetentionPolicy.afterLastChange(Duration.ofDays(30)).forAgency("org-north-bay-outreach"));
        assertEquals(one.hashCode(), all.forAgency("org-north-bay-outreach").hashCode());
        assertEquals("RetentionPolicy{keep=PT720H, agency=org-north-bay-outreach}", one.toString());
    }

    @Test
    void refusesAPeriodThatKeepsNothing() {
        assertThrows(IllegalArgumentException.class, () -> RetentionPolicy.afterLastChange(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RetentionPolicy.afterLastChange(Duration.ofDays(-1)));
    }
}
