package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.Coded;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
import org.pathways.LocalizedText;
import org.pathways.MalformedDocumentException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.DecisionReason;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.RecipientKind;
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
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.ClosureReason;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.Revision;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepKind;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Domain;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.priority.PriorityStatus;
import org.pathways.review.Finding;
import org.pathways.review.Rule;
import org.pathways.review.Severity;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/** The codec of every type, and the registry that {@link PlanJson} and {@link PathwaysModule} share. */
final class Codecs {
    /** The wire-format version this library writes and reads. */
    static final int SCHEMA_VERSION = 2;

    static final Codec<SafeContact> SAFE_CONTACT = new Codec<>() {
        @Override
        public void write(JsonGenerator g, SafeContact c) throws IOException {
            g.writeStartObject();
            codes(g, "channels", c.getChannels());
            codes(g, "neverUse", c.getNeverUse());
            text(g, "safeTimes", c.getSafeTimes());
            g.writeBooleanField("doNotContact", c.isDoNotContact());
            g.writeBooleanField("messageAllowed", c.isMessageAllowed());
            text(g, "codeWord", c.getCodeWord());
            text(g, "details", c.getDetails());
            g.writeEndObject();
        }

        @Override
        public SafeContact read(In in) throws IOException {
            SafeContact.Builder b = SafeContact.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "channels" -> b.channels(in.list(i -> i.code(ContactChannel.class)));
                            case "neverUse" -> b.neverUse(in.set(i -> i.code(ContactChannel.class)));
                            case "safeTimes" -> b.safeTimes(in.sensitive());
                            case "doNotContact" -> b.doNotContact(in.bool());
                            case "messageAllowed" -> b.messageAllowed(in.bool());
                            case "codeWord" -> b.codeWord(in.sensitive());
                            case "details" -> b.details(in.sensitive());
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<Person> PERSON = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Person p) throws IOException {
            writePerson(g, p, true);
        }

        @Override
        public Person read(In in) throws IOException {
            Person.Builder b = Person.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "chosenName" -> b.chosenName(in.sensitive());
                            case "pronouns" -> b.pronouns(in.string());
                            case "languages" -> b.languages(in.list(In::string));
                            case "culturalSupports" -> b.culturalSupports(in.list(In::sensitive));
                            case "selfDescription" -> b.selfDescription(in.sensitive());
                            case "safeContact" -> b.safeContact(SAFE_CONTACT.read(in));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    /** Writes a person; a disclosure view without contact consent leaves out the safe contact. */
    static void writePerson(JsonGenerator g, Person p, boolean withContact) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.getId());
        text(g, "chosenName", p.getChosenName());
        string(g, "pronouns", p.getPronouns());
        strings(g, "languages", p.getLanguages());
        g.writeArrayFieldStart("culturalSupports");
        for (SensitiveText t : p.getCulturalSupports()) {
            g.writeString(t.reveal());
        }
        g.writeEndArray();
        text(g, "selfDescription", p.getSelfDescription());
        if (withContact) {
            g.writeFieldName("safeContact");
            SAFE_CONTACT.write(g, p.getSafeContact());
        }
        g.writeEndObject();
    }

    static final Codec<Priority> PRIORITY = new PriorityCodec();

    static final Codec<Priorities> PRIORITIES = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Priorities ranked) throws IOException {
            g.writeStartArray();
            int rank = 1;
            for (Priority p : ranked.getRanked()) {
                PriorityCodec.write(g, p, rank++);
            }
            g.writeEndArray();
        }

        @Override
        public Priorities read(In in) throws IOException {
            String pointer = in.pointer();
            List<Integer> ranks = new ArrayList<>();
            List<Priority> read = in.list(i -> {
                int[] rank = {0};
                Priority p = PriorityCodec.read(i, r -> rank[0] = r);
                if (rank[0] == 0) {
                    throw i.error("a priority in the person's list needs its rank");
                }
                ranks.add(rank[0]);
                return p;
            });
            Priority[] byRank = new Priority[read.size()];
            for (int i = 0; i < read.size(); i++) {
                int r = ranks.get(i);
                if (r < 1 || r > read.size() || byRank[r - 1] != null) {
                    throw new MalformedDocumentException(
                            org.pathways.ErrorCode.INVALID,
                            pointer + "/" + i + "/rank",
                            "ranks must be unique and contiguous from 1 to " + read.size() + "; rank " + r
                                    + " is out of place",
                            -1,
                            -1,
                            null);
                }
                byRank[r - 1] = read.get(i);
            }
            return In.at(pointer, () -> Priorities.of(List.of(byRank)));
        }
    };

    static final Codec<StatusChange> STATUS_CHANGE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, StatusChange c) throws IOException {
            g.writeStartObject();
            g.writeStringField("status", c.getStatus().getCode());
            g.writeStringField("at", c.getAt().toString());
            g.writeStringField("recordedBy", c.getRecordedBy());
            code(g, "agreement", c.getAgreement());
            code(g, "reason", c.getReason());
            if (c.getAnswer().isPresent()) {
                g.writeFieldName("answer");
                ReferralCodecs.ANSWER.write(g, c.getAnswer().get());
            }
            g.writeEndObject();
        }

        @Override
        public StatusChange read(In in) throws IOException {
            StatusChange.Builder b = StatusChange.builder();
            // version 1 named who recorded the change "by"; "by" beside "recordedBy" was never valid
            boolean[] recorded = {false};
            return in.object(
                    name -> {
                        switch (name) {
                            case "status" -> b.status(in.code(StepStatus.class));
                            case "at" -> b.at(in.instant());
                            case "recordedBy", "by" -> {
                                boolean old = name.equals("by");
                                if (recorded[0] && !old) {
                                    throw in.error("unknown field 'by' here");
                                }
                                if (recorded[0] || (old && !in.olderName(name, 1))) {
                                    return false;
                                }
                                recorded[0] = true;
                                b.recordedBy(in.id());
                            }
                            case "agreement" -> b.agreement(in.code(AgreementMode.class));
                            case "reason" -> b.reason(in.code(ClosureReason.class));
                            case "answer" -> b.answer(ReferralCodecs.ANSWER.read(in));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<PlanStep> STEP = new Codec<>() {
        @Override
        public void write(JsonGenerator g, PlanStep s) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", s.getId());
            g.writeStringField("kind", s.getKind().getCode());
            strings(g, "serves", s.getServes());
            localized(g, "description", s.getDescription());
            string(g, "responsible", s.getResponsible());
            string(g, "provider", s.getProvider());
            g.writeStringField("accompaniment", s.getAccompaniment().getCode());
            string(g, "accompaniedBy", s.getAccompaniedBy());
            g.writeBooleanField("firstAppointment", s.isFirstAppointment());
            if (s.getDue().isPresent()) {
                g.writeStringField("due", s.getDue().get().toString());
            }
            codes(g, "shares", s.getShares());
            g.writeArrayFieldStart("history");
            for (StatusChange c : s.getHistory()) {
                STATUS_CHANGE.write(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        public PlanStep read(In in) throws IOException {
            PlanStep.Builder b = PlanStep.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "kind" -> b.kind(in.code(StepKind.class));
                            case "serves" -> b.serves(in.set(In::id));
                            case "description" -> b.description(in.localized());
                            case "responsible" -> b.responsible(in.id());
                            case "provider" -> b.provider(in.id());
                            case "accompaniment" -> b.accompaniment(in.code(Accompaniment.class));
                            case "accompaniedBy" -> b.accompaniedBy(in.id());
                            case "firstAppointment" -> b.firstAppointment(in.bool());
                            case "due" -> b.due(in.date());
                            case "shares" -> b.shares(in.set(i -> i.code(InformationCategory.class)));
                            case "history" -> b.history(in.list(STATUS_CHANGE::read));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<TeamMember> MEMBER = new Codec<>() {
        @Override
        public void write(JsonGenerator g, TeamMember m) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", m.getId());
            text(g, "name", m.getName());
            g.writeStringField("role", m.getRole().getCode());
            string(g, "organisation", m.getOrganisation());
            g.writeBooleanField("lead", m.isLead());
            g.writeBooleanField("paid", m.isPaid());
            g.writeEndObject();
        }

        @Override
        public TeamMember read(In in) throws IOException {
            TeamMember.Builder b = TeamMember.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "name" -> b.name(in.sensitive());
                            case "role" -> b.role(in.code(TeamRole.class));
                            case "organisation" -> b.organisation(in.id());
                            case "lead" -> b.lead(in.bool());
                            case "paid" -> b.paid(in.bool());
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<CareTeam> TEAM = new Codec<>() {
        @Override
        public void write(JsonGenerator g, CareTeam t) throws IOException {
            g.writeStartObject();
            members(g, "members", t.getMembers());
            members(g, "former", t.getFormer());
            g.writeEndObject();
        }

        @Override
        public CareTeam read(In in) throws IOException {
            List<List<TeamMember>> parts = new ArrayList<>(List.of(List.of(), List.of()));
            return in.object(
                    name -> {
                        switch (name) {
                            case "members" -> parts.set(0, in.list(MEMBER::read));
                            case "former" -> parts.set(1, in.list(MEMBER::read));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    () -> CareTeam.of(parts.get(0), parts.get(1)));
        }
    };

    static final Codec<Revision> REVISION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Revision r) throws IOException {
            g.writeStartObject();
            g.writeNumberField("number", r.getNumber());
            g.writeStringField("author", r.getAuthor());
            g.writeStringField("at", r.getAt().toString());
            g.writeBooleanField("personPresent", r.isPersonPresent());
            string(g, "description", r.getDescription());
            string(g, "parent", r.getParent());
            g.writeEndObject();
        }

        @Override
        public Revision read(In in) throws IOException {
            Revision.Builder b = Revision.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "number" -> b.number(in.integer());
                            case "author" -> b.author(in.id());
                            case "at" -> b.at(in.instant());
                            case "personPresent" -> b.personPresent(in.bool());
                            case "description" -> b.description(in.string());
                            case "parent" -> b.parent(in.string());
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<CarePlan> PLAN = new Codec<>() {
        @Override
        public void write(JsonGenerator g, CarePlan plan) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeStringField("id", plan.getId());
            string(g, "agency", plan.getAgency());
            string(g, "steward", plan.getSteward());
            g.writeFieldName("revision");
            REVISION.write(g, plan.getRevision());
            g.writeFieldName("person");
            PERSON.write(g, plan.getPerson());
            g.writeFieldName("priorities");
            PRIORITIES.write(g, plan.getPriorities());
            codes(g, "deferredDomains", plan.getDeferredDomains());
            g.writeFieldName("team");
            TEAM.write(g, plan.getTeam());
            g.writeArrayFieldStart("steps");
            for (PlanStep s : plan.getSteps()) {
                STEP.write(g, s);
            }
            g.writeEndArray();
            g.writeFieldName("consent");
            ConsentCodecs.LEDGER.write(g, plan.getConsent());
            g.writeArrayFieldStart("conferences");
            for (CaseConference c : plan.getConferences()) {
                ConsentCodecs.CONFERENCE.write(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("disclosures");
            for (Disclosure d : plan.getDisclosures()) {
                ConsentCodecs.DISCLOSURE.write(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        public CarePlan read(In in) throws IOException {
            CarePlan.Builder b = CarePlan.builder();
            return in.versioned(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "agency" -> b.agency(in.id());
                            case "steward" -> b.steward(in.id());
                            case "revision" -> b.revision(REVISION.read(in));
                            case "person" -> b.person(PERSON.read(in));
                            case "priorities" -> b.priorities(PRIORITIES.read(in));
                            case "deferredDomains" -> b.deferredDomains(in.set(i -> i.code(Domain.class)));
                            case "team" -> b.team(TEAM.read(in));
                            case "steps" -> b.steps(in.list(STEP::read));
                            case "consent" -> b.consent(ConsentCodecs.LEDGER.read(in));
                            case "conferences" -> b.conferences(in.list(ConsentCodecs.CONFERENCE::read));
                            case "disclosures" -> b.disclosures(in.list(ConsentCodecs.DISCLOSURE::read));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build,
                    "a plan document");
        }
    };

    static final Codec<SensitiveText> SENSITIVE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, SensitiveText t) throws IOException {
            g.writeString(t.reveal());
        }

        @Override
        public SensitiveText read(In in) throws IOException {
            return in.sensitive();
        }
    };

    static final Codec<Edit> EDIT = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Edit e) throws IOException {
            g.writeStartObject();
            g.writeStringField("author", e.getAuthor());
            g.writeStringField("at", e.getAt().toString());
            g.writeBooleanField("personPresent", e.isPersonPresent());
            g.writeEndObject();
        }

        @Override
        public Edit read(In in) throws IOException {
            String[] author = {null};
            Instant[] at = {null};
            boolean[] present = {false};
            return in.object(
                    name -> {
                        switch (name) {
                            case "author" -> author[0] = in.id();
                            case "at" -> at[0] = in.instant();
                            case "personPresent" -> present[0] = in.bool();
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    () -> {
                        if (author[0] == null || at[0] == null) {
                            throw new InvalidPlanException(
                                    author[0] == null ? "author" : "at", "required but not set (Edit)");
                        }
                        return Edit.of(author[0], at[0], present[0]);
                    });
        }
    };

    static final Codec<Finding> FINDING = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Finding f) throws IOException {
            g.writeStartObject();
            g.writeStringField("rule", f.getRule().getCode());
            g.writeStringField("severity", f.getSeverity().getCode());
            strings(g, "sources", f.getSources());
            string(g, "subject", f.getSubject());
            g.writeObjectFieldStart("arguments");
            for (Map.Entry<String, String> a : f.getArguments().entrySet()) {
                g.writeStringField(a.getKey(), a.getValue());
            }
            g.writeEndObject();
            g.writeStringField("message", f.getMessage());
            g.writeEndObject();
        }

        @Override
        public Finding read(In in) throws IOException {
            Rule[] rule = {null};
            Severity[] severity = {null};
            List<?>[] sources = {null};
            String[] subject = {null};
            Map<String, String> arguments = new java.util.LinkedHashMap<>();
            String[] message = {null};
            return in.object(
                    name -> {
                        switch (name) {
                            case "rule" -> rule[0] = in.code(Rule.class);
                            case "severity" -> severity[0] = in.code(Severity.class);
                            case "sources" -> sources[0] = in.list(In::string);
                            case "subject" -> subject[0] = in.id();
                            case "arguments" ->
                                in.object(
                                        argument -> {
                                            if (arguments.size() == in.limits.getMaxCollection()) {
                                                throw in.error(
                                                        ErrorCode.LIMIT_EXCEEDED,
                                                        "limit exceeded: more than " + arguments.size()
                                                                + " arguments (ReadLimits)");
                                            }
                                            arguments.put(argument, in.string());
                                            return true;
                                        },
                                        () -> arguments);
                            case "message" -> message[0] = in.string();
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    () -> {
                        if (rule[0] == null || message[0] == null) {
                            throw new InvalidPlanException(
                                    rule[0] == null ? "rule" : "message", "required but not set (Finding)");
                        }
                        // severity and sources follow from the rule: written for readers of the JSON,
                        // and when read, they must be the rule's
                        if (severity[0] != null && severity[0] != rule[0].getSeverity()) {
                            throw new InvalidPlanException(
                                    ErrorCode.INVALID,
                                    "severity",
                                    "/severity",
                                    "is not the severity of the rule, "
                                            + rule[0].getSeverity().getCode());
                        }
                        if (sources[0] != null && !sources[0].equals(rule[0].getSources())) {
                            throw new InvalidPlanException(
                                    ErrorCode.INVALID,
                                    "sources",
                                    "/sources",
                                    "are not the sources of the rule, " + rule[0].getSources());
                        }
                        return Finding.of(rule[0], Optional.ofNullable(subject[0]), arguments, message[0]);
                    });
        }
    };

    /** The closed sets, written as their wire codes. */
    private static final List<Class<? extends Coded>> ENUMS = List.of(
            Domain.class,
            PriorityStatus.class,
            PriorityCategory.class,
            ContactChannel.class,
            TeamRole.class,
            StepKind.class,
            StepStatus.class,
            ClosureReason.class,
            AgreementMode.class,
            Accompaniment.class,
            Severity.class,
            Rule.class,
            InformationCategory.class,
            Purpose.class,
            RecipientKind.class,
            ConsentMode.class,
            DisclosureBasis.class,
            DecisionReason.class,
            Attendance.class,
            Approach.class,
            Knowledge.class,
            Barrier.class,
            Capacity.class,
            org.pathways.directory.GapDimension.class,
            org.pathways.plan.AnswerKind.class,
            org.pathways.plan.DeclineReason.class);

    private static final Map<Class<?>, Codec<?>> REGISTRY = registry();

    private static Map<Class<?>, Codec<?>> registry() {
        Map<Class<?>, Codec<?>> all = new java.util.HashMap<>(Map.ofEntries(
                Map.entry(CarePlan.class, PLAN),
                Map.entry(Person.class, PERSON),
                Map.entry(SafeContact.class, SAFE_CONTACT),
                Map.entry(Priority.class, PRIORITY),
                Map.entry(Priorities.class, PRIORITIES),
                Map.entry(PlanStep.class, STEP),
                Map.entry(StatusChange.class, STATUS_CHANGE),
                Map.entry(TeamMember.class, MEMBER),
                Map.entry(CareTeam.class, TEAM),
                Map.entry(Revision.class, REVISION),
                Map.entry(SensitiveText.class, SENSITIVE),
                Map.entry(Edit.class, EDIT),
                Map.entry(Finding.class, FINDING),
                Map.entry(Recipient.class, ConsentCodecs.RECIPIENT),
                Map.entry(ConsentEntry.class, ConsentCodecs.ENTRY),
                Map.entry(ConsentGrant.class, ConsentCodecs.entry(ConsentGrant.class, "grant")),
                Map.entry(ConsentRefusal.class, ConsentCodecs.entry(ConsentRefusal.class, "refusal")),
                Map.entry(ConsentRevocation.class, ConsentCodecs.entry(ConsentRevocation.class, "revocation")),
                Map.entry(ConsentConfirmation.class, ConsentCodecs.entry(ConsentConfirmation.class, "confirmation")),
                Map.entry(ConsentLedger.class, ConsentCodecs.LEDGER),
                Map.entry(Disclosure.class, ConsentCodecs.DISCLOSURE),
                Map.entry(CaseConference.class, ConsentCodecs.CONFERENCE),
                Map.entry(PlanView.class, ConsentCodecs.VIEW),
                Map.entry(Location.class, DirectoryCodecs.LOCATION),
                Map.entry(Organisation.class, DirectoryCodecs.ORGANISATION),
                Map.entry(Service.class, DirectoryCodecs.SERVICE),
                Map.entry(ServiceDirectory.class, DirectoryCodecs.DIRECTORY),
                Map.entry(org.pathways.directory.GapReport.class, DirectoryCodecs.GAP_REPORT),
                Map.entry(org.pathways.plan.ReferralAnswer.class, ReferralCodecs.ANSWER_DOCUMENT),
                Map.entry(org.pathways.referral.Referrer.class, ReferralCodecs.REFERRER),
                Map.entry(org.pathways.referral.Packet.class, ReferralCodecs.PACKET)));
        for (Class<? extends Coded> type : ENUMS) {
            all.put(type, coded(type.asSubclass(Enum.class)));
        }
        return Map.copyOf(all);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<?> coded(Class<? extends Enum> type) {
        return new Codec<Coded>() {
            @Override
            public void write(JsonGenerator g, Coded value) throws IOException {
                g.writeString(value.getCode());
            }

            @Override
            public Coded read(In in) throws IOException {
                return (Coded) in.code((Class) type);
            }
        };
    }

    private Codecs() {}

    /** The types that have a codec. */
    static Collection<Class<?>> types() {
        return REGISTRY.keySet();
    }

    @SuppressWarnings("unchecked")
    static <T> Codec<T> of(Class<T> type) {
        Codec<T> codec = (Codec<T>) REGISTRY.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("no JSON codec for " + type.getName() + "; supported: "
                    + REGISTRY.keySet().stream()
                            .map(Class::getSimpleName)
                            .sorted()
                            .toList());
        }
        return codec;
    }

    static void text(JsonGenerator g, String name, Optional<SensitiveText> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().reveal());
        }
    }

    /**
     * Writes a text an agency or a directory wrote: a plain string when it has no alternative (as
     * every document written before alternatives existed), else its text and alternatives.
     */
    static void localized(JsonGenerator g, String name, LocalizedText value) throws IOException {
        if (value.getAlternatives().isEmpty()) {
            g.writeStringField(name, value.getText());
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("text", value.getText());
        g.writeArrayFieldStart("alternatives");
        for (Map.Entry<String, String> a : value.getAlternatives().entrySet()) {
            g.writeStartObject();
            g.writeStringField("language", a.getKey());
            g.writeStringField("text", a.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void localized(JsonGenerator g, String name, Optional<LocalizedText> value) throws IOException {
        if (value.isPresent()) {
            localized(g, name, value.get());
        }
    }

    static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    static void code(JsonGenerator g, String name, Optional<? extends Coded> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().getCode());
        }
    }

    static void codes(JsonGenerator g, String name, Collection<? extends Coded> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Coded c : values) {
            g.writeString(c.getCode());
        }
        g.writeEndArray();
    }

    static void strings(JsonGenerator g, String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void members(JsonGenerator g, String name, List<TeamMember> members) throws IOException {
        g.writeArrayFieldStart(name);
        for (TeamMember m : members) {
            MEMBER.write(g, m);
        }
        g.writeEndArray();
    }

    /** A priority alone, or in the person's list with its rank. */
    static final class PriorityCodec implements Codec<Priority> {
        @Override
        public void write(JsonGenerator g, Priority p) throws IOException {
            write(g, p, 0);
        }

        @Override
        public Priority read(In in) throws IOException {
            return read(in, null);
        }

        static void write(JsonGenerator g, Priority p, int rank) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", p.getId());
            if (rank > 0) {
                g.writeNumberField("rank", rank);
            }
            g.writeStringField("statement", p.getStatement().reveal());
            code(g, "category", p.getCategory());
            codes(g, "domains", p.getDomains());
            g.writeStringField("expressedAt", p.getExpressedAt().toString());
            g.writeStringField("status", p.getStatus().getCode());
            g.writeEndObject();
        }

        static Priority read(In in, java.util.function.IntConsumer rank) throws IOException {
            Priority.Builder b = Priority.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "rank" -> {
                                if (rank == null) {
                                    return false;
                                }
                                rank.accept(in.integer());
                            }
                            case "statement" -> b.statement(in.sensitive());
                            case "category" -> b.category(in.code(PriorityCategory.class));
                            case "domains" -> b.domains(in.set(i -> i.code(Domain.class)));
                            case "expressedAt" -> b.expressedAt(in.instant());
                            case "status" -> b.status(in.code(PriorityStatus.class));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    }
}
