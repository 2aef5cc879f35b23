package org.pathways.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.pathways.LocalizedText;
import org.pathways.SensitiveText;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.Disclosures;
import org.pathways.examples.AmaraPlan;
import org.pathways.page.PersonPage;
import org.pathways.page.WorkerPage;
import org.pathways.person.Person;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanHistory;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.testing.Generators;
import org.pathways.testing.Seeds;

/**
 * The person's page and the worker's summary in a real browser: headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}) loads pages rendered from generated plans and from
 * Amara's, in English and French, on screen and safe to print; axe-core finds no violation of WCAG 2.1
 * A and AA; no script runs; screenshots of Amara's plan go to {@code target/screenshots}. One browser
 * serves the whole class.
 */
class PagesInChromiumTest {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<Locale> LANGUAGES = List.of(Locale.CANADA, Locale.CANADA_FRENCH);
    private static final Path OUT = Path.of(System.getProperty("pathways.out", "target"));
    private static final int GENERATED_PLANS = 2;

    private static ChromeDriver browser;
    private static int pagesChecked;

    @BeforeAll
    static void startChromium() {
        File chromium = new File(System.getProperty("pathways.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("pathways.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver: " + chromium + " and "
                    + driver + " were not found. On Debian or Ubuntu: apt-get update && apt-get install -y chromium"
                    + " chromium-driver. Elsewhere, pass -Dpathways.chromium=<browser> -Dpathways.chromedriver=<driver>;"
                    + " or leave these tests out locally with -Dpathways.browser.skip=true (CI always runs them).");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=960,1200");
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        System.out.println("axe-core: " + pagesChecked + " pages checked against WCAG 2.1 A and AA");
    }

    @Test
    void pagesOfGeneratedPlansHaveNoAccessibilityViolationInBothLanguagesAndModes() throws IOException {
        List<String> violations = new ArrayList<>();
        for (CarePlan plan : generatedPlans()) {
            ServiceDirectory network = bilingualDirectory(plan);
            for (Locale l : LANGUAGES) {
                for (boolean safe : List.of(false, true)) {
                    String html = PersonPage.of(plan)
                            .withLocale(l)
                            .withSafeToPrint(safe)
                            .withDirectory(network)
                            .toHtml();
                    violations.addAll(axe(write(plan.getId() + "-" + l + (safe ? "-safe" : "") + ".html", html)));
                    String text = spaced(
                            (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText"));
                    for (PlanStep s : plan.getSteps()) {
                        s.getDescription()
                                .ifPresent(d -> assertTrue(
                                        text.contains(spaced(d.in(l))),
                                        "the agency's description in the page's language"));
                        s.getProvider()
                                .filter(provider -> s.getStatus() != StepStatus.DECLINED)
                                .ifPresent(provider -> {
                                    assertTrue(text.contains(
                                            l == Locale.CANADA
                                                    ? "Shelter and more of " + provider
                                                    : "Hébergement et plus de " + provider));
                                    assertFalse(text.contains(
                                            l == Locale.CANADA
                                                    ? "Hébergement et plus de " + provider
                                                    : "Shelter and more of " + provider));
                                });
                    }
                }
                violations.addAll(axe(write(
                        plan.getId() + "-summary-" + l + ".html",
                        WorkerPage.of(PlanHistory.of(plan)).withLocale(l).toHtml())));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void amarasPagesAsTheExampleWritesThemHaveNoAccessibilityViolation() throws IOException {
        PlanHistory history = AmaraPlan.build();
        List<Path> pages = AmaraPlan.writePages(history, AmaraPlan.network(), OUT.resolve("pages"));
        assertEquals(6, pages.size());
        List<String> violations = new ArrayList<>();
        for (Path p : pages) {
            violations.addAll(axe(p));
            String name = p.getFileName().toString();
            if (name.startsWith("amara-plan-")) {
                // what the agency and the directory wrote in two languages, in the page's language
                String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText");
                boolean french = name.startsWith("amara-plan-fr");
                assertEquals(french, text.contains("Maison d'hébergement pour femmes"), name);
                assertEquals(!french, text.contains("Women's shelter"), name);
                assertEquals(french, text.contains("Programme de groupe de huit semaines"), name);
                assertEquals(!french, text.contains("Eight-week group programme"), name);
                // the confidential shelter's front gate, in the same language as the line around it
                assertEquals(french, text.contains("Ligne d'accueil 24 heures sur 24"), name);
                assertEquals(!french, text.contains("24-hour intake line"), name);
            }
        }
        CarePlan plan = history.latest();
        var shared = Disclosures.disclose(
                plan,
                Recipient.organisation("org-birchwood-house"),
                Purpose.REFERRAL,
                Edit.of("m-jo", plan.getRevision().getAt().plusSeconds(60), true));
        for (Locale l : LANGUAGES) {
            violations.addAll(axe(write(
                    "amara-view-" + l + ".html",
                    PersonPage.of(shared.getView())
                            .withDirectory(AmaraPlan.network())
                            .withLocale(l)
                            .toHtml())));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noScriptRunsAndHerWordsShowAsTheTextSheTyped() throws IOException {
        String payload = "<script>window.pwned=1;document.title='pwned'</script>"
                + "<img src=x onerror=\"window.pwned=2\"><svg onload=\"window.pwned=3\"></svg>"
                + "</style><style>body{display:none}</style>";
        CarePlan plan = withWords(AmaraPlan.build().latest(), payload);
        for (Locale l : LANGUAGES) {
            for (boolean safe : List.of(false, true)) {
                String html =
                        PersonPage.of(plan).withLocale(l).withSafeToPrint(safe).toHtml();
                load(write("payload-" + l + (safe ? "-safe" : "") + ".html", html));
                JavascriptExecutor js = browser;
                assertEquals("undefined", js.executeScript("return typeof window.pwned"));
                String title = (String) js.executeScript("return document.title");
                assertTrue(
                        title.startsWith(l == Locale.CANADA ? "My plan – " : "Mon plan – ") && title.endsWith(payload));
                assertEquals(0L, js.executeScript("return document.querySelectorAll('script,img,svg,iframe').length"));
                assertEquals(
                        1L,
                        js.executeScript("return document.querySelectorAll('style').length"),
                        "only the page's own style");
                String text = (String) js.executeScript("return document.body.innerText");
                assertTrue(text.contains(payload), "her words are shown as she typed them");
                assertEquals("block", js.executeScript("return getComputedStyle(document.body).display"));
            }
        }
    }

    @Test
    void screenshotsOfAmarasPlanInEnglishAndFrenchOnScreenAndPrinted() throws IOException {
        Path pages = OUT.resolve("pages");
        AmaraPlan.writePages(AmaraPlan.build(), AmaraPlan.network(), pages);
        Path shots = Files.createDirectories(OUT.resolve("screenshots"));
        for (String lang : List.of("en", "fr")) {
            load(pages.resolve("amara-plan-" + lang + ".html"));
            Path screen = shot(shots.resolve("amara-plan-" + lang + ".png"));
            load(pages.resolve("amara-plan-" + lang + "-safe-to-print.html"));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertEquals(
                        true,
                        ((JavascriptExecutor) browser).executeScript("return matchMedia('print').matches"),
                        "the print stylesheet applies");
                Path print = shot(shots.resolve("amara-plan-" + lang + "-print.png"));
                assertTrue(Files.size(screen) > 10_000 && Files.size(print) > 10_000);
            } finally {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
    }

    /** A whole-page screenshot: the window is made as tall as the page first. */
    private static Path shot(Path to) throws IOException {
        Number height =
                (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(960, Math.min(8000, height.intValue() + 40)));
        Files.write(to, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(960, 1200));
        return to;
    }

    /** Text as a browser shows it: every run of white space one space. */
    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * A directory that names every provider of a plan in English and French, with a service of each
     * whose name and hours are written in both languages too.
     */
    private static ServiceDirectory bilingualDirectory(CarePlan plan) {
        ServiceDirectory.Builder d = ServiceDirectory.builder();
        int i = 0;
        for (String provider : plan.getSteps().stream()
                .flatMap(s -> s.getProvider().stream())
                .distinct()
                .toList()) {
            d.addOrganisations(Organisation.of(
                    provider, LocalizedText.of("Agency " + provider).with("fr", "Organisme " + provider)));
            d.addServices(Service.builder()
                    .id("svc-" + i++)
                    .organisation(provider)
                    .name(LocalizedText.of("Shelter and more of " + provider)
                            .with("fr", "Hébergement et plus de " + provider))
                    .hours(LocalizedText.of("Monday to Friday, 9 to 5")
                            .with("fr", "Du lundi au vendredi, de 9 h à 17 h"))
                    .addProgramming(StepKind.values())
                    .build());
        }
        return d.build();
    }

    private static List<CarePlan> generatedPlans() {
        // a fixed seed: the same plans on every run, so a violation found once is found again
        List<CarePlan> plans = new ArrayList<>();
        Seeds.qt(20261207L)
                .withExamples(GENERATED_PLANS)
                .forAll(Generators.plansWithSteps())
                .checkAssert(plans::add);
        return plans;
    }

    private static Path write(String name, String html) throws IOException {
        Path dir = Files.createDirectories(OUT.resolve("browser-pages"));
        return Files.writeString(dir.resolve(name.replace(':', '-')), html);
    }

    private static void load(Path page) {
        browser.get(page.toUri().toString());
    }

    /** Loads a page and runs axe-core on it; returns one line per violation. */
    private static List<String> axe(Path page) {
        load(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        pagesChecked++;
        assertFalse(results.isErrored(), () -> page + ": axe-core did not run: " + results.getErrorMessage());
        assertTrue(results.getPasses().size() > 10, () -> page + ": axe-core checked too little");
        List<String> out = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            out.add(page.getFileName() + ": " + r.getId() + " (" + r.getImpact() + ") " + r.getHelp() + " at "
                    + r.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .toList());
        }
        return out;
    }

    /** Amara's plan with the same words in her name and each of her priorities. */
    private static CarePlan withWords(CarePlan plan, String words) {
        List<Priority> ranked = new ArrayList<>();
        for (Priority p : plan.getPriorities().getRanked()) {
            ranked.add(Priority.builder()
                    .from(p)
                    .statement(SensitiveText.of(words))
                    .build());
        }
        return CarePlan.builder()
                .from(plan)
                .person(Person.builder()
                        .from(plan.getPerson())
                        .chosenName(SensitiveText.of(words))
                        .build())
                .priorities(Priorities.of(ranked))
                .build();
    }
}
