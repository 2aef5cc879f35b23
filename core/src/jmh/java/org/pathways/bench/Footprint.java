package org.pathways.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an embedder's dependency on {@code pathways-core} brings at run time: core's jar and each
 * runtime dependency (the list Maven resolves for the runtime scope), with their sizes.
 * Usage: {@code Footprint <core's target directory>}; writes {@code footprint.txt} there too.
 */
public final class Footprint {
    private Footprint() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> s = Files.list(target)) {
            s.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith("pathways-core-")
                                && n.endsWith(".jar")
                                && !n.contains("-tests")
                                && !n.contains("-javadoc")
                                && !n.contains("-sources");
                    })
                    .forEach(jars::add);
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("expected core's jar in " + target + ", found " + jars);
        }
        for (String entry :
                Files.readString(target.resolve("runtime-classpath.txt")).trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry));
            }
        }
        StringBuilder out = new StringBuilder("runtime footprint of pathways-core\n");
        long total = 0;
        for (Path jar : jars) {
            long size = Files.size(jar);
            total += size;
            out.append(String.format(Locale.ROOT, "%9.1f KB  %s%n", size / 1024.0, jar.getFileName()));
        }
        out.append(String.format(
                Locale.ROOT, "%9.2f MB  total, %d jars (1 MB = 1,048,576 bytes)%n", total / 1048576.0, jars.size()));
        System.out.print(out);
        Files.writeString(target.resolve("footprint.txt"), out);
    }
}
