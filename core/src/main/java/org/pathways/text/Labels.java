package org.pathways.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pathways.Coded;
import org.pathways.PathwaysException;
import org.pathways.consent.ConsentDecision;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.RecipientKind;
import org.pathways.directory.Approach;
import org.pathways.directory.Barrier;
import org.pathways.directory.Knowledge;
import org.pathways.directory.MatchReason;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.review.Finding;
import org.pathways.team.TeamRole;

/**
 * The library's words in English or French: a label for every wire code of every enum, and the texts
 * a worker or the person reads, chosen by {@link Locale}.
 *
 * <pre>{@code
 * Labels fr = Labels.of(Locale.CANADA_FRENCH);
 * fr.label(StepKind.HARM_REDUCTION);                        // "Réduction des méfaits"
 * fr.text("page.due", Map.of("date", LocalDate.of(2026, 3, 6)));  // "D'ici le 6 mars 2026"
 * }</pre>
 *
 * <p>French is chosen for any locale whose language is {@code fr}; English for every other. A text
 * names its arguments ({@code {date}}); a {@link Coded} argument is shown by its label and a
 * {@link LocalDate} as a long date of the language (Canadian usage). Arguments are what the library
 * knows (codes, identifiers, dates, counts, an organisation's name): the person's own words are never
 * passed to a worker's text, and no text is ever translated from her words. Every key exists in both
 * languages, with the same arguments; a test of the library fails otherwise.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Labels {
    private static final Labels ENGLISH = new Labels(Locale.CANADA, load("labels_en.properties"));
    private static final Labels FRENCH = new Labels(Locale.CANADA_FRENCH, french(load("labels_fr.properties")));

    /** What a text shows for an argument it does not have, as the pages show an absent value. */
    private static final String ABSENT = "–";

    private final Locale locale;
    private final Map<String, String> texts;
    private final DateTimeFormatter dates;

    private Labels(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /**
     * Returns the words of a language: French for any locale whose language is {@code fr}, English for
     * every other.
     *
     * @param locale the reader's locale, such as {@code Locale.CANADA_FRENCH}
     * @return the labels
     */
    public static Labels of(Locale locale) {
        return "fr".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? FRENCH : ENGLISH;
    }

    /**
     * Returns the locales the library has words for: Canadian English and Canadian French.
     *
     * @return the two locales, English first
     */
    public static List<Locale> getLocales() {
        return List.of(ENGLISH.locale, FRENCH.locale);
    }

    /**
     * Returns the locale of these words.
     *
     * @return {@code Locale.CANADA} or {@code Locale.CANADA_FRENCH}
     */
    public Locale getLocale() {
        return locale;
    }

    /**
     * Returns the label of a code, such as "Harm reduction" for {@code StepKind.HARM_REDUCTION}.
     *
     * @param constant the constant of a coded enum
     * @return the label, starting with a capital
     * @throws IllegalArgumentException if the library has no label for it (a test of the library
     *     proves that it has one for every code)
     */
    public String label(Coded constant) {
        Objects.requireNonNull(constant, "constant");
        return text(keyOf(constant));
    }

    /**
     * Returns the key of a code's label: the enum's simple name and the code, such as
     * {@code StepKind.harm_reduction}.
     *
     * @param constant the constant of a coded enum
     * @return the key
     */
    public static String keyOf(Coded constant) {
        Class<?> type = constant.getClass().isEnum()
                ? constant.getClass()
                : constant.getClass().getEnclosingClass();
        return type.getSimpleName() + "." + constant.getCode();
    }

    /**
     * Returns a text that takes no argument.
     *
     * @param key the text's key, such as {@code page.title}
     * @return the text
     * @throws IllegalArgumentException if there is no such text, or if it takes arguments
     */
    public String text(String key) {
        return text(key, Map.of());
    }

    /**
     * Returns a text with its arguments put in.
     *
     * @param key the text's key, such as {@code page.due}
     * @param arguments each named argument of the text: a {@link Coded} constant (shown by its label),
     *     a {@link LocalDate} (shown as a long date of the language), or any other value (shown by
     *     {@code toString()}, so pass only what the reader may see)
     * @return the text
     * @throws IllegalArgumentException if there is no such text, or an argument it names is missing
     */
    public String text(String key, Map<String, ?> arguments) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(arguments, "arguments");
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key + " in " + locale.getLanguage());
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = pattern.substring(i + 1, close);
            if (!arguments.containsKey(name)) {
                throw new IllegalArgumentException("text " + key + " needs the argument " + name);
            }
            out.append(show(arguments.get(name)));
            i = close + 1;
        }
        return out.toString();
    }

    /**
     * Returns a date as the language writes it in full, such as "March 6, 2026" or "6 mars 2026".
     *
     * @param date the date
     * @return the date in words
     */
    public String date(LocalDate date) {
        String d = dates.format(Objects.requireNonNull(date, "date"));
        return this == FRENCH && date.getDayOfMonth() == 1 && d.startsWith("1 ") ? "1er" + d.substring(1) : d;
    }

    /**
     * Joins labels or names as a list is read aloud: "a, b and c", « a, b et c ».
     *
     * @param items the items, already in words
     * @return the joined list; empty for no item
     */
    public String list(List<String> items) {
        Objects.requireNonNull(items, "items");
        if (items.size() < 2) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + text("list.and") + items.get(items.size() - 1);
    }

    /**
     * Explains a consent decision to a worker, such as "Birchwood House may receive priorities for a
     * referral: consent c-1 has been in effect since March 3, 2026."
     *
     * @param decision the decision
     * @param recipientName how to name the recipient, such as the organisation's name
     * @param zone the time zone in which the dates are read
     * @return the explanation, in identifiers, labels and dates only
     */
    public String explain(ConsentDecision decision, String recipientName, java.time.ZoneId zone) {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(zone, "zone");
        Map<String, Object> args = new TreeMap<>();
        args.put("recipient", recipientName);
        args.put("category", decision.getCategory());
        args.put("purpose", decision.getPurpose());
        args.put("entry", decision.getEntry().map(e -> e.getId()).orElse(""));
        args.put(
                "since",
                decision.getSince()
                        .map(s -> (Object) LocalDate.ofInstant(s, zone))
                        .orElse(""));
        args.put("by", decision.getEntry().map(e -> e.getRecordedBy()).orElse(""));
        String head = text(decision.isPermitted() ? "consent.may" : "consent.mayNot", args);
        return head + " " + text("consent." + decision.getReason().getCode(), args);
    }

    /**
     * Explains a review finding to a worker with its arguments, such as "Her priority #2 (p-2) has no
     * open step yet." or « Sa priorité no 2 (p-2) n'a encore aucune étape en cours. ». Organisations
     * and other recipients are named by their identifiers, dates are read in UTC.
     *
     * @param finding the finding
     * @return the explanation, in identifiers, numbers, labels and dates only, never the person's words
     */
    public String explain(Finding finding) {
        return explain(finding, id -> id, java.time.ZoneOffset.UTC);
    }

    /**
     * Explains a review finding to a worker with its arguments, naming organisations as the caller
     * knows them, such as "… her consent does not let Birchwood House receive these for “Referral”:
     * Identity and Health." An argument the finding lacks (one read from a document written before
     * findings kept their arguments) shows as "–"; a code this version does not know shows as it is.
     *
     * @param finding the finding
     * @param names how to name an organisation, member or table by its identifier, such as the
     *     directory's name of an organisation; return the identifier when there is no better name
     * @param zone the time zone in which the dates are read
     * @return the explanation, in identifiers, numbers, labels, names and dates only
     */
    public String explain(Finding finding, Function<String, String> names, java.time.ZoneId zone) {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(zone, "zone");
        Map<String, Object> args = new TreeMap<>();
        args.put("subject", finding.getSubject().orElse(ABSENT));
        for (String name : finding.getRule().getArguments()) {
            args.put(name, ABSENT); // a finding written before its arguments were kept
        }
        finding.getArguments().forEach((name, value) -> args.put(name, argument(name, value, names, zone)));
        return text("finding." + finding.getRule().getCode(), args);
    }

    /**
     * Explains why a service fits, or might not, with its arguments, such as "Has a waitlist of about
     * 10 days." or « Offert en français. ».
     *
     * @param reason the reason
     * @return the explanation, in labels, language names, community names, numbers and dates
     */
    public String explain(MatchReason reason) {
        Objects.requireNonNull(reason, "reason");
        Map<String, Object> args = new TreeMap<>();
        reason.getArguments()
                .forEach((name, value) -> args.put(name, argument(name, value, id -> id, java.time.ZoneOffset.UTC)));
        return text("match." + reason.getCode().getCode(), args);
    }

    /**
     * One argument of a finding or a match reason in words: a code by its label, a list of codes as
     * a list, a language tag by the language's name, an instant or a date as a date of the language,
     * an identifier of an organisation or recipient by its name. One table for every rule and code,
     * so the same argument reads the same everywhere.
     */
    private String argument(String name, String value, Function<String, String> names, java.time.ZoneId zone) {
        try {
            return words(name, value, names, zone);
        } catch (PathwaysException | java.time.DateTimeException | IllegalArgumentException e) {
            // a code or date this version does not know, as read from another system: shown as it is
            // (an argument is codes, identifiers and numbers only, never free text)
            return value;
        }
    }

    private String words(String name, String value, Function<String, String> names, java.time.ZoneId zone) {
        return switch (name) {
            case "status" -> label(StepStatus.fromCode(value));
            case "purpose" -> label(Purpose.fromCode(value));
            case "categories" -> labels(value, InformationCategory::fromCode);
            case "recipient_kind" -> label(RecipientKind.fromCode(value));
            case "basis" -> label(DisclosureBasis.fromCode(value));
            case "domains" -> labels(value, Domain::fromCode);
            case "kind" -> label(StepKind.fromCode(value));
            case "kinds" -> labels(value, StepKind::fromCode);
            case "role" -> label(TeamRole.fromCode(value));
            case "approach" -> label(Approach.fromCode(value));
            case "knowledge" -> label(Knowledge.fromCode(value));
            case "barrier" -> label(Barrier.fromCode(value));
            case "first_appointment" -> text("finding.first_appointment." + Boolean.parseBoolean(value));
            case "record" -> text("finding.record." + value);
            case "provider", "recipient" -> Objects.requireNonNull(names.apply(value), "names");
            case "priorities" -> list(List.of(value.split(",")));
            case "languages" ->
                list(java.util.Arrays.stream(value.split(","))
                        .map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale))
                        .toList());
            case "by_policy" -> text("finding.by_policy." + Boolean.parseBoolean(value));
            case "at", "recorded_at", "end" -> date(LocalDate.ofInstant(java.time.Instant.parse(value), zone));
            case "due" -> date(LocalDate.parse(value));
            default -> value; // rank, wait_days, community: numbers and names as they are
        };
    }

    private String labels(String codes, Function<String, ? extends Coded> parse) {
        return codes.isEmpty()
                ? ""
                : list(java.util.Arrays.stream(codes.split(","))
                        .map(c -> label(parse.apply(c)))
                        .toList());
    }

    /**
     * Explains an exception of the library to a worker, by its {@linkplain PathwaysException#getCode()
     * code} and the field or path it is about, such as "Someone else changed this plan in the meantime.
     * Reload it and make the change again."
     *
     * @param exception the exception
     * @return the explanation; it names the field, never a rejected value
     */
    public String explain(PathwaysException exception) {
        Objects.requireNonNull(exception, "exception");
        return text("error." + exception.getCode().getCode(), Map.of("field", exception.getField()));
    }

    /**
     * Returns every key of the library's texts; the same in both languages.
     *
     * @return the keys, sorted
     */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(texts.keySet()));
    }

    /** Returns a text as it is written, with its arguments in braces; for the library's tests. */
    String textPattern(String key) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text " + key + " in " + locale.getLanguage());
        }
        return pattern;
    }

    private String show(Object value) {
        if (value instanceof Coded) {
            return label((Coded) value);
        }
        if (value instanceof LocalDate) {
            return date((LocalDate) value);
        }
        return String.valueOf(value);
    }

    /**
     * French typography: a no-break space before a colon, a narrow one before the other high marks,
     * and no-break spaces inside guillemets, so that no line starts with a lone mark.
     */
    private static Map<String, String> french(Map<String, String> texts) {
        Map<String, String> out = new TreeMap<>();
        texts.forEach((k, v) -> out.put(
                k,
                v.replace(" :", "\u00a0:")
                        .replace(" ;", "\u202f;")
                        .replace(" ?", "\u202f?")
                        .replace(" !", "\u202f!")
                        .replace("« ", "«\u00a0")
                        .replace(" »", "\u00a0»")));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> load(String name) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the library's texts " + name + " are missing from its jar");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(p.stringPropertyNames().stream()
                .collect(Collectors.toMap(k -> k, p::getProperty, (a, b) -> a, TreeMap::new)));
    }
}
