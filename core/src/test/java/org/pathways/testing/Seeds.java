package org.pathways.testing;

import java.lang.reflect.Method;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * The one seeded configuration of every property test, so that a failure can be replayed.
 *
 * <p>A run picks one seed: the value of the system property {@code pathways.seed} when it is set,
 * otherwise a random one. Every {@link #qt()} starts its examples from that seed, so a property
 * sees the same values whether it runs alone or among all the others. When a property fails, its
 * message starts with the seed and the command that replays that test with it, for example:
 *
 * <pre>{@code
 * Property failed with seed 7322851184702019391; replay it with:
 *   mvn -B -pl core -am test -Dpathways.fuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Dpathways.seed=7322851184702019391 -Dtest='DisclosureProperties#theViewHoldsNoText…'
 * }</pre>
 *
 * <p>Property tests write {@code import static org.pathways.testing.Seeds.qt;} instead of
 * QuickTheories' own {@code QuickTheory.qt}, which picks a fresh, unreported seed per call.
 */
public final class Seeds {
    /** The system property that sets the run's seed. */
    public static final String PROPERTY = "pathways.seed";

    private static final long RUN_SEED = Long.getLong(PROPERTY, new SecureRandom().nextLong());

    /** The seed of the last property started on this thread, for {@link SeedReport}. */
    static final ThreadLocal<Long> USED = new ThreadLocal<>();

    private Seeds() {}

    /**
     * Returns the seed of this run: {@code -Dpathways.seed} when set, otherwise one picked at random
     * when the class was loaded.
     *
     * @return the seed
     */
    public static long seed() {
        return RUN_SEED;
    }

    /**
     * Starts a property with the run's seed, reporting the seed and the replay command of the
     * calling test on failure.
     *
     * @return a theory whose examples start from {@link #seed()}
     */
    public static QuickTheory qt() {
        return qt(RUN_SEED);
    }

    /**
     * Starts a property with the given seed; for a test that must see the same values in every run
     * (a fixture), or for replaying one property alone.
     *
     * @param seed the seed of the property's examples
     * @return a theory whose examples start from {@code seed}
     */
    public static QuickTheory qt(long seed) {
        String test = caller();
        USED.set(seed);
        return QuickTheory.qt(
                () -> Configuration.systemStrategy().withFixedSeed(seed).withReporter(new Replayable(test, seed)));
    }

    /**
     * Returns the command that replays one test with a seed.
     *
     * @param test the test, as {@code Class#method}
     * @param seed the seed
     * @return the Maven command line
     */
    public static String replay(String test, long seed) {
        String percent = System.getProperty("pathways.examples.percent");
        return "mvn -B -pl core -am test -Dpathways.fuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + PROPERTY + "=" + seed
                + (percent == null ? "" : " -Dpathways.examples.percent=" + percent)
                + " -Dtest='" + test + "'";
    }

    /**
     * The test that called {@code qt}, as {@code Class#method}: the nearest caller annotated as a
     * JUnit test, or else the nearest caller outside this class.
     */
    private static String caller() {
        List<StackWalker.StackFrame> frames = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(s -> s.filter(f -> f.getDeclaringClass() != Seeds.class).toList());
        StackWalker.StackFrame chosen =
                frames.stream().filter(Seeds::isTest).findFirst().orElse(frames.isEmpty() ? null : frames.get(0));
        if (chosen == null) {
            return "*";
        }
        String name = chosen.getClassName();
        String top = name.contains("$") && !isTest(chosen) ? name.substring(0, name.indexOf('$')) : name;
        String method = chosen.getMethodName();
        if (method.startsWith("lambda$")) { // lambda$theTest$3
            method = method.substring("lambda$".length(), method.lastIndexOf('$'));
        }
        return top.substring(Math.max(top.lastIndexOf('.'), top.lastIndexOf('$')) + 1) + "#" + method;
    }

    private static boolean isTest(StackWalker.StackFrame frame) {
        for (Method m : frame.getDeclaringClass().getDeclaredMethods()) {
            if (m.getName().equals(frame.getMethodName())
                    && Arrays.stream(m.getAnnotations())
                            .anyMatch(a -> a.annotationType().getName().equals("org.junit.jupiter.api.Test"))) {
                return true;
            }
        }
        return false;
    }

    /** QuickTheories' report, with the seed and the replay command in front of it. */
    private static final class Replayable implements Reporter {
        private final String test;
        private final long seed;
        private final ExceptionReporter plain = new ExceptionReporter();

        Replayable(String test, long seed) {
            this.test = test;
            this.seed = seed;
        }

        @Override
        public void falisification(
                long seed, int examples, Object smallest, Throwable cause, List<Object> others, AsString<Object> show) {
            try {
                plain.falisification(seed, examples, smallest, cause, others, show);
            } catch (AssertionError e) {
                throw replayable(seed, e);
            }
        }

        @Override
        public void falisification(
                long seed, int examples, Object smallest, List<Object> others, AsString<Object> show) {
            try {
                plain.falisification(seed, examples, smallest, others, show);
            } catch (AssertionError e) {
                throw replayable(seed, e);
            }
        }

        @Override
        public void valuesExhausted(int examples) {
            try {
                plain.valuesExhausted(examples);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(header(test, seed) + e.getMessage(), e);
            }
        }

        private AssertionError replayable(long seed, AssertionError e) {
            AssertionError out = new AssertionError(header(test, seed) + e.getMessage(), e.getCause());
            out.setStackTrace(e.getStackTrace());
            return out;
        }
    }

    /**
     * Returns the first line of a failure's message: the seed and the replay command.
     *
     * @param test the test, as {@code Class#method}
     * @param seed the seed
     * @return the header
     */
    static String header(String test, long seed) {
        return "Property failed with seed " + seed + "; replay it with:\n  " + replay(test, seed) + "\n";
    }
}
