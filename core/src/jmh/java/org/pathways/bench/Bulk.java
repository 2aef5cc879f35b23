package org.pathways.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pathways.json.BadLine;
import org.pathways.json.BulkRead;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.review.Finding;
import org.pathways.review.PlanReview;
import org.pathways.review.Rule;

/**
 * A caseload-sized run, meant for {@code -Xmx256m}: writes {@code plans} generated plans (the small
 * reference shape, each with its own identifiers, names and times) as newline-delimited JSON, then
 * reads the file back twice on every core, each thread its own slice of lines through
 * {@link PlanJson#readLines}, reviewing each plan and counting findings by rule (the first pass pays
 * for the JIT and for the kernel writing the new file out; the second is steady). In the same JVM it
 * measures the single-plan read rate (one plan read in a loop on one thread) just after each pass, so
 * the steady pass is bracketed by two measures of its denominator, then read + review of one plan on
 * one thread and on every core at once, for the target: bulk plans per second per core at least 80%
 * of the single-plan read rate.
 * Usage: {@code Bulk <core's target directory> <plans>}; writes {@code bulk.txt} there, deletes the file.
 */
public final class Bulk {
    private Bulk() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        long plans = Long.parseLong(args[1]);
        int cores = Runtime.getRuntime().availableProcessors();
        Path file = target.resolve("caseload.ndjson");
        PlanJson json = PlanJson.defaults();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "bulk: %,d plans, %d cores, max heap %d MB, %s %s%n",
                plans,
                cores,
                Runtime.getRuntime().maxMemory() / 1048576,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version")));

        long t0 = System.nanoTime();
        long written;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            written = json.writeLines(() -> caseload(plans), os);
        }
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        out.append(String.format(
                Locale.ROOT,
                "write: %,d plans, %,d MB, %.1f s, %,.0f plans/s on one thread%n",
                written,
                Files.size(file) / 1048576,
                writeSeconds,
                written / writeSeconds));

        // Two passes over the same file: the first includes the JIT compiling the read path (on the
        // same two cores) and the kernel writing back the file just written; the second is steady.
        // The single-plan read rate is measured right after each pass, so the second pass is
        // bracketed by two measures of it: on a shared machine whose speed drifts from one minute to
        // the next, a rate measured minutes away is not a fair denominator.
        String one = json.write(Fixture.plan(7, 2, 5, 3, 2));
        Runnable readOne = () -> json.readPlan(one);
        Pass first = readBack(json, file, cores);
        double afterFirst = rate(readOne);
        Pass second = readBack(json, file, cores);
        double afterSecond = rate(readOne);
        for (Pass p : new Pass[] {first, second}) {
            out.append(String.format(
                    Locale.ROOT,
                    "read + review, %s pass: %,d plans (%,d steps), %.1f s on %d threads, %,.0f plans/s, %,.0f plans/s"
                            + " per core%n",
                    p == first ? "first" : "second",
                    p.read,
                    p.steps,
                    p.seconds,
                    cores,
                    p.read / p.seconds,
                    p.read / p.seconds / cores));
        }
        StringBuilder rules = new StringBuilder();
        for (Rule r : Rule.values()) {
            if (second.byRule[r.ordinal()] > 0) {
                rules.append(String.format(Locale.ROOT, " %s=%,d", r.getCode(), second.byRule[r.ordinal()]));
            }
        }
        out.append("findings:").append(rules.length() == 0 ? " none" : rules).append('\n');
        if (first.read != plans || second.read != plans) {
            throw new IllegalStateException("read " + first.read + " and " + second.read + " of " + plans + " plans");
        }
        Files.delete(file);

        double reviewRate = rate(() -> PlanReview.of(json.readPlan(one)));
        double parallel = parallelRate(cores, () -> PlanReview.of(json.readPlan(one)));
        out.append(String.format(
                Locale.ROOT,
                "single plan, one thread, same JVM: read %,.0f plans/s just after the first pass and %,.0f just after"
                        + " the second; read + review %,.0f plans/s%n",
                afterFirst,
                afterSecond,
                reviewRate));
        out.append(String.format(
                Locale.ROOT,
                "single plan in memory on %d threads: read + review %,.0f plans/s per thread (how this machine scales)%n",
                cores,
                parallel));
        for (Pass p : new Pass[] {first, second}) {
            double bulkRate = p.read / p.seconds / cores;
            // the first pass against the rate measured just after it; the second against the mean of
            // the rates measured just before and just after it
            double readRate = p == first ? afterFirst : (afterFirst + afterSecond) / 2;
            out.append(String.format(
                    Locale.ROOT,
                    "%s pass: bulk per core / single-plan read rate = %.2f (target >= 0.80); / read + review rate = %.2f%n",
                    p == first ? "first" : "second",
                    bulkRate / readRate,
                    bulkRate / reviewRate));
        }
        System.out.print(out);
        Files.writeString(target.resolve("bulk.txt"), out);
    }

    /** One pass over the file. */
    record Pass(long read, long steps, long[] byRule, double seconds) {}

    /** Reads the file back on every core, each thread its own slice, reviewing and counting. */
    static Pass readBack(PlanJson json, Path file, int cores) throws Exception {
        long start = System.nanoTime();
        long read = 0;
        long steps = 0;
        long[] byRule = new long[Rule.values().length];
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            List<Future<Tally>> parts = new ArrayList<>();
            long size = Files.size(file);
            for (int i = 0; i < cores; i++) {
                long from = size * i / cores;
                long to = size * (i + 1) / cores;
                parts.add(pool.submit(() -> {
                    Tally tally = new Tally(); // counted per thread, added up at the end
                    try (InputStream in = slice(file, from, to)) {
                        BulkRead r = json.readLines(in, BadLine.STOP, tally::add);
                        tally.read = r.getRead();
                    }
                    return tally;
                }));
            }
            for (Future<Tally> f : parts) {
                Tally t = f.get();
                read += t.read;
                steps += t.steps;
                for (int k = 0; k < byRule.length; k++) {
                    byRule[k] += t.byRule[k];
                }
            }
        } finally {
            pool.shutdown();
        }
        return new Pass(read, steps, byRule, (System.nanoTime() - start) / 1e9);
    }

    /** Counts of one thread's share of the caseload. */
    private static final class Tally {
        long read;
        long steps;
        final long[] byRule = new long[Rule.values().length];

        void add(CarePlan plan) {
            steps += plan.getSteps().size();
            for (Finding f : PlanReview.of(plan).getFindings()) {
                byRule[f.getRule().ordinal()]++;
            }
        }
    }

    /** Runs {@code op} on every core for five seconds after a warm-up; returns operations per second per thread. */
    private static double parallelRate(int threads, Runnable op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> rates = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                rates.add(pool.submit(() -> rate(op)));
            }
            double sum = 0;
            for (Future<Double> f : rates) {
                sum += f.get();
            }
            return sum / threads;
        } finally {
            pool.shutdown();
        }
    }

    static Iterator<CarePlan> caseload(long plans) {
        return new Iterator<>() {
            private long n;

            @Override
            public boolean hasNext() {
                return n < plans;
            }

            @Override
            public CarePlan next() {
                return Fixture.plan((int) n++, 2, 5, 3, 2);
            }
        };
    }

    /** Lines from the first line starting at or after {@code from} to the line that contains {@code to - 1}. */
    private static InputStream slice(Path file, long from, long to) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        long start = from == 0 ? 0 : nextLine(file, from - 1);
        long end = to >= ch.size() ? ch.size() : nextLine(file, to - 1);
        ch.position(start);
        InputStream in = Channels.newInputStream(ch);
        return new java.io.BufferedInputStream(
                new InputStream() {
                    private long left = end - start;

                    @Override
                    public int read() throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        left--;
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = in.read(b, off, (int) Math.min(len, left));
                        if (n > 0) {
                            left -= n;
                        }
                        return n;
                    }

                    @Override
                    public void close() throws IOException {
                        ch.close();
                    }
                },
                1 << 16);
    }

    /** The position just after the first newline at or after {@code at}. */
    private static long nextLine(Path file, long at) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            f.seek(at);
            int c;
            while ((c = f.read()) != -1 && c != '\n') {
                // skip to the end of the line
            }
            return f.getFilePointer();
        }
    }

    private static double rate(Runnable op) {
        long deadline = System.nanoTime() + 2_000_000_000L; // warm-up
        while (System.nanoTime() < deadline) {
            op.run();
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + 5_000_000_000L;
        long now;
        do {
            for (int i = 0; i < 100; i++) {
                op.run();
            }
            n += 100;
            now = System.nanoTime();
        } while (now < end);
        return n / ((now - start) / 1e9);
    }
}
