package org.pathways.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathways.Coded;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.MatchCode;
import org.pathways.plan.StepKind;
import org.pathways.review.Finding;
import org.pathways.review.PlanReview;
import org.pathways.review.Rule;
import org.pathways.testing.Generators;

/** The completeness of both languages, and how texts take their arguments. */
class LabelsTest {
    private static final Labels EN = Labels.of(Locale.ENGLISH);
    private static final Labels FR = Labels.of(Locale.FRENCH);
    private static final Pattern ARGUMENT = Pattern.compile("\\{([A-Za-z_]+)}");
    /** Texts that are the same in both languages on purpose: they hold only arguments and a dash. */
    private static final Set<String> SAME_IN_BOTH = Set.of("page.stepAt");

    /** Every coded enum of the library, found among the compiled classes rather than listed by hand. */
    static List<Class<?>> codedEnums() throws IOException, URISyntaxException {
        Path root = Path.of(
                Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                try {
                    Class<?> c = Class.forName(name, false, Coded.class.getClassLoader());
                    if (c.isEnum() && Coded.class.isAssignableFrom(c)) {
                        out.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError(name, e);
                }
            }
        }
        return out;
    }

    @Test
    void everyCodeOfEveryEnumHasALabelInBothLanguages() throws Exception {
        List<Class<?>> enums = codedEnums();
        assertTrue(enums.size() >= 24, "found " + enums.size() + " coded enums");
        List<String> missing = new ArrayList<>();
        int codes = 0;
        for (Class<?> e : enums) {
            for (Object constant : e.getEnumConstants()) {
                codes++;
                for (Labels l : List.of(EN, FR)) {
                    String key = Labels.keyOf((Coded) constant);
                    if (!l.keys().contains(key)) {
                        missing.add(l.getLocale() + " " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        System.out.println("labels: " + enums.size() + " coded enums, " + codes + " codes × 2 languages");
    }

    @Test
    void bothLanguagesHaveTheSameTextsWithTheSameArguments() {
        Set<String> onlyEnglish = new TreeSet<>(EN.keys());
        onlyEnglish.removeAll(FR.keys());
        Set<String> onlyFrench = new TreeSet<>(FR.keys());
        onlyFrench.removeAll(EN.keys());
        assertEquals(Set.of(), onlyEnglish, "texts missing in French");
        assertEquals(Set.of(), onlyFrench, "texts missing in English");
        List<String> differ = new ArrayList<>();
        for (String key : EN.keys()) {
            if (!arguments(raw(EN, key)).equals(arguments(raw(FR, key)))) {
                differ.add(key);
            }
        }
        assertEquals(List.of(), differ);
        System.out.println("texts: " + EN.keys().size() + " keys × 2 languages");
    }

    @Test
    void noTextIsBlankOrLeftInEnglishInTheFrenchFile() {
        List<String> bad = new ArrayList<>();
        for (String key : EN.keys()) {
            String en = raw(EN, key);
            String fr = raw(FR, key).replace('\u00a0', ' ').replace('\u202f', ' ');
            if (en.isBlank() || fr.isBlank()) {
                bad.add("blank " + key);
            } else if (en.equals(fr)
                    && !SAME_IN_BOTH.contains(key)
                    && en.chars().anyMatch(Character::isLetter)) {
                bad.add("same in both " + key + " = " + en);
            }
        }
        // Words that are spelt the same in both languages are fine as labels.
        bad.removeIf(b -> b.matches("same in both [A-Za-z]+\\.[a-z_]+ = [A-Za-zéÉ]+"));
        assertEquals(List.of(), bad);
    }

    @Test
    void everyRuleHasAFindingTextAndEveryReasonAConsentText() {
        for (Rule r : Rule.values()) {
            assertTrue(EN.keys().contains("finding." + r.getCode()), r.getCode());
        }
        for (var reason : org.pathways.consent.DecisionReason.values()) {
            assertTrue(EN.keys().contains("consent." + reason.getCode()), reason.getCode());
        }
    }

    @Test
    void everyFindingAndMatchTextUsesEachOfItsArgumentsAndNoOtherInBothLanguages() {
        List<String> wrong = new ArrayList<>();
        int texts = 0;
        for (Labels l : List.of(EN, FR)) {
            for (Rule r : Rule.values()) {
                Set<String> used = arguments(raw(l, "finding." + r.getCode()));
                used.remove("subject"); // the identifier the finding is about, when it has one
                texts++;
                if (!used.equals(new TreeSet<>(r.getArguments()))) {
                    wrong.add(
                            l.getLocale() + " finding." + r.getCode() + " uses " + used + ", has " + r.getArguments());
                }
            }
            for (MatchCode c : MatchCode.values()) {
                Set<String> used = arguments(raw(l, "match." + c.getCode()));
                texts++;
                if (!used.equals(new TreeSet<>(c.getArguments()))) {
                    wrong.add(l.getLocale() + " match." + c.getCode() + " uses " + used + ", has " + c.getArguments());
                }
            }
            for (String head : List.of("consent.may", "consent.mayNot")) {
                texts++;
                if (!arguments(raw(l, head)).equals(Set.of("recipient", "category", "purpose"))) {
                    wrong.add(l.getLocale() + " " + head);
                }
            }
            for (var reason : org.pathways.consent.DecisionReason.values()) {
                texts++;
                if (!Set.of("entry", "since", "by").containsAll(arguments(raw(l, "consent." + reason.getCode())))) {
                    wrong.add(l.getLocale() + " consent." + reason.getCode());
                }
            }
            for (org.pathways.ErrorCode code : org.pathways.ErrorCode.values()) {
                texts++;
                if (!Set.of("field").containsAll(arguments(raw(l, "error." + code.getCode())))) {
                    wrong.add(l.getLocale() + " error." + code.getCode());
                }
            }
        }
        assertEquals(List.of(), wrong);
        System.out.println("explanations: " + texts + " finding, match, consent and error texts checked");
    }

    @Test
    void everyFindingOfAGeneratedPlanIsExplainedInBothLanguagesWithItsArgumentsAndNoneOfHerWords() {
        int[] found = {0};
        qt().withExamples(Generators.examples(200)).forAll(Generators.plans()).checkAssert(plan -> {
            for (Finding f : PlanReview.of(plan).getFindings()) {
                found[0]++;
                for (Labels l : List.of(EN, FR)) {
                    String text = l.explain(f);
                    assertFalse(text.contains(Generators.SENSITIVE_MARK), text);
                    assertFalse(text.contains("{"), text);
                    f.getSubject().ifPresent(id -> assertTrue(text.contains(id), text));
                }
                assertTrue(!EN.explain(f).equals(FR.explain(f)), f::toString);
            }
        });
        assertTrue(found[0] > 0, "no finding at all");
    }

    @Test
    void aFindingReadsItsArgumentsAsWordsOfTheLanguage() {
        Finding rank =
                Finding.of(Rule.PRIORITY_WITHOUT_STEP, java.util.Optional.of("p-2"), Map.of("rank", "2"), "no step");
        assertEquals("Her priority #2 (p-2) has no open step yet.", EN.explain(rank));
        assertEquals("Sa priorité no 2 (p-2) n'a encore aucune étape en cours.", FR.explain(rank));
        Finding consent = Finding.of(
                Rule.CONSENT_NEEDED,
                java.util.Optional.of("s-shelter"),
                new java.util.LinkedHashMap<>(Map.of(
                        "status", "agreed",
                        "provider", "org-birchwood-house",
                        "purpose", "referral",
                        "categories", "identity,health")),
                "consent needed");
        String en =
                EN.explain(consent, id -> id.equals("org-birchwood-house") ? "Birchwood House" : id, ZoneOffset.UTC);
        assertTrue(en.contains("Birchwood House would receive, for “Referral”"), en);
        assertTrue(en.endsWith("she has not agreed to share: Identity and Health."), en);
        String fr = FR.explain(consent, id -> "Birchwood House", ZoneOffset.UTC);
        assertTrue(fr.contains("Birchwood House recevrait, aux fins de «\u00a0Aiguillage\u00a0»"), fr);
        assertTrue(fr.contains("Identité et Santé"), fr);
        Finding told = Finding.of(
                Rule.PERSON_NOT_TOLD_OF_DISCLOSURE,
                java.util.Optional.of("d-1"),
                Map.of(
                        "recipient_kind", "organisation",
                        "recipient", "org-police",
                        "basis", "court_order",
                        "at", "2027-03-01T15:00:00Z"),
                "not told");
        assertTrue(EN.explain(told).contains("on March 1, 2027"), EN.explain(told));
        assertTrue(FR.explain(told).contains("le 1er mars 2027"), FR.explain(told));
        Finding alone = Finding.of(
                Rule.NO_ACCOMPANIMENT_OFFERED,
                java.util.Optional.of("s-1"),
                Map.of("kind", "counselling", "first_appointment", "true"),
                "alone");
        assertEquals(
                "Step s-1 (Counselling) is her first appointment there, and no one has offered to go with her.",
                EN.explain(alone));
        Finding late = Finding.of(
                Rule.LATE_ENTRY_AFTER_CONSENT_CHANGED,
                java.util.Optional.of("cc-1"),
                new java.util.LinkedHashMap<>(Map.of(
                        "record", "case_conference",
                        "at", "2026-03-01T15:00:00Z",
                        "recorded_at", "2026-03-09T15:00:00Z")),
                "late");
        assertTrue(
                EN.explain(late).startsWith("The case conference cc-1 of March 1, 2026 was recorded on March 9, 2026"),
                EN.explain(late));
        assertTrue(
                FR.explain(late).startsWith("La conférence de cas cc-1 du 1er mars 2026 a été inscrite le 9 mars 2026"),
                FR.explain(late));
        Finding old = Finding.of(Rule.PRIORITY_WITHOUT_STEP, java.util.Optional.of("p-2"), "written by 0.1");
        assertEquals("Her priority #– (p-2) has no open step yet.", EN.explain(old));
        Finding unknown = Finding.of(
                Rule.STEP_SERVES_SET_ASIDE_PRIORITY,
                java.util.Optional.of("s-1"),
                Map.of("status", "paused_by_agency", "priorities", "p-1"),
                "from a newer system");
        assertTrue(FR.explain(unknown).contains("« paused_by_agency »".replace(' ', '\u00a0')), FR.explain(unknown));
    }

    @Test
    void aFrenchLocaleOfAnyCountryGetsFrenchAndAnyOtherLanguageGetsEnglish() {
        assertEquals("Réduction des méfaits", Labels.of(Locale.CANADA_FRENCH).label(StepKind.HARM_REDUCTION));
        assertEquals("Réduction des méfaits", Labels.of(Locale.FRANCE).label(StepKind.HARM_REDUCTION));
        assertEquals("Harm reduction", Labels.of(Locale.CANADA).label(StepKind.HARM_REDUCTION));
        assertEquals("Harm reduction", Labels.of(Locale.forLanguageTag("oj")).label(StepKind.HARM_REDUCTION));
        assertEquals(List.of(Locale.CANADA, Locale.CANADA_FRENCH), Labels.getLocales());
    }

    @Test
    void argumentsArePutInByNameWithLabelsAndDatesOfTheLanguage() {
        LocalDate date = LocalDate.of(2026, 3, 6);
        assertEquals("By March 6, 2026", EN.text("page.due", Map.of("date", date)));
        assertEquals("D'ici le 6 mars 2026", FR.text("page.due", Map.of("date", date)));
        assertEquals("1er mars 2026", FR.date(LocalDate.of(2026, 3, 1)));
        assertEquals(
                "Step s-1 proposed (Harm reduction).",
                EN.text("change.stepProposed", Map.of("id", "s-1", "kind", StepKind.HARM_REDUCTION)));
    }

    @Test
    void anArgumentThatLooksLikeAPlaceholderStaysAsItIs() {
        assertEquals("By {date}", EN.text("page.due", Map.of("date", "{date}")));
    }

    @Test
    void aMissingTextOrArgumentIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> EN.text("page.nothing"));
        assertThrows(IllegalArgumentException.class, () -> EN.text("page.due"));
    }

    @Test
    void frenchTypographyKeepsMarksWithTheirWords() {
        String fr = FR.text("page.neverUse", Map.of("channels", "appel téléphonique"));
        assertEquals("Ne jamais utiliser\u00a0: appel téléphonique.", fr);
    }

    @Test
    void listsAreJoinedAsTheyAreReadAloud() {
        assertEquals("", EN.list(List.of()));
        assertEquals("a", EN.list(List.of("a")));
        assertEquals("a, b and c", EN.list(List.of("a", "b", "c")));
        assertEquals("a, b et c", FR.list(List.of("a", "b", "c")));
    }

    @Test
    void aConsentDecisionIsExplainedInBothLanguages() {
        ConsentLedger empty = ConsentLedger.empty();
        Instant at = Instant.parse("2026-03-05T15:00:00Z");
        var d = empty.decide(
                Recipient.organisation("org-birchwood-house"), InformationCategory.HEALTH, Purpose.REFERRAL, at);
        assertEquals(
                "Birchwood House may not receive “Health” for “Referral”: the person has given no consent for this.",
                EN.explain(d, "Birchwood House", ZoneOffset.UTC));
        assertEquals(
                "Birchwood House ne peut pas recevoir «\u00a0Santé\u00a0» aux fins de «\u00a0Aiguillage\u00a0»\u00a0:"
                        + " la personne n'a donné aucun consentement à cet égard.",
                FR.explain(d, "Birchwood House", ZoneOffset.UTC));
    }

    @Test
    void everyErrorCodeHasAnExplanationForAWorkerInBothLanguages() {
        for (org.pathways.ErrorCode code : org.pathways.ErrorCode.values()) {
            assertTrue(EN.keys().contains("error." + code.getCode()), code.getCode());
        }
        try {
            org.pathways.testing.SamplePlans.mira()
                    .markStep(
                            "s-nowhere",
                            org.pathways.plan.StepStatus.AGREED,
                            org.pathways.testing.SamplePlans.edit(30));
            throw new AssertionError("moved a step that is not there");
        } catch (org.pathways.PathwaysException e) {
            assertEquals("There is nothing with that identifier at " + e.getField() + ".", EN.explain(e));
            assertEquals("Rien ne correspond à cet identifiant à " + e.getField() + ".", FR.explain(e));
        }
    }

    @Test
    void findsEveryCodedEnumOfTheLibrary() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : codedEnums()) {
            names.add(c.getSimpleName());
        }
        assertTrue(names.containsAll(Set.of("StepKind", "Rule", "Barrier", "InformationCategory")), names::toString);
        assertFalse(names.contains("Labels"));
    }

    private static String raw(Labels l, String key) {
        // every argument given as its own name in braces shows the pattern as it is written
        Map<String, Object> args = new java.util.HashMap<>();
        Matcher m = ARGUMENT.matcher(l.textPattern(key));
        while (m.find()) {
            args.put(m.group(1), "{" + m.group(1) + "}");
        }
        return l.text(key, args);
    }

    private static Set<String> arguments(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
