package org.pathways.research;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.StewardAgreement;
import org.pathways.consent.StewardAgreements;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.SecondaryUse;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.priority.PriorityStatus;
import org.pathways.research.Pseudonyms.Kind;

/**
 * A de-identified research extract of a caseload: one row per plan whose person granted {@code
 * deidentified_research} to the recipient at the extract's time (and whose data steward, if the plan
 * names one, agreed), written as CSV (RFC 4180) and newline-delimited JSON that pandas, R and Spark
 * load as they are, described column by column by {@link #dataDictionary()}.
 *
 * <pre>{@code
 * ResearchExtract extract = ResearchExtract.builder(key, Recipient.organisation("org-noraht"), at)
 *         .k(5)
 *         .regions(Map.of("Mattawa", "Nipissing", "North Bay", "Nipissing"))
 *         .communityOf(plan -> Optional.of(agencyCommunity.get(plan.getAgency().orElseThrow())))
 *         .agreements(agreements)
 *         .build();
 * ExtractReport report = extract.write(Caseload.of(plans), csvOut, ndjsonOut);
 * }</pre>
 *
 * <p>De-identified by construction:
 *
 * <ul>
 *   <li>no free text: a priority is its category, a step its kind and status; the person's words, a
 *       step's description, names, pronouns, cultural supports' words and contact never leave;
 *   <li>nothing of the person's own record but her pseudonym: not her languages, not her cultural
 *       supports (no category a research grant can hold covers them), not her name or pronouns;
 *   <li>times are months ({@code 2026-03}) and day counts; never an instant;
 *   <li>plans and people are keyed pseudonyms (HMAC-SHA-256 under the caller's key, 80 bits): the
 *       same person has the same pseudonym throughout one extract, and extracts made with different
 *       keys cannot be linked without the keys; providers and staff are counted, never named;
 *   <li>every column has one role in the dictionary ({@link #roles()}): {@code pseudonym},
 *       {@code quasi_identifier} or {@code attribute}. The quasi-identifiers — {@code community},
 *       {@code first_month}, {@code days_open} — are generalised and, where that is not enough, rows
 *       are suppressed, until every combination written is shared by at least k people (not plans):
 *       full-domain generalisation over a 36-node lattice, the least generalised node whose
 *       suppression stays within the limit;
 *   <li>a section appears only when the person's grant covers its category, exactly as a view's
 *       would: a priority with the category its own category needs ({@link PriorityCategory#getRevealedCategory()}),
 *       a step only with every category it reveals ({@link Disclosures#reveals}); otherwise its
 *       cells are empty (CSV) or null (JSON).
 * </ul>
 *
 * <p>Indigenous identity is never inferred and never written: no column says it, the person's
 * languages and cultural supports are not written, and a plan's data steward is not written. A
 * steward's records are included only under its {@link StewardAgreement}; {@link
 * Builder#forSteward(String)} makes the steward's own extract of its records.
 *
 * <p>The caseload is read twice — once to count the quasi-identifiers, once to write — and memory
 * holds the counts (one 64-bit key per person per distinct combination), never the plans.
 *
 * @implSpec This class is immutable and thread-safe; each {@code write} uses its own state.
 */
public final class ResearchExtract {
    /** The k used unless {@link Builder#k(int)} says otherwise. */
    public static final int DEFAULT_K = 5;

    /** The share of rows that may be suppressed before a coarser generalisation is preferred. */
    public static final double DEFAULT_MAX_SUPPRESSED = 0.05;

    /** The smallest key accepted, in bytes: 256 bits, the size of HMAC-SHA-256's output. */
    public static final int MIN_KEY_BYTES = 32;

    private static final Set<InformationCategory> ALL = EnumSet.allOf(InformationCategory.class);
    private static final String[] COMMUNITY_LEVELS = {"community_or_region", "region", "suppressed"};
    private static final String[] MONTH_LEVELS = {"month", "quarter", "year", "suppressed"};
    private static final String[] DAYS_LEVELS = {"bands_of_30_days", "coarse_bands", "suppressed"};
    private static final String[] COARSE_BANDS = {"0-89", "90-179", "180-359", "360+"};
    private static final int LAST_BAND = 12; // 360 days and more
    private static final String ANY = "*";

    private final byte[] key;
    private final Recipient recipient;
    private final Instant at;
    private final int k;
    private final double maxSuppressed;
    private final Map<String, String> regions;
    private final Function<? super CarePlan, Optional<String>> communityOf;
    private final StewardAgreements agreements;
    private final Optional<String> steward;

    private ResearchExtract(Builder b) {
        this.key = b.key.clone();
        this.recipient = b.recipient;
        this.at = b.at;
        this.k = b.k;
        this.maxSuppressed = b.maxSuppressed;
        this.regions = Map.copyOf(b.regions);
        this.communityOf = b.communityOf;
        this.agreements = b.agreements;
        this.steward = b.steward;
    }

    /**
     * Starts an extract.
     *
     * @param key the extract's secret key, at least {@value #MIN_KEY_BYTES} bytes from a secure random
     *     source; a new key makes pseudonyms that cannot be linked to another extract's. Keep it
     *     only as long as the same pseudonyms must be made again, never with the extract
     * @param recipient who receives the extract, as the person's research grant names it
     * @param at when consent and agreements are decided; the extract reads no clock
     * @return a builder
     * @throws InvalidPlanException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
     */
    public static Builder builder(byte[] key, Recipient recipient, Instant at) {
        return new Builder(key, recipient, at);
    }

    /**
     * Returns the data dictionary: one CSV row (RFC 4180, header {@code column,type,role,description})
     * per column of the extract, in the extract's order. The role is one of {@code pseudonym} (a
     * keyed pseudonym that links rows, never a value), {@code quasi_identifier} (what someone outside
     * could know of her: generalised, and every combination of them written is shared by at least k
     * people) or {@code attribute} (what the research studies; outside k, and sensitive). Lists are
     * written in CSV as values separated by {@code ;} and in JSON as arrays; an empty cell (CSV) or
     * null (JSON) means the person's grant did not cover that section, or there is nothing to say.
     *
     * @return the dictionary
     */
    public static String dataDictionary() {
        StringBuilder out = new StringBuilder("column,type,role,description\r\n");
        for (Column c : Column.values()) {
            out.append(c.key)
                    .append(',')
                    .append(c.type)
                    .append(',')
                    .append(c.role.code)
                    .append(',')
                    .append(csv(c.description))
                    .append("\r\n");
        }
        return out.toString();
    }

    /**
     * Returns the columns of the extract, in order.
     *
     * @return the column names, as in the CSV header and the JSON fields
     */
    public static List<String> columns() {
        return Arrays.stream(Column.values()).map(c -> c.key).toList();
    }

    /**
     * Returns the quasi-identifier columns, the ones k-anonymity is kept over.
     *
     * @return {@code community}, {@code first_month}, {@code days_open}
     */
    public static List<String> quasiIdentifiers() {
        return Arrays.stream(Column.values())
                .filter(c -> c.role == Role.QUASI_IDENTIFIER)
                .map(c -> c.key)
                .toList();
    }

    /**
     * Returns each column's role, as the dictionary says it: {@code pseudonym}, {@code
     * quasi_identifier} or {@code attribute}.
     *
     * @return column to role, in the extract's order; unmodifiable
     */
    public static Map<String, String> roles() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : Column.values()) {
            out.put(c.key, c.role.code);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Writes the extract as CSV.
     *
     * @param caseload the plans
     * @param csv where the CSV goes, UTF-8, CRLF line ends, a header row; not closed
     * @return what was written and why
     * @throws InvalidPlanException if the caseload gave different plans on its two reads
     * @throws UncheckedIOException if writing fails
     */
    public ExtractReport writeCsv(Caseload caseload, OutputStream csv) {
        return write(caseload, csv, OutputStream.nullOutputStream());
    }

    /**
     * Writes the extract as newline-delimited JSON, one object per row.
     *
     * @param caseload the plans
     * @param ndjson where the JSON lines go, UTF-8; not closed
     * @return what was written and why
     * @throws InvalidPlanException if the caseload gave different plans on its two reads
     * @throws UncheckedIOException if writing fails
     */
    public ExtractReport writeNdjson(Caseload caseload, OutputStream ndjson) {
        return write(caseload, OutputStream.nullOutputStream(), ndjson);
    }

    /**
     * Writes the extract as CSV and newline-delimited JSON at once, the same rows in the same order.
     * Rows are written as the second read goes, before it is known whether that read gave the same
     * plans as the first. If it did not, the k-anonymity counted on the first no longer holds for
     * what was written: this method then throws, and what it wrote must be discarded — the caller
     * must delete or truncate both outputs, never hand them on. Rows are in the caseload's order (no
     * row is kept in memory); when that order says something, such as a caseload exported agency
     * by agency, sort the rows by {@code plan}, a keyed pseudonym, before handing them on.
     *
     * @param caseload the plans
     * @param csv where the CSV goes; not closed
     * @param ndjson where the JSON lines go; not closed
     * @return what was written and why
     * @throws InvalidPlanException with the code {@code invalid} on the field {@code caseload} if the
     *     two reads gave different plans
     * @throws UncheckedIOException if writing fails
     */
    public ExtractReport write(Caseload caseload, OutputStream csv, OutputStream ndjson) {
        Objects.requireNonNull(caseload, "caseload");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(ndjson, "ndjson");
        Pseudonyms names = new Pseudonyms(key);

        // First read: who shares which raw quasi-identifiers.
        Tally tally = new Tally();
        long unreadable = caseload.read(plan -> tally.count(plan, names));
        Lattice chosen = choose(tally);

        // Second read: the rows, generalised, the small classes suppressed.
        try {
            Writer text = new OutputStreamWriter(csv, StandardCharsets.UTF_8);
            JsonGenerator json = new JsonFactory().createGenerator(ndjson, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            text.write(String.join(",", columns()));
            text.write("\r\n");
            Tally again = new Tally();
            long[] written = {0};
            long[] suppressed = {0};
            caseload.read(plan -> {
                Included in = again.count(plan, names);
                if (in == null) {
                    return;
                }
                String[] qi = chosen.generalise(in.raw);
                if (chosen.persons(qi) < k) {
                    suppressed[0]++;
                    return;
                }
                Object[] row = row(plan, in, qi, chosen, names);
                try {
                    writeCsv(text, row);
                    writeJson(json, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
            text.flush();
            json.flush();
            if (!again.sameAs(tally)) {
                throw new InvalidPlanException(
                        ErrorCode.INVALID,
                        "caseload",
                        "gave different plans on its second read than on its first; the k-anonymity counted on"
                                + " the first does not hold for what was written, which must be discarded");
            }
            Map<String, String> levels = new LinkedHashMap<>();
            levels.put(Column.COMMUNITY.key, COMMUNITY_LEVELS[chosen.levels[0]]);
            levels.put(Column.FIRST_MONTH.key, MONTH_LEVELS[chosen.levels[1]]);
            levels.put(Column.DAYS_OPEN.key, DAYS_LEVELS[chosen.levels[2]]);
            return new ExtractReport(
                    k,
                    at,
                    tally.read,
                    unreadable,
                    tally.withoutConsent,
                    tally.withoutStewardAgreement,
                    tally.otherSteward,
                    suppressed[0],
                    written[0],
                    chosen.levels[0] == 0 ? tally.smallCommunities(k) : tally.communities(),
                    levels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the columns ----

    /** The extract's columns, in order, with their dictionary entries. */
    private enum Column {
        PLAN("plan", "pseudonym", Role.PSEUDONYM, "The plan, as a keyed pseudonym (pl_ and 20 hexadecimal digits)."),
        PERSON(
                "person",
                "pseudonym",
                Role.PSEUDONYM,
                "The person, as a keyed pseudonym (pe_…): the same in every row of this extract that is about"
                        + " her, and unlinkable to another extract's."),
        COMMUNITY(
                "community",
                "category",
                Role.QUASI_IDENTIFIER,
                "The community the plan is in (as the extract's caller determines it): the community when at"
                        + " least k people share it, otherwise its region or 'other'; 'region' level: the region"
                        + " or 'other'; 'unknown' when none; '*' when generalised away."),
        FIRST_MONTH(
                "first_month",
                "month",
                Role.QUASI_IDENTIFIER,
                "When her plan began: the month of the earliest priority or step shared (YYYY-MM, UTC), or as"
                        + " generalised, its quarter (YYYY-Qn), its year (YYYY) or '*'; empty when none is"
                        + " shared."),
        DAYS_OPEN(
                "days_open",
                "range",
                Role.QUASI_IDENTIFIER,
                "Whole days from the earliest priority or step shared to the plan's latest change, in bands"
                        + " of 30 days (0-29, 30-59, …, 330-359, 360+), or as generalised 0-89, 90-179,"
                        + " 180-359, 360+, or '*'; empty when none is shared. With first_month it says when the"
                        + " plan last changed, so it is a quasi-identifier too."),
        PRIORITY_CATEGORIES(
                "priority_categories",
                "list",
                Role.ATTRIBUTE,
                "The categories of the person's priorities as a sorted multiset: each category code (as in"
                        + " docs/glossary.md; 'uncategorised' when she gave none) as many times as she has such"
                        + " a priority, in alphabetical order, not in her order of rank. Only priorities whose"
                        + " category her grant covers; empty when priorities are not shared."),
        PRIORITIES_ACTIVE(
                "priorities_active", "integer", Role.ATTRIBUTE, "How many of the shared priorities are active."),
        PRIORITIES_ACHIEVED(
                "priorities_achieved", "integer", Role.ATTRIBUTE, "How many of the shared priorities are achieved."),
        PRIORITIES_SET_ASIDE(
                "priorities_set_aside",
                "integer",
                Role.ATTRIBUTE,
                "How many of the shared priorities the person set aside."),
        DOMAINS(
                "domains",
                "list",
                Role.ATTRIBUTE,
                "The medicine-wheel domains the shared priorities touch (physical, emotional, psychological,"
                        + " spiritual)."),
        STEP_KINDS(
                "step_kinds",
                "list",
                Role.ATTRIBUTE,
                "The kinds of the shared steps as a sorted multiset: each step kind code as many times as"
                        + " it occurs, in alphabetical order, not in the order proposed. Only steps that serve a"
                        + " shared priority and whose every revealed category (kind, what it shares, why it"
                        + " closed) her grant covers; empty when steps are not shared."),
        STEPS_OPEN(
                "steps_open",
                "integer",
                Role.ATTRIBUTE,
                "How many shared steps are proposed, agreed, in progress or on hold."),
        STEPS_COMPLETED("steps_completed", "integer", Role.ATTRIBUTE, "How many shared steps are completed."),
        STEPS_DECLINED(
                "steps_declined",
                "integer",
                Role.ATTRIBUTE,
                "How many shared steps the person declined (a respected outcome)."),
        STEPS_CANCELLED(
                "steps_cancelled",
                "integer",
                Role.ATTRIBUTE,
                "How many shared steps the provider could not deliver (cancelled)."),
        DAYS_TO_FIRST_AGREEMENT(
                "days_to_first_agreement",
                "range",
                Role.ATTRIBUTE,
                "Whole days from the first shared step's proposal to the person's first agreement to a shared"
                        + " step, in the bands days_open is written in (at days_open's level: it is never more"
                        + " than days_open, so an exact count would narrow it); empty when she has agreed to"
                        + " none."),
        PROVIDERS(
                "providers",
                "integer",
                Role.ATTRIBUTE,
                "How many organisations provide the shared steps; never which (a provider's pseudonym, like"
                        + " the agency's, would regroup rows by place)."),
        STAFF(
                "staff",
                "integer",
                Role.ATTRIBUTE,
                "How many team members are responsible for or accompany the shared steps; never who (a"
                        + " worker belongs to one agency); empty when the care team is not shared.");

        final String key;
        final String type;
        final Role role;
        final String description;

        Column(String key, String type, Role role, String description) {
            this.key = key;
            this.type = type;
            this.role = role;
            this.description = description;
        }
    }

    /** A column's role in the dictionary. */
    private enum Role {
        /** A keyed pseudonym: links rows, says nothing else; outside k. */
        PSEUDONYM("pseudonym"),
        /** What someone outside could know of her: generalised, and k applies. */
        QUASI_IDENTIFIER("quasi_identifier"),
        /** What the research studies: outside k, and sensitive. */
        ATTRIBUTE("attribute");

        final String code;

        Role(String code) {
            this.code = code;
        }
    }

    // ---- the first read: inclusion and counting ----

    /** A plan that is in the extract: its raw quasi-identifiers, what its grant covers, what it shares. */
    private record Included(Raw raw, Set<InformationCategory> permitted, Shared shared) {}

    /**
     * The finest values of the quasi-identifiers: community ("" unknown), the first month (null when
     * nothing dated is shared) and the band of 30 days the plan has been open (-1 when none).
     */
    private record Raw(String community, YearMonth firstMonth, int daysBand) {}

    /**
     * What of a plan its grant lets the extract see: the priorities (null when the section is not
     * covered), the steps (null likewise), and the earliest time among them (null when none).
     */
    private record Shared(List<Priority> priorities, List<PlanStep> steps, Instant first) {}

    /** Counts, per raw quasi-identifier combination, the distinct people (64-bit keys) and plans. */
    private final class Tally {
        final Map<Raw, Set<Long>> persons = new HashMap<>();
        long read;
        long withoutConsent;
        long withoutStewardAgreement;
        long otherSteward;
        long included;
        long fingerprint;

        /** Counts one plan; returns what is included of it, or null. */
        Included count(CarePlan plan, Pseudonyms names) {
            read++;
            if (steward.isPresent() && !steward.equals(plan.getSteward())) {
                otherSteward++;
                return null;
            }
            // the rows come from the plan as it is now, so consent is decided no earlier than its
            // latest revision, as a disclosure view's is: a revocation recorded since `at` holds
            Instant when =
                    at.isBefore(plan.getRevision().getAt()) ? plan.getRevision().getAt() : at;
            Set<InformationCategory> permitted = plan.getConsent()
                    .decide(recipient, ALL, Purpose.DEIDENTIFIED_RESEARCH, when)
                    .getPermitted();
            if (permitted.isEmpty()) {
                withoutConsent++;
                return null;
            }
            if (steward.isEmpty()
                    && !SecondaryUse.stewardAgreed(
                            plan.getSteward(), Purpose.DEIDENTIFIED_RESEARCH, when, agreements)) {
                withoutStewardAgreement++;
                return null;
            }
            included++;
            Shared shared = shared(plan, permitted, plan.getConsent().withheld(recipient, when));
            Raw raw = raw(plan, shared);
            long person = names.key(Kind.PERSON, plan.getPerson().getId());
            persons.computeIfAbsent(raw, r -> new HashSet<>()).add(person);
            // order-independent: the same plans in another order give the same fingerprint
            fingerprint += names.key(
                            Kind.PLAN,
                            plan.getId() + "\u0000" + plan.getRevision().getFingerprint())
                    ^ raw.hashCode();
            return new Included(raw, permitted, shared);
        }

        boolean sameAs(Tally first) {
            return read == first.read
                    && included == first.included
                    && fingerprint == first.fingerprint
                    && persons.equals(first.persons);
        }

        Map<String, Set<Long>> byCommunity() {
            Map<String, Set<Long>> out = new HashMap<>();
            persons.forEach((raw, people) ->
                    out.computeIfAbsent(raw.community, c -> new HashSet<>()).addAll(people));
            return out;
        }

        int smallCommunities(int k) {
            return (int) byCommunity().entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty() && e.getValue().size() < k)
                    .count();
        }

        int communities() {
            return (int)
                    byCommunity().keySet().stream().filter(c -> !c.isEmpty()).count();
        }
    }

    /**
     * The priorities and steps the grant covers, by the rules a disclosure view uses: a priority
     * with its own category's, a step with {@code plan_steps}, {@code priorities}, a shared priority
     * it serves and every category its codes reveal; never an item the person withheld from the
     * recipient (her instructions), nor a step that serves only withheld priorities.
     */
    private static Shared shared(CarePlan plan, Set<InformationCategory> permitted, Set<String> withheld) {
        Instant first = null;
        List<Priority> priorities = null;
        Set<String> sharedIds = new HashSet<>();
        if (permitted.contains(InformationCategory.PRIORITIES)) {
            priorities = new ArrayList<>();
            for (Priority p : plan.getPriorities().getRanked()) {
                if (!withheld.contains(p.getId())
                        && covered(p.getCategory().flatMap(PriorityCategory::getRevealedCategory), permitted)) {
                    priorities.add(p);
                    sharedIds.add(p.getId());
                    first = earliest(first, p.getExpressedAt());
                }
            }
        }
        List<PlanStep> steps = null;
        if (permitted.contains(InformationCategory.PLAN_STEPS) && permitted.contains(InformationCategory.PRIORITIES)) {
            steps = new ArrayList<>();
            for (PlanStep s : plan.getSteps()) {
                if (!withheld.contains(s.getId())
                        && s.getServes().stream().anyMatch(sharedIds::contains)
                        && permitted.containsAll(Disclosures.reveals(s))) {
                    steps.add(s);
                    first = earliest(first, s.getHistory().get(0).getAt());
                }
            }
        }
        return new Shared(priorities, steps, first);
    }

    /** The raw quasi-identifiers: nothing of the person's own record is read here, but where she is. */
    private Raw raw(CarePlan plan, Shared shared) {
        String community = Objects.requireNonNull(communityOf.apply(plan), "communityOf returned null")
                .orElse("");
        if (shared.first == null) {
            return new Raw(community, null, -1);
        }
        int band = band(days(shared.first, plan.getRevision().getAt()));
        return new Raw(community, YearMonth.from(shared.first.atOffset(ZoneOffset.UTC)), band);
    }

    /** The band of 30 days a count of days falls in; the last band is 360 days and more. */
    private static int band(int days) {
        return Math.min(LAST_BAND, days / 30);
    }

    // ---- generalisation ----

    /** One node of the generalisation lattice, with its classes' people counted. */
    private final class Lattice {
        final int[] levels;
        final Set<String> largeCommunities;
        final Map<List<String>, Set<Long>> classes = new HashMap<>();

        Lattice(int[] levels, Tally tally, Set<String> largeCommunities) {
            this.levels = levels;
            this.largeCommunities = largeCommunities;
            tally.persons.forEach(
                    (raw, people) -> classes.computeIfAbsent(List.of(generalise(raw)), x -> new HashSet<>())
                            .addAll(people));
        }

        /** The written values; "" for a month or band when nothing dated is shared (written empty). */
        String[] generalise(Raw raw) {
            return new String[] {community(raw.community), month(raw.firstMonth), days(raw.daysBand)};
        }

        int persons(String[] qi) {
            Set<Long> people = classes.get(List.of(qi));
            return people == null ? 0 : people.size();
        }

        /** Plans in classes of fewer than k people, counted per raw combination's people as a bound. */
        long suppressed(Tally tally) {
            long n = 0;
            for (Map.Entry<Raw, Set<Long>> e : tally.persons.entrySet()) {
                if (persons(generalise(e.getKey())) < k) {
                    n += e.getValue().size();
                }
            }
            return n;
        }

        private String community(String c) {
            if (levels[0] == 2) {
                return ANY;
            }
            if (c.isEmpty()) {
                return "unknown";
            }
            if (levels[0] == 0 && largeCommunities.contains(c)) {
                return c;
            }
            return regions.getOrDefault(c, "other");
        }

        private String month(YearMonth m) {
            if (m == null) {
                return "";
            }
            return switch (levels[1]) {
                case 0 -> m.toString();
                case 1 -> m.getYear() + "-Q" + ((m.getMonthValue() + 2) / 3);
                case 2 -> Integer.toString(m.getYear());
                default -> ANY;
            };
        }

        /** A band of days at this node's level; also how days_to_first_agreement is written. */
        String days(int band) {
            if (band < 0) {
                return "";
            }
            if (levels[2] == 0) {
                return band == LAST_BAND ? "360+" : (band * 30) + "-" + (band * 30 + 29);
            }
            if (levels[2] == 1) {
                return COARSE_BANDS[band < 3 ? 0 : band < 6 ? 1 : band < LAST_BAND ? 2 : 3];
            }
            return ANY;
        }
    }

    /**
     * The least generalised node (sum of levels) whose suppression stays within the limit, fewer
     * suppressed breaking ties; if none, the node that suppresses least. The lattice has 3 × 4 × 3 =
     * 36 nodes; each is counted from the tally of distinct raw combinations, never from the plans.
     */
    private Lattice choose(Tally tally) {
        long limit = (long) Math.floor(maxSuppressed * tally.included);
        Lattice best = null;
        long bestSuppressed = 0;
        Lattice fallback = null;
        long fallbackSuppressed = Long.MAX_VALUE;
        Set<String> large = new HashSet<>(); // communities of at least k people, the same at every node
        tally.byCommunity().forEach((community, people) -> {
            if (people.size() >= k) {
                large.add(community);
            }
        });
        int top = COMMUNITY_LEVELS.length + MONTH_LEVELS.length + DAYS_LEVELS.length - 3;
        for (int height = 0; height <= top && best == null; height++) {
            for (int c = 0; c < COMMUNITY_LEVELS.length; c++) {
                for (int m = 0; m < MONTH_LEVELS.length; m++) {
                    int d = height - c - m;
                    if (d < 0 || d >= DAYS_LEVELS.length) {
                        continue;
                    }
                    Lattice node = new Lattice(new int[] {c, m, d}, tally, large);
                    long suppressed = node.suppressed(tally);
                    if (suppressed <= limit && (best == null || suppressed < bestSuppressed)) {
                        best = node;
                        bestSuppressed = suppressed;
                    }
                    if (suppressed < fallbackSuppressed) {
                        fallback = node;
                        fallbackSuppressed = suppressed;
                    }
                }
            }
        }
        return best != null ? best : fallback;
    }

    // ---- the second read: rows ----

    private Object[] row(CarePlan plan, Included in, String[] qi, Lattice chosen, Pseudonyms names) {
        Object[] row = new Object[Column.values().length];
        Shared shared = in.shared;
        row[Column.PLAN.ordinal()] = names.of(Kind.PLAN, plan.getId());
        row[Column.PERSON.ordinal()] = names.of(Kind.PERSON, plan.getPerson().getId());
        row[Column.COMMUNITY.ordinal()] = qi[0];
        row[Column.FIRST_MONTH.ordinal()] = qi[1].isEmpty() ? null : qi[1];
        row[Column.DAYS_OPEN.ordinal()] = qi[2].isEmpty() ? null : qi[2];

        if (shared.priorities != null) {
            List<String> categories = new ArrayList<>();
            int[] byStatus = new int[PriorityStatus.values().length];
            Set<Domain> domains = EnumSet.noneOf(Domain.class);
            for (Priority p : shared.priorities) {
                categories.add(p.getCategory().map(c -> c.getCode()).orElse("uncategorised"));
                byStatus[p.getStatus().ordinal()]++;
                domains.addAll(p.getDomains());
            }
            categories.sort(null); // a multiset: her order of rank would be a fingerprint
            row[Column.PRIORITY_CATEGORIES.ordinal()] = categories;
            row[Column.PRIORITIES_ACTIVE.ordinal()] = byStatus[PriorityStatus.ACTIVE.ordinal()];
            row[Column.PRIORITIES_ACHIEVED.ordinal()] = byStatus[PriorityStatus.ACHIEVED.ordinal()];
            row[Column.PRIORITIES_SET_ASIDE.ordinal()] = byStatus[PriorityStatus.SET_ASIDE.ordinal()];
            row[Column.DOMAINS.ordinal()] =
                    domains.stream().map(d -> d.getCode()).toList();
        }
        if (shared.steps != null) {
            boolean team = in.permitted.contains(InformationCategory.CARE_TEAM);
            List<String> kinds = new ArrayList<>();
            int open = 0;
            int completed = 0;
            int declined = 0;
            int cancelled = 0;
            Instant firstProposal = null;
            Instant firstAgreement = null;
            Set<String> providers = new HashSet<>();
            Set<String> staff = new HashSet<>();
            for (PlanStep s : shared.steps) {
                kinds.add(s.getKind().getCode());
                StepStatus status = s.getStatus();
                if (status == StepStatus.COMPLETED) {
                    completed++;
                } else if (status == StepStatus.DECLINED) {
                    declined++;
                } else if (status == StepStatus.CANCELLED) {
                    cancelled++;
                } else {
                    open++;
                }
                firstProposal = earliest(firstProposal, s.getHistory().get(0).getAt());
                for (StatusChange c : s.getHistory()) {
                    if (c.getAgreement().isPresent()) {
                        firstAgreement = earliest(firstAgreement, c.getAt());
                    }
                }
                s.getProvider().ifPresent(providers::add);
                if (team) {
                    s.getResponsible().ifPresent(staff::add);
                    s.getAccompaniedBy().ifPresent(staff::add);
                }
            }
            kinds.sort(null); // a multiset: the order proposed would be a fingerprint
            row[Column.STEP_KINDS.ordinal()] = kinds;
            row[Column.STEPS_OPEN.ordinal()] = open;
            row[Column.STEPS_COMPLETED.ordinal()] = completed;
            row[Column.STEPS_DECLINED.ordinal()] = declined;
            row[Column.STEPS_CANCELLED.ordinal()] = cancelled;
            // at days_open's level: it is at most days_open, so an exact count would narrow that
            row[Column.DAYS_TO_FIRST_AGREEMENT.ordinal()] =
                    firstAgreement == null ? null : chosen.days(band(days(firstProposal, firstAgreement)));
            row[Column.PROVIDERS.ordinal()] = providers.size();
            row[Column.STAFF.ordinal()] = team ? staff.size() : null;
        }
        return row;
    }

    private static boolean covered(Optional<InformationCategory> needed, Set<InformationCategory> permitted) {
        return needed.isEmpty() || permitted.contains(needed.get());
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static int days(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toDays());
    }

    // ---- writing ----

    private static void writeCsv(Writer out, Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = row[i];
            if (v instanceof List<?> list) {
                out.write(
                        csv(String.join(";", list.stream().map(String::valueOf).toList())));
            } else if (v != null) {
                out.write(csv(v.toString()));
            }
        }
        out.write("\r\n");
    }

    /**
     * A CSV field (RFC 4180): quoted when it holds a comma, a quote, a line end or leading/trailing
     * space; a field a spreadsheet would run as a formula ({@code = + - @}, a tab or a carriage
     * return first) is prefixed with an apostrophe, as OWASP advises. Only caller-given labels
     * (community, region) can start that way; codes, months, numbers and pseudonyms never do.
     */
    static String csv(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9]+")) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0
                || v.indexOf('"') >= 0
                || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' '));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static void writeJson(JsonGenerator g, Object[] row) throws IOException {
        g.writeStartObject();
        Column[] columns = Column.values();
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            g.writeFieldName(columns[i].key);
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Integer n) {
                g.writeNumber(n);
            } else if (v instanceof List<?> list) {
                g.writeStartArray();
                for (Object o : list) {
                    g.writeString(o.toString());
                }
                g.writeEndArray();
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /**
     * Builds a {@link ResearchExtract}.
     *
     * <p>Not thread-safe; {@code build()} copies what it needs.
     */
    public static final class Builder {
        private final byte[] key;
        private final Recipient recipient;
        private final Instant at;
        private int k = DEFAULT_K;
        private double maxSuppressed = DEFAULT_MAX_SUPPRESSED;
        private Map<String, String> regions = Map.of();
        private Function<? super CarePlan, Optional<String>> communityOf = p -> Optional.empty();
        private StewardAgreements agreements = StewardAgreements.none();
        private Optional<String> steward = Optional.empty();

        private Builder(byte[] key, Recipient recipient, Instant at) {
            Objects.requireNonNull(key, "key");
            this.recipient = Objects.requireNonNull(recipient, "recipient");
            this.at = Objects.requireNonNull(at, "at");
            if (key.length < MIN_KEY_BYTES) {
                throw new InvalidPlanException(
                        ErrorCode.INVALID,
                        "key",
                        "has " + key.length + " bytes; a pseudonym key needs at least " + MIN_KEY_BYTES
                                + " bytes from a secure random source");
            }
            this.key = key.clone();
        }

        /**
         * Sets k: every combination of quasi-identifiers written is shared by at least k people.
         *
         * @param k at least 2; {@value ResearchExtract#DEFAULT_K} unless set
         * @return this builder
         * @throws InvalidPlanException if k is below 2
         */
        public Builder k(int k) {
            if (k < 2) {
                throw new InvalidPlanException(
                        ErrorCode.INVALID, "k", k + " is below 2; k-anonymity needs at least 2 people per combination");
            }
            this.k = k;
            return this;
        }

        /**
         * Sets the share of rows that may be suppressed before a coarser generalisation is preferred.
         *
         * @param share from 0 to 1; {@value ResearchExtract#DEFAULT_MAX_SUPPRESSED} unless set
         * @return this builder
         * @throws InvalidPlanException if the share is outside 0 to 1
         */
        public Builder maxSuppressed(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new InvalidPlanException(ErrorCode.INVALID, "maxSuppressed", share + " is not between 0 and 1");
            }
            this.maxSuppressed = share;
            return this;
        }

        /**
         * Sets the region of each community, what a community with fewer than k people is written as.
         * A community not in the map is written as {@code other}.
         *
         * @param regions community to region, such as {@code "Mattawa" -> "Nipissing"}
         * @return this builder
         */
        public Builder regions(Map<String, String> regions) {
            Objects.requireNonNull(regions, "regions");
            regions.forEach((c, r) -> {
                Objects.requireNonNull(c, "regions key");
                Objects.requireNonNull(r, "regions value");
            });
            this.regions = Map.copyOf(regions);
            return this;
        }

        /**
         * Sets how a plan's community is found, for example from the plan's agency through the
         * agency's own directory entry. Plans have no community field: the person's whereabouts are
         * hers, so only the caller can say what community a plan belongs to for research.
         *
         * @param communityOf the community of a plan; empty when unknown (written {@code unknown})
         * @return this builder
         */
        public Builder communityOf(Function<? super CarePlan, Optional<String>> communityOf) {
            this.communityOf = Objects.requireNonNull(communityOf, "communityOf");
            return this;
        }

        /**
         * Sets the stewards' recorded agreements. A plan that names a steward is in the extract only
         * while its steward agreed to de-identified research.
         *
         * @param agreements the agreements; none unless set
         * @return this builder
         */
        public Builder agreements(StewardAgreements agreements) {
            this.agreements = Objects.requireNonNull(agreements, "agreements");
            return this;
        }

        /**
         * Makes this the steward's own extract (OCAP access and possession): only the plans that name
         * this steward, which need no further agreement from it; the person's consent still decides,
         * and the extract is de-identified like any other.
         *
         * @param steward the steward's organisation identifier
         * @return this builder
         * @throws InvalidPlanException if it is not an identifier
         */
        public Builder forSteward(String steward) {
            Objects.requireNonNull(steward, "steward");
            if (!steward.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")) {
                throw new InvalidPlanException(
                        ErrorCode.INVALID,
                        "steward",
                        "is not an identifier (letters, digits, '.', '_', ':', '-', at most 64)");
            }
            this.steward = Optional.of(steward);
            return this;
        }

        /**
         * Returns the extract.
         *
         * @return the extract
         * @throws InvalidPlanException if it is a steward's own extract for a recipient other than
         *     that steward
         */
        public ResearchExtract build() {
            if (steward.isPresent() && !recipient.equals(Recipient.organisation(steward.get()))) {
                // a steward's own extract needs no agreement because it goes to the steward: to
                // anyone else it would be a way round the agreement
                throw new InvalidPlanException(
                        ErrorCode.INVALID,
                        "steward",
                        "a steward's own extract goes to that steward: the recipient must be the steward's"
                                + " organisation");
            }
            return new ResearchExtract(this);
        }
    }
}
