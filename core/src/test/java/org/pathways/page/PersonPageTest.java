package org.pathways.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.SensitiveText;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Location;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.Disclosures;
import org.pathways.plan.CarePlan;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.StepKind;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;
import org.pathways.testing.SamplePlans;

class PersonPageTest {
    private static final ServiceDirectory NETWORK = ServiceDirectory.builder()
            .addOrganisations(Organisation.of(SamplePlans.SHELTER, "Aurora House"))
            .addServices(Service.builder()
                    .id("svc-aurora")
                    .organisation(SamplePlans.SHELTER)
                    .name("Women's shelter")
                    .addProgramming(StepKind.REFERRAL, StepKind.SHELTER_AND_HOUSING)
                    .addLanguages("en", "fr")
                    .addCommunities("North Bay")
                    .open24x7(true)
                    .addLocations(Location.builder()
                            .community("North Bay")
                            .address("12 Hidden Lane")
                            .phone("705-555-0199")
                            .confidential(true)
                            .frontGate("intake line 1-800-555-0148")
                            .build())
                    .build())
            .build();

    /** Mira's plan with a named peer worker and a declined step. */
    private static CarePlan plan() {
        CarePlan mira = SamplePlans.mira();
        mira = mira.removeMember("m-rae", SamplePlans.edit(6))
                .addMember(
                        TeamMember.builder()
                                .id("m-rae2")
                                .name(SensitiveText.of("Raewyn"))
                                .role(TeamRole.PEER_SUPPORT_WORKER)
                                .paid(true)
                                .build(),
                        SamplePlans.edit(6));
        return mira.proposeStep(
                        SamplePlans.step("s-group", StepKind.SPECIALISED_PROGRAMMING, "p-sleep"), SamplePlans.edit(7))
                .declineStep("s-group", ClosureReason.PERSONS_CHOICE, SamplePlans.edit(8));
    }

    @Test
    void showsHerPrioritiesInHerOrderAndWordsUnderFirstPersonHeadings() {
        String html = PersonPage.of(plan()).toHtml();
        assertTrue(html.contains("<h2 id=\"matters\">What matters to me</h2>"));
        assertTrue(html.contains("<h2 id=\"agreed\">What we agreed</h2>"));
        assertTrue(html.contains("<h2 id=\"team\">Who is with me</h2>"));
        int son = html.indexOf("Get my son back");
        int home = html.indexOf("A place of my own");
        int sleep = html.indexOf("Sleep through the night");
        assertTrue(0 < son && son < home && home < sleep, "in her order");
    }

    @Test
    void showsWhatTheAgencyWroteInThePagesLanguageAndHerWordsAsSheSaidThem() {
        ServiceDirectory bilingual = ServiceDirectory.builder()
                .addOrganisations(Organisation.of(
                        SamplePlans.SHELTER,
                        org.pathways.LocalizedText.of("Aurora House").with("fr", "Maison Aurora")))
                .addServices(Service.builder()
                        .from(NETWORK.getServices().get(0))
                        .name(org.pathways.LocalizedText.of("Women's shelter").with("fr", "Refuge pour femmes"))
                        .open24x7(false)
                        .hours(org.pathways.LocalizedText.of("Intake Monday to Friday, 9 to 5")
                                .with("fr-CA", "Accueil du lundi au vendredi, de 9 h à 17 h"))
                        .build())
                .build();
        CarePlan plan = plan();
        plan = plan.updateStep(
                org.pathways.plan.PlanStep.builder()
                        .from(plan.findStep("s-shelter").orElseThrow())
                        .description(org.pathways.LocalizedText.of("Intake at the front desk")
                                .with("fr", "Accueil à la réception"))
                        .build(),
                SamplePlans.edit(9));
        String en = PersonPage.of(plan).withDirectory(bilingual).toHtml();
        String fr = PersonPage.of(plan)
                .withDirectory(bilingual)
                .withLocale(java.util.Locale.CANADA_FRENCH)
                .toHtml();
        for (String words : List.of(
                "Refuge pour femmes", "Accueil du lundi au vendredi", "Accueil à la réception", "Maison Aurora")) {
            assertTrue(fr.contains(Html.escape(words)), words);
            assertFalse(en.contains(Html.escape(words)), words);
        }
        for (String words : List.of("Women&#39;s shelter", "Intake Monday to Friday", "Intake at the front desk")) {
            assertTrue(en.contains(words), words);
            assertFalse(fr.contains(words), words);
        }
        // her priorities are never given another language: the same words on both pages
        assertTrue(fr.contains("Get my son back") && en.contains("Get my son back"));
        String print = PersonPage.of(plan)
                .withDirectory(bilingual)
                .withLocale(java.util.Locale.CANADA_FRENCH)
                .withSafeToPrint(true)
                .toHtml();
        assertTrue(print.contains("Refuge pour femmes"), "organisation and service names stay on a printed page");
    }

    @Test
    void showsAConfidentialLocationsFrontGateInThePagesLanguage() {
        String english = "24-hour intake line 1-800-555-0148";
        String french = "Ligne d'accueil 24 heures sur 24\u00a0: 1-800-555-0148";
        Service shelter = NETWORK.getServices().get(0);
        ServiceDirectory bilingual = ServiceDirectory.builder()
                .from(NETWORK)
                .services(List.of(Service.builder()
                        .from(shelter)
                        .locations(List.of(Location.builder()
                                .from(shelter.getLocations().get(0))
                                .frontGate(
                                        org.pathways.LocalizedText.of(english).with("fr", french))
                                .build()))
                        .build()))
                .build();
        for (boolean safeToPrint : List.of(false, true)) {
            String en = PersonPage.of(plan())
                    .withDirectory(bilingual)
                    .withSafeToPrint(safeToPrint)
                    .toHtml();
            String fr = PersonPage.of(plan())
                    .withDirectory(bilingual)
                    .withLocale(Locale.CANADA_FRENCH)
                    .withSafeToPrint(safeToPrint)
                    .toHtml();
            assertTrue(en.contains(Html.escape(english)), en);
            assertFalse(en.contains(Html.escape(french)), en);
            assertTrue(fr.contains(Html.escape(french)), fr);
            assertFalse(fr.contains(Html.escape(english)), fr);
        }
    }

    @Test
    void aFrontGateWithNoFrenchAlternativeIsShownAsWrittenOnTheFrenchPage() {
        String fr = PersonPage.of(plan())
                .withDirectory(NETWORK)
                .withLocale(Locale.CANADA_FRENCH)
                .toHtml();
        assertTrue(fr.contains("intake line 1-800-555-0148"), fr);
    }

    @Test
    void showsWhatSheDeclinedAsHerChoice() {
        String html = PersonPage.of(plan()).toHtml();
        assertTrue(html.contains("What I chose not to do"));
        assertTrue(html.contains("That is my choice."));
        assertFalse(html.contains("failed"));
    }

    @Test
    void saysHerConsentInWordsSheCanCheck() {
        String html = PersonPage.of(plan()).withDirectory(NETWORK).toHtml();
        assertTrue(
                html.contains("Aurora House may see identity, contact details, priorities and location and safety,"
                        + " for referral and accompaniment, from March 2, 2026 until May 31, 2026."),
                html);
        String fr = PersonPage.of(plan())
                .withDirectory(NETWORK)
                .withLocale(Locale.CANADA_FRENCH)
                .toHtml();
        assertTrue(
                fr.contains("Aurora House peut voir\u00a0: identité, coordonnées, priorités et lieu et sécurité."), fr);
        assertTrue(fr.contains("<html lang=\"fr-CA\">"));
        assertTrue(fr.contains("Ce qui compte pour moi"));
    }

    @Test
    void saysWhoGoesWithHerAndWhen() {
        String html = PersonPage.of(plan()).toHtml();
        assertTrue(html.contains("Dedicated case worker will go with me."), html);
    }

    @Test
    void theNormalPageShowsTheCodeWordNamesAndTheAddressTheDirectoryHolds() {
        String html = PersonPage.of(plan()).withDirectory(NETWORK).toHtml();
        assertTrue(html.contains("raspberry"));
        assertTrue(html.contains("Raewyn"));
        assertTrue(html.contains("12 Hidden Lane"));
    }

    @Test
    void theSafeToPrintPageLeavesOutTheCodeWordConfidentialAddressesAndOtherPeoplesNames() {
        String html = PersonPage.of(plan())
                .withDirectory(NETWORK)
                .withSafeToPrint(true)
                .toHtml();
        assertFalse(html.contains("raspberry"));
        assertFalse(html.contains("Raewyn"));
        assertFalse(html.contains("12 Hidden Lane"));
        assertFalse(html.contains("705-555-0199"));
        assertTrue(html.contains("intake line 1-800-555-0148"), "the public way in stays");
        assertTrue(html.contains("Mira"), "her own name stays");
        assertTrue(html.contains("This copy is safe to print."));
    }

    @Test
    void aViewShowsOnlyWhatTheRecipientReceived() {
        var shared = Disclosures.disclose(
                plan(), Recipient.organisation(SamplePlans.SHELTER), Purpose.REFERRAL, SamplePlans.edit(9));
        String html = PersonPage.of(shared.getView())
                .withNames(Map.of(SamplePlans.SHELTER, "Aurora House"))
                .toHtml();
        assertTrue(html.contains("This is what Aurora House received on"), html);
        assertTrue(html.contains("Get my son back"));
        assertFalse(html.contains("What we agreed"), "plan steps were not shared");
        assertFalse(html.contains("Who may see what"), "the ledger is not in a view");
    }

    @Test
    void hasNoScriptAndLoadsNothing() {
        for (Locale l : List.of(Locale.CANADA, Locale.CANADA_FRENCH)) {
            for (boolean safe : List.of(false, true)) {
                String html = PersonPage.of(plan())
                        .withLocale(l)
                        .withSafeToPrint(safe)
                        .toHtml();
                assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
                assertFalse(html.contains("src="));
                assertFalse(html.contains("href="));
                assertFalse(html.contains("url("));
                assertTrue(html.contains("default-src 'none'"));
                assertTrue(html.contains("@media print"));
            }
        }
    }
}
