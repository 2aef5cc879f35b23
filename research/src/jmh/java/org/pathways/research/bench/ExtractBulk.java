package org.pathways.research.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pathways.bench.Fixture;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.StewardAgreement;
import org.pathways.consent.StewardAgreements;
import org.pathways.json.BadLine;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.research.Caseload;
import org.pathways.research.ExtractReport;
import org.pathways.research.ResearchExtract;

/**
 * The extract of a caseload-sized NDJSON file, meant for {@code -Xmx256m}: writes {@code plans}
 * fixture plans (four in five with a research grant, one in twenty naming a data steward that
 * agreed), then, in the same JVM, reads the file once plainly (the anchor) and makes the extract
 * (two reads, CSV and NDJSON written to a null stream) twice, and reports plans per second on one
 * thread, the ratio to the plain read, and the peak heap.
 *
 * <p>Usage: {@code ExtractBulk <research's target directory> <plans>}; writes {@code extract.txt}
 * there and deletes the caseload file.
 */
public final class ExtractBulk {
    private static final Recipient RESEARCHERS = Recipient.organisation("org-northern-research");
    private static final String STEWARD = "org-cedar-bay-fn";
    private static final List<String> COMMUNITIES =
            List.of("North Bay", "Sudbury", "Timmins", "Mattawa", "Sturgeon Falls", "Kirkland Lake", "Temagami");

    private ExtractBulk() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        long plans = Long.parseLong(args[1]);
        Path file = target.resolve("extract-caseload.ndjson");
        PlanJson json = PlanJson.defaults();
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "extract: %,d plans, %d cores, max heap %d MB, %s %s%n",
                plans,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version")));
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            json.writeLines(() -> caseload(plans), os);
        }
        out.append(String.format(Locale.ROOT, "caseload file: %,d MB%n", Files.size(file) / 1048576));

        Instant at = Fixture.INTAKE.plusSeconds(86_400L * 800);
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        ResearchExtract extract = ResearchExtract.builder(key, RESEARCHERS, at)
                .communityOf(p -> Optional.of(
                        COMMUNITIES.get(Math.floorMod(p.getPerson().getId().hashCode(), COMMUNITIES.size()))))
                .regions(Map.of("North Bay", "Nipissing", "Mattawa", "Nipissing", "Temagami", "Nipissing"))
                .agreements(StewardAgreements.of(List.of(StewardAgreement.of(
                        STEWARD, Purpose.DEIDENTIFIED_RESEARCH, "dsa-bench", Fixture.INTAKE, Optional.empty()))))
                .build();
        Caseload caseload = Caseload.ndjson(
                () -> {
                    try {
                        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                json);

        for (int pass = 1; pass <= 2; pass++) {
            resetPeaks();
            long t0 = System.nanoTime();
            long[] read = {0};
            try (var in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                json.readLines(in, BadLine.STOP, p -> read[0]++);
            }
            double plain = (System.nanoTime() - t0) / 1e9;
            long plainPeak = heapPeak();

            resetPeaks();
            long t1 = System.nanoTime();
            ExtractReport r = extract.write(caseload, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            double seconds = (System.nanoTime() - t1) / 1e9;
            long peak = heapPeak();
            if (r.getRead() != plans || read[0] != plans) {
                throw new IllegalStateException("read " + r.getRead() + " and " + read[0] + " of " + plans);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "pass %d: plain read %.1f s, %,.0f plans/s, peak heap %,d MB; extract (two reads) %.1f s,"
                            + " %,.0f plans/s on one thread, peak heap %,d MB; extract / plain read rate = %.2f%n",
                    pass,
                    plain,
                    plans / plain,
                    plainPeak / 1048576,
                    seconds,
                    plans / seconds,
                    peak / 1048576,
                    plain / seconds));
            out.append("  ").append(r).append('\n');
        }
        Files.delete(file);
        System.out.print(out);
        Files.writeString(target.resolve("extract.txt"), out);
    }

    /** The most heap in use seen by a sampler every millisecond since the last reset (garbage included). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (true) {
                PEAK.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK.set(0);
    }

    private static long heapPeak() {
        return PEAK.get();
    }

    private static Iterator<CarePlan> caseload(long plans) {
        return java.util.stream.LongStream.range(0, plans)
                .mapToObj(n -> plan((int) n))
                .iterator();
    }

    /** A fixture plan; four in five with a research grant, one in twenty naming the steward. */
    private static CarePlan plan(int i) {
        CarePlan p = Fixture.plan(i, 3, 5, 10, 3);
        if (i % 5 != 4) {
            Instant t = p.getRevision().getAt();
            p = CarePlan.builder()
                    .from(p)
                    .consent(p.getConsent()
                            .withAppended(ConsentGrant.builder()
                                    .id("c-research")
                                    .recipient(RESEARCHERS)
                                    .categories(EnumSet.of(
                                            InformationCategory.PRIORITIES,
                                            InformationCategory.PLAN_STEPS,
                                            InformationCategory.CARE_TEAM))
                                    .addPurposes(Purpose.DEIDENTIFIED_RESEARCH)
                                    .start(t)
                                    .given(ConsentMode.WRITTEN)
                                    .recordedBy("m-0")
                                    .recordedAt(t)
                                    .build()))
                    .build();
        }
        if (i % 20 == 7) {
            p = CarePlan.builder().from(p).steward(STEWARD).build();
        }
        return p;
    }
}
