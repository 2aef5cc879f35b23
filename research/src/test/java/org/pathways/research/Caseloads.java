package org.pathways.research;

import static org.pathways.testing.Generators.pick;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Recipient;
import org.pathways.consent.StewardAgreements;
import org.pathways.person.Person;
import org.pathways.plan.CarePlan;
import org.pathways.testing.Generators;
import org.pathways.testing.Stewards;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Caseloads for the extract's tests: generated plans, some with a research grant, some with a steward. */
final class Caseloads {
    static final Recipient RESEARCHERS = Stewards.RESEARCHERS;
    static final String CEDAR_BAY = Stewards.CEDAR_BAY;
    static final String BIRCH_RIVER = Stewards.BIRCH_RIVER;
    static final Instant AT = Stewards.AT;

    /** A fixed 32-byte key. */
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** Communities by person: skewed so that some are large and some small. */
    static final Function<CarePlan, Optional<String>> COMMUNITY = plan -> {
        int h = Math.floorMod(plan.getPerson().getId().hashCode(), 20);
        return h == 19
                ? Optional.empty()
                : Optional.of(Generators.COMMUNITIES.get(h < 10 ? 0 : h < 14 ? 1 : 2 + (h - 14) % 4));
    };

    static final Map<String, String> REGIONS = Map.of(
            "North Bay", "Nipissing", "Mattawa", "Nipissing", "Sturgeon Falls", "Nipissing", "Sudbury", "Sudbury");

    private static final List<InformationCategory> SHAREABLE = List.of(
            InformationCategory.PRIORITIES,
            InformationCategory.PLAN_STEPS,
            InformationCategory.CARE_TEAM,
            InformationCategory.HEALTH,
            InformationCategory.SUBSTANCE_USE,
            InformationCategory.LEGAL,
            InformationCategory.LOCATION_AND_SAFETY,
            InformationCategory.CHILDREN_AND_FAMILY);

    private Caseloads() {}

    static CarePlan consenting(CarePlan plan, Set<InformationCategory> categories) {
        return Stewards.consenting(plan, categories);
    }

    /**
     * Caseloads of generated plans: most consent to research, a few name a data steward. A caseload
     * is drawn from one seed that QuickTheories picks, so that it records one number rather than
     * every draw of a hundred plans; a failure reports the run's seed, which replays it.
     */
    static Gen<Generated> caseloads(int min, int max) {
        return longs().all().map(seed -> new Generated(seed, caseload(new Seeded(seed), min, max)));
    }

    /** A generated caseload, shown in a failure by its size and seed rather than plan by plan. */
    record Generated(long seed, List<CarePlan> plans) {
        @Override
        public String toString() {
            return plans.size() + " plans drawn from seed " + seed;
        }
    }

    private static List<CarePlan> caseload(RandomnessSource in, int min, int max) {
        {
            int n = pick(in, min, max);
            List<CarePlan> plans = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CarePlan p = Generators.plans().generate(in);
                p = CarePlan.builder().from(p).id("plan-" + i).build();
                if (pick(in, 1, 10) <= 7) {
                    Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
                    for (InformationCategory c : SHAREABLE) {
                        if (pick(in, 0, 2) > 0) {
                            categories.add(c);
                        }
                    }
                    if (categories.isEmpty()) {
                        categories.add(InformationCategory.PRIORITIES);
                    }
                    p = consenting(p, categories);
                }
                int steward = pick(in, 1, 10);
                if (steward == 1) {
                    p = CarePlan.builder().from(p).steward(CEDAR_BAY).build();
                } else if (steward == 2) {
                    p = CarePlan.builder().from(p).steward(BIRCH_RIVER).build();
                }
                plans.add(p);
            }
            return plans;
        }
    }

    /** Draws from a seeded generator within each draw's bounds; no shrinking. */
    private static final class Seeded implements DetatchedRandomnessSource {
        private static final Method MIN;
        private static final Method MAX;

        static {
            try {
                MIN = Constraint.class.getDeclaredMethod("min");
                MAX = Constraint.class.getDeclaredMethod("max");
                MIN.setAccessible(true);
                MAX.setAccessible(true);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final SplittableRandom random;

        Seeded(long seed) {
            random = new SplittableRandom(seed);
        }

        @Override
        public long next(Constraint c) {
            try {
                long lo = (long) MIN.invoke(c);
                long hi = (long) MAX.invoke(c);
                return hi == Long.MAX_VALUE ? Math.max(lo, random.nextLong()) : random.nextLong(lo, hi + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public DetatchedRandomnessSource detach() {
            return this;
        }

        @Override
        public void registerFailedAssumption() {}

        @Override
        public void commit() {}
    }

    /**
     * The same plans with every person redrawn from {@code seed} (languages, cultural supports, name,
     * pronouns, self-description, safe contact), keeping only her identifier.
     */
    static List<CarePlan> withOtherPeople(List<CarePlan> plans, long seed) {
        Seeded in = new Seeded(seed);
        List<CarePlan> out = new ArrayList<>();
        for (CarePlan p : plans) {
            Person other = Person.builder()
                    .from(Generators.people().generate(in))
                    .id(p.getPerson().getId())
                    .build();
            out.add(CarePlan.builder().from(p).person(other).build());
        }
        return out;
    }

    static StewardAgreements cedarBayAgreed() {
        return Stewards.cedarBayAgreed();
    }

    static ResearchExtract.Builder extract() {
        return ResearchExtract.builder(KEY, RESEARCHERS, AT)
                .communityOf(COMMUNITY)
                .regions(REGIONS)
                .agreements(cedarBayAgreed());
    }

    /** What writing gave. */
    record Output(String csv, String ndjson, ExtractReport report) {}

    static Output write(ResearchExtract extract, List<CarePlan> plans) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        ExtractReport r = extract.write(Caseload.of(plans), csv, ndjson);
        return new Output(csv.toString(StandardCharsets.UTF_8), ndjson.toString(StandardCharsets.UTF_8), r);
    }
}
