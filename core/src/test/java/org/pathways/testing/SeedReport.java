package org.pathways.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the seed and the replay command in front of any failure of a test that ran a property,
 * including an assertion after the property itself (such as "enough plans were shared"), whose
 * outcome depends on the seed too. Registered for every test by JUnit's extension auto-detection
 * ({@code junit-platform.properties} and the service file in the test resources).
 */
public final class SeedReport implements BeforeEachCallback, TestExecutionExceptionHandler {
    /** Creates the extension; JUnit calls this. */
    public SeedReport() {}

    @Override
    public void beforeEach(ExtensionContext context) {
        Seeds.USED.remove();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Long seed = Seeds.USED.get();
        String message = String.valueOf(thrown.getMessage());
        if (seed == null || message.startsWith("Property failed with seed ")) {
            throw thrown;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "#"
                + context.getRequiredTestMethod().getName();
        AssertionError replayable = new AssertionError(Seeds.header(test, seed) + message, thrown);
        replayable.setStackTrace(thrown.getStackTrace());
        throw replayable;
    }
}
