package org.pathways.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pathways.SensitiveText;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanHistory;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/** Her words, holding any markup, render as text on every page. */
class PersonPageProperties {
    private static final int EXAMPLES = 200;

    /** Fragments of HTML, script and CSS that would do something if they were not escaped. */
    static final List<String> PAYLOADS = List.of(
            "<script>document.title='pwned'</script>",
            "<img src=x onerror=\"document.title='pwned'\">",
            "\"><svg onload=alert(1)>",
            "'><b>bold</b>",
            "</style><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "body{display:none} </style>",
            "<style>*{color:red}</style>",
            "<!-- comment -->",
            "]]><![CDATA[",
            "&amp;&lt;&#60;&#x3C;",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe srcdoc=\"<script>alert(1)</script>\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://example.org\">",
            "{date} {name} {recipient}",
            "\u0000\u0007\u001b",
            "J'ai « peur » & « espoir »");

    private static final Set<String> TAGS = Set.of(
            "!DOCTYPE",
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "main",
            "footer",
            "section",
            "h1",
            "h2",
            "h3",
            "p",
            "ol",
            "ul",
            "li",
            "div",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "th",
            "td");
    private static final Set<String> ATTRIBUTES =
            Set.of("lang", "charset", "http-equiv", "content", "name", "class", "id", "aria-labelledby", "scope");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9!]+)([^<>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z-]+)(=\"[^\"<>]*\")?");

    static Gen<String> payloads() {
        return lists().of(integers().between(0, PAYLOADS.size() - 1))
                .ofSizeBetween(1, 4)
                .map(is -> {
                    StringBuilder b = new StringBuilder("Mot ");
                    is.forEach(i -> b.append(PAYLOADS.get(i)).append(' '));
                    return b.toString();
                });
    }

    /** The plan with a payload in every text she or her team typed that the page shows. */
    static CarePlan withPayload(CarePlan plan, String payload) {
        SensitiveText words = SensitiveText.of(payload);
        Person person = Person.builder()
                .from(plan.getPerson())
                .chosenName(words)
                .culturalSupports(List.of(words))
                .safeContact(SafeContact.builder()
                        .from(plan.getPerson().getSafeContact())
                        .safeTimes(words)
                        .codeWord(words)
                        .details(words)
                        .build())
                .build();
        List<Priority> ranked = new ArrayList<>();
        for (Priority p : plan.getPriorities().getRanked()) {
            ranked.add(Priority.builder().from(p).statement(words).build());
        }
        List<org.pathways.plan.PlanStep> steps = new ArrayList<>();
        for (org.pathways.plan.PlanStep s : plan.getSteps()) {
            steps.add(org.pathways.plan.PlanStep.builder()
                    .from(s)
                    .description(agencyText(payload, SensitiveText.MAX_LENGTH))
                    .build());
        }
        return CarePlan.builder()
                .from(plan)
                .person(person)
                .priorities(Priorities.of(ranked))
                .steps(steps)
                .build();
    }

    /** Text an agency wrote in English and French around a payload: "Agency …" and "Organisme …". */
    static org.pathways.LocalizedText agencyText(String payload, int max) {
        String p = payload.length() > max - 10 ? payload.substring(0, max - 10) : payload;
        return org.pathways.LocalizedText.of("Agency " + p).with("fr", "Organisme " + p);
    }

    /**
     * A directory that names every provider of the plan, and a service of each behind a confidential
     * location's front gate, with payloads in both languages.
     */
    static org.pathways.directory.ServiceDirectory directoryWithPayload(CarePlan plan, String payload) {
        org.pathways.directory.ServiceDirectory.Builder d = org.pathways.directory.ServiceDirectory.builder();
        int i = 0;
        for (String provider : plan.getSteps().stream()
                .flatMap(s -> s.getProvider().stream())
                .distinct()
                .toList()) {
            d.addOrganisations(org.pathways.directory.Organisation.of(provider, agencyText(payload, 200)));
            d.addServices(org.pathways.directory.Service.builder()
                    .id("svc-" + i++)
                    .organisation(provider)
                    .name(agencyText(payload, 200))
                    .hours(agencyText(payload, 200))
                    .addProgramming(org.pathways.plan.StepKind.values())
                    .addLocations(org.pathways.directory.Location.builder()
                            .community("North Bay")
                            .confidential(true)
                            .frontGate(agencyText(payload, 200))
                            .build())
                    .build());
        }
        return d.build();
    }

    @Test
    void textTheAgencyWroteInTwoLanguagesHoldingAnyMarkupRendersAsTextInThePagesLanguage() {
        qt().withExamples(Generators.examples(EXAMPLES / 2))
                .forAll(Generators.plansWithSteps(), payloads(), integers().between(0, 3))
                .checkAssert((generated, payload, mode) -> {
                    CarePlan plan = withPayload(generated, payload);
                    boolean french = mode % 2 == 1;
                    String html = PersonPage.of(plan)
                            .withLocale(french ? Locale.CANADA_FRENCH : Locale.CANADA)
                            .withSafeToPrint(mode >= 2)
                            .withDirectory(directoryWithPayload(plan, payload))
                            .toHtml();
                    assertOnlyTheLibrarysMarkup(html);
                    String mine = Html.escape((french ? "Organisme " : "Agency ") + payload);
                    String other = Html.escape((french ? "Agency " : "Organisme ") + payload);
                    assertTrue(html.contains(mine), "the step's description in the page's language");
                    assertFalse(html.contains(other), "and never in the other language");
                });
    }

    @Test
    void herWordsHoldingAnyMarkupRenderAsTextInBothLanguagesAndModes() {
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plans(), payloads(), integers().between(0, 3))
                .checkAssert((generated, payload, mode) -> {
                    CarePlan plan = withPayload(generated, payload);
                    String html = PersonPage.of(plan)
                            .withLocale(mode % 2 == 0 ? Locale.CANADA : Locale.CANADA_FRENCH)
                            .withSafeToPrint(mode >= 2)
                            .toHtml();
                    assertOnlyTheLibrarysMarkup(html);
                    assertTrue(html.contains(Html.escape(payload)), "her words are shown, escaped");
                });
    }

    @Test
    void herPageNeverNamesTraffickingInEitherLanguageOrMode() {
        int[] withTheProgramme = {0};
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(Generators.plansWithSteps(), integers().between(0, 3))
                .checkAssert((plan, mode) -> {
                    if (plan.getSteps().stream()
                            .anyMatch(s -> s.getKind() == org.pathways.plan.StepKind.SPECIALISED_PROGRAMMING)) {
                        withTheProgramme[0]++;
                    }
                    String html = PersonPage.of(plan)
                            .withLocale(mode % 2 == 0 ? Locale.CANADA : Locale.CANADA_FRENCH)
                            .withSafeToPrint(mode >= 2)
                            .toHtml()
                            .toLowerCase(Locale.ROOT);
                    for (String word : List.of("traffick", "traite", "exploit")) {
                        assertFalse(html.contains(word), word + " on her page, mode " + mode);
                    }
                });
        assertTrue(withTheProgramme[0] > 0, "some pages had a specialised programme to show");
    }

    @Test
    void theWorkersSummaryHoldsOnlyTheLibrarysMarkup() {
        qt().withExamples(Generators.examples(EXAMPLES / 4))
                .forAll(Generators.plans(), payloads())
                .checkAssert((generated, payload) -> {
                    CarePlan plan = withPayload(generated, payload);
                    for (Locale l : List.of(Locale.CANADA, Locale.CANADA_FRENCH)) {
                        String html = WorkerPage.of(PlanHistory.of(plan))
                                .withLocale(l)
                                .toHtml();
                        assertOnlyTheLibrarysMarkup(html);
                        assertFalse(html.contains(Html.escape(payload)), "no words of hers on a worker's page");
                    }
                });
    }

    /** Every tag is one the library writes, with its own attributes; the style is the library's. */
    static void assertOnlyTheLibrarysMarkup(String html) {
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            assertTrue(TAGS.contains(m.group(2)), () -> "tag " + m.group());
            Matcher a = ATTRIBUTE.matcher(m.group(3));
            int end = 0;
            while (a.find()) {
                assertEquals(end, a.start(), () -> "attributes of " + m.group());
                end = a.end();
                String name = a.group(1);
                assertTrue(ATTRIBUTES.contains(name) || m.group(2).equals("!DOCTYPE"), () -> "attribute " + name);
            }
            assertEquals(m.group(3).length(), end, () -> "attributes of " + m.group());
        }
        int style = html.indexOf("<style>");
        assertEquals(Html.STYLE, html.substring(style + 8, html.indexOf("</style>") - 1));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertEquals(1, html.split("<style>", -1).length - 1);
    }
}
