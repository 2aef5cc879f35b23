package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pathways.InvalidPlanException;
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
import org.pathways.consent.RecipientKind;
import org.pathways.json.ObjectCodec.Put;
import org.pathways.json.ObjectCodec.Take;
import org.pathways.plan.Attendance;
import org.pathways.plan.CaseConference;

/** The declarations of consent and case conferences. */
final class ConsentCodecs {
    private ConsentCodecs() {}

    /** A recipient while it is read. */
    static final class RecipientRead {
        RecipientKind kind;
        String id;

        Recipient build() {
            if (kind == null || id == null) {
                throw new InvalidPlanException(kind == null ? "kind" : "id", "required but not set (Recipient)");
            }
            return Recipient.of(kind, id);
        }
    }

    static final ObjectCodec<Recipient, RecipientRead> RECIPIENT = ObjectCodec.of(
                    RecipientRead::new, RecipientRead::build)
            .field("kind", Write.code(Recipient::getKind), (in, r) -> r.kind = in.code(RecipientKind.class))
            .field("id", Write.string(Recipient::getId), (in, r) -> r.id = in.id())
            .done();

    /** The kinds of entry, as {@code type} names them. */
    private static final String[] KINDS = {"grant", "refusal", "revocation", "confirmation"};

    private static final int GRANT = 1;
    private static final int REFUSAL = 2;
    private static final int REVOCATION = 4;
    private static final int CONFIRMATION = 8;

    private static int kind(ConsentEntry e) {
        return e instanceof ConsentGrant
                ? GRANT
                : e instanceof ConsentRefusal ? REFUSAL : e instanceof ConsentRevocation ? REVOCATION : CONFIRMATION;
    }

    /** A field only some kinds of entry have: written for them, and refused in another kind when read. */
    private static <V extends ConsentEntry> Put<ConsentEntry> of(int kinds, Class<V> type, Put<V> put) {
        return (g, k, e, how) -> {
            if ((kind(e) & kinds) != 0) {
                put.write(g, k, type.cast(e), how);
            }
        };
    }

    private static Take<Entry> only(int kinds, Take<Entry> take) {
        return (in, e) -> {
            String name = in.field; // before a nested object's fields replace it
            take.read(in, e);
            e.only(kinds, name);
        };
    }

    /**
     * One entry of the ledger, told apart by its {@code type}: grant, refusal, revocation or
     * confirmation. The fields of every kind in one order, each written for the kinds that have it.
     */
    static final ObjectCodec<ConsentEntry, Entry> ENTRY = ObjectCodec.of(Entry::new, Entry::build)
            .field(
                    "type",
                    (g, k, e, how) -> {
                        g.writeFieldName(k);
                        g.writeString(KINDS[Integer.numberOfTrailingZeros(kind(e))]);
                    },
                    (in, e) -> e.type = in.string())
            .field("id", Write.string(ConsentEntry::getId), (in, e) -> e.id = in.id())
            .field(
                    "revokes",
                    of(REVOCATION, ConsentRevocation.class, Write.optString(ConsentRevocation::getRevokes)),
                    only(REVOCATION, (in, e) -> e.revokes = in.id()))
            .field(
                    "recipient",
                    (g, k, e, how) -> {
                        Optional<Recipient> r = e instanceof ConsentGrant c
                                ? Optional.of(c.getRecipient())
                                : e instanceof ConsentRefusal f
                                        ? Optional.of(f.getRecipient())
                                        : e instanceof ConsentRevocation v ? v.getRecipient() : Optional.empty();
                        if (r.isPresent()) {
                            g.writeFieldName(k);
                            RECIPIENT.write(g, r.get(), how);
                        }
                    },
                    only(GRANT | REFUSAL | REVOCATION, (in, e) -> e.recipient = in.read(RECIPIENT)))
            .field(
                    "categories",
                    (g, k, e, how) -> {
                        if (e instanceof ConsentGrant c) {
                            Write.codes(g, k, c.getCategories());
                        } else if (e instanceof ConsentRefusal r
                                && !r.getCategories().isEmpty()) {
                            Write.codes(g, k, r.getCategories());
                        }
                    },
                    only(GRANT | REFUSAL, (in, e) -> e.categories = in.set(i -> i.code(InformationCategory.class))))
            .field(
                    "purposes",
                    of(GRANT, ConsentGrant.class, Write.codes(ConsentGrant::getPurposes)),
                    only(GRANT, (in, e) -> e.purposes = in.set(i -> i.code(Purpose.class))))
            .field(
                    "start",
                    of(GRANT, ConsentGrant.class, Write.instant(ConsentGrant::getStart)),
                    only(GRANT, (in, e) -> e.start = in.instant()))
            .field(
                    "end",
                    of(GRANT, ConsentGrant.class, Write.optInstant(ConsentGrant::getEnd)),
                    only(GRANT, (in, e) -> e.end = in.instant()))
            .field(
                    "expiresAt",
                    of(GRANT, ConsentGrant.class, Write.optInstant(ConsentGrant::getExpiresAt)),
                    only(GRANT, (in, e) -> e.expiresAt = in.instant()))
            .field(
                    "items",
                    of(
                            REFUSAL,
                            ConsentRefusal.class,
                            Write.when(r -> !r.getItems().isEmpty(), Write.strings(ConsentRefusal::getItems))),
                    only(REFUSAL, (in, e) -> e.items = in.set(In::id)))
            .field(
                    "confirms",
                    of(CONFIRMATION, ConsentConfirmation.class, Write.string(ConsentConfirmation::getConfirms)),
                    only(CONFIRMATION, (in, e) -> e.confirms = in.id()))
            .field("given", Write.code(ConsentEntry::getGiven), (in, e) -> e.given = in.code(ConsentMode.class))
            .field("recordedBy", Write.string(ConsentEntry::getRecordedBy), (in, e) -> e.recordedBy = in.id())
            .field("recordedAt", Write.instant(ConsentEntry::getRecordedAt), (in, e) -> e.recordedAt = in.instant())
            .field(
                    "conditions",
                    of(GRANT, ConsentGrant.class, Write.optText(ConsentGrant::getConditions)),
                    only(GRANT, (in, e) -> e.conditions = in.sensitive()))
            .done();

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
        Instant expiresAt;
        List<String> items;
        String confirms;
        String revokes;
        ConsentMode given;
        String recordedBy;
        Instant recordedAt;
        SensitiveText conditions;
        /** The fields read that only some kinds have, in read order, and the kinds that have each. */
        private String[] names;

        private int[] kinds;
        private int fields;

        void only(int kinds, String name) {
            if (names == null) {
                names = new String[10];
                this.kinds = new int[10];
            }
            names[fields] = name;
            this.kinds[fields++] = kinds;
        }

        ConsentEntry build() {
            if (type == null) {
                throw new InvalidPlanException(
                        "type", "required but not set: grant, refusal, revocation or confirmation");
            }
            int kind = java.util.Arrays.asList(KINDS).indexOf(type);
            for (int i = 0; kind >= 0 && i < fields; i++) {
                if ((kinds[i] & (1 << kind)) == 0) {
                    throw new InvalidPlanException(names[i], "is not a field of a " + type);
                }
            }
            switch (type) {
                case "grant" -> {
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
                    b.end(Optional.ofNullable(end))
                            .expiresAt(Optional.ofNullable(expiresAt))
                            .conditions(Optional.ofNullable(conditions));
                    return b.build();
                }
                case "refusal" -> {
                    ConsentRefusal.Builder b = ConsentRefusal.builder();
                    common(b::id, b::given, b::recordedBy, b::recordedAt);
                    if (recipient != null) {
                        b.recipient(recipient);
                    }
                    if (categories != null) {
                        b.categories(categories);
                    }
                    if (items != null) {
                        b.items(items);
                    }
                    return b.build();
                }
                case "confirmation" -> {
                    ConsentConfirmation.Builder b = ConsentConfirmation.builder();
                    common(b::id, b::given, b::recordedBy, b::recordedAt);
                    if (confirms != null) {
                        b.confirms(confirms);
                    }
                    return b.build();
                }
                case "revocation" -> {
                    ConsentRevocation.Builder b = ConsentRevocation.builder();
                    common(b::id, b::given, b::recordedBy, b::recordedAt);
                    return b.revokes(Optional.ofNullable(revokes))
                            .recipient(Optional.ofNullable(recipient))
                            .build();
                }
                default ->
                    throw new InvalidPlanException(
                            "type",
                            "is not grant, refusal, revocation or confirmation"); // the value is not quoted: it is
                // input
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
            List<ConsentEntry> entries = in.list(i -> i.read(ENTRY), "consent");
            return In.at(pointer, () -> ConsentLedger.of(entries));
        }
    };

    static final ObjectCodec<Disclosure, Disclosure.Builder> DISCLOSURE = ObjectCodec.of(
                    Disclosure::builder, Disclosure.Builder::build)
            .field("id", Write.string(Disclosure::getId), (in, b) -> b.id(in.id()))
            .field(
                    "recipient",
                    Write.object(Disclosure::getRecipient, RECIPIENT),
                    (in, b) -> b.recipient(in.read(RECIPIENT)))
            .field("purpose", Write.code(Disclosure::getPurpose), (in, b) -> b.purpose(in.code(Purpose.class)))
            .field(
                    "categories",
                    Write.codes(Disclosure::getCategories),
                    (in, b) -> b.categories(in.set(i -> i.code(InformationCategory.class))))
            .field("at", Write.instant(Disclosure::getAt), (in, b) -> b.at(in.instant()))
            .field("recordedAt", Write.optInstant(Disclosure::getRecordedAt), (in, b) -> b.recordedAt(in.instant()))
            .field("by", Write.string(Disclosure::getBy), (in, b) -> b.by(in.id()))
            .field("basis", Write.code(Disclosure::getBasis), (in, b) -> b.basis(in.code(DisclosureBasis.class)))
            .field("grants", Write.strings(Disclosure::getGrants), (in, b) -> b.grants(in.set(In::id)))
            .field("reason", Write.optText(Disclosure::getReason), (in, b) -> b.reason(in.sensitive()))
            .field("decidedBy", Write.optString(Disclosure::getDecidedBy), (in, b) -> b.decidedBy(in.id()))
            .field("decidedAs", Write.optString(Disclosure::getDecidedAs), (in, b) -> b.decidedAs(in.id()))
            .field(
                    "personToldAt",
                    Write.optInstant(Disclosure::getPersonToldAt),
                    (in, b) -> b.personToldAt(in.instant()))
            .done();

    static final ObjectCodec<CaseConference, CaseConference.Builder> CONFERENCE = ObjectCodec.of(
                    CaseConference::builder, CaseConference.Builder::build)
            .field("id", Write.string(CaseConference::getId), (in, b) -> b.id(in.id()))
            .field("at", Write.instant(CaseConference::getAt), (in, b) -> b.at(in.instant()))
            .field("recordedAt", Write.optInstant(CaseConference::getRecordedAt), (in, b) -> b.recordedAt(in.instant()))
            .field("table", Write.optString(CaseConference::getTable), (in, b) -> b.table(in.id()))
            .field(
                    "organisations",
                    Write.strings(CaseConference::getOrganisations),
                    (in, b) -> b.organisations(in.set(In::id)))
            .field(
                    "shares",
                    Write.codes(CaseConference::getShares),
                    (in, b) -> b.shares(in.set(i -> i.code(InformationCategory.class))))
            .field(
                    "attendance",
                    Write.code(CaseConference::getAttendance),
                    (in, b) -> b.attendance(in.code(Attendance.class)))
            .field("agenda", Write.optText(CaseConference::getAgenda), (in, b) -> b.agenda(in.sensitive()))
            .field("produced", Write.strings(CaseConference::getProduced), (in, b) -> b.produced(in.set(In::id)))
            .done();
}
