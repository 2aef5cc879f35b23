package org.pathways.fhir;

import static org.pathways.fhir.Canon.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.Coded;
import org.pathways.LocalizedText;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Location;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.PlanView;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.Revision;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/** Writes one document as an R4 Bundle tree; one instance per document. */
final class BundleWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final String document;
    private final ObjectNode bundle = F.objectNode();
    private final ArrayNode entries;
    /** fullUrl of each written resource, by "Type|id". */
    private final Map<String, String> urls = new HashMap<>();

    private String patient;
    private String carePlan;

    private BundleWriter(String document, String kind, Instant timestamp) {
        this.document = document;
        bundle.put("resourceType", "Bundle");
        ObjectNode meta = bundle.putObject("meta");
        meta.putArray("tag").add(coding(DOCUMENT_KIND, kind));
        bundle.put("type", "collection");
        bundle.put("timestamp", timestamp.toString());
        entries = bundle.putArray("entry");
    }

    static ObjectNode plan(CarePlan plan) {
        BundleWriter w = new BundleWriter(
                "plan|" + plan.getId(), "plan", plan.getRevision().getAt());
        w.person(plan.getPerson());
        w.priorities(plan.getPriorities());
        w.team(plan.getTeam());
        w.carePlan(plan.getId(), plan);
        w.steps(plan.getSteps());
        w.consent(plan.getConsent());
        for (Disclosure d : plan.getDisclosures()) {
            w.disclosure(d, List.of(), false);
        }
        return w.bundle;
    }

    static ObjectNode view(PlanView view) {
        Disclosure d = view.getDisclosure();
        BundleWriter w = new BundleWriter("view|" + d.getId(), "view", d.getAt());
        view.getPerson().ifPresent(w::person);
        view.getPriorities().ifPresent(w::priorities);
        view.getTeam().ifPresent(w::team);
        view.getPlanId().ifPresent(id -> w.carePlan(id, null));
        view.getSteps().ifPresent(w::steps);
        w.disclosure(d, view.getConditions(), view.isWithheldAtRequest());
        return w.bundle;
    }

    static ObjectNode directory(ServiceDirectory directory) {
        BundleWriter w = new BundleWriter("directory", "directory", Instant.EPOCH);
        w.bundle.remove("timestamp");
        ServiceDirectory shared = directory.withoutConfidentialDetails();
        for (Organisation o : shared.getOrganisations()) {
            ObjectNode r = w.add("Organization", o.getId());
            r.putArray("identifier").add(identifier(SID_ORGANISATION, o.getId()));
            localized(r, "name", o.getName());
            o.getSteward().ifPresent(st -> ext(r, EXT_DATA_STEWARD).set("valueReference", organisation(st)));
        }
        for (Service s : shared.getServices()) {
            w.service(s);
        }
        return w.bundle;
    }

    // ---- resources ---------------------------------------------------------------------------

    private ObjectNode add(String type, String id) {
        String url = urn(document, type, id);
        urls.put(type + "|" + id, url);
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", url);
        ObjectNode r = entry.putObject("resource");
        r.put("resourceType", type);
        return r;
    }

    private void person(Person p) {
        ObjectNode r = add("Patient", p.getId());
        patient = urls.get("Patient|" + p.getId());
        p.getPronouns().ifPresent(x -> ext(r, EXT_PRONOUNS).put("valueString", x));
        for (SensitiveText s : p.getCulturalSupports()) {
            ext(r, EXT_CULTURAL_SUPPORT).put("valueString", s.reveal());
        }
        p.getSelfDescription().ifPresent(x -> ext(r, EXT_SELF_DESCRIPTION).put("valueString", x.reveal()));
        if (!p.getSafeContact().equals(SafeContact.none())) {
            safeContact(ext(r, EXT_SAFE_CONTACT), p.getSafeContact());
        }
        r.putArray("identifier").add(identifier(SID_PERSON, p.getId()));
        p.getChosenName().ifPresent(n -> {
            ObjectNode name = r.putArray("name").addObject();
            name.put("use", "usual");
            name.put("text", n.reveal());
        });
        if (!p.getLanguages().isEmpty()) {
            ArrayNode comms = r.putArray("communication");
            boolean first = true;
            for (String tag : p.getLanguages()) {
                ObjectNode c = comms.addObject();
                language(c.putObject("language"), tag);
                if (first) {
                    c.put("preferred", true);
                    first = false;
                }
            }
        }
    }

    /**
     * R4's validator binds a language to the value set {@code languages} (56 tags), which lacks
     * Ojibwe, Cree, Inuktitut and fr-CA: those are carried as the concept's text, the tag verbatim.
     */
    static void language(ObjectNode concept, String tag) {
        if (R4_LANGUAGES.contains(tag)) {
            concept.putArray("coding").add(coding(BCP47, tag));
        } else {
            concept.put("text", tag);
        }
    }

    /** The codes of http://hl7.org/fhir/ValueSet/languages in R4 (4.0.1). */
    static final java.util.Set<String> R4_LANGUAGES = java.util.Set.of(
            "ar", "bn", "cs", "da", "de", "de-AT", "de-CH", "de-DE", "el", "en", "en-AU", "en-CA", "en-GB", "en-IN",
            "en-NZ", "en-SG", "en-US", "es", "es-AR", "es-ES", "es-UY", "fi", "fr", "fr-BE", "fr-CH", "fr-FR", "fy",
            "fy-NL", "hi", "hr", "it", "it-CH", "it-IT", "ja", "ko", "nl", "nl-BE", "nl-NL", "no", "no-NO", "pa", "pl",
            "pt", "pt-BR", "ru", "ru-RU", "sr", "sr-RS", "sv", "sv-SE", "te", "zh", "zh-CN", "zh-HK", "zh-SG", "zh-TW");

    private static void safeContact(ObjectNode ext, SafeContact c) {
        for (ContactChannel ch : c.getChannels()) {
            sub(ext, "channel").set("valueCoding", coding(CONTACT_CHANNEL, ch));
        }
        for (ContactChannel ch : c.getNeverUse()) {
            sub(ext, "neverUse").set("valueCoding", coding(CONTACT_CHANNEL, ch));
        }
        c.getSafeTimes().ifPresent(t -> sub(ext, "safeTimes").put("valueString", t.reveal()));
        sub(ext, "doNotContact").put("valueBoolean", c.isDoNotContact());
        sub(ext, "messageAllowed").put("valueBoolean", c.isMessageAllowed());
        c.getCodeWord().ifPresent(t -> sub(ext, "codeWord").put("valueString", t.reveal()));
        c.getDetails().ifPresent(t -> sub(ext, "details").put("valueString", t.reveal()));
    }

    private void priorities(Priorities ranked) {
        int rank = 0;
        for (Priority p : ranked.getRanked()) {
            rank++;
            ObjectNode r = add("Goal", p.getId());
            ext(r, EXT_ORDINAL_RANK).put("valuePositiveInt", rank);
            ext(r, EXT_EXPRESSED_AT).put("valueDateTime", p.getExpressedAt().toString());
            r.putArray("identifier").add(identifier(SID_PRIORITY, p.getId()));
            switch (p.getStatus()) {
                case ACTIVE -> r.put("lifecycleStatus", "active");
                case ACHIEVED -> {
                    r.put("lifecycleStatus", "completed");
                    r.putObject("achievementStatus").putArray("coding").add(coding(GOAL_ACHIEVEMENT, "achieved"));
                }
                case SET_ASIDE -> r.put("lifecycleStatus", "on-hold");
            }
            if (p.getCategory().isPresent() || !p.getDomains().isEmpty()) {
                ArrayNode categories = r.putArray("category");
                p.getCategory()
                        .ifPresent(
                                c -> categories.addObject().putArray("coding").add(coding(PRIORITY_CATEGORY, c)));
                for (Domain d : p.getDomains()) {
                    categories.addObject().putArray("coding").add(coding(DOMAIN, d));
                }
            }
            r.putObject("description").put("text", p.getStatement().reveal());
            r.set("subject", subject());
            if (patient != null) {
                r.set("expressedBy", ref(patient));
            }
        }
    }

    private void team(CareTeam team) {
        for (TeamMember m : team.getMembers()) {
            member(m);
        }
        for (TeamMember m : team.getFormer()) {
            member(m);
        }
        ObjectNode r = add("CareTeam", "team");
        r.put("status", "active");
        r.set("subject", subject());
        ArrayNode participants = r.putArray("participant");
        for (TeamMember m : team.getMembers()) {
            participant(participants, m, false);
        }
        for (TeamMember m : team.getFormer()) {
            participant(participants, m, true);
        }
        if (participants.isEmpty()) {
            r.remove("participant");
        }
    }

    private static boolean related(TeamMember m) {
        return m.getRole() == TeamRole.FAMILY;
    }

    private void member(TeamMember m) {
        String type = related(m) ? "RelatedPerson" : "Practitioner";
        ObjectNode r = add(type, m.getId());
        urls.put("member|" + m.getId(), urls.get(type + "|" + m.getId()));
        r.putArray("identifier").add(identifier(SID_MEMBER, m.getId()));
        if (related(m)) {
            r.set("patient", subject());
            r.putArray("relationship").addObject().putArray("coding").add(coding(TEAM_ROLE, m.getRole()));
        }
        m.getName().ifPresent(n -> r.putArray("name").addObject().put("text", n.reveal()));
    }

    private void participant(ArrayNode participants, TeamMember m, boolean former) {
        ObjectNode p = participants.addObject();
        ext(p, EXT_LEAD).put("valueBoolean", m.isLead());
        ext(p, EXT_PAID).put("valueBoolean", m.isPaid());
        if (former) {
            ext(p, EXT_FORMER_MEMBER).put("valueBoolean", true);
        }
        if (related(m)) {
            m.getOrganisation().ifPresent(o -> ext(p, EXT_MEMBER_ORGANISATION).set("valueReference", organisation(o)));
        }
        p.putArray("role").addObject().putArray("coding").add(coding(TEAM_ROLE, m.getRole()));
        p.set("member", ref(urls.get("member|" + m.getId())));
        if (!related(m)) {
            m.getOrganisation().ifPresent(o -> p.set("onBehalfOf", organisation(o)));
        }
    }

    private void carePlan(String id, CarePlan plan) {
        ObjectNode r = add("CarePlan", id);
        carePlan = urls.get("CarePlan|" + id);
        if (plan != null) {
            Revision v = plan.getRevision();
            ObjectNode rev = ext(r, EXT_REVISION);
            sub(rev, "number").put("valuePositiveInt", v.getNumber());
            sub(rev, "author").put("valueString", v.getAuthor());
            sub(rev, "at").put("valueInstant", v.getAt().toString());
            sub(rev, "personPresent").put("valueBoolean", v.isPersonPresent());
            v.getDescription().ifPresent(d -> sub(rev, "description").put("valueString", d));
            v.getParent().ifPresent(d -> sub(rev, "parent").put("valueString", d));
            for (Domain d : plan.getDeferredDomains()) {
                ext(r, EXT_DEFERRED_DOMAIN).set("valueCoding", coding(DOMAIN, d));
            }
            plan.getSteward().ifPresent(st -> ext(r, EXT_DATA_STEWARD).set("valueReference", organisation(st)));
            for (CaseConference c : plan.getConferences()) {
                conference(ext(r, EXT_CASE_CONFERENCE), c);
            }
        }
        r.putArray("identifier").add(identifier(SID_PLAN, id));
        r.put("status", "active");
        r.put("intent", "plan");
        r.set("subject", subject());
        if (plan != null) {
            plan.getAgency().ifPresent(a -> r.set("author", organisation(a)));
            r.putArray("careTeam").add(ref(urls.get("CareTeam|team")));
            if (plan.getPriorities().size() > 0) {
                ArrayNode goals = r.putArray("goal");
                plan.getPriorities().getRanked().forEach(p -> goals.add(ref(urls.get("Goal|" + p.getId()))));
            }
            if (!plan.getSteps().isEmpty()) {
                ArrayNode activity = r.putArray("activity");
                for (PlanStep s : plan.getSteps()) {
                    activity.addObject().set("reference", ref(urn(document, "ServiceRequest", s.getId())));
                }
            }
        }
    }

    private static void conference(ObjectNode ext, CaseConference c) {
        sub(ext, "id").put("valueString", c.getId());
        sub(ext, "at").put("valueInstant", c.getAt().toString());
        c.getRecordedAt().ifPresent(t -> sub(ext, "recordedAt").put("valueInstant", t.toString()));
        c.getTable().ifPresent(t -> sub(ext, "table").put("valueString", t));
        for (String o : c.getOrganisations()) {
            sub(ext, "organisation").put("valueString", o);
        }
        for (InformationCategory s : c.getShares()) {
            sub(ext, "shares").set("valueCoding", coding(INFORMATION_CATEGORY, s));
        }
        sub(ext, "attendance").set("valueCoding", coding(ATTENDANCE, c.getAttendance()));
        c.getAgenda().ifPresent(a -> sub(ext, "agenda").put("valueString", a.reveal()));
        for (String s : c.getProduced()) {
            sub(ext, "produced").put("valueString", s);
        }
    }

    private void steps(List<PlanStep> steps) {
        for (PlanStep s : steps) {
            serviceRequest(s);
            task(s);
        }
    }

    private void serviceRequest(PlanStep s) {
        ObjectNode r = add("ServiceRequest", s.getId());
        for (String goal : s.getServes()) {
            String url = urls.get("Goal|" + goal);
            ext(r, PERTAINS_TO_GOAL)
                    .set("valueReference", url != null ? ref(url) : logical("Goal", SID_PRIORITY, goal));
        }
        ObjectNode acc = ext(r, EXT_ACCOMPANIMENT);
        sub(acc, "offer").set("valueCoding", coding(ACCOMPANIMENT, s.getAccompaniment()));
        s.getAccompaniedBy().ifPresent(m -> sub(acc, "by").set("valueReference", member(m)));
        ext(r, EXT_FIRST_APPOINTMENT).put("valueBoolean", s.isFirstAppointment());
        for (InformationCategory c : s.getShares()) {
            ext(r, EXT_SHARES).set("valueCoding", coding(INFORMATION_CATEGORY, c));
        }
        r.putArray("identifier").add(identifier(SID_STEP, s.getId()));
        if (carePlan != null) {
            r.putArray("basedOn").add(ref(carePlan));
        }
        StepStatus status = s.getStatus();
        r.put(
                "status",
                switch (status) {
                    case PROPOSED -> "draft";
                    case AGREED, IN_PROGRESS -> "active";
                    case ON_HOLD -> "on-hold";
                    case COMPLETED -> "completed";
                    case DECLINED, CANCELLED -> "revoked";
                });
        r.put(
                "intent",
                status == StepStatus.PROPOSED ? "proposal" : s.getKind() == StepKind.REFERRAL ? "order" : "plan");
        r.putObject("code").putArray("coding").add(coding(STEP_KIND, s.getKind()));
        r.set("subject", subject());
        s.getDue().ifPresent(d -> r.putObject("occurrencePeriod").put("end", d.toString()));
        r.put("authoredOn", s.getHistory().get(0).getAt().toString());
        s.getResponsible().ifPresent(m -> r.set("requester", member(m)));
        s.getProvider().ifPresent(o -> r.putArray("performer").add(organisation(o)));
        s.getDescription().ifPresent(d -> localized(r.putArray("note").addObject(), "text", d));
    }

    private void task(PlanStep s) {
        ObjectNode r = add("Task", s.getId());
        for (StatusChange c : s.getHistory()) {
            ObjectNode h = ext(r, EXT_STATUS_HISTORY);
            sub(h, "status").set("valueCoding", coding(STEP_STATUS, c.getStatus()));
            sub(h, "at").put("valueInstant", c.getAt().toString());
            sub(h, "recordedBy").put("valueString", c.getRecordedBy());
            c.getAgreement().ifPresent(a -> sub(h, "agreement").set("valueCoding", coding(AGREEMENT_MODE, a)));
            c.getReason().ifPresent(a -> sub(h, "reason").set("valueCoding", coding(CLOSURE_REASON, a)));
            c.getAnswer().ifPresent(a -> answer(ext(h, EXT_REFERRAL_ANSWER), a));
        }
        r.putArray("identifier").add(identifier(SID_STEP, s.getId()));
        StatusChange last = s.getHistory().get(s.getHistory().size() - 1);
        Optional<ReferralAnswer> answer = last.getAnswer();
        r.put("status", answer.map(a -> taskStatus(a.getKind())).orElse(taskStatus(last.getStatus())));
        if (last.getReason().isPresent()) {
            ArrayNode why = r.putObject("statusReason").putArray("coding");
            why.add(coding(CLOSURE_REASON, last.getReason().get()));
            answer.flatMap(ReferralAnswer::getReason).ifPresent(x -> why.add(coding(DECLINE_REASON, x)));
        }
        ArrayNode business = r.putObject("businessStatus").putArray("coding");
        business.add(coding(STEP_STATUS, last.getStatus()));
        answer.ifPresent(a -> business.add(coding(ANSWER_KIND, a.getKind())));
        r.put("intent", "order");
        r.putObject("code").putArray("coding").add(coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill"));
        r.set("focus", ref(urls.get("ServiceRequest|" + s.getId())));
        r.set("for", subject());
        r.put("authoredOn", s.getHistory().get(0).getAt().toString());
        answer.flatMap(BundleWriter::executionStart)
                .ifPresent(x -> r.putObject("executionPeriod").put("start", x));
        r.put("lastModified", last.getAt().toString());
        s.getResponsible().ifPresent(m -> r.set("requester", member(m)));
        s.getProvider().ifPresent(o -> r.set("owner", organisation(o)));
    }

    /** An organisation's answer, whole, as the sub-extensions of {@code referral-answer}. */
    static void answer(ObjectNode x, ReferralAnswer a) {
        sub(x, "id").put("valueString", a.getId());
        sub(x, "referral").put("valueString", a.getReferral());
        sub(x, "from").set("valueReference", organisation(a.getFrom()));
        sub(x, "kind").set("valueCoding", coding(ANSWER_KIND, a.getKind()));
        sub(x, "at").put("valueInstant", a.getAt().toString());
        a.getExpected().ifPresent(d -> sub(x, "expected").put("valueDate", d.toString()));
        a.getWaitDays().ifPresent(d -> sub(x, "waitDays").put("valueUnsignedInt", d));
        a.getAppointmentAt().ifPresent(t -> sub(x, "appointmentAt").put("valueInstant", t.toString()));
        a.getPlace().ifPresent(t -> sub(x, "place").put("valueString", t.reveal()));
        a.getReason().ifPresent(d -> sub(x, "reason").set("valueCoding", coding(DECLINE_REASON, d)));
    }

    /**
     * The Task status of an organisation's answer, as HL7 Gravity's recipient sets it: a waitlist is
     * {@code on-hold}, a decline {@code rejected}, the person withdrawing {@code cancelled}.
     */
    static String taskStatus(AnswerKind kind) {
        return switch (kind) {
            case RECEIVED -> "received";
            case ACCEPTED, APPOINTMENT_SET -> "accepted";
            case WAITLISTED -> "on-hold";
            case DECLINED -> "rejected";
            case COMPLETED -> "completed";
            case WITHDREW -> "cancelled";
        };
    }

    /** When the service is expected to start: the first appointment, or the date a waitlist expects a place. */
    static Optional<String> executionStart(ReferralAnswer a) {
        return a.getAppointmentAt()
                .map(Instant::toString)
                .or(() -> a.getExpected().map(Object::toString));
    }

    /** The Task status a step's status reads as, Gravity-style. */
    static String taskStatus(StepStatus status) {
        return switch (status) {
            case PROPOSED -> "draft";
            case AGREED -> "requested";
            case IN_PROGRESS -> "in-progress";
            case ON_HOLD -> "on-hold";
            case COMPLETED -> "completed";
            case DECLINED, CANCELLED -> "cancelled";
        };
    }

    private void consent(ConsentLedger ledger) {
        List<ConsentEntry> entries = ledger.getEntries();
        ConsentReading reading = new ConsentReading(entries);
        for (int i = 0; i < entries.size(); i++) {
            ConsentEntry e = entries.get(i);
            ObjectNode r = add("Consent", e.getId());
            ext(r, EXT_GIVEN).set("valueCoding", coding(CONSENT_MODE, e.getGiven()));
            ext(r, EXT_RECORDED_BY).put("valueString", e.getRecordedBy());
            String status = "active";
            ObjectNode provision = null;
            if (e instanceof ConsentGrant g) {
                ObjectNode period = ext(r, EXT_GRANT_PERIOD).putObject("valuePeriod");
                period.put("start", g.getStart().toString());
                g.getEnd().ifPresent(x -> period.put("end", x.toString()));
                g.getExpiresAt().ifPresent(x -> ext(r, EXT_POLICY_EXPIRY).put("valueDateTime", x.toString()));
                g.getConditions().ifPresent(c -> ext(r, EXT_CONDITIONS).put("valueString", c.reveal()));
                Instant from = g.getEffectiveFrom();
                Optional<Instant> until = reading.effectiveEnd(g, i);
                provision = F.objectNode();
                provision.put("type", "permit");
                ObjectNode p = provision.putObject("period");
                if (until.isPresent() && !until.get().isAfter(from)) {
                    status = "inactive"; // never in effect: revoked or ended before it began
                    p.put("start", g.getStart().toString());
                    g.getEffectiveEnd().ifPresent(x -> p.put("end", x.toString()));
                } else {
                    p.put("start", from.toString());
                    until.ifPresent(x -> p.put("end", x.toString()));
                }
                actor(provision, g.getRecipient());
                for (Purpose purpose : g.getPurposes()) {
                    provision.withArray("purpose").add(coding(PURPOSE, purpose));
                }
                for (InformationCategory c : g.getCategories()) {
                    provision.withArray("class").add(coding(INFORMATION_CATEGORY, c));
                }
            } else if (e instanceof ConsentRefusal f) {
                provision = F.objectNode();
                provision.put("type", "deny");
                ObjectNode p = provision.putObject("period");
                p.put("start", f.getRecordedAt().toString());
                reading.liftedAt(f).ifPresent(x -> p.put("end", x.toString()));
                actor(provision, f.getRecipient());
                for (InformationCategory c : f.getCategories()) {
                    provision.withArray("class").add(coding(INFORMATION_CATEGORY, c));
                }
                for (String item : f.getItems()) {
                    // FHIR's own way to withhold instances: the deny holds for these resources only
                    ObjectNode data = provision.withArray("data").addObject();
                    data.put("meaning", "instance");
                    data.set("reference", item(item));
                }
            } else if (e instanceof ConsentConfirmation c) {
                status = "inactive"; // it changes no decision: what it confirms is already in effect
                String url = urls.get("Consent|" + c.getConfirms());
                ext(r, EXT_CONFIRMATION)
                        .set(
                                "valueReference",
                                url != null ? ref(url) : logical("Consent", SID_CONSENT, c.getConfirms()));
            } else {
                ConsentRevocation v = (ConsentRevocation) e;
                status = "inactive";
                ObjectNode rev = ext(r, EXT_REVOCATION);
                v.getRevokes()
                        .ifPresent(id -> sub(rev, "revokes").set("valueReference", ref(urls.get("Consent|" + id))));
                v.getRecipient().ifPresent(x -> sub(rev, "recipient").set("valueReference", recipient(x)));
            }
            r.putArray("identifier").add(identifier(SID_CONSENT, e.getId()));
            r.put("status", status);
            r.putObject("scope").putArray("coding").add(coding(CONSENT_SCOPE, "patient-privacy"));
            r.putArray("category").addObject().putArray("coding").add(coding(LOINC, "59284-0"));
            r.set("patient", subject());
            r.put("dateTime", e.getRecordedAt().toString());
            r.putArray("performer").add(subject());
            r.putArray("policy").addObject().put("uri", CONSENT_POLICY);
            if (provision != null) {
                r.set("provision", provision);
            }
        }
    }

    /** A withheld priority (Goal) or step (ServiceRequest) of the plan; by identifier when not in the Bundle. */
    private ObjectNode item(String id) {
        String url = urls.get("Goal|" + id);
        if (url == null) {
            url = urls.get("ServiceRequest|" + id);
        }
        return url != null ? ref(url) : logical("Goal", SID_PRIORITY, id);
    }

    private static void actor(ObjectNode provision, Recipient recipient) {
        ObjectNode a = provision.putArray("actor").addObject();
        a.putObject("role").putArray("coding").add(coding(PARTICIPATION_TYPE, "IRCP"));
        a.set("reference", recipient(recipient));
    }

    private void disclosure(Disclosure d, List<SensitiveText> conditions, boolean withheldAtRequest) {
        ObjectNode r = add("Provenance", d.getId());
        ObjectNode x = ext(r, EXT_DISCLOSURE);
        sub(x, "id").put("valueString", d.getId());
        sub(x, "recipient").set("valueReference", recipient(d.getRecipient()));
        for (InformationCategory c : d.getCategories()) {
            sub(x, "category").set("valueCoding", coding(INFORMATION_CATEGORY, c));
        }
        sub(x, "basis").set("valueCoding", coding(DISCLOSURE_BASIS, d.getBasis()));
        d.getReason().ifPresent(t -> sub(x, "reason").put("valueString", t.reveal()));
        d.getDecidedBy().ifPresent(t -> sub(x, "decidedBy").put("valueString", t));
        d.getDecidedAs().ifPresent(t -> sub(x, "decidedAs").put("valueString", t));
        d.getPersonToldAt().ifPresent(t -> sub(x, "personToldAt").put("valueInstant", t.toString()));
        if (withheldAtRequest) {
            sub(x, "withheldAtRequest").put("valueBoolean", true);
        }
        for (SensitiveText c : conditions) {
            ext(r, EXT_CONDITIONS).put("valueString", c.reveal());
        }
        ArrayNode targets = r.putArray("target");
        if (carePlan != null) {
            targets.add(ref(carePlan));
        } else if (patient != null) {
            targets.add(ref(patient));
        } else {
            targets.add(logical("CarePlan", SID_PLAN, "withheld"));
        }
        if (d.getRecordedAt().isPresent()) { // a late entry: when it was made, and when it was recorded
            r.put("occurredDateTime", d.getAt().toString());
        }
        r.put("recorded", d.getEnteredAt().toString());
        r.putArray("reason").addObject().putArray("coding").add(coding(PURPOSE, d.getPurpose()));
        ObjectNode agent = r.putArray("agent").addObject();
        agent.putObject("type").putArray("coding").add(coding(PROVENANCE_AGENT_TYPE, "author"));
        agent.set("who", member(d.getBy()));
        for (String g : d.getGrants()) {
            ObjectNode e = r.withArray("entity").addObject();
            e.put("role", "source");
            String url = urls.get("Consent|" + g);
            e.set("what", url != null ? ref(url) : logical("Consent", SID_CONSENT, g));
        }
    }

    private void service(Service s) {
        List<String> locations = new java.util.ArrayList<>();
        int n = 0;
        for (Location l : s.getLocations()) {
            n++;
            if (l.isConfidential()) {
                continue; // a confidential location never leaves, not even its community
            }
            ObjectNode r = add("Location", s.getId() + "#" + n);
            locations.add(urls.get("Location|" + s.getId() + "#" + n));
            l.getFrontGate().ifPresent(g -> localized(ext(r, EXT_FRONT_GATE), "valueString", g));
            r.put("status", "active");
            l.getPhone().ifPresent(p -> {
                ObjectNode t = r.putArray("telecom").addObject();
                t.put("system", "phone");
                t.put("value", p);
            });
            ObjectNode a = r.putObject("address");
            l.getAddress().ifPresent(x -> a.put("text", x));
            a.put("city", l.getCommunity());
            r.set("managingOrganization", organisation(s.getOrganisation()));
        }
        ObjectNode r = add("HealthcareService", s.getId());
        s.getSteward().ifPresent(st -> ext(r, EXT_DATA_STEWARD).set("valueReference", organisation(st)));
        ObjectNode d = ext(r, EXT_SERVICE_DETAILS);
        for (var a : s.getApproaches()) {
            sub(d, "approach").set("valueCoding", coding(APPROACH, a));
        }
        for (var k : s.getKnowledges()) {
            sub(d, "knowledge").set("valueCoding", coding(KNOWLEDGE, k));
        }
        for (var b : s.getBarriers()) {
            sub(d, "barrier").set("valueCoding", coding(BARRIER, b));
        }
        for (String c : s.getCommunities()) {
            sub(d, "community").put("valueString", c);
        }
        sub(d, "remote").put("valueBoolean", s.isRemote());
        sub(d, "capacity").set("valueCoding", coding(CAPACITY, s.getCapacity()));
        s.getTypicalWaitDays().ifPresent(w -> sub(d, "typicalWaitDays").put("valueInteger", w));
        r.putArray("identifier").add(identifier(SID_SERVICE, s.getId()));
        r.put("active", true);
        String org = urls.get("Organization|" + s.getOrganisation());
        r.set("providedBy", org != null ? ref(org) : organisation(s.getOrganisation()));
        if (!s.getProgramming().isEmpty()) {
            ArrayNode type = r.putArray("type");
            for (StepKind k : s.getProgramming()) {
                type.addObject().putArray("coding").add(coding(STEP_KIND, k));
            }
        }
        if (!locations.isEmpty()) {
            ArrayNode ls = r.putArray("location");
            locations.forEach(u -> ls.add(ref(u)));
        }
        localized(r, "name", s.getName());
        if (!s.getLanguages().isEmpty()) {
            ArrayNode c = r.putArray("communication");
            s.getLanguages().forEach(t -> language(c.addObject(), t));
        }
        if (s.isOpen24x7()) {
            r.putArray("availableTime").addObject().put("allDay", true);
        }
        s.getHours().ifPresent(h -> localized(r, "availabilityExceptions", h));
    }

    // ---- small values ------------------------------------------------------------------------

    /**
     * Writes a text an agency or a directory wrote: the text as first written in the element, each
     * alternative as FHIR's translation extension on it ({@code _name.extension}), with {@code lang}
     * and {@code content}; an alternative in a language R4's translation cannot name (outside its
     * Common Languages, such as {@code fr-CA} or {@code oj}) as Pathways' {@code other-language-text},
     * of the same shape.
     */
    static void localized(ObjectNode r, String field, LocalizedText text) {
        r.put(field, text.getText());
        if (text.getAlternatives().isEmpty()) {
            return;
        }
        ArrayNode extensions = r.putObject("_" + field).putArray("extension");
        text.getAlternatives().forEach((language, alternative) -> {
            ObjectNode e = extensions.addObject();
            e.put("url", COMMON_LANGUAGES.contains(language) ? TRANSLATION : EXT_OTHER_LANGUAGE_TEXT);
            ArrayNode parts = e.putArray("extension");
            parts.addObject().put("url", "lang").put("valueCode", language);
            parts.addObject().put("url", "content").put("valueString", alternative);
        });
    }

    private ObjectNode subject() {
        return patient != null ? ref(patient) : withheld();
    }

    private static ObjectNode withheld() {
        ObjectNode n = F.objectNode();
        n.put("display", "not disclosed");
        return n;
    }

    private ObjectNode member(String id) {
        String url = urls.get("member|" + id);
        return url != null ? ref(url) : logical("Practitioner", SID_MEMBER, id);
    }

    static ObjectNode recipient(Recipient r) {
        return switch (r.getKind()) {
            case ORGANISATION -> organisation(r.getId());
            case MEMBER -> logical("Practitioner", SID_MEMBER, r.getId());
            case TABLE -> logical("Group", SID_TABLE, r.getId());
        };
    }

    static ObjectNode organisation(String id) {
        return logical("Organization", SID_ORGANISATION, id);
    }

    static ObjectNode logical(String type, String system, String id) {
        ObjectNode n = F.objectNode();
        n.put("type", type);
        n.set("identifier", identifier(system, id));
        return n;
    }

    static ObjectNode ref(String url) {
        ObjectNode n = F.objectNode();
        n.put("reference", url);
        return n;
    }

    static ObjectNode identifier(String system, String value) {
        ObjectNode n = F.objectNode();
        n.put("system", system);
        n.put("value", value);
        return n;
    }

    static ObjectNode coding(String system, Coded code) {
        return coding(system, code.getCode());
    }

    static ObjectNode coding(String system, String code) {
        ObjectNode n = F.objectNode();
        n.put("system", system);
        n.put("code", code);
        return n;
    }

    static ObjectNode ext(ObjectNode parent, String url) {
        ObjectNode e = parent.withArray("extension").addObject();
        e.put("url", url);
        return e;
    }

    static ObjectNode sub(ObjectNode parent, String name) {
        return ext(parent, name);
    }

    static void codings(ObjectNode parent, String field, String system, Collection<? extends Coded> codes) {
        for (Coded c : codes) {
            parent.withArray(field).add(coding(system, c));
        }
    }
}
