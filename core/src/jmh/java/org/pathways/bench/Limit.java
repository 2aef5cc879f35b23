package org.pathways.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.Coded;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.RecipientKind;
import org.pathways.internal.Times;
import org.pathways.person.ContactChannel;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.PriorityCategory;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.TeamRole;

/**
 * The practical limit: the same plan as plain Java records, read and written by a hand-written
 * Jackson streaming codec that checks nothing but the shape it expects. It reads and writes the
 * very document {@link org.pathways.json.PlanJson} writes, byte for byte (checked before every
 * benchmark), for the fields the fixture's plans hold; conferences and disclosure logs must be empty.
 * It reads and writes times with the same fast path as Pathways ({@code org.pathways.internal.Times}), so that
 * the ratio measures what Pathways adds, not a difference in date parsing or formatting.
 */
public final class Limit {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Limit() {}

    /** A plan. */
    public record Plan(
            int schemaVersion,
            String id,
            String agency,
            Revision revision,
            Person person,
            List<Priority> priorities,
            List<Domain> deferredDomains,
            List<Member> members,
            List<Member> former,
            List<Step> steps,
            List<Entry> consent) {}

    /** The identity of a revision. */
    public record Revision(int number, String author, Instant at, boolean personPresent, String description) {}

    /** The person. */
    public record Person(
            String id,
            String chosenName,
            String pronouns,
            List<String> languages,
            List<String> culturalSupports,
            String selfDescription,
            SafeContact safeContact) {}

    /** How to reach the person safely. */
    public record SafeContact(
            List<ContactChannel> channels,
            List<ContactChannel> neverUse,
            String safeTimes,
            boolean doNotContact,
            boolean messageAllowed,
            String codeWord,
            String details) {}

    /** A priority. */
    public record Priority(
            String id,
            int rank,
            String statement,
            PriorityCategory category,
            List<Domain> domains,
            Instant expressedAt,
            PriorityStatus status) {}

    /** A team member. */
    public record Member(String id, String name, TeamRole role, String organisation, boolean lead, boolean paid) {}

    /** A step. */
    public record Step(
            String id,
            StepKind kind,
            List<String> serves,
            String description,
            String responsible,
            String provider,
            Accompaniment accompaniment,
            String accompaniedBy,
            boolean firstAppointment,
            LocalDate due,
            List<InformationCategory> shares,
            List<Change> history) {}

    /** A status change. */
    public record Change(
            StepStatus status, Instant at, String recordedBy, AgreementMode agreement, ClosureReason reason) {}

    /** A consent entry of any type. */
    public record Entry(
            String type,
            String id,
            String revokes,
            RecipientKind recipientKind,
            String recipientId,
            List<InformationCategory> categories,
            List<Purpose> purposes,
            Instant start,
            Instant end,
            ConsentMode given,
            String recordedBy,
            Instant recordedAt,
            String conditions) {}

    // ---------------------------------------------------------------- reading

    /**
     * Reads a plan document.
     *
     * @param json the document
     * @return the plan as records
     */
    public static Plan read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            p.nextToken();
            return plan(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Plan plan(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        int version = 0;
        String id = null;
        String agency = null;
        Revision revision = null;
        Person person = null;
        List<Priority> priorities = List.of();
        List<Domain> deferred = List.of();
        List<Member> members = List.of();
        List<Member> former = List.of();
        List<Step> steps = List.of();
        List<Entry> consent = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "schemaVersion" -> version = p.getIntValue();
                case "id" -> id = p.getText();
                case "agency" -> agency = p.getText();
                case "revision" -> revision = revision(p);
                case "person" -> person = person(p);
                case "priorities" -> {
                    priorities = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        priorities.add(priority(p));
                    }
                }
                case "deferredDomains" -> deferred = codes(p, DOMAIN);
                case "team" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String t = p.currentName();
                        p.nextToken();
                        List<Member> list = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            list.add(member(p));
                        }
                        switch (t) {
                            case "members" -> members = list;
                            case "former" -> former = list;
                            default -> throw unknown(p, t);
                        }
                    }
                }
                case "steps" -> {
                    steps = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        steps.add(step(p));
                    }
                }
                case "consent" -> {
                    consent = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        consent.add(entry(p));
                    }
                }
                case "conferences", "disclosures" -> {
                    if (p.nextToken() != JsonToken.END_ARRAY) {
                        throw new IOException("the limit codec reads no " + f);
                    }
                }
                default -> throw unknown(p, f);
            }
        }
        return new Plan(version, id, agency, revision, person, priorities, deferred, members, former, steps, consent);
    }

    private static Revision revision(JsonParser p) throws IOException {
        int number = 0;
        String author = null;
        Instant at = null;
        boolean present = false;
        String description = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "number" -> number = p.getIntValue();
                case "author" -> author = p.getText();
                case "at" -> at = Times.instant(p.getText());
                case "personPresent" -> present = p.getBooleanValue();
                case "description" -> description = p.getText();
                default -> throw unknown(p, f);
            }
        }
        return new Revision(number, author, at, present, description);
    }

    private static Person person(JsonParser p) throws IOException {
        String id = null;
        String name = null;
        String pronouns = null;
        List<String> languages = List.of();
        List<String> supports = List.of();
        String self = null;
        SafeContact contact = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> id = p.getText();
                case "chosenName" -> name = p.getText();
                case "pronouns" -> pronouns = p.getText();
                case "languages" -> languages = strings(p);
                case "culturalSupports" -> supports = strings(p);
                case "selfDescription" -> self = p.getText();
                case "safeContact" -> contact = safeContact(p);
                default -> throw unknown(p, f);
            }
        }
        return new Person(id, name, pronouns, languages, supports, self, contact);
    }

    private static SafeContact safeContact(JsonParser p) throws IOException {
        List<ContactChannel> channels = List.of();
        List<ContactChannel> never = List.of();
        String times = null;
        boolean doNot = false;
        boolean message = false;
        String code = null;
        String details = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "channels" -> channels = codes(p, CHANNEL);
                case "neverUse" -> never = codes(p, CHANNEL);
                case "safeTimes" -> times = p.getText();
                case "doNotContact" -> doNot = p.getBooleanValue();
                case "messageAllowed" -> message = p.getBooleanValue();
                case "codeWord" -> code = p.getText();
                case "details" -> details = p.getText();
                default -> throw unknown(p, f);
            }
        }
        return new SafeContact(channels, never, times, doNot, message, code, details);
    }

    private static Priority priority(JsonParser p) throws IOException {
        String id = null;
        int rank = 0;
        String statement = null;
        PriorityCategory category = null;
        List<Domain> domains = List.of();
        Instant at = null;
        PriorityStatus status = PriorityStatus.ACTIVE;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> id = p.getText();
                case "rank" -> rank = p.getIntValue();
                case "statement" -> statement = p.getText();
                case "category" -> category = code(p, PRIORITY_CATEGORY);
                case "domains" -> domains = codes(p, DOMAIN);
                case "expressedAt" -> at = Times.instant(p.getText());
                case "status" -> status = code(p, PRIORITY_STATUS);
                default -> throw unknown(p, f);
            }
        }
        return new Priority(id, rank, statement, category, domains, at, status);
    }

    private static Member member(JsonParser p) throws IOException {
        String id = null;
        String name = null;
        TeamRole role = null;
        String organisation = null;
        boolean lead = false;
        boolean paid = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> id = p.getText();
                case "name" -> name = p.getText();
                case "role" -> role = code(p, ROLE);
                case "organisation" -> organisation = p.getText();
                case "lead" -> lead = p.getBooleanValue();
                case "paid" -> paid = p.getBooleanValue();
                default -> throw unknown(p, f);
            }
        }
        return new Member(id, name, role, organisation, lead, paid);
    }

    private static Step step(JsonParser p) throws IOException {
        String id = null;
        StepKind kind = null;
        List<String> serves = List.of();
        String description = null;
        String responsible = null;
        String provider = null;
        Accompaniment accompaniment = Accompaniment.NOT_OFFERED;
        String accompaniedBy = null;
        boolean first = false;
        LocalDate due = null;
        List<InformationCategory> shares = List.of();
        List<Change> history = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "id" -> id = p.getText();
                case "kind" -> kind = code(p, KIND);
                case "serves" -> serves = strings(p);
                case "description" -> description = p.getText();
                case "responsible" -> responsible = p.getText();
                case "provider" -> provider = p.getText();
                case "accompaniment" -> accompaniment = code(p, ACCOMPANIMENT);
                case "accompaniedBy" -> accompaniedBy = p.getText();
                case "firstAppointment" -> first = p.getBooleanValue();
                case "due" -> due = Times.date(p.getText());
                case "shares" -> shares = codes(p, CATEGORY);
                case "history" -> {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        history.add(change(p));
                    }
                }
                default -> throw unknown(p, f);
            }
        }
        return new Step(
                id,
                kind,
                serves,
                description,
                responsible,
                provider,
                accompaniment,
                accompaniedBy,
                first,
                due,
                shares,
                history);
    }

    private static Change change(JsonParser p) throws IOException {
        StepStatus status = null;
        Instant at = null;
        String by = null;
        AgreementMode agreement = null;
        ClosureReason reason = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "status" -> status = code(p, STATUS);
                case "at" -> at = Times.instant(p.getText());
                case "recordedBy" -> by = p.getText();
                case "agreement" -> agreement = code(p, AGREEMENT);
                case "reason" -> reason = code(p, REASON);
                default -> throw unknown(p, f);
            }
        }
        return new Change(status, at, by, agreement, reason);
    }

    private static Entry entry(JsonParser p) throws IOException {
        String type = null;
        String id = null;
        String revokes = null;
        RecipientKind kind = null;
        String recipient = null;
        List<InformationCategory> categories = List.of();
        List<Purpose> purposes = List.of();
        Instant start = null;
        Instant end = null;
        ConsentMode given = null;
        String by = null;
        Instant at = null;
        String conditions = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "type" -> type = p.getText();
                case "id" -> id = p.getText();
                case "revokes" -> revokes = p.getText();
                case "recipient" -> {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String r = p.currentName();
                        p.nextToken();
                        switch (r) {
                            case "kind" -> kind = code(p, RECIPIENT_KIND);
                            case "id" -> recipient = p.getText();
                            default -> throw unknown(p, r);
                        }
                    }
                }
                case "categories" -> categories = codes(p, CATEGORY);
                case "purposes" -> purposes = codes(p, PURPOSE);
                case "start" -> start = Times.instant(p.getText());
                case "end" -> end = Times.instant(p.getText());
                case "given" -> given = code(p, MODE);
                case "recordedBy" -> by = p.getText();
                case "recordedAt" -> at = Times.instant(p.getText());
                case "conditions" -> conditions = p.getText();
                default -> throw unknown(p, f);
            }
        }
        return new Entry(
                type, id, revokes, kind, recipient, categories, purposes, start, end, given, by, at, conditions);
    }

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(p.getText());
        }
        return out;
    }

    private static <E> List<E> codes(JsonParser p, Map<String, E> index) throws IOException {
        List<E> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(code(p, index));
        }
        return out;
    }

    private static <E> E code(JsonParser p, Map<String, E> index) throws IOException {
        E e = index.get(p.getText());
        if (e == null) {
            throw new IOException("unknown code at " + p.currentLocation());
        }
        return e;
    }

    private static void expect(JsonParser p, JsonToken t) throws IOException {
        if (p.currentToken() != t) {
            throw new IOException("expected " + t + " at " + p.currentLocation());
        }
    }

    private static IOException unknown(JsonParser p, String f) {
        return new IOException("unknown field " + f + " at " + p.currentLocation());
    }

    private static <E extends Enum<E> & Coded> Map<String, E> index(Class<E> type) {
        Map<String, E> m = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            m.put(e.getCode(), e);
        }
        return m;
    }

    private static final Map<String, Domain> DOMAIN = index(Domain.class);
    private static final Map<String, ContactChannel> CHANNEL = index(ContactChannel.class);
    private static final Map<String, PriorityCategory> PRIORITY_CATEGORY = index(PriorityCategory.class);
    private static final Map<String, PriorityStatus> PRIORITY_STATUS = index(PriorityStatus.class);
    private static final Map<String, TeamRole> ROLE = index(TeamRole.class);
    private static final Map<String, StepKind> KIND = index(StepKind.class);
    private static final Map<String, Accompaniment> ACCOMPANIMENT = index(Accompaniment.class);
    private static final Map<String, InformationCategory> CATEGORY = index(InformationCategory.class);
    private static final Map<String, StepStatus> STATUS = index(StepStatus.class);
    private static final Map<String, AgreementMode> AGREEMENT = index(AgreementMode.class);
    private static final Map<String, ClosureReason> REASON = index(ClosureReason.class);
    private static final Map<String, RecipientKind> RECIPIENT_KIND = index(RecipientKind.class);
    private static final Map<String, Purpose> PURPOSE = index(Purpose.class);
    private static final Map<String, ConsentMode> MODE = index(ConsentMode.class);

    // ---------------------------------------------------------------- writing

    /**
     * Writes a plan as compact JSON, as {@code PlanJson.defaults().write} does.
     *
     * @param plan the plan
     * @return the document
     */
    public static String write(Plan plan) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, Plan plan) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", plan.schemaVersion());
        g.writeStringField("id", plan.id());
        string(g, "agency", plan.agency());
        Revision r = plan.revision();
        g.writeObjectFieldStart("revision");
        g.writeNumberField("number", r.number());
        g.writeStringField("author", r.author());
        instant(g, "at", r.at());
        g.writeBooleanField("personPresent", r.personPresent());
        string(g, "description", r.description());
        g.writeEndObject();
        Person p = plan.person();
        g.writeObjectFieldStart("person");
        g.writeStringField("id", p.id());
        string(g, "chosenName", p.chosenName());
        string(g, "pronouns", p.pronouns());
        strings(g, "languages", p.languages());
        strings(g, "culturalSupports", p.culturalSupports());
        string(g, "selfDescription", p.selfDescription());
        SafeContact c = p.safeContact();
        g.writeObjectFieldStart("safeContact");
        codes(g, "channels", c.channels());
        codes(g, "neverUse", c.neverUse());
        string(g, "safeTimes", c.safeTimes());
        g.writeBooleanField("doNotContact", c.doNotContact());
        g.writeBooleanField("messageAllowed", c.messageAllowed());
        string(g, "codeWord", c.codeWord());
        string(g, "details", c.details());
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("priorities");
        for (Priority q : plan.priorities()) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            g.writeNumberField("rank", q.rank());
            g.writeStringField("statement", q.statement());
            if (q.category() != null) {
                g.writeStringField("category", q.category().getCode());
            }
            codes(g, "domains", q.domains());
            instant(g, "expressedAt", q.expressedAt());
            g.writeStringField("status", q.status().getCode());
            g.writeEndObject();
        }
        g.writeEndArray();
        codes(g, "deferredDomains", plan.deferredDomains());
        g.writeObjectFieldStart("team");
        members(g, "members", plan.members());
        members(g, "former", plan.former());
        g.writeEndObject();
        g.writeArrayFieldStart("steps");
        for (Step s : plan.steps()) {
            step(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("consent");
        for (Entry e : plan.consent()) {
            entry(g, e);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conferences");
        g.writeEndArray();
        g.writeArrayFieldStart("disclosures");
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void members(JsonGenerator g, String name, List<Member> members) throws IOException {
        g.writeArrayFieldStart(name);
        for (Member m : members) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            string(g, "name", m.name());
            g.writeStringField("role", m.role().getCode());
            string(g, "organisation", m.organisation());
            g.writeBooleanField("lead", m.lead());
            g.writeBooleanField("paid", m.paid());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void step(JsonGenerator g, Step s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("kind", s.kind().getCode());
        strings(g, "serves", s.serves());
        string(g, "description", s.description());
        string(g, "responsible", s.responsible());
        string(g, "provider", s.provider());
        g.writeStringField("accompaniment", s.accompaniment().getCode());
        string(g, "accompaniedBy", s.accompaniedBy());
        g.writeBooleanField("firstAppointment", s.firstAppointment());
        if (s.due() != null) {
            g.writeStringField("due", s.due().toString());
        }
        codes(g, "shares", s.shares());
        g.writeArrayFieldStart("history");
        for (Change c : s.history()) {
            g.writeStartObject();
            g.writeStringField("status", c.status().getCode());
            instant(g, "at", c.at());
            g.writeStringField("recordedBy", c.recordedBy());
            if (c.agreement() != null) {
                g.writeStringField("agreement", c.agreement().getCode());
            }
            if (c.reason() != null) {
                g.writeStringField("reason", c.reason().getCode());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entry(JsonGenerator g, Entry e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", e.type());
        g.writeStringField("id", e.id());
        string(g, "revokes", e.revokes());
        if (e.recipientId() != null) {
            g.writeObjectFieldStart("recipient");
            g.writeStringField("kind", e.recipientKind().getCode());
            g.writeStringField("id", e.recipientId());
            g.writeEndObject();
        }
        if (!e.type().equals("revocation")) {
            codes(g, "categories", e.categories());
        }
        if (e.type().equals("grant")) {
            codes(g, "purposes", e.purposes());
            instant(g, "start", e.start());
            if (e.end() != null) {
                instant(g, "end", e.end());
            }
        }
        g.writeStringField("given", e.given().getCode());
        g.writeStringField("recordedBy", e.recordedBy());
        instant(g, "recordedAt", e.recordedAt());
        string(g, "conditions", e.conditions());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void codes(JsonGenerator g, String name, List<? extends Coded> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Coded v : values) {
            g.writeString(v.getCode());
        }
        g.writeEndArray();
    }

    /** Writes an instant with the same fast path as Pathways. */
    private static void instant(JsonGenerator g, String name, Instant t) throws IOException {
        g.writeFieldName(name);
        char[] text = new char[40];
        g.writeString(text, 0, Times.write(t, text));
    }
}
