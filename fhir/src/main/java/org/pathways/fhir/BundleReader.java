package org.pathways.fhir;

import static org.pathways.fhir.Canon.*;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pathways.ErrorCode;
import org.pathways.LocalizedText;
import org.pathways.MalformedDocumentException;
import org.pathways.PathwaysException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.Approach;
import org.pathways.directory.Barrier;
import org.pathways.directory.Capacity;
import org.pathways.directory.Knowledge;
import org.pathways.directory.Location;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.PlanView;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.PlanStep;
import org.pathways.plan.ReferralAnswer;
import org.pathways.plan.Revision;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/** Reads a Bundle tree into Pathways values; every problem ends in MalformedDocumentException. */
final class BundleReader {
    /** Bounds on what one Bundle may hold, checked before anything is built. */
    record Limits(long maxLength, int maxEntries, int maxDepth, int maxString) {
        static final Limits DEFAULT = new Limits(4L << 20, 20_000, 64, SensitiveText.MAX_LENGTH * 4);
    }

    private final Doc doc;

    private BundleReader(Doc doc) {
        this.doc = doc;
    }

    /** A reader of one resource outside a Bundle: it resolves no reference, and reads logical ones. */
    static BundleReader single() {
        return new BundleReader(new Doc(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()
                        .put("resourceType", "Bundle"),
                Limits.DEFAULT));
    }

    // ---- parsing ------------------------------------------------------------------------------

    static Doc parse(String json, Limits limits) {
        return new Doc(parseTree(json, limits, "Bundle"), limits);
    }

    /** Parses one JSON object within the limits; what is not one ends in the library's exception at {@code where}. */
    static JsonNode parseTree(String json, Limits limits, String where) {
        if (json.length() > limits.maxLength()) {
            throw fail(
                    ErrorCode.LIMIT_EXCEEDED,
                    where,
                    "is " + json.length() + " characters long, more than " + limits.maxLength());
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxString())
                        .maxNumberLength(32)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try (JsonParser p = factory.createParser(json)) {
            root = mapper.readTree(p);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedDocumentException(
                    e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                            ? ErrorCode.LIMIT_EXCEEDED
                            : ErrorCode.MALFORMED,
                    where,
                    "is not well-formed JSON, or breaks a limit",
                    at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(),
                    null);
        } catch (IOException e) {
            throw fail(where, "cannot be read");
        }
        if (root == null || !root.isObject()) {
            throw fail(where, "must be a JSON object");
        }
        return root;
    }

    /** The Bundle's entries, indexed by fullUrl and by type. */
    static final class Doc {
        final List<Res> all = new ArrayList<>();
        final Map<String, Res> byUrl = new HashMap<>();
        final Map<String, List<Res>> byType = new HashMap<>();

        Doc(JsonNode root, Limits limits) {
            if (!"Bundle".equals(text(root.get("resourceType")))) {
                throw fail("Bundle.resourceType", "must be Bundle");
            }
            JsonNode entries = root.get("entry");
            if (entries == null) {
                return;
            }
            if (!entries.isArray()) {
                throw fail("Bundle.entry", "must be an array");
            }
            if (entries.size() > limits.maxEntries()) {
                throw fail(
                        ErrorCode.LIMIT_EXCEEDED,
                        "Bundle.entry",
                        "holds " + entries.size() + " entries, more than " + limits.maxEntries());
            }
            for (int i = 0; i < entries.size(); i++) {
                String path = "Bundle.entry[" + i + "]";
                JsonNode e = entries.get(i);
                if (!e.isObject()) {
                    throw fail(path, "must be an object");
                }
                JsonNode url = e.get("fullUrl");
                if (url == null || !url.isTextual()) {
                    throw fail(path + ".fullUrl", "is required, as a string");
                }
                JsonNode r = e.get("resource");
                if (r == null || !r.isObject()) {
                    throw fail(path + ".resource", "is required, as an object");
                }
                JsonNode type = r.get("resourceType");
                if (type == null || !type.isTextual()) {
                    throw fail(path + ".resource.resourceType", "is required, as a string");
                }
                Res res = new Res(path + ".resource", type.asText(), url.asText(), r);
                if (byUrl.put(res.url, res) != null) {
                    throw fail(path + ".fullUrl", "appears more than once in the Bundle");
                }
                all.add(res);
                byType.computeIfAbsent(res.type, k -> new ArrayList<>()).add(res);
            }
        }

        List<Res> of(String type) {
            return byType.getOrDefault(type, List.of());
        }

        Optional<Res> one(String type) {
            List<Res> found = of(type);
            if (found.size() > 1) {
                throw fail(found.get(1).path, "a second " + type + "; the Bundle holds at most one");
            }
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** One resource of the Bundle, with its location. */
    record Res(String path, String type, String url, JsonNode node) {}

    // ---- documents ----------------------------------------------------------------------------

    static CarePlan plan(Doc doc, Limits limits) {
        BundleReader r = new BundleReader(doc);
        Res carePlan = doc.one("CarePlan").orElseThrow(() -> fail("Bundle.entry", "holds no CarePlan"));
        Res patient = doc.one("Patient").orElseThrow(() -> fail("Bundle.entry", "holds no Patient"));
        return build(carePlan.path, () -> {
            Person person = r.person(patient);
            CarePlan.Builder b = CarePlan.builder()
                    .id(r.identifier(carePlan, SID_PLAN))
                    .person(person)
                    .priorities(r.priorities(patient))
                    .team(r.team(patient).orElse(CareTeam.empty()))
                    .steps(r.steps(patient))
                    .consent(r.ledger())
                    .disclosures(r.disclosures().keySet());
            JsonNode author = carePlan.node.get("author");
            if (author != null) {
                b.agency(r.logicalId(author, carePlan.path + ".author", "Organization", SID_ORGANISATION));
            }
            r.carePlanExtensions(carePlan, b);
            return b.build();
        });
    }

    static PlanView view(Doc doc, Limits limits) {
        BundleReader r = new BundleReader(doc);
        Res provenance = doc.one("Provenance").orElseThrow(() -> fail("Bundle.entry", "holds no Provenance"));
        return build(provenance.path, () -> {
            Map<Disclosure, List<SensitiveText>> disclosures = r.disclosures();
            Disclosure d = disclosures.keySet().iterator().next();
            PlanView.Builder b = PlanView.builder().disclosure(d).conditions(disclosures.get(d));
            r.ext(provenance.node, EXT_DISCLOSURE, provenance.path)
                    .optSub("withheldAtRequest")
                    .ifPresent(w -> b.withheldAtRequest(w.bool()));
            Optional<Res> patient = doc.one("Patient");
            patient.ifPresent(p -> b.person(r.person(p)));
            doc.one("CarePlan").ifPresent(c -> b.planId(r.identifier(c, SID_PLAN)));
            Res subject = patient.orElse(null);
            if (d.getCategories().contains(InformationCategory.PRIORITIES)) {
                b.priorities(r.priorities(subject));
            }
            r.team(subject).ifPresent(b::team);
            if (d.getCategories().contains(InformationCategory.PLAN_STEPS)) {
                b.steps(r.steps(subject));
            }
            return b.build();
        });
    }

    static ConsentLedger consents(Doc doc, Limits limits) {
        BundleReader r = new BundleReader(doc);
        return build("Bundle", r::ledger);
    }

    static ServiceDirectory directory(Doc doc, Limits limits) {
        BundleReader r = new BundleReader(doc);
        ServiceDirectory.Builder b = ServiceDirectory.builder();
        for (Res o : doc.of("Organization")) {
            b.addOrganisations(build(o.path, () -> {
                Organisation org =
                        Organisation.of(r.identifier(o, SID_ORGANISATION), r.localized(o.node, "name", o.path));
                Optional<String> steward = r.steward(o.node, o.path);
                return steward.isPresent() ? org.withSteward(steward.get()) : org;
            }));
        }
        for (Res s : doc.of("HealthcareService")) {
            b.addServices(build(s.path, () -> r.service(s)));
        }
        return build("Bundle", b::build);
    }

    interface Build<T> {
        T get();
    }

    /** Runs a build; a broken rule of the core becomes the reader's exception at the given location. */
    static <T> T build(String path, Build<T> build) {
        try {
            return build.get();
        } catch (MalformedDocumentException e) {
            throw e;
        } catch (PathwaysException e) {
            throw fail(e.getCode(), path, e.getField() + ": " + e.getReason());
        } catch (DateTimeException | ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            throw fail(path, "holds a value out of range");
        }
    }

    // ---- person ------------------------------------------------------------------------------

    private Person person(Res patient) {
        String p = patient.path;
        Person.Builder b = Person.builder().id(identifier(patient, SID_PERSON));
        JsonNode names = array(patient.node, "name", p);
        for (int i = 0; i < names.size(); i++) {
            JsonNode n = object(names.get(i), p + ".name[" + i + "]");
            if (n.has("text")) {
                b.chosenName(sensitive(n, "text", p + ".name[" + i + "]"));
                break;
            }
        }
        optString(patient.node, EXT_PRONOUNS, p).ifPresent(b::pronouns);
        for (Ext e : exts(patient.node, EXT_CULTURAL_SUPPORT, p)) {
            b.addCulturalSupports(SensitiveText.of(e.string()));
        }
        optSensitive(patient.node, EXT_SELF_DESCRIPTION, p).ifPresent(b::selfDescription);
        Optional<Ext> contact = optExt(patient.node, EXT_SAFE_CONTACT, p);
        if (contact.isPresent()) {
            b.safeContact(safeContact(contact.get()));
        }
        JsonNode comms = array(patient.node, "communication", p);
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < comms.size(); i++) {
            String cp = p + ".communication[" + i + "]";
            JsonNode c = object(comms.get(i), cp);
            JsonNode language = object(c.get("language"), cp + ".language");
            String tag = language.has("coding")
                    ? code(language, BCP47, cp + ".language", Function.identity())
                    : string(language, "text", cp + ".language");
            boolean preferred = c.has("preferred") && bool(c.get("preferred"), cp + ".preferred");
            if (preferred) {
                languages.add(0, tag);
            } else {
                languages.add(tag);
            }
        }
        b.languages(languages);
        return b.build();
    }

    private SafeContact safeContact(Ext e) {
        SafeContact.Builder b = SafeContact.builder();
        for (Ext s : e.subs("channel")) {
            b.addChannels(s.coding(CONTACT_CHANNEL, ContactChannel::fromCode));
        }
        for (Ext s : e.subs("neverUse")) {
            b.addNeverUse(s.coding(CONTACT_CHANNEL, ContactChannel::fromCode));
        }
        e.optSub("safeTimes").ifPresent(s -> b.safeTimes(s.sensitive()));
        e.optSub("doNotContact").ifPresent(s -> b.doNotContact(s.bool()));
        e.optSub("messageAllowed").ifPresent(s -> b.messageAllowed(s.bool()));
        e.optSub("codeWord").ifPresent(s -> b.codeWord(s.sensitive()));
        e.optSub("details").ifPresent(s -> b.details(s.sensitive()));
        return b.build();
    }

    // ---- priorities ---------------------------------------------------------------------------

    private Priorities priorities(Res patient) {
        List<Res> goals = doc.of("Goal");
        Priority[] ranked = new Priority[goals.size()];
        for (int i = 0; i < goals.size(); i++) {
            Res g = goals.get(i);
            String p = g.path;
            checkSubject(g, "subject", patient);
            Optional<Ext> rankExt = optExt(g.node, EXT_ORDINAL_RANK, p);
            int rank = rankExt.isPresent() ? rankExt.get().positiveInt() : i + 1;
            if (rank > goals.size() || ranked[rank - 1] != null) {
                throw fail(
                        rankExt.map(x -> x.path).orElse(p),
                        "ranks must be unique and contiguous from 1 to " + goals.size() + "; rank " + rank
                                + " is out of place");
            }
            Priority.Builder b = Priority.builder()
                    .id(identifier(g, SID_PRIORITY))
                    .statement(sensitive(
                            object(g.node.get("description"), p + ".description"), "text", p + ".description"));
            JsonNode categories = array(g.node, "category", p);
            for (int c = 0; c < categories.size(); c++) {
                String cp = p + ".category[" + c + "]";
                JsonNode concept = object(categories.get(c), cp);
                optCode(concept, PRIORITY_CATEGORY, cp, PriorityCategory::fromCode)
                        .ifPresent(b::category);
                optCode(concept, DOMAIN, cp, Domain::fromCode).ifPresent(b::addDomains);
            }
            Optional<Ext> expressed = optExt(g.node, EXT_EXPRESSED_AT, p);
            if (expressed.isPresent()) {
                b.expressedAt(expressed.get().instant("valueDateTime"));
            } else {
                b.expressedAt(date(g.node, "startDate", p)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant());
            }
            String lifecycle = string(g.node, "lifecycleStatus", p);
            b.status(
                    switch (lifecycle) {
                        case "proposed", "planned", "accepted", "active" -> PriorityStatus.ACTIVE;
                        case "completed" -> PriorityStatus.ACHIEVED;
                        case "on-hold", "cancelled", "rejected" -> PriorityStatus.SET_ASIDE;
                        default -> throw fail(p + ".lifecycleStatus", "is not a Goal lifecycle status Pathways reads");
                    });
            ranked[rank - 1] = b.build();
        }
        return Priorities.of(List.of(ranked));
    }

    private void checkSubject(Res r, String field, Res patient) {
        JsonNode s = r.node.get(field);
        if (s == null) {
            throw fail(r.path + "." + field, "is required");
        }
        object(s, r.path + "." + field);
        if (patient != null) {
            JsonNode ref = s.get("reference");
            if (ref == null || !ref.isTextual() || !ref.asText().equals(patient.url)) {
                throw fail(r.path + "." + field, "does not refer to the Patient of this Bundle");
            }
        } else if (s.has("reference")) {
            throw fail(r.path + "." + field, "refers to a Patient the Bundle does not hold");
        }
    }

    // ---- team ----------------------------------------------------------------------------------

    private Optional<CareTeam> team(Res patient) {
        Optional<Res> careTeam = doc.one("CareTeam");
        if (careTeam.isEmpty()) {
            return Optional.empty();
        }
        Res t = careTeam.get();
        checkSubject(t, "subject", patient);
        List<TeamMember> members = new ArrayList<>();
        List<TeamMember> former = new ArrayList<>();
        JsonNode participants = array(t.node, "participant", t.path);
        for (int i = 0; i < participants.size(); i++) {
            String p = t.path + ".participant[" + i + "]";
            JsonNode n = object(participants.get(i), p);
            Res m = resolve(n.get("member"), p + ".member", "Practitioner", "RelatedPerson");
            TeamMember.Builder b = TeamMember.builder().id(identifier(m, SID_MEMBER));
            JsonNode names = array(m.node, "name", m.path);
            if (names.size() > 0) {
                b.name(sensitive(object(names.get(0), m.path + ".name[0]"), "text", m.path + ".name[0]"));
            }
            JsonNode roles = array(n, "role", p);
            TeamRole role = null;
            for (int k = 0; k < roles.size() && role == null; k++) {
                role = optCode(
                                object(roles.get(k), p + ".role[" + k + "]"),
                                TEAM_ROLE,
                                p + ".role[" + k + "]",
                                TeamRole::fromCode)
                        .orElse(null);
            }
            b.role(role != null ? role : m.type.equals("RelatedPerson") ? TeamRole.FAMILY : TeamRole.OTHER);
            if (n.has("onBehalfOf")) {
                b.organisation(logicalId(n.get("onBehalfOf"), p + ".onBehalfOf", "Organization", SID_ORGANISATION));
            }
            Optional<Ext> org = optExt(n, EXT_MEMBER_ORGANISATION, p);
            if (org.isPresent()) {
                b.organisation(logicalId(
                        org.get().value("valueReference"),
                        org.get().path + ".valueReference",
                        "Organization",
                        SID_ORGANISATION));
            }
            optExt(n, EXT_LEAD, p).ifPresent(x -> b.lead(x.bool()));
            optExt(n, EXT_PAID, p).ifPresent(x -> b.paid(x.bool()));
            boolean isFormer = optExt(n, EXT_FORMER_MEMBER, p).map(Ext::bool).orElse(false);
            (isFormer ? former : members).add(b.build());
        }
        return Optional.of(CareTeam.of(members, former));
    }

    // ---- care plan -----------------------------------------------------------------------------

    private void carePlanExtensions(Res carePlan, CarePlan.Builder b) {
        String p = carePlan.path;
        Ext rev = optExt(carePlan.node, EXT_REVISION, p)
                .orElseThrow(() ->
                        fail(p + ".extension", "holds no revision extension; Pathways needs the plan's revision"));
        Revision.Builder r = Revision.builder()
                .number(rev.sub("number").positiveInt())
                .author(rev.sub("author").string())
                .at(rev.sub("at").instant("valueInstant"))
                .personPresent(rev.sub("personPresent").bool());
        rev.optSub("description").ifPresent(d -> r.description(d.string()));
        rev.optSub("parent").ifPresent(d -> r.parent(d.string()));
        b.revision(r.build());
        steward(carePlan.node, p).ifPresent(b::steward);
        for (Ext d : exts(carePlan.node, EXT_DEFERRED_DOMAIN, p)) {
            b.addDeferredDomains(d.coding(DOMAIN, Domain::fromCode));
        }
        for (Ext c : exts(carePlan.node, EXT_CASE_CONFERENCE, p)) {
            CaseConference.Builder cb = CaseConference.builder()
                    .id(c.sub("id").string())
                    .at(c.sub("at").instant("valueInstant"))
                    .attendance(c.sub("attendance").coding(ATTENDANCE, Attendance::fromCode));
            c.optSub("recordedAt").ifPresent(x -> cb.recordedAt(x.instant("valueInstant")));
            c.optSub("table").ifPresent(x -> cb.table(x.string()));
            c.subs("organisation").forEach(x -> cb.addOrganisations(x.string()));
            c.subs("shares").forEach(x -> cb.addShares(x.coding(INFORMATION_CATEGORY, InformationCategory::fromCode)));
            c.optSub("agenda").ifPresent(x -> cb.agenda(x.sensitive()));
            c.subs("produced").forEach(x -> cb.addProduced(x.string()));
            b.addConferences(cb.build());
        }
        JsonNode activity = array(carePlan.node, "activity", p);
        for (int i = 0; i < activity.size(); i++) {
            String ap = p + ".activity[" + i + "]";
            resolve(object(activity.get(i), ap).get("reference"), ap + ".reference", "ServiceRequest");
        }
    }

    // ---- steps -------------------------------------------------------------------------------

    private List<PlanStep> steps(Res patient) {
        Map<String, Res> tasks = new HashMap<>();
        for (Res t : doc.of("Task")) {
            Res focus = resolve(t.node.get("focus"), t.path + ".focus", "ServiceRequest");
            if (tasks.put(focus.url, t) != null) {
                throw fail(t.path + ".focus", "a second Task for the same ServiceRequest");
            }
        }
        List<PlanStep> steps = new ArrayList<>();
        for (Res s : doc.of("ServiceRequest")) {
            String p = s.path;
            checkSubject(s, "subject", patient);
            String stepId = identifier(s, SID_STEP);
            PlanStep.Builder b = PlanStep.builder()
                    .id(stepId)
                    .kind(code(object(s.node.get("code"), p + ".code"), STEP_KIND, p + ".code", StepKind::fromCode));
            for (Ext g : exts(s.node, PERTAINS_TO_GOAL, p)) {
                b.addServes(id(g.value("valueReference"), g.path + ".valueReference", "Goal", SID_PRIORITY));
            }
            JsonNode notes = array(s.node, "note", p);
            if (notes.size() > 0) {
                b.description(localized(object(notes.get(0), p + ".note[0]"), "text", p + ".note[0]"));
            }
            if (s.node.has("requester")) {
                b.responsible(id(s.node.get("requester"), p + ".requester", "Practitioner", SID_MEMBER));
            }
            JsonNode performers = array(s.node, "performer", p);
            if (performers.size() > 0) {
                b.provider(id(performers.get(0), p + ".performer[0]", "Organization", SID_ORGANISATION));
            }
            Optional<Ext> acc = optExt(s.node, EXT_ACCOMPANIMENT, p);
            if (acc.isPresent()) {
                b.accompaniment(acc.get().sub("offer").coding(ACCOMPANIMENT, Accompaniment::fromCode));
                Optional<Ext> by = acc.get().optSub("by");
                if (by.isPresent()) {
                    b.accompaniedBy(id(
                            by.get().value("valueReference"),
                            by.get().path + ".valueReference",
                            "Practitioner",
                            SID_MEMBER));
                }
            }
            optExt(s.node, EXT_FIRST_APPOINTMENT, p).ifPresent(x -> b.firstAppointment(x.bool()));
            for (Ext x : exts(s.node, EXT_SHARES, p)) {
                b.addShares(x.coding(INFORMATION_CATEGORY, InformationCategory::fromCode));
            }
            JsonNode occurrence = s.node.get("occurrencePeriod");
            if (occurrence != null) {
                b.due(date(object(occurrence, p + ".occurrencePeriod"), "end", p + ".occurrencePeriod"));
            }
            Res task = tasks.get(s.url);
            if (task == null) {
                throw fail(p, "no Task has this ServiceRequest as its focus; the Task holds the step's status");
            }
            checkSubject(task, "for", patient);
            List<Ext> history = exts(task.node, EXT_STATUS_HISTORY, task.path);
            if (history.isEmpty()) {
                throw fail(task.path + ".extension", "holds no status-history extension");
            }
            for (Ext h : history) {
                StatusChange.Builder c = StatusChange.builder()
                        .status(h.sub("status").coding(STEP_STATUS, StepStatus::fromCode))
                        .at(h.sub("at").instant("valueInstant"))
                        .recordedBy(h.sub("recordedBy").string());
                h.optSub("agreement").ifPresent(x -> c.agreement(x.coding(AGREEMENT_MODE, AgreementMode::fromCode)));
                h.optSub("reason").ifPresent(x -> c.reason(x.coding(CLOSURE_REASON, ClosureReason::fromCode)));
                h.optSub(EXT_REFERRAL_ANSWER).ifPresent(x -> c.answer(answer(x, stepId)));
                b.addHistory(c.build());
            }
            steps.add(b.build());
        }
        return steps;
    }

    /** An organisation's answer about a step, from the sub-extensions of a {@code referral-answer} extension. */
    ReferralAnswer answer(Ext x, String step) {
        Ext from = x.sub("from");
        ReferralAnswer.Builder b = ReferralAnswer.builder()
                .id(x.sub("id").string())
                .step(step)
                .referral(x.sub("referral").string())
                .from(logicalId(
                        from.value("valueReference"), from.path + ".valueReference", "Organization", SID_ORGANISATION))
                .kind(x.sub("kind").coding(ANSWER_KIND, AnswerKind::fromCode))
                .at(x.sub("at").instant("valueInstant"));
        x.optSub("expected").ifPresent(e -> b.expected(dateOf(e.value("valueDate"), e.path + ".valueDate")));
        x.optSub("waitDays").ifPresent(e -> b.waitDays(e.unsignedInt()));
        x.optSub("appointmentAt").ifPresent(e -> b.appointmentAt(e.instant("valueInstant")));
        x.optSub("place").ifPresent(e -> b.place(e.sensitive()));
        x.optSub("reason").ifPresent(e -> b.reason(e.coding(DECLINE_REASON, DeclineReason::fromCode)));
        return b.build();
    }

    // ---- consent -------------------------------------------------------------------------------

    private ConsentLedger ledger() {
        List<ConsentEntry> entries = new ArrayList<>();
        for (Res c : doc.of("Consent")) {
            String p = c.path;
            String id = identifier(c, SID_CONSENT);
            ConsentMode given = ext(c.node, EXT_GIVEN, p).coding(CONSENT_MODE, ConsentMode::fromCode);
            String recordedBy = ext(c.node, EXT_RECORDED_BY, p).string();
            Instant recordedAt = instant(c.node, "dateTime", p);
            Optional<Ext> confirmation = optExt(c.node, EXT_CONFIRMATION, p);
            if (confirmation.isPresent()) {
                entries.add(ConsentConfirmation.builder()
                        .id(id)
                        .confirms(id(
                                confirmation.get().value("valueReference"),
                                confirmation.get().path + ".valueReference",
                                "Consent",
                                SID_CONSENT))
                        .given(given)
                        .recordedBy(recordedBy)
                        .recordedAt(recordedAt)
                        .build());
                continue;
            }
            Optional<Ext> revocation = optExt(c.node, EXT_REVOCATION, p);
            if (revocation.isPresent()) {
                ConsentRevocation.Builder b = ConsentRevocation.builder()
                        .id(id)
                        .given(given)
                        .recordedBy(recordedBy)
                        .recordedAt(recordedAt);
                Optional<Ext> revokes = revocation.get().optSub("revokes");
                if (revokes.isPresent()) {
                    b.revokes(id(
                            revokes.get().value("valueReference"),
                            revokes.get().path + ".valueReference",
                            "Consent",
                            SID_CONSENT));
                }
                Optional<Ext> recipient = revocation.get().optSub("recipient");
                if (recipient.isPresent()) {
                    b.recipient(recipient(
                            recipient.get().value("valueReference"), recipient.get().path + ".valueReference"));
                }
                entries.add(b.build());
                continue;
            }
            JsonNode provision = object(c.node.get("provision"), p + ".provision");
            String pp = p + ".provision";
            JsonNode actors = array(provision, "actor", pp);
            if (actors.size() != 1) {
                throw fail(pp + ".actor", "must name exactly one recipient");
            }
            Recipient recipient =
                    recipient(object(actors.get(0), pp + ".actor[0]").get("reference"), pp + ".actor[0].reference");
            Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
            JsonNode classes = array(provision, "class", pp);
            for (int i = 0; i < classes.size(); i++) {
                if (!categories.add(codingOf(
                        classes.get(i),
                        INFORMATION_CATEGORY,
                        pp + ".class[" + i + "]",
                        InformationCategory::fromCode))) {
                    throw fail(pp + ".class[" + i + "]", "a category appears more than once");
                }
            }
            String type = string(provision, "type", pp);
            if (type.equals("permit")) {
                ConsentGrant.Builder b = ConsentGrant.builder()
                        .id(id)
                        .recipient(recipient)
                        .categories(categories)
                        .given(given)
                        .recordedBy(recordedBy)
                        .recordedAt(recordedAt);
                JsonNode purposes = array(provision, "purpose", pp);
                for (int i = 0; i < purposes.size(); i++) {
                    b.addPurposes(codingOf(purposes.get(i), PURPOSE, pp + ".purpose[" + i + "]", Purpose::fromCode));
                }
                Optional<Ext> raw = optExt(c.node, EXT_GRANT_PERIOD, p);
                JsonNode period = raw.isPresent()
                        ? object(raw.get().value("valuePeriod"), raw.get().path + ".valuePeriod")
                        : object(provision.get("period"), pp + ".period");
                String at = raw.isPresent() ? raw.get().path + ".valuePeriod" : pp + ".period";
                b.start(instant(period, "start", at));
                if (period.has("end")) {
                    b.end(instant(period, "end", at));
                }
                optExt(c.node, EXT_POLICY_EXPIRY, p).ifPresent(x -> b.expiresAt(x.instant("valueDateTime")));
                optSensitive(c.node, EXT_CONDITIONS, p).ifPresent(b::conditions);
                entries.add(b.build());
            } else if (type.equals("deny")) {
                ConsentRefusal.Builder b = ConsentRefusal.builder()
                        .id(id)
                        .recipient(recipient)
                        .categories(categories)
                        .given(given)
                        .recordedBy(recordedBy)
                        .recordedAt(recordedAt);
                JsonNode data = provision.get("data");
                if (data != null) {
                    JsonNode items = array(provision, "data", pp);
                    for (int i = 0; i < items.size(); i++) {
                        String dp = pp + ".data[" + i + "]";
                        JsonNode d = object(items.get(i), dp);
                        if (!"instance".equals(string(d, "meaning", dp))) {
                            throw fail(dp + ".meaning", "must be instance: a refusal withholds the item itself");
                        }
                        b.addItems(item(d.get("reference"), dp + ".reference"));
                    }
                }
                entries.add(b.build());
            } else {
                throw fail(pp + ".type", "must be permit or deny");
            }
        }
        return ConsentLedger.of(entries);
    }

    /** A withheld priority or step, by the identifier of the Goal or ServiceRequest it references. */
    private String item(JsonNode reference, String path) {
        object(reference, path);
        if (reference.has("reference")) {
            Res target = resolve(reference, path, "Goal", "ServiceRequest");
            return target.type.equals("Goal")
                    ? id(reference, path, "Goal", SID_PRIORITY)
                    : id(reference, path, "ServiceRequest", SID_STEP);
        }
        return id(reference, path, "Goal", SID_PRIORITY);
    }

    private Recipient recipient(JsonNode reference, String path) {
        Res target = null;
        object(reference, path);
        if (reference.has("reference")) {
            target = resolve(reference, path, "Organization", "Practitioner", "RelatedPerson", "Group");
        }
        String type = target != null ? target.type : string(reference, "type", path);
        return switch (type) {
            case "Organization" -> Recipient.organisation(id(reference, path, "Organization", SID_ORGANISATION));
            case "Practitioner", "RelatedPerson" -> Recipient.member(id(reference, path, type, SID_MEMBER));
            case "Group" -> Recipient.table(id(reference, path, "Group", SID_TABLE));
            default -> throw fail(path + ".type", "names no kind of recipient Pathways knows");
        };
    }

    // ---- disclosures ---------------------------------------------------------------------------

    /** The disclosure records in Bundle order, each with the conditions its Provenance carries. */
    private Map<Disclosure, List<SensitiveText>> disclosures() {
        Map<Disclosure, List<SensitiveText>> out = new LinkedHashMap<>();
        for (Res r : doc.of("Provenance")) {
            String p = r.path;
            Ext x = ext(r.node, EXT_DISCLOSURE, p);
            Disclosure.Builder b = Disclosure.builder()
                    .id(x.sub("id").string())
                    .recipient(recipient(
                            x.sub("recipient").value("valueReference"), x.sub("recipient").path + ".valueReference"))
                    .basis(x.sub("basis").coding(DISCLOSURE_BASIS, DisclosureBasis::fromCode))
                    .at(instant(r.node, r.node.has("occurredDateTime") ? "occurredDateTime" : "recorded", p));
            if (r.node.has("occurredDateTime")) { // a late entry: made then, recorded later
                b.recordedAt(instant(r.node, "recorded", p));
            }
            x.subs("category")
                    .forEach(c -> b.addCategories(c.coding(INFORMATION_CATEGORY, InformationCategory::fromCode)));
            x.optSub("reason").ifPresent(c -> b.reason(c.sensitive()));
            x.optSub("decidedBy").ifPresent(c -> b.decidedBy(c.string()));
            x.optSub("decidedAs").ifPresent(c -> b.decidedAs(c.string()));
            x.optSub("personToldAt").ifPresent(c -> b.personToldAt(c.instant("valueInstant")));
            JsonNode reasons = array(r.node, "reason", p);
            if (reasons.size() != 1) {
                throw fail(p + ".reason", "must hold exactly the one purpose of the disclosure");
            }
            b.purpose(code(object(reasons.get(0), p + ".reason[0]"), PURPOSE, p + ".reason[0]", Purpose::fromCode));
            JsonNode agents = array(r.node, "agent", p);
            if (agents.size() != 1) {
                throw fail(p + ".agent", "must name exactly the one member who disclosed");
            }
            b.by(id(
                    object(agents.get(0), p + ".agent[0]").get("who"),
                    p + ".agent[0].who",
                    "Practitioner",
                    SID_MEMBER));
            JsonNode entities = array(r.node, "entity", p);
            for (int i = 0; i < entities.size(); i++) {
                String ep = p + ".entity[" + i + "]";
                b.addGrants(id(object(entities.get(i), ep).get("what"), ep + ".what", "Consent", SID_CONSENT));
            }
            List<SensitiveText> conditions = new ArrayList<>();
            for (Ext c : exts(r.node, EXT_CONDITIONS, p)) {
                conditions.add(c.sensitive());
            }
            Disclosure d = b.build();
            if (out.put(d, conditions) != null) {
                throw fail(p, "the same disclosure appears twice");
            }
        }
        return out;
    }

    // ---- directory -----------------------------------------------------------------------------

    /** The data steward a plan, an organisation or a service names, if any. */
    private Optional<String> steward(JsonNode resource, String p) {
        return optExt(resource, EXT_DATA_STEWARD, p)
                .map(st -> logicalId(
                        st.value("valueReference"), st.path + ".valueReference", "Organization", SID_ORGANISATION));
    }

    private Service service(Res s) {
        String p = s.path;
        Service.Builder b = Service.builder()
                .id(identifier(s, SID_SERVICE))
                .organisation(id(s.node.get("providedBy"), p + ".providedBy", "Organization", SID_ORGANISATION))
                .name(localized(s.node, "name", p));
        steward(s.node, p).ifPresent(b::steward);
        JsonNode types = array(s.node, "type", p);
        for (int i = 0; i < types.size(); i++) {
            String tp = p + ".type[" + i + "]";
            b.addProgramming(code(object(types.get(i), tp), STEP_KIND, tp, StepKind::fromCode));
        }
        Optional<Ext> details = optExt(s.node, EXT_SERVICE_DETAILS, p);
        if (details.isPresent()) {
            Ext d = details.get();
            d.subs("approach").forEach(x -> b.addApproaches(x.coding(APPROACH, Approach::fromCode)));
            d.subs("knowledge").forEach(x -> b.addKnowledges(x.coding(KNOWLEDGE, Knowledge::fromCode)));
            d.subs("barrier").forEach(x -> b.addBarriers(x.coding(BARRIER, Barrier::fromCode)));
            d.subs("community").forEach(x -> b.addCommunities(x.string()));
            d.optSub("remote").ifPresent(x -> b.remote(x.bool()));
            d.optSub("capacity").ifPresent(x -> b.capacity(x.coding(CAPACITY, Capacity::fromCode)));
            Optional<Ext> wait = d.optSub("typicalWaitDays");
            if (wait.isPresent()) {
                JsonNode v = wait.get().value("valueInteger");
                if (!v.isInt()) {
                    throw fail(wait.get().path + ".valueInteger", "must be a whole number");
                }
                b.typicalWaitDays(v.asInt());
            }
        }
        JsonNode comms = array(s.node, "communication", p);
        for (int i = 0; i < comms.size(); i++) {
            String cp = p + ".communication[" + i + "]";
            JsonNode c = object(comms.get(i), cp);
            b.addLanguages(c.has("coding") ? code(c, BCP47, cp, Function.identity()) : string(c, "text", cp));
        }
        JsonNode times = array(s.node, "availableTime", p);
        for (int i = 0; i < times.size(); i++) {
            JsonNode t = object(times.get(i), p + ".availableTime[" + i + "]");
            if (t.has("allDay") && bool(t.get("allDay"), p + ".availableTime[" + i + "].allDay")) {
                b.open24x7(true);
            }
        }
        if (s.node.has("availabilityExceptions")) {
            b.hours(localized(s.node, "availabilityExceptions", p));
        }
        JsonNode locations = array(s.node, "location", p);
        for (int i = 0; i < locations.size(); i++) {
            b.addLocations(location(resolve(locations.get(i), p + ".location[" + i + "]", "Location")));
        }
        return b.build();
    }

    private Location location(Res l) {
        String p = l.path;
        JsonNode address = object(l.node.get("address"), p + ".address");
        Location.Builder b = Location.builder().community(string(address, "city", p + ".address"));
        if (address.has("text")) {
            b.address(string(address, "text", p + ".address"));
        }
        JsonNode telecom = array(l.node, "telecom", p);
        for (int i = 0; i < telecom.size(); i++) {
            String tp = p + ".telecom[" + i + "]";
            JsonNode t = object(telecom.get(i), tp);
            if ("phone".equals(text(t.get("system")))) {
                b.phone(string(t, "value", tp));
                break;
            }
        }
        optExt(l.node, EXT_FRONT_GATE, p).ifPresent(g -> b.frontGate(localized(g.node, "valueString", g.path)));
        return build(p, b::build); // a broken rule is the Location's, not the service's that lists it
    }

    // ---- references ---------------------------------------------------------------------------

    /** A reference that must resolve to a resource of the Bundle, of one of the given types. */
    private Res resolve(JsonNode reference, String path, String... types) {
        JsonNode ref = object(reference, path).get("reference");
        if (ref == null || !ref.isTextual()) {
            throw fail(path + ".reference", "is required, as a string");
        }
        Res target = doc.byUrl.get(ref.asText());
        if (target == null) {
            throw fail(path + ".reference", "refers to no entry of the Bundle");
        }
        for (String t : types) {
            if (t.equals(target.type)) {
                return target;
            }
        }
        throw fail(
                path + ".reference", "refers to a " + safeType(target.type) + ", not a " + String.join(" or ", types));
    }

    private static String safeType(String type) {
        return type.matches("[A-Z][A-Za-z]{0,40}") ? type : "resource of another type";
    }

    /** The Pathways id a reference names: through the resource it refers to, or its logical identifier. */
    private String id(JsonNode reference, String path, String type, String system) {
        object(reference, path);
        if (reference.has("reference")) {
            Res target = resolve(
                    reference,
                    path,
                    type.equals("Practitioner") ? new String[] {"Practitioner", "RelatedPerson"} : new String[] {type});
            return identifier(target, system);
        }
        return logicalId(reference, path, type, system);
    }

    String logicalId(JsonNode reference, String path, String type, String system) {
        object(reference, path);
        JsonNode t = reference.get("type");
        if (t != null
                && !(t.isTextual()
                        && (t.asText().equals(type)
                                || (type.equals("Practitioner") && t.asText().equals("RelatedPerson"))))) {
            throw fail(path + ".type", "must be " + type);
        }
        JsonNode identifier = object(reference.get("identifier"), path + ".identifier");
        if (!system.equals(text(identifier.get("system")))) {
            throw fail(path + ".identifier.system", "must be " + system);
        }
        return string(identifier, "value", path + ".identifier");
    }

    private String identifier(Res r, String system) {
        JsonNode ids = array(r.node, "identifier", r.path);
        String found = null;
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = object(ids.get(i), r.path + ".identifier[" + i + "]");
            if (system.equals(text(id.get("system")))) {
                if (found != null) {
                    throw fail(r.path + ".identifier[" + i + "]", "a second identifier in " + system);
                }
                found = string(id, "value", r.path + ".identifier[" + i + "]");
            }
        }
        if (found == null) {
            throw fail(r.path + ".identifier", "holds no identifier in " + system);
        }
        return found;
    }

    // ---- extensions -----------------------------------------------------------------------------

    /** One extension, with its location. */
    final class Ext {
        final JsonNode node;
        final String path;

        Ext(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        JsonNode value(String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                throw fail(path + "." + field, "is required");
            }
            return v;
        }

        String string() {
            JsonNode v = value("valueString");
            if (!v.isTextual()) {
                throw fail(path + ".valueString", "must be a string");
            }
            return v.asText();
        }

        SensitiveText sensitive() {
            return sensitiveText(value("valueString"), path + ".valueString");
        }

        boolean bool() {
            return BundleReader.bool(value("valueBoolean"), path + ".valueBoolean");
        }

        int positiveInt() {
            JsonNode v = value("valuePositiveInt");
            if (!v.isInt() || v.asInt() < 1) {
                throw fail(path + ".valuePositiveInt", "must be a whole number from 1");
            }
            return v.asInt();
        }

        int unsignedInt() {
            JsonNode v = value("valueUnsignedInt");
            if (!v.isInt() || v.asInt() < 0) {
                throw fail(path + ".valueUnsignedInt", "must be a whole number from 0");
            }
            return v.asInt();
        }

        Instant instant(String field) {
            return BundleReader.instantOf(value(field), path + "." + field);
        }

        <E> E coding(String system, Function<String, E> fromCode) {
            return codingOf(value("valueCoding"), system, path + ".valueCoding", fromCode);
        }

        List<Ext> subs(String url) {
            return exts(node, url, path);
        }

        Optional<Ext> optSub(String url) {
            return optExt(node, url, path);
        }

        Ext sub(String url) {
            return BundleReader.this.ext(node, url, path);
        }
    }

    List<Ext> exts(JsonNode parent, String url, String path) {
        JsonNode all = parent.get("extension");
        if (all == null) {
            return List.of();
        }
        if (!all.isArray()) {
            throw fail(path + ".extension", "must be an array");
        }
        List<Ext> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            JsonNode e = all.get(i);
            String ep = path + ".extension[" + i + "]";
            if (!e.isObject()) {
                throw fail(ep, "must be an object");
            }
            JsonNode u = e.get("url");
            if (u == null || !u.isTextual()) {
                throw fail(ep + ".url", "is required, as a string");
            }
            if (u.asText().equals(url)) {
                out.add(new Ext(e, ep));
            }
        }
        return out;
    }

    Optional<Ext> optExt(JsonNode parent, String url, String path) {
        List<Ext> found = exts(parent, url, path);
        if (found.size() > 1) {
            throw fail(found.get(1).path, "a second extension " + url + "; it appears at most once");
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    Ext ext(JsonNode parent, String url, String path) {
        return optExt(parent, url, path).orElseThrow(() -> fail(path + ".extension", "holds no extension " + url));
    }

    private Optional<String> optString(JsonNode parent, String url, String path) {
        return optExt(parent, url, path).map(Ext::string);
    }

    private Optional<SensitiveText> optSensitive(JsonNode parent, String url, String path) {
        return optExt(parent, url, path).map(Ext::sensitive);
    }

    // ---- primitives ----------------------------------------------------------------------------

    static MalformedDocumentException fail(String path, String reason) {
        return fail(ErrorCode.MALFORMED, path, reason);
    }

    static MalformedDocumentException fail(ErrorCode code, String path, String reason) {
        return new MalformedDocumentException(code, path, reason, -1, -1, null);
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    static JsonNode object(JsonNode n, String path) {
        if (n == null) {
            throw fail(path, "is required");
        }
        if (!n.isObject()) {
            throw fail(path, "must be an object");
        }
        return n;
    }

    static JsonNode array(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return EMPTY;
        }
        if (!n.isArray()) {
            throw fail(path + "." + field, "must be an array");
        }
        return n;
    }

    private static final JsonNode EMPTY = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();

    static String string(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null) {
            throw fail(path + "." + field, "is required");
        }
        if (!n.isTextual()) {
            throw fail(path + "." + field, "must be a string");
        }
        return n.asText();
    }

    static boolean bool(JsonNode n, String path) {
        if (!n.isBoolean()) {
            throw fail(path, "must be true or false");
        }
        return n.asBoolean();
    }

    static SensitiveText sensitive(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null) {
            throw fail(path + "." + field, "is required");
        }
        return sensitiveText(n, path + "." + field);
    }

    /**
     * Reads a text an agency wrote: the element's string, and each FHIR translation extension on it
     * ({@code _text.extension}), or Pathways' {@code other-language-text} for a language R4's cannot
     * name, as an alternative in its language.
     */
    LocalizedText localized(JsonNode parent, String field, String path) {
        String text = sensitive(parent, field, path).reveal();
        JsonNode element = parent.get("_" + field);
        if (element == null) {
            return LocalizedText.of(text);
        }
        String ep = path + "._" + field;
        object(element, ep);
        java.util.Map<String, String> alternatives = new java.util.LinkedHashMap<>();
        List<Ext> translations = new ArrayList<>(exts(element, TRANSLATION, ep));
        translations.addAll(exts(element, EXT_OTHER_LANGUAGE_TEXT, ep));
        for (Ext t : translations) {
            String language = t.subs("lang").stream()
                    .findFirst()
                    .map(l -> {
                        JsonNode v = l.value("valueCode");
                        if (!v.isTextual()) {
                            throw fail(l.path + ".valueCode", "must be a string");
                        }
                        return v.asText();
                    })
                    .orElseThrow(() -> fail(t.path, "a translation names its language (lang)"));
            String content = t.subs("content").stream()
                    .findFirst()
                    .map(c -> sensitiveText(c.value("valueString"), c.path + ".valueString")
                            .reveal())
                    .orElseThrow(() -> fail(t.path, "a translation has its content"));
            if (alternatives.size() == LocalizedText.MAX_ALTERNATIVES) {
                throw fail(
                        ErrorCode.LIMIT_EXCEEDED,
                        t.path,
                        "more than " + LocalizedText.MAX_ALTERNATIVES + " translations");
            }
            if (alternatives.putIfAbsent(language, content) != null) {
                throw fail(t.path, "a second translation into the same language");
            }
        }
        try {
            return LocalizedText.of(text, alternatives);
        } catch (org.pathways.InvalidPlanException e) {
            throw fail(ep, e.getReason());
        }
    }

    static SensitiveText sensitiveText(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw fail(path, "must be a string");
        }
        String s = n.asText();
        if (s.isBlank() || s.length() > SensitiveText.MAX_LENGTH) {
            throw fail(path, "must be text of 1 to " + SensitiveText.MAX_LENGTH + " characters, not blank");
        }
        return SensitiveText.of(s);
    }

    static Instant instant(JsonNode parent, String field, String path) {
        return instantOf(required(parent, field, path), path + "." + field);
    }

    /** A field that must be there, or the library's exception naming where. */
    private static JsonNode required(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null) {
            throw fail(path + "." + field, "is required");
        }
        return n;
    }

    static Instant instantOf(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw fail(path, "must be a string");
        }
        try {
            return OffsetDateTime.parse(n.asText()).toInstant();
        } catch (DateTimeException e) {
            throw fail(path, "is not an instant with a time and a zone");
        }
    }

    static LocalDate date(JsonNode parent, String field, String path) {
        return dateOf(required(parent, field, path), path + "." + field);
    }

    static LocalDate dateOf(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw fail(path, "must be a string");
        }
        try {
            return LocalDate.parse(n.asText());
        } catch (DateTimeException e) {
            throw fail(path, "is not a date (yyyy-mm-dd)");
        }
    }

    /** The code of the one coding in a system, from a CodeableConcept. */
    static <E> E code(JsonNode concept, String system, String path, Function<String, E> fromCode) {
        return optCode(concept, system, path, fromCode)
                .orElseThrow(() -> fail(path + ".coding", "holds no code of " + system));
    }

    static <E> Optional<E> optCode(JsonNode concept, String system, String path, Function<String, E> fromCode) {
        JsonNode codings = array(concept, "coding", path);
        E found = null;
        for (int i = 0; i < codings.size(); i++) {
            JsonNode c = object(codings.get(i), path + ".coding[" + i + "]");
            if (system.equals(text(c.get("system")))) {
                if (found != null) {
                    throw fail(path + ".coding[" + i + "]", "a second code of " + system);
                }
                found = codingOf(c, system, path + ".coding[" + i + "]", fromCode);
            }
        }
        return Optional.ofNullable(found);
    }

    static <E> E codingOf(JsonNode coding, String system, String path, Function<String, E> fromCode) {
        object(coding, path);
        if (!system.equals(text(coding.get("system")))) {
            throw fail(path + ".system", "must be " + system);
        }
        String code = string(coding, "code", path);
        try {
            return fromCode.apply(code);
        } catch (PathwaysException e) {
            throw fail(ErrorCode.UNKNOWN_CODE, path + ".code", "is not a code of " + system);
        }
    }
}
