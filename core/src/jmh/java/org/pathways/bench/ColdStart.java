package org.pathways.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pathways.json.PlanJson;

/**
 * Cold start: the wall time from launching a fresh JVM to the end of {@link FirstRead}, the median of
 * several runs, (a) with only what an embedder's dependency on {@code pathways-core} brings, reading
 * and reviewing the reference plan, and (b) the same with Hibernate Validator's first validation.
 * Usage: {@code ColdStart <core's target directory> <runs>}; writes {@code cold-start.txt} there too.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path plan = target.resolve("cold-start-plan.json");
        Files.writeString(plan, PlanJson.defaults().write(Fixture.reference()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String runtime = target.resolve("classes")
                + File.pathSeparator
                + target.resolve("test-classes")
                + File.pathSeparator
                + Files.readString(target.resolve("runtime-classpath.txt")).trim();
        String withValidator = System.getProperty("java.class.path");

        StringBuilder out = new StringBuilder("cold start, " + runs + " fresh JVMs each, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n");
        out.append(line("read + review (core's runtime class path)", times(java, runtime, plan, runs, false)));
        out.append(line(
                "read + review + first Hibernate Validator validation", times(java, withValidator, plan, runs, true)));
        System.out.print(out);
        Files.writeString(target.resolve("cold-start.txt"), out);
    }

    private static long[] times(String java, String classpath, Path plan, int runs, boolean validate)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(java, "-cp", classpath, FirstRead.class.getName(), plan.toString()));
        if (validate) {
            command.add("validate");
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            long start = System.nanoTime();
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            int exit = p.waitFor();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                throw new IllegalStateException("FirstRead exited with " + exit + ": " + new String(output));
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String line(String what, long[] ms) {
        return String.format(
                Locale.ROOT, "%6d ms median (min %d, max %d)  %s%n", ms[ms.length / 2], ms[0], ms[ms.length - 1], what);
    }
}
