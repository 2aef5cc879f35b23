package org.pathways.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.Coded;
import org.pathways.ErrorCode;
import org.pathways.InvalidPlanException;
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

/**
 * The declaration of every type of the plan document, and the registry that {@link PlanJson} and
 * {@link PathwaysModule} share. Each object type is declared once ({@link ObjectCodec}): its fields in
 * the order they are written, each with how it is written and how it is read.
 */
final class Codecs {
    /** The wire-format version this library writes and reads. */
    static final int SCHEMA_VERSION = 2;

    static final ObjectCodec<SafeContact, SafeContact.Builder> SAFE_CONTACT = ObjectCodec.of(
                    SafeContact::builder, SafeContact.Builder::build)
            .field(
                    "channels",
                    Write.codes(SafeContact::getChannels),
                    (in, b) -> b.channels(in.list(i -> i.code(ContactChannel.class))))
            .field(
                    "neverUse",
                    Write.codes(SafeContact::getNeverUse),
                    (in, b) -> b.neverUse(in.set(i -> i.code(ContactChannel.class))))
            .field("safeTimes", Write.optText(SafeContact::getSafeTimes), (in, b) -> b.safeTimes(in.sensitive()))
            .field("doNotContact", Write.bool(SafeContact::isDoNotContact), (in, b) -> b.doNotContact(in.bool()))
            .field("messageAllowed", Write.bool(SafeContact::isMessageAllowed), (in, b) -> b.messageAllowed(in.bool()))
            .field("codeWord", Write.optText(SafeContact::getCodeWord), (in, b) -> b.codeWord(in.sensitive()))
            .field("details", Write.optText(SafeContact::getDetails), (in, b) -> b.details(in.sensitive()))
            .done();

    /** A person; written with {@link ObjectCodec#NO_CONTACT}, without the safe contact. */
    static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.of(Person::builder, Person.Builder::build)
            .field("id", Write.string(Person::getId), (in, b) -> b.id(in.id()))
            .field("chosenName", Write.optText(Person::getChosenName), (in, b) -> b.chosenName(in.sensitive()))
            .field("pronouns", Write.optString(Person::getPronouns), (in, b) -> b.pronouns(in.string()))
            .field("languages", Write.strings(Person::getLanguages), (in, b) -> b.languages(in.list(In::string)))
            .field(
                    "culturalSupports",
                    Write.texts(Person::getCulturalSupports),
                    (in, b) -> b.culturalSupports(in.list(In::sensitive)))
            .field(
                    "selfDescription",
                    Write.optText(Person::getSelfDescription),
                    (in, b) -> b.selfDescription(in.sensitive()))
            .field(
                    "safeContact",
                    (g, k, p, how) -> {
                        if ((how & ObjectCodec.NO_CONTACT) == 0) {
                            g.writeFieldName(k);
                            SAFE_CONTACT.write(g, p.getSafeContact(), how);
                        }
                    },
                    (in, b) -> b.safeContact(in.read(SAFE_CONTACT)))
            .done();

    /** A priority and its rank in the person's list, 0 for a priority alone. */
    record Ranked(Priority priority, int rank) {}

    /** A priority while it is read; {@code rank} is read only in the person's list. */
    static final class RankedRead {
        final Priority.Builder b = Priority.builder();
        final boolean inList;
        int rank;

        RankedRead(boolean inList) {
            this.inList = inList;
        }

        Ranked build() {
            return new Ranked(b.build(), rank);
        }
    }

    static final ObjectCodec<Ranked, RankedRead> RANKED = ObjectCodec.<Ranked, RankedRead>of(
                    () -> new RankedRead(false), RankedRead::build)
            .field("id", Write.string(r -> r.priority().getId()), (in, r) -> r.b.id(in.id()))
            .fieldIf("rank", Write.when(r -> r.rank() > 0, Write.integer(Ranked::rank)), (in, r) -> {
                if (!r.inList) {
                    return false;
                }
                r.rank = in.integer();
                return true;
            })
            .field("statement", Write.text(r -> r.priority().getStatement()), (in, r) -> r.b.statement(in.sensitive()))
            .field(
                    "category",
                    Write.optCode(r -> r.priority().getCategory()),
                    (in, r) -> r.b.category(in.code(PriorityCategory.class)))
            .field(
                    "domains",
                    Write.codes(r -> r.priority().getDomains()),
                    (in, r) -> r.b.domains(in.set(i -> i.code(Domain.class))))
            .field(
                    "expressedAt",
                    Write.instant(r -> r.priority().getExpressedAt()),
                    (in, r) -> r.b.expressedAt(in.instant()))
            .field(
                    "status",
                    Write.code(r -> r.priority().getStatus()),
                    (in, r) -> r.b.status(in.code(PriorityStatus.class)))
            .done();

    /** A priority alone, without a rank. */
    static final Codec<Priority> PRIORITY = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Priority p) throws IOException {
            RANKED.write(g, new Ranked(p, 0), 0);
        }

        @Override
        public Priority read(In in) throws IOException {
            return in.read(RANKED).priority();
        }
    };

    /** The person's priorities, in her order: an array of priorities, each with its rank. */
    static final Codec<Priorities> PRIORITIES = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Priorities ranked) throws IOException {
            g.writeStartArray();
            int rank = 1;
            for (Priority p : ranked.getRanked()) {
                RANKED.write(g, new Ranked(p, rank++), 0);
            }
            g.writeEndArray();
        }

        @Override
        public Priorities read(In in) throws IOException {
            String pointer = in.pointer();
            List<Ranked> read = in.list(i -> {
                Ranked r = i.read(RANKED, new RankedRead(true));
                if (r.rank() == 0) {
                    throw i.error("a priority in the person's list needs its rank");
                }
                return r;
            });
            Priority[] byRank = new Priority[read.size()];
            for (int i = 0; i < read.size(); i++) {
                int r = read.get(i).rank();
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
                byRank[r - 1] = read.get(i).priority();
            }
            return In.at(pointer, () -> Priorities.of(List.of(byRank)));
        }
    };

    static final ObjectCodec<StatusChange, StatusChange.Builder> STATUS_CHANGE = ObjectCodec.of(
                    StatusChange::builder, StatusChange.Builder::build)
            .field("status", Write.code(StatusChange::getStatus), (in, b) -> b.status(in.code(StepStatus.class)))
            .field("at", Write.instant(StatusChange::getAt), (in, b) -> b.at(in.instant()))
            .field("recordedBy", Write.string(StatusChange::getRecordedBy), (in, b) -> b.recordedBy(in.id()))
            .older("by", 1, "recordedBy") // version 1's name; "by" beside "recordedBy" was never valid
            .field(
                    "agreement",
                    Write.optCode(StatusChange::getAgreement),
                    (in, b) -> b.agreement(in.code(AgreementMode.class)))
            .field("reason", Write.optCode(StatusChange::getReason), (in, b) -> b.reason(in.code(ClosureReason.class)))
            .field(
                    "answer",
                    Write.optObject(StatusChange::getAnswer, ReferralCodecs.ANSWER),
                    (in, b) -> b.answer(in.read(ReferralCodecs.ANSWER)))
            .done();

    static final ObjectCodec<PlanStep, PlanStep.Builder> STEP = ObjectCodec.of(
                    PlanStep::builder, PlanStep.Builder::build)
            .field("id", Write.string(PlanStep::getId), (in, b) -> b.id(in.id()))
            .field("kind", Write.code(PlanStep::getKind), (in, b) -> b.kind(in.code(StepKind.class)))
            .field("serves", Write.strings(PlanStep::getServes), (in, b) -> b.serves(in.set(In::id)))
            .field(
                    "description",
                    Write.optLocalized(PlanStep::getDescription),
                    (in, b) -> b.description(in.localized()))
            .field("responsible", Write.optString(PlanStep::getResponsible), (in, b) -> b.responsible(in.id()))
            .field("provider", Write.optString(PlanStep::getProvider), (in, b) -> b.provider(in.id()))
            .field(
                    "accompaniment",
                    Write.code(PlanStep::getAccompaniment),
                    (in, b) -> b.accompaniment(in.code(Accompaniment.class)))
            .field("accompaniedBy", Write.optString(PlanStep::getAccompaniedBy), (in, b) -> b.accompaniedBy(in.id()))
            .field(
                    "firstAppointment",
                    Write.bool(PlanStep::isFirstAppointment),
                    (in, b) -> b.firstAppointment(in.bool()))
            .field("due", Write.optDate(PlanStep::getDue), (in, b) -> b.due(in.date()))
            .field(
                    "shares",
                    Write.codes(PlanStep::getShares),
                    (in, b) -> b.shares(in.set(i -> i.code(InformationCategory.class))))
            .field(
                    "history",
                    Write.list(PlanStep::getHistory, STATUS_CHANGE),
                    (in, b) -> b.history(in.list(i -> i.read(STATUS_CHANGE))))
            .done();

    static final ObjectCodec<TeamMember, TeamMember.Builder> MEMBER = ObjectCodec.of(
                    TeamMember::builder, TeamMember.Builder::build)
            .field("id", Write.string(TeamMember::getId), (in, b) -> b.id(in.id()))
            .field("name", Write.optText(TeamMember::getName), (in, b) -> b.name(in.sensitive()))
            .field("role", Write.code(TeamMember::getRole), (in, b) -> b.role(in.code(TeamRole.class)))
            .field("organisation", Write.optString(TeamMember::getOrganisation), (in, b) -> b.organisation(in.id()))
            .field("lead", Write.bool(TeamMember::isLead), (in, b) -> b.lead(in.bool()))
            .field("paid", Write.bool(TeamMember::isPaid), (in, b) -> b.paid(in.bool()))
            .done();

    /** A team while it is read. */
    static final class TeamRead {
        List<TeamMember> members = List.of();
        List<TeamMember> former = List.of();
    }

    static final ObjectCodec<CareTeam, TeamRead> TEAM = ObjectCodec.<CareTeam, TeamRead>of(
                    TeamRead::new, t -> CareTeam.of(t.members, t.former))
            .field(
                    "members",
                    Write.list(CareTeam::getMembers, MEMBER),
                    (in, t) -> t.members = in.list(i -> i.read(MEMBER)))
            .field(
                    "former",
                    Write.list(CareTeam::getFormer, MEMBER),
                    (in, t) -> t.former = in.list(i -> i.read(MEMBER)))
            .done();

    static final ObjectCodec<Revision, Revision.Builder> REVISION = ObjectCodec.of(
                    Revision::builder, Revision.Builder::build)
            .field("number", Write.integer(Revision::getNumber), (in, b) -> b.number(in.integer()))
            .field("author", Write.string(Revision::getAuthor), (in, b) -> b.author(in.id()))
            .field("at", Write.instant(Revision::getAt), (in, b) -> b.at(in.instant()))
            .field("personPresent", Write.bool(Revision::isPersonPresent), (in, b) -> b.personPresent(in.bool()))
            .field("description", Write.optString(Revision::getDescription), (in, b) -> b.description(in.string()))
            .field("parent", Write.optString(Revision::getParent), (in, b) -> b.parent(in.string()))
            .done();

    static final ObjectCodec<CarePlan, CarePlan.Builder> PLAN = ObjectCodec.of(
                    CarePlan::builder, CarePlan.Builder::build)
            .field("id", Write.string(CarePlan::getId), (in, b) -> b.id(in.id()))
            .field("agency", Write.optString(CarePlan::getAgency), (in, b) -> b.agency(in.id()))
            .field("steward", Write.optString(CarePlan::getSteward), (in, b) -> b.steward(in.id()))
            .field("revision", Write.object(CarePlan::getRevision, REVISION), (in, b) -> b.revision(in.read(REVISION)))
            .field("person", Write.object(CarePlan::getPerson, PERSON), (in, b) -> b.person(in.read(PERSON)))
            .field(
                    "priorities",
                    Write.value(CarePlan::getPriorities, PRIORITIES),
                    (in, b) -> b.priorities(PRIORITIES.read(in)))
            .field(
                    "deferredDomains",
                    Write.codes(CarePlan::getDeferredDomains),
                    (in, b) -> b.deferredDomains(in.set(i -> i.code(Domain.class))))
            .field("team", Write.object(CarePlan::getTeam, TEAM), (in, b) -> b.team(in.read(TEAM)))
            .field("steps", Write.list(CarePlan::getSteps, STEP), (in, b) -> b.steps(in.list(i -> i.read(STEP))))
            .field(
                    "consent",
                    Write.value(CarePlan::getConsent, ConsentCodecs.LEDGER),
                    (in, b) -> b.consent(ConsentCodecs.LEDGER.read(in)))
            .field(
                    "conferences",
                    Write.list(CarePlan::getConferences, ConsentCodecs.CONFERENCE),
                    (in, b) -> b.conferences(in.list(i -> i.read(ConsentCodecs.CONFERENCE))))
            .field(
                    "disclosures",
                    Write.list(CarePlan::getDisclosures, ConsentCodecs.DISCLOSURE),
                    (in, b) -> b.disclosures(in.list(i -> i.read(ConsentCodecs.DISCLOSURE))))
            .done()
            .document("a plan document");

    /** What a partner is shown; the person without her safe contact unless contact is shared. */
    static final ObjectCodec<PlanView, PlanView.Builder> VIEW = ObjectCodec.of(
                    PlanView::builder, PlanView.Builder::build)
            .field(
                    "disclosure",
                    Write.object(PlanView::getDisclosure, ConsentCodecs.DISCLOSURE),
                    (in, b) -> b.disclosure(in.read(ConsentCodecs.DISCLOSURE)))
            .field("planId", Write.optString(PlanView::getPlanId), (in, b) -> b.planId(in.id()))
            .field(
                    "person",
                    (g, k, v, how) -> {
                        if (v.getPerson().isPresent()) {
                            g.writeFieldName(k);
                            boolean contact = v.getDisclosure().getCategories().contains(InformationCategory.CONTACT);
                            PERSON.write(g, v.getPerson().get(), contact ? how : how | ObjectCodec.NO_CONTACT);
                        }
                    },
                    (in, b) -> b.person(in.read(PERSON)))
            .field(
                    "priorities",
                    (g, k, v, how) -> {
                        if (v.getPriorities().isPresent()) {
                            g.writeFieldName(k);
                            PRIORITIES.write(g, v.getPriorities().get());
                        }
                    },
                    (in, b) -> b.priorities(PRIORITIES.read(in)))
            .field("team", Write.optObject(PlanView::getTeam, TEAM), (in, b) -> b.team(in.read(TEAM)))
            .field(
                    "steps",
                    (g, k, v, how) -> {
                        if (v.getSteps().isPresent()) {
                            g.writeFieldName(k);
                            g.writeStartArray();
                            for (PlanStep s : v.getSteps().get()) {
                                STEP.write(g, s, how);
                            }
                            g.writeEndArray();
                        }
                    },
                    (in, b) -> b.steps(in.list(i -> i.read(STEP))))
            .field("conditions", Write.texts(PlanView::getConditions), (in, b) -> b.conditions(in.list(In::sensitive)))
            .field(
                    "withheldAtRequest",
                    Write.when(PlanView::isWithheldAtRequest, Write.bool(PlanView::isWithheldAtRequest)),
                    (in, b) -> b.withheldAtRequest(in.bool()))
            .done()
            .document("a disclosure view");

    static final ObjectCodec<org.pathways.referral.Packet, org.pathways.referral.Packet.Builder> PACKET =
            ObjectCodec.of(org.pathways.referral.Packet::builder, org.pathways.referral.Packet.Builder::build)
                    .field(
                            "referrer",
                            Write.object(org.pathways.referral.Packet::getReferrer, ReferralCodecs.REFERRER),
                            (in, b) -> b.referrer(in.read(ReferralCodecs.REFERRER)))
                    .field("step", Write.string(org.pathways.referral.Packet::getStep), (in, b) -> b.step(in.id()))
                    .field(
                            "view",
                            Write.object(org.pathways.referral.Packet::getView, VIEW),
                            (in, b) -> b.view(in.read(VIEW)))
                    .done()
                    .document("a referral packet");

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

    /** An edit while it is read. */
    static final class EditRead {
        String author;
        Instant at;
        boolean present;

        Edit build() {
            if (author == null || at == null) {
                throw new InvalidPlanException(author == null ? "author" : "at", "required but not set (Edit)");
            }
            return Edit.of(author, at, present);
        }
    }

    static final ObjectCodec<Edit, EditRead> EDIT = ObjectCodec.of(EditRead::new, EditRead::build)
            .field("author", Write.string(Edit::getAuthor), (in, e) -> e.author = in.id())
            .field("at", Write.instant(Edit::getAt), (in, e) -> e.at = in.instant())
            .field("personPresent", Write.bool(Edit::isPersonPresent), (in, e) -> e.present = in.bool())
            .done();

    /** A finding while it is read. */
    static final class FindingRead {
        Rule rule;
        Severity severity;
        List<String> sources;
        String subject;
        final Map<String, String> arguments = new java.util.LinkedHashMap<>();
        String message;

        Finding build() {
            if (rule == null || message == null) {
                throw new InvalidPlanException(rule == null ? "rule" : "message", "required but not set (Finding)");
            }
            // severity and sources follow from the rule: written for readers of the JSON, and when
            // read, they must be the rule's
            if (severity != null && severity != rule.getSeverity()) {
                throw new InvalidPlanException(
                        ErrorCode.INVALID,
                        "severity",
                        "/severity",
                        "is not the severity of the rule, " + rule.getSeverity().getCode());
            }
            if (sources != null && !sources.equals(rule.getSources())) {
                throw new InvalidPlanException(
                        ErrorCode.INVALID,
                        "sources",
                        "/sources",
                        "are not the sources of the rule, " + rule.getSources());
            }
            return Finding.of(rule, Optional.ofNullable(subject), arguments, message);
        }
    }

    static final ObjectCodec<Finding, FindingRead> FINDING = ObjectCodec.of(FindingRead::new, FindingRead::build)
            .field("rule", Write.code(Finding::getRule), (in, f) -> f.rule = in.code(Rule.class))
            .field("severity", Write.code(Finding::getSeverity), (in, f) -> f.severity = in.code(Severity.class))
            .field("sources", Write.strings(Finding::getSources), (in, f) -> f.sources = in.list(In::string))
            .field("subject", Write.optString(Finding::getSubject), (in, f) -> f.subject = in.id())
            .field(
                    "arguments",
                    (g, k, f, how) -> {
                        // the arguments' names are the rule's, not fields of the format
                        g.writeFieldName(k);
                        g.writeStartObject();
                        for (Map.Entry<String, String> a : f.getArguments().entrySet()) {
                            g.writeStringField(a.getKey(), a.getValue());
                        }
                        g.writeEndObject();
                    },
                    (in, f) -> in.object(
                            argument -> {
                                if (f.arguments.size() == in.limits.getMaxCollection()) {
                                    throw in.error(
                                            ErrorCode.LIMIT_EXCEEDED,
                                            "limit exceeded: more than " + f.arguments.size()
                                                    + " arguments (ReadLimits)");
                                }
                                f.arguments.put(argument, in.string());
                                return true;
                            },
                            () -> f.arguments))
            .field("message", Write.string(Finding::getMessage), (in, f) -> f.message = in.string())
            .done();

    /** Every declared type: the names they declare are the wire format's ({@link In#FIELDS}). */
    static final List<ObjectCodec<?, ?>> DECLARED = List.of(
            Texts.LOCALIZED,
            Texts.ALTERNATIVE,
            SAFE_CONTACT,
            PERSON,
            RANKED,
            STATUS_CHANGE,
            STEP,
            MEMBER,
            TEAM,
            REVISION,
            PLAN,
            VIEW,
            PACKET,
            EDIT,
            FINDING,
            ConsentCodecs.RECIPIENT,
            ConsentCodecs.ENTRY,
            ConsentCodecs.DISCLOSURE,
            ConsentCodecs.CONFERENCE,
            DirectoryCodecs.LOCATION,
            DirectoryCodecs.ORGANISATION,
            DirectoryCodecs.SERVICE,
            DirectoryCodecs.DIRECTORY,
            ReferralCodecs.ANSWER_DOCUMENT,
            ReferralCodecs.REFERRER);

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
                Map.entry(PlanView.class, VIEW),
                Map.entry(Location.class, DirectoryCodecs.LOCATION),
                Map.entry(Organisation.class, DirectoryCodecs.ORGANISATION),
                Map.entry(Service.class, DirectoryCodecs.SERVICE),
                Map.entry(ServiceDirectory.class, DirectoryCodecs.DIRECTORY),
                Map.entry(org.pathways.directory.GapReport.class, DirectoryCodecs.GAP_REPORT),
                Map.entry(org.pathways.plan.ReferralAnswer.class, ReferralCodecs.ANSWER_DOCUMENT),
                Map.entry(org.pathways.referral.Referrer.class, ReferralCodecs.REFERRER),
                Map.entry(org.pathways.referral.Packet.class, PACKET)));
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
}
