package org.pathways.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pathways.json.PlanJson;

/**
 * Two builds of the core read the same caseload, in the same JVM, pass after pass: the way to say
 * whether a change made bulk reading slower when the machine's own speed drifts by more than the
 * change (as it does on a shared two-core VM, where one build's run and the other's minutes later
 * differed by 30% with no change at all). Each build is loaded in a class loader of its own, with
 * its own copy of Jackson, so no class of Pathways or Jackson (nor its compiled code or profile) is
 * shared; the JDK's classes, the JIT and the heap are, alike for both. The passes
 * alternate A B, B A, … so drift falls on both; and the JVM is forked several times, because the JIT
 * does not compile a build the same way in every JVM. A pass is {@link Bulk}'s: every core reads its
 * slice of the file through {@code PlanJson.readLines} and reviews every plan.
 *
 * <p>The measure is plans per CPU-second of the whole process (the readers, the garbage collector
 * and the JIT), which a neighbour's load disturbs less than the wall clock; plans per second per
 * core by the wall clock are printed beside it.
 *
 * <p>Usage: {@code BulkCompare <directory> <plans> <forks> <pairs> <core jar A> <core jar B>}; the
 * caseload is written by the build on the class path, and read by A and B. Prints a line per fork
 * and the median of the forks' ratios B / A, and writes them to {@code bulk-compare.txt}.
 */
public final class BulkCompare {
    private BulkCompare() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--fork")) {
            fork(Path.of(args[1]), Integer.parseInt(args[2]), args[3], args[4], args[5].equals("b-first"));
            return;
        }
        Path dir = Path.of(args[0]);
        long plans = Long.parseLong(args[1]);
        int forks = Integer.parseInt(args[2]);
        int pairs = Integer.parseInt(args[3]);
        String a = args[4];
        String b = args[5];
        Path file = dir.resolve("compare.ndjson");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PlanJson.defaults().writeLines(() -> Bulk.caseload(plans), os);
        }
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "bulk compare: %,d plans (%,d MB), %d cores, %d forks of 2 warm-up and %d measured pairs, -Xmx256m%n"
                        + "A: %s%nB: %s%n",
                plans,
                Files.size(file) / 1048576,
                Runtime.getRuntime().availableProcessors(),
                forks,
                pairs,
                a,
                b));
        System.out.print(out);
        double[] ratios = new double[forks];
        for (int f = 0; f < forks; f++) {
            String last = fork(
                    BulkCompare.class,
                    List.of(
                            "--fork",
                            file.toString(),
                            Integer.toString(pairs),
                            a,
                            b,
                            f % 2 == 0 ? "a-first" : "b-first"));
            String line = String.format(Locale.ROOT, "%d: %s%n", f + 1, last.substring(5));
            System.out.print(line);
            out.append(line);
            ratios[f] =
                    Double.parseDouble(last.substring(last.lastIndexOf('=') + 1).trim());
        }
        Arrays.sort(ratios);
        String summary = String.format(
                Locale.ROOT,
                "B / A, plans per CPU-second: median of the forks %.3f (forks from %.3f to %.3f; above 1, B is faster)%n",
                median(ratios),
                ratios[0],
                ratios[forks - 1]);
        System.out.print(summary);
        out.append(summary);
        Files.delete(file);
        Files.writeString(dir.resolve("bulk-compare.txt"), out);
    }

    /** One JVM: both builds, two warm-up pairs, then {@code pairs} measured pairs in alternating order. */
    private static void fork(Path file, int pairs, String a, String b, boolean bFirst) throws Exception {
        Method[] pass = {passOf(a), passOf(b)};
        int threads = Runtime.getRuntime().availableProcessors();
        int[][] orders = bFirst ? new int[][] {{1, 0}, {0, 1}} : new int[][] {{0, 1}, {1, 0}};
        for (int w = 0; w < 2; w++) {
            for (int s : orders[w % 2]) {
                pass[s].invoke(null, file, threads);
            }
        }
        double[][] cpu = new double[2][pairs];
        double[][] wall = new double[2][pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            for (int s : orders[p % 2]) {
                double[] r = (double[]) pass[s].invoke(null, file, threads);
                cpu[s][p] = r[0] / r[1];
                wall[s][p] = r[0] / r[2] / threads;
                System.out.printf(Locale.ROOT, "%s: %,.0f plans per CPU-second%n", s == 0 ? "A" : "B", cpu[s][p]);
            }
            ratio[p] = cpu[1][p] / cpu[0][p];
        }
        System.out.printf(
                Locale.ROOT,
                "fork %s first: A %,.0f and B %,.0f plans per CPU-second, A %,.0f and B %,.0f plans/s per core;"
                        + " B / A = %.3f%n",
                bFirst ? "B" : "A",
                median(cpu[0].clone()),
                median(cpu[1].clone()),
                median(wall[0].clone()),
                median(wall[1].clone()),
                median(ratio));
    }

    /**
     * Runs {@code main} with {@code args} in a new JVM ({@code -Xmx256m}, this class path) and returns
     * the last line it printed, which starts with {@code "fork "}.
     */
    static String fork(Class<?> main, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = null;
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                last = line;
            }
        }
        if (child.waitFor() != 0 || last == null || !last.startsWith("fork ")) {
            throw new IllegalStateException("a fork ended with " + child.exitValue() + ": " + last);
        }
        return last;
    }

    /** {@link Side#pass} as loaded with that build of the core and its own Jackson. */
    private static Method passOf(String coreJar) throws Exception {
        return loaderOf(coreJar).loadClass(Side.class.getName()).getMethod("pass", Path.class, int.class);
    }

    /**
     * A class loader of these benchmarks over that build of the core, with its own copy of Jackson and
     * nothing of the application's class path: two such loaders share no compiled code or profiles.
     */
    static ClassLoader loaderOf(String coreJar) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(location(BulkCompare.class)); // these benchmarks, compiled against the same API
        urls.add(Path.of(coreJar).toUri().toURL());
        for (Class<?> c : new Class<?>[] {JsonParser.class, ObjectMapper.class, JsonProperty.class, Valid.class}) {
            urls.add(location(c));
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static URL location(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    static double median(double[] v) {
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** One build's side: loaded once per build, in that build's class loader. */
    public static final class Side {
        private Side() {}

        /** One of {@link Bulk}'s passes; returns plans read, process CPU seconds and wall seconds. */
        public static double[] pass(Path file, int threads) throws Exception {
            long cpu = cpuNanos();
            Bulk.Pass p = Bulk.readBack(PlanJson.defaults(), file, threads);
            return new double[] {p.read(), (cpuNanos() - cpu) / 1e9, p.seconds()};
        }

        /** The process's CPU time so far (on Linux, in clock ticks of 10 ms: a pass takes seconds). */
        static long cpuNanos() {
            return ProcessHandle.current()
                    .info()
                    .totalCpuDuration()
                    .orElseThrow(() -> new IllegalStateException("this system does not give a process's CPU time"))
                    .toNanos();
        }
    }
}
