package org.pathways;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaleRevisionExceptionTest {
    @Test
    void saysToReloadAndRetryOnce() {
        StaleRevisionException e = new StaleRevisionException(4, 5, "prepared against revision 4, but the latest is 5");
        assertEquals(ErrorCode.STALE_REVISION, e.getCode());
        assertEquals("revision", e.getField());
        assertEquals(
                "prepared against revision 4, but the latest is 5; reload the latest revision and prepare the change"
                        + " again from it",
                e.getReason());
        assertEquals(e.getReason(), new StaleRevisionException(4, 5, e.getReason()).getReason());
        assertEquals(4, e.getPreparedAgainst());
        assertEquals(5, e.getLatest());
    }
}
