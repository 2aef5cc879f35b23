package org.pathways.research;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.pathways.json.BadLine;
import org.pathways.json.BulkRead;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;

/**
 * The plans an extract is made from, read twice: once to count the quasi-identifiers, once to write.
 * Either plans in memory, or newline-delimited plan JSON read one line at a time with the core's
 * bounded reader, so the plans themselves are never all in memory.
 *
 * <pre>{@code
 * Caseload.of(plans);
 * Caseload.ndjson(() -> Files.newInputStream(path), PlanJson.defaults());
 * }</pre>
 *
 * <p>Both reads must give the same plans: an extract whose second read differs from its first is
 * refused ({@link ResearchExtract#write}).
 *
 * @implSpec This class is immutable and thread-safe if its source is.
 */
public abstract class Caseload {
    Caseload() {}

    /**
     * Returns plans held in memory.
     *
     * @param plans the plans, iterated once per read
     * @return the caseload
     */
    public static Caseload of(Iterable<? extends CarePlan> plans) {
        Objects.requireNonNull(plans, "plans");
        return new Caseload() {
            @Override
            long read(Consumer<CarePlan> each) {
                for (CarePlan p : plans) {
                    each.accept(Objects.requireNonNull(p, "plans[]"));
                }
                return 0;
            }
        };
    }

    /**
     * Returns newline-delimited plan JSON, opened afresh for each read and closed after it. A line
     * that is not a valid plan is skipped and counted ({@link ExtractReport#getUnreadable()}); it is
     * never in the extract.
     *
     * @param open opens the stream, UTF-8; called once per read
     * @param json the reader, with the limits it applies to each line
     * @return the caseload
     */
    public static Caseload ndjson(Supplier<? extends InputStream> open, PlanJson json) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(json, "json");
        return new Caseload() {
            @Override
            long read(Consumer<CarePlan> each) {
                try (InputStream in = Objects.requireNonNull(open.get(), "open.get()")) {
                    BulkRead r = json.readLines(in, BadLine.SKIP, each);
                    return r.getSkipped();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Hands every plan to {@code each}; returns the number of unreadable lines skipped. */
    abstract long read(Consumer<CarePlan> each);
}
