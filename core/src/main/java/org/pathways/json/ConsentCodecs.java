package org.pathways.json;

import static org.pathways.json.Codecs.codes;
import static org.pathways.json.Codecs.string;
import static org.pathways.json.Codecs.strings;
import static org.pathways.json.Codecs.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathways.InvalidPlanException;
import org.pathways.SensitiveText;
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
import org.pathways.consent.RecipientKind;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.Attendance;
import org.pathways.plan.CaseConference;
import org.pathways.plan.PlanStep;

/** The codecs of consent, case conferences and disclosure views. */
final class ConsentCodecs {
    private ConsentCodecs() {}

    static final Codec<Recipient> RECIPIENT = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Recipient r) throws IOException {
            g.writeStartObject();
            g.writeStringField("kind", r.getKind().getCode());
            g.writeStringField("id", r.getId());
            g.writeEndObject();
        }

        @Override
        public Recipient read(In in) throws IOException {
            RecipientKind[] kind = {null};
            String[] id = {null};
            return in.object(
                    name -> {
                        switch (name) {
                            case "kind" -> kind[0] = in.code(RecipientKind.class);
                            case "id" -> id[0] = in.id();
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    () -> {
                        if (kind[0] == null || id[0] == null) {
                            throw new InvalidPlanException(
                                    kind[0] == null ? "kind" : "id", "required but not set (Recipient)");
                        }
                        return Recipient.of(kind[0], id[0]);
                    });
        }
    };

    /** One entry of the ledger, told apart by its {@code type}: grant, refusal or revocation. */
    static final Codec<ConsentEntry> ENTRY = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ConsentEntry e) throws IOException {
            g.writeStartObject();
            if (e instanceof ConsentGrant c) {
                g.writeStringField("type", "grant");
                g.writeStringField("id", c.getId());
                recipient(g, c.getRecipient());
                codes(g, "categories", c.getCategories());
                codes(g, "purposes", c.getPurposes());
                g.writeStringField("start", c.getStart().toString());
                if (c.getEnd().isPresent()) {
                    g.writeStringField("end", c.getEnd().get().toString());
                }
            } else if (e instanceof ConsentRefusal r) {
                g.writeStringField("type", "refusal");
                g.writeStringField("id", r.getId());
                recipient(g, r.getRecipient());
                codes(g, "categories", r.getCategories());
            } else if (e instanceof ConsentRevocation v) {
                g.writeStringField("type", "revocation");
                g.writeStringField("id", v.getId());
                string(g, "revokes", v.getRevokes());
                if (v.getRecipient().isPresent()) {
                    recipient(g, v.getRecipient().get());
                }
            }
            g.writeStringField("given", e.getGiven().getCode());
            g.writeStringField("recordedBy", e.getRecordedBy());
            g.writeStringField("recordedAt", e.getRecordedAt().toString());
            if (e instanceof ConsentGrant c) {
                text(g, "conditions", c.getConditions());
            }
            g.writeEndObject();
        }

        @Override
        public ConsentEntry read(In in) throws IOException {
            Entry e = new Entry();
            return in.object(
                    name -> {
                        switch (name) {
                            case "type" -> e.type = in.string();
                            case "id" -> e.id = in.id();
                            case "recipient" -> e.recipient = RECIPIENT.read(in);
                            case "categories" -> e.categories = in.set(i -> i.code(InformationCategory.class));
                            case "purposes" -> e.purposes = in.set(i -> i.code(Purpose.class));
                            case "start" -> e.start = in.instant();
                            case "end" -> e.end = in.instant();
                            case "revokes" -> e.revokes = in.id();
                            case "given" -> e.given = in.code(ConsentMode.class);
                            case "recordedBy" -> e.recordedBy = in.id();
                            case "recordedAt" -> e.recordedAt = in.instant();
                            case "conditions" -> e.conditions = in.sensitive();
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    e::build);
        }
    };

    /** The codec of one kind of entry: reading another kind is refused, never cast. */
    static <T extends ConsentEntry> Codec<T> entry(Class<T> type, String name) {
        return new Codec<>() {
            @Override
            public void write(JsonGenerator g, T value) throws IOException {
                ENTRY.write(g, value);
            }

            @Override
            public T read(In in) throws IOException {
                String pointer = in.pointer();
                ConsentEntry e = ENTRY.read(in);
                if (!type.isInstance(e)) {
                    throw new org.pathways.MalformedDocumentException(
                            pointer, "expected a " + name + " but found another kind of consent entry", -1, -1, null);
                }
                return type.cast(e);
            }
        };
    }

    /** The fields of any entry, until its type is known. */
    private static final class Entry {
        String type;
        String id;
        Recipient recipient;
        List<InformationCategory> categories;
        List<Purpose> purposes;
        Instant start;
        Instant end;
        String revokes;
        ConsentMode given;
        String recordedBy;
        Instant recordedAt;
        SensitiveText conditions;

        ConsentEntry build() {
            if (type == null) {
                throw new InvalidPlanException("type", "required but not set: grant, refusal or revocation");
            }
            switch (type) {
                case "grant" -> {
                    only("grant", revokes, "revokes");
                    ConsentGrant.Builder b = ConsentGrant.builder();
                    common(b::id, b::given, b::recordedBy, b::recordedAt);
                    if (recipient != null) {
                        b.recipient(recipient);
                    }
                    if (categories != null) {
                        b.categories(categories);
                    }
                    if (purposes != null) {
                        b.purposes(purposes);
                    }
                    if (start != null) {
                        b.start(start);
                    }
                    b.end(Optional.ofNullable(end)).conditions(Optional.ofNullable(conditions));
                    return b.build();
                }
                case "refusal" -> {
                    only("refusal", revokes, "revokes");
                    only("refusal", purposes, "purposes");
                    only("refusal", start, "start");
                    only("refusal", end, "end");
                    only("refusal", conditions, "conditions");
                    ConsentRefusal.Builder b = ConsentRefusal.builder();
                    common(b::id, b::given, b::recordedBy, b::recordedAt);
                    if (recipient != null) {
                        b.recipient(recipient);
                    }
                    if (categories != null) {
                        b.categories(categories);
                    }
                    return b.build();
                }
                case "revocation" -> {
                    only("revocation", categories, "categories");
                    only("revocation", purposes, "purposes");
                    only("revocation", start, "start");
                    only("revocation", end, "end");
                    only("revocation", conditions, "conditions");
                    ConsentRevocation.Builder b = ConsentRevocation.builder();
                    common(b::id, b::given, b::recordedBy, b::recordedAt);
                    return b.revokes(Optional.ofNullable(revokes))
                            .recipient(Optional.ofNullable(recipient))
                            .build();
                }
                default ->
                    throw new InvalidPlanException(
                            "type", "is not grant, refusal or revocation"); // the value is not quoted: it is input
            }
        }

        private void common(
                java.util.function.Consumer<String> id,
                java.util.function.Consumer<ConsentMode> given,
                java.util.function.Consumer<String> by,
                java.util.function.Consumer<Instant> at) {
            if (this.id != null) {
                id.accept(this.id);
            }
            if (this.given != null) {
                given.accept(this.given);
            }
            if (recordedBy != null) {
                by.accept(recordedBy);
            }
            if (recordedAt != null) {
                at.accept(recordedAt);
            }
        }

        private static void only(String type, Object value, String field) {
            if (value != null) {
                throw new InvalidPlanException(field, "is not a field of a " + type);
            }
        }
    }

    static final Codec<ConsentLedger> LEDGER = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ConsentLedger ledger) throws IOException {
            g.writeStartArray();
            for (ConsentEntry e : ledger.getEntries()) {
                ENTRY.write(g, e);
            }
            g.writeEndArray();
        }

        @Override
        public ConsentLedger read(In in) throws IOException {
            String pointer = in.pointer();
            List<ConsentEntry> entries = in.list(ENTRY::read, "consent");
            return In.at(pointer, () -> ConsentLedger.of(entries));
        }
    };

    static final Codec<Disclosure> DISCLOSURE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Disclosure d) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", d.getId());
            recipient(g, d.getRecipient());
            g.writeStringField("purpose", d.getPurpose().getCode());
            codes(g, "categories", d.getCategories());
            g.writeStringField("at", d.getAt().toString());
            if (d.getRecordedAt().isPresent()) {
                g.writeStringField("recordedAt", d.getRecordedAt().get().toString());
            }
            g.writeStringField("by", d.getBy());
            g.writeStringField("basis", d.getBasis().getCode());
            strings(g, "grants", d.getGrants());
            text(g, "reason", d.getReason());
            string(g, "decidedBy", d.getDecidedBy());
            if (d.getPersonToldAt().isPresent()) {
                g.writeStringField("personToldAt", d.getPersonToldAt().get().toString());
            }
            g.writeEndObject();
        }

        @Override
        public Disclosure read(In in) throws IOException {
            Disclosure.Builder b = Disclosure.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "recipient" -> b.recipient(RECIPIENT.read(in));
                            case "purpose" -> b.purpose(in.code(Purpose.class));
                            case "categories" -> b.categories(in.set(i -> i.code(InformationCategory.class)));
                            case "at" -> b.at(in.instant());
                            case "recordedAt" -> b.recordedAt(in.instant());
                            case "by" -> b.by(in.id());
                            case "basis" -> b.basis(in.code(DisclosureBasis.class));
                            case "grants" -> b.grants(in.set(In::id));
                            case "reason" -> b.reason(in.sensitive());
                            case "decidedBy" -> b.decidedBy(in.id());
                            case "personToldAt" -> b.personToldAt(in.instant());
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<CaseConference> CONFERENCE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, CaseConference c) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", c.getId());
            g.writeStringField("at", c.getAt().toString());
            if (c.getRecordedAt().isPresent()) {
                g.writeStringField("recordedAt", c.getRecordedAt().get().toString());
            }
            string(g, "table", c.getTable());
            strings(g, "organisations", c.getOrganisations());
            codes(g, "shares", c.getShares());
            g.writeStringField("attendance", c.getAttendance().getCode());
            text(g, "agenda", c.getAgenda());
            strings(g, "produced", c.getProduced());
            g.writeEndObject();
        }

        @Override
        public CaseConference read(In in) throws IOException {
            CaseConference.Builder b = CaseConference.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "at" -> b.at(in.instant());
                            case "recordedAt" -> b.recordedAt(in.instant());
                            case "table" -> b.table(in.id());
                            case "organisations" -> b.organisations(in.set(In::id));
                            case "shares" -> b.shares(in.set(i -> i.code(InformationCategory.class)));
                            case "attendance" -> b.attendance(in.code(Attendance.class));
                            case "agenda" -> b.agenda(in.sensitive());
                            case "produced" -> b.produced(in.set(In::id));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<PlanView> VIEW = new Codec<>() {
        @Override
        public void write(JsonGenerator g, PlanView v) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Codecs.SCHEMA_VERSION);
            g.writeFieldName("disclosure");
            DISCLOSURE.write(g, v.getDisclosure());
            string(g, "planId", v.getPlanId());
            if (v.getPerson().isPresent()) {
                g.writeFieldName("person");
                Codecs.writePerson(
                        g,
                        v.getPerson().get(),
                        v.getDisclosure().getCategories().contains(InformationCategory.CONTACT));
            }
            if (v.getPriorities().isPresent()) {
                g.writeFieldName("priorities");
                Codecs.PRIORITIES.write(g, v.getPriorities().get());
            }
            if (v.getTeam().isPresent()) {
                g.writeFieldName("team");
                Codecs.TEAM.write(g, v.getTeam().get());
            }
            if (v.getSteps().isPresent()) {
                g.writeArrayFieldStart("steps");
                for (PlanStep s : v.getSteps().get()) {
                    Codecs.STEP.write(g, s);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("conditions");
            for (SensitiveText t : v.getConditions()) {
                g.writeString(t.reveal());
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        public PlanView read(In in) throws IOException {
            PlanView.Builder b = PlanView.builder();
            return in.versioned(
                    name -> {
                        switch (name) {
                            case "disclosure" -> b.disclosure(DISCLOSURE.read(in));
                            case "planId" -> b.planId(in.id());
                            case "person" -> b.person(Codecs.PERSON.read(in));
                            case "priorities" -> b.priorities(Codecs.PRIORITIES.read(in));
                            case "team" -> b.team(Codecs.TEAM.read(in));
                            case "steps" -> b.steps(in.list(Codecs.STEP::read));
                            case "conditions" -> b.conditions(in.list(In::sensitive));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build,
                    "a disclosure view");
        }
    };

    private static void recipient(JsonGenerator g, Recipient r) throws IOException {
        g.writeFieldName("recipient");
        RECIPIENT.write(g, r);
    }
}
