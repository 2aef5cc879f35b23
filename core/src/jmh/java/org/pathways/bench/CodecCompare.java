package org.pathways.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;

/**
 * Two builds of the core read and write one plan (small, reference, large), in the same JVM, batch
 * after batch: {@link BulkCompare}'s method for one plan on one thread. Each build is loaded in a
 * class loader of its own ({@link BulkCompare#loaderOf}); the plan is written once by the build on
 * the class path and each build reads that document and writes what it read, so both handle the same
 * bytes (the wire format did not change between them, or the comparison stops). Batches of half a
 * second alternate A B, B A, …; the measure is operations per CPU-second of the process, and the JVM
 * is forked several times.
 *
 * <p>Usage: {@code CodecCompare <forks> <rounds> <core jar A> <core jar B>}. Prints, per fork, the
 * median over the rounds of B / A for each plan and operation (above 1, B is faster), then the
 * median over the forks.
 */
public final class CodecCompare {
    private CodecCompare() {}

    private static final String[] SIZES = {"small", "reference", "large"};
    private static final String[] OPS = {"read", "write"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--fork")) {
            fork(Integer.parseInt(args[1]), args[2], args[3], args[4].equals("b-first"));
            return;
        }
        int forks = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        System.out.printf(
                Locale.ROOT,
                "codec compare: %d forks of %d rounds of 0.5 s batches%nA: %s%nB: %s%n",
                forks,
                rounds,
                args[2],
                args[3]);
        double[][] ratios = new double[SIZES.length * OPS.length][forks];
        for (int f = 0; f < forks; f++) {
            String last = BulkCompare.fork(
                    CodecCompare.class,
                    List.of("--fork", Integer.toString(rounds), args[2], args[3], f % 2 == 0 ? "a-first" : "b-first"));
            System.out.printf(Locale.ROOT, "%d: %s%n", f + 1, last.substring(5));
            String[] values = last.substring(last.indexOf(':') + 1).trim().split(" ");
            for (int k = 0; k < ratios.length; k++) {
                ratios[k][f] = Double.parseDouble(values[k]);
            }
        }
        StringBuilder out = new StringBuilder("B / A, operations per CPU-second, median of the forks (range):");
        for (int k = 0; k < ratios.length; k++) {
            double[] r = ratios[k].clone();
            Arrays.sort(r);
            out.append(String.format(
                    Locale.ROOT,
                    " %s %s %.3f (%.3f..%.3f);",
                    SIZES[k / OPS.length],
                    OPS[k % OPS.length],
                    BulkCompare.median(r.clone()),
                    r[0],
                    r[r.length - 1]));
        }
        System.out.println(out);
    }

    /** One JVM: both builds, a warm-up round, then {@code rounds} rounds, each A B or B A per plan and operation. */
    private static void fork(int rounds, String a, String b, boolean bFirst) throws Exception {
        Method[] run = new Method[2];
        for (int s = 0; s < 2; s++) {
            run[s] = BulkCompare.loaderOf(s == 0 ? a : b)
                    .loadClass(Side.class.getName())
                    .getMethod("run", String.class, boolean.class, long.class);
        }
        String[] documents = new String[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            CarePlan plan = Fixture.named(SIZES[i]);
            documents[i] = PlanJson.defaults().write(plan);
        }
        List<double[]> perRound = new ArrayList<>();
        for (int r = -1; r < rounds; r++) { // round -1 warms up
            double[] ratio = new double[SIZES.length * OPS.length];
            int[] order = (r % 2 == 0) == bFirst ? new int[] {1, 0} : new int[] {0, 1};
            for (int i = 0; i < SIZES.length; i++) {
                for (int o = 0; o < OPS.length; o++) {
                    double[] rate = new double[2];
                    for (int s : order) {
                        rate[s] = (double) run[s].invoke(null, documents[i], o == 1, 500_000_000L);
                    }
                    ratio[i * OPS.length + o] = rate[1] / rate[0];
                }
            }
            if (r >= 0) {
                perRound.add(ratio);
            }
        }
        StringBuilder line = new StringBuilder("fork " + (bFirst ? "B" : "A") + " first:");
        for (int k = 0; k < SIZES.length * OPS.length; k++) {
            double[] v = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                v[r] = perRound.get(r)[k];
            }
            line.append(String.format(Locale.ROOT, " %.3f", BulkCompare.median(v)));
        }
        System.out.println(line);
    }

    /** One build's side: loaded once per build, in that build's class loader. */
    public static final class Side {
        private Side() {}

        /**
         * Reads {@code document} (and, when {@code write}, writes the plan read) in a loop for about
         * {@code nanos}; returns operations per CPU-second of the process.
         */
        public static double run(String document, boolean write, long nanos) {
            PlanJson json = PlanJson.defaults();
            CarePlan plan = json.readPlan(document);
            if (!json.write(plan).equals(document)) {
                throw new IllegalStateException(
                        "this build writes the plan differently: the two builds do not compare");
            }
            long cpu = BulkCompare.Side.cpuNanos();
            long end = System.nanoTime() + nanos;
            long n = 0;
            int sink = 0;
            do {
                for (int i = 0; i < 8; i++) {
                    sink += write
                            ? json.write(plan).length()
                            : json.readPlan(document).getSteps().size();
                }
                n += 8;
            } while (System.nanoTime() < end);
            if (sink == 42) {
                System.out.print(""); // keeps the results alive
            }
            return n / ((BulkCompare.Side.cpuNanos() - cpu) / 1e9);
        }
    }
}
