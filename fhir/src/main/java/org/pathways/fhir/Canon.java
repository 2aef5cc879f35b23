package org.pathways.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The canonical URLs of the module: one base, and the names under it. */
final class Canon {
    static final String BASE = "https://pathways.example.org/fhir";
    static final String CONSENT_POLICY = BASE + "/consent-ledger";

    static final String DOMAIN = cs("domain");
    static final String PRIORITY_CATEGORY = cs("priority-category");
    static final String TEAM_ROLE = cs("team-role");
    static final String STEP_KIND = cs("step-kind");
    static final String STEP_STATUS = cs("step-status");
    static final String CLOSURE_REASON = cs("closure-reason");
    static final String ACCOMPANIMENT = cs("accompaniment");
    static final String AGREEMENT_MODE = cs("agreement-mode");
    static final String CONSENT_MODE = cs("consent-mode");
    static final String INFORMATION_CATEGORY = cs("information-category");
    static final String PURPOSE = cs("purpose");
    static final String CONTACT_CHANNEL = cs("contact-channel");
    static final String DISCLOSURE_BASIS = cs("disclosure-basis");
    static final String ATTENDANCE = cs("attendance");
    static final String DOCUMENT_KIND = cs("document-kind");
    static final String APPROACH = cs("approach");
    static final String KNOWLEDGE = cs("knowledge");
    static final String BARRIER = cs("barrier");
    static final String CAPACITY = cs("capacity");
    static final String ANSWER_KIND = cs("answer-kind");
    static final String DECLINE_REASON = cs("decline-reason");

    static final String SID_PERSON = sid("person");
    static final String SID_PLAN = sid("plan");
    static final String SID_PRIORITY = sid("priority");
    static final String SID_MEMBER = sid("member");
    static final String SID_STEP = sid("step");
    static final String SID_CONSENT = sid("consent");
    static final String SID_ORGANISATION = sid("organisation");
    static final String SID_TABLE = sid("table");
    static final String SID_SERVICE = sid("service");

    static final String EXT_PRONOUNS = sd("pronouns");
    static final String EXT_CULTURAL_SUPPORT = sd("cultural-support");
    static final String EXT_SELF_DESCRIPTION = sd("self-description");
    static final String EXT_SAFE_CONTACT = sd("safe-contact");
    static final String EXT_ORDINAL_RANK = sd("ordinal-rank");
    static final String EXT_EXPRESSED_AT = sd("expressed-at");
    static final String EXT_LEAD = sd("lead");
    static final String EXT_PAID = sd("paid");
    static final String EXT_FORMER_MEMBER = sd("former-member");
    static final String EXT_MEMBER_ORGANISATION = sd("member-organisation");
    static final String EXT_REVISION = sd("revision");
    static final String EXT_DEFERRED_DOMAIN = sd("deferred-domain");
    static final String EXT_DATA_STEWARD = sd("data-steward");
    static final String EXT_CASE_CONFERENCE = sd("case-conference");
    static final String EXT_ACCOMPANIMENT = sd("accompaniment");
    static final String EXT_FIRST_APPOINTMENT = sd("first-appointment");
    static final String EXT_SHARES = sd("shares");
    static final String EXT_STATUS_HISTORY = sd("status-history");
    static final String EXT_REFERRAL_ANSWER = sd("referral-answer");
    static final String EXT_GIVEN = sd("given");
    static final String EXT_RECORDED_BY = sd("recorded-by");
    static final String EXT_CONDITIONS = sd("conditions");
    static final String EXT_GRANT_PERIOD = sd("grant-period");
    static final String EXT_REVOCATION = sd("revocation");
    static final String EXT_POLICY_EXPIRY = sd("policy-expiry");
    static final String EXT_CONFIRMATION = sd("confirmation");
    static final String EXT_DISCLOSURE = sd("disclosure");
    static final String EXT_SERVICE_DETAILS = sd("service-details");
    static final String EXT_FRONT_GATE = sd("front-gate");
    static final String EXT_OTHER_LANGUAGE_TEXT = sd("other-language-text");
    static final String PERTAINS_TO_GOAL = "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal";
    /** FHIR's own extension for the same text in another language, on a string element ({@code _name}). */
    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

    /**
     * The codes of R4's Common Languages value set, to which the translation extension's {@code lang}
     * is bound: a text in any other language ({@code fr-CA}, {@code oj}) goes in
     * {@link #EXT_OTHER_LANGUAGE_TEXT} instead, so that a Bundle stays valid.
     */
    static final java.util.Set<String> COMMON_LANGUAGES = java.util.Set.of(
            "ar", "bn", "cs", "da", "de", "de-AT", "de-CH", "de-DE", "el", "en", "en-AU", "en-CA", "en-GB", "en-IN",
            "en-NZ", "en-SG", "en-US", "es", "es-AR", "es-ES", "es-UY", "fi", "fr", "fr-BE", "fr-CH", "fr-FR", "fy",
            "fy-NL", "hi", "hr", "it", "it-CH", "it-IT", "ja", "ko", "nl", "nl-BE", "nl-NL", "no", "no-NO", "pa", "pl",
            "pt", "pt-BR", "ru", "ru-RU", "sr", "sr-RS", "sv", "sv-SE", "te", "zh", "zh-CN", "zh-HK", "zh-SG", "zh-TW");

    static final String BCP47 = "urn:ietf:bcp:47";
    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String LOINC = "http://loinc.org";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    static final String PROVENANCE_AGENT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private Canon() {}

    static String cs(String name) {
        return BASE + "/CodeSystem/" + name;
    }

    static String sd(String name) {
        return BASE + "/StructureDefinition/" + name;
    }

    static String sid(String name) {
        return BASE + "/sid/" + name;
    }

    /** A stable urn:uuid for one resource of one document, so that writing twice gives the same bytes. */
    static String urn(String document, String type, String id) {
        return "urn:uuid:"
                + UUID.nameUUIDFromBytes((document + "|" + type + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
