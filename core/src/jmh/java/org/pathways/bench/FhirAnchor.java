package org.pathways.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.Date;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.pathways.Coded;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StatusChange;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.team.TeamMember;

/**
 * The anchor: the same plan as an HL7 FHIR R4 bundle (the revision in the bundle's meta and the CarePlan's extensions), read and written with HAPI FHIR, as an agency
 * mapping care plans onto FHIR would. Patient for the person (chosen name, languages, pronouns,
 * self-description and safe contact as extensions), one Goal per priority (rank, category, domains),
 * a CareTeam, a CarePlan whose activities are the steps (status history as extensions), and one
 * Consent per ledger entry (provision permit or deny, period, actor, purposes, categories as codes).
 * Codes use a fictional code system per list; the mapping carries every field the fixture's plans
 * hold, so that the three codecs read and write the same information.
 */
public final class FhirAnchor {
    private static final String CS = "https://pathways.example.org/fhir/CodeSystem/";
    private static final String EXT = "https://pathways.example.org/fhir/StructureDefinition/";

    /** One context per JVM, as HAPI recommends: creating it costs far more than any operation. */
    public static final FhirContext CONTEXT = FhirContext.forR4();

    private FhirAnchor() {}

    /**
     * Returns a new JSON parser; parsers are cheap and not thread-safe.
     *
     * @return the parser
     */
    public static IParser parser() {
        return CONTEXT.newJsonParser();
    }

    /**
     * Maps a plan to a bundle.
     *
     * @param plan the plan
     * @return the bundle of type collection
     */
    public static Bundle bundle(CarePlan plan) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setId(plan.getId());
        b.getMeta().setVersionId(Integer.toString(plan.getRevision().getNumber()));
        b.getMeta().setLastUpdated(Date.from(plan.getRevision().getAt()));

        Patient patient = new Patient();
        patient.setId(plan.getPerson().getId());
        plan.getPerson()
                .getChosenName()
                .ifPresent(n -> patient.addName(
                        new HumanName().setUse(HumanName.NameUse.USUAL).setText(n.reveal())));
        plan.getPerson().getPronouns().ifPresent(p -> patient.addExtension(ext("pronouns", new StringType(p))));
        for (String l : plan.getPerson().getLanguages()) {
            patient.addCommunication().setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", l, null)));
        }
        plan.getPerson()
                .getSelfDescription()
                .ifPresent(s -> patient.addExtension(ext("self-description", new StringType(s.reveal()))));
        Extension safe = ext("safe-contact", null);
        plan.getPerson()
                .getSafeContact()
                .getChannels()
                .forEach(c -> safe.addExtension(ext("channel", new StringType(c.getCode()))));
        plan.getPerson()
                .getSafeContact()
                .getNeverUse()
                .forEach(c -> safe.addExtension(ext("never-use", new StringType(c.getCode()))));
        safe.addExtension(ext(
                "do-not-contact",
                new BooleanType(plan.getPerson().getSafeContact().isDoNotContact())));
        safe.addExtension(ext(
                "message-allowed",
                new BooleanType(plan.getPerson().getSafeContact().isMessageAllowed())));
        plan.getPerson()
                .getSafeContact()
                .getCodeWord()
                .ifPresent(w -> safe.addExtension(ext("code-word", new StringType(w.reveal()))));
        patient.addExtension(safe);
        entry(b, patient);
        Reference subject = new Reference("Patient/" + patient.getIdPart());

        int rank = 1;
        for (Priority p : plan.getPriorities().getRanked()) {
            Goal g = new Goal();
            g.setId(p.getId());
            g.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
            g.setSubject(subject);
            g.setDescription(new CodeableConcept().setText(p.getStatement().reveal()));
            g.addExtension(ext("rank", new IntegerType(rank++)));
            g.addExtension(ext("status", new StringType(p.getStatus().getCode())));
            p.getCategory().ifPresent(c -> g.addCategory(concept("priority-category", c)));
            for (Domain d : p.getDomains()) {
                g.addCategory(concept("medicine-wheel-domain", d));
            }
            g.setStatusDateElement(new org.hl7.fhir.r4.model.DateType(Date.from(p.getExpressedAt())));
            g.addExtension(ext("expressed-at", new DateTimeType(Date.from(p.getExpressedAt()))));
            entry(b, g);
        }

        CareTeam team = new CareTeam();
        team.setId("team-" + plan.getId());
        team.setSubject(subject);
        for (TeamMember m : plan.getTeam().getMembers()) {
            CareTeam.CareTeamParticipantComponent c = team.addParticipant();
            c.setMember(new Reference().setDisplay(m.getId()));
            c.addRole(concept("team-role", m.getRole()));
            c.addExtension(ext("lead", new BooleanType(m.isLead())));
            c.addExtension(ext("paid", new BooleanType(m.isPaid())));
        }
        entry(b, team);

        org.hl7.fhir.r4.model.CarePlan cp = new org.hl7.fhir.r4.model.CarePlan();
        cp.setId(plan.getId());
        cp.setStatus(CarePlanStatus.ACTIVE);
        cp.setIntent(CarePlanIntent.PLAN);
        cp.addExtension(ext("revision-author", new StringType(plan.getRevision().getAuthor())));
        cp.addExtension(ext("person-present", new BooleanType(plan.getRevision().isPersonPresent())));
        plan.getRevision()
                .getDescription()
                .ifPresent(d -> cp.addExtension(ext("revision-description", new StringType(d))));
        cp.setSubject(subject);
        plan.getAgency().ifPresent(a -> cp.setAuthor(new Reference().setDisplay(a)));
        cp.addCareTeam(new Reference("CareTeam/" + team.getIdPart()));
        for (PlanStep s : plan.getSteps()) {
            CarePlanActivityComponent a = cp.addActivity();
            a.setId(s.getId());
            CarePlanActivityDetailComponent d = a.getDetail();
            d.setCode(concept("step-kind", s.getKind()));
            d.setStatus(activityStatus(s));
            for (String p : s.getServes()) {
                d.addGoal(new Reference("Goal/" + p));
            }
            s.getDescription().ifPresent(t -> d.setDescription(t.getText()));
            s.getProvider().ifPresent(p -> d.addPerformer(new Reference().setDisplay(p)));
            s.getResponsible().ifPresent(r -> d.addExtension(ext("responsible", new StringType(r))));
            d.addExtension(
                    ext("accompaniment", new StringType(s.getAccompaniment().getCode())));
            s.getAccompaniedBy().ifPresent(r -> d.addExtension(ext("accompanied-by", new StringType(r))));
            d.addExtension(ext("first-appointment", new BooleanType(s.isFirstAppointment())));
            s.getDue().ifPresent(due -> d.setScheduled(new StringType(due.toString())));
            for (InformationCategory c : s.getShares()) {
                d.addExtension(ext("shares", new StringType(c.getCode())));
            }
            for (StatusChange c : s.getHistory()) {
                Extension h = ext("status-change", null);
                h.addExtension(ext("status", new StringType(c.getStatus().getCode())));
                h.addExtension(ext("at", new DateTimeType(Date.from(c.getAt()))));
                h.addExtension(ext("recorded-by", new StringType(c.getRecordedBy())));
                c.getAgreement().ifPresent(m -> h.addExtension(ext("agreement", new StringType(m.getCode()))));
                c.getReason().ifPresent(r -> h.addExtension(ext("reason", new StringType(r.getCode()))));
                d.addExtension(h);
            }
        }
        entry(b, cp);

        for (ConsentEntry e : plan.getConsent().getEntries()) {
            entry(b, consent(e, subject));
        }
        return b;
    }

    private static Consent consent(ConsentEntry e, Reference subject) {
        Consent c = new Consent();
        c.setId(e.getId());
        c.setPatient(subject);
        c.setScope(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", null)));
        c.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", null)));
        c.setDateTimeElement(new DateTimeType(Date.from(e.getRecordedAt())));
        c.addPerformer(new Reference().setDisplay(e.getRecordedBy()));
        c.addExtension(ext("given", new StringType(e.getGiven().getCode())));
        Consent.ProvisionComponent p = c.getProvision();
        if (e instanceof ConsentGrant g) {
            c.setStatus(Consent.ConsentState.ACTIVE);
            p.setType(Consent.ConsentProvisionType.PERMIT);
            Period period = new Period().setStart(Date.from(g.getStart()));
            g.getEnd().ifPresent(end -> period.setEnd(Date.from(end)));
            p.setPeriod(period);
            actor(p, g.getRecipient());
            for (InformationCategory k : g.getCategories()) {
                p.addCode(concept("information-category", k));
            }
            for (Purpose u : g.getPurposes()) {
                p.addPurpose(new Coding(CS + "purpose", u.getCode(), null));
            }
            g.getConditions().ifPresent(t -> c.addExtension(ext("conditions", new StringType(t.reveal()))));
        } else if (e instanceof ConsentRefusal r) {
            c.setStatus(Consent.ConsentState.ACTIVE);
            p.setType(Consent.ConsentProvisionType.DENY);
            actor(p, r.getRecipient());
            for (InformationCategory k : r.getCategories()) {
                p.addCode(concept("information-category", k));
            }
        } else if (e instanceof ConsentRevocation v) {
            c.setStatus(Consent.ConsentState.INACTIVE);
            v.getRevokes().ifPresent(t -> c.addExtension(ext("revokes", new StringType(t))));
            v.getRecipient().ifPresent(r -> actor(p, r));
        }
        return c;
    }

    private static void actor(Consent.ProvisionComponent p, Recipient r) {
        p.addActor()
                .setRole(new CodeableConcept(
                        new Coding(CS + "recipient-kind", r.getKind().getCode(), null)))
                .setReference(new Reference().setDisplay(r.getId()));
    }

    private static CarePlanActivityStatus activityStatus(PlanStep s) {
        return switch (s.getStatus()) {
            case PROPOSED, AGREED -> CarePlanActivityStatus.NOTSTARTED;
            case IN_PROGRESS -> CarePlanActivityStatus.INPROGRESS;
            case ON_HOLD -> CarePlanActivityStatus.ONHOLD;
            case COMPLETED -> CarePlanActivityStatus.COMPLETED;
            case DECLINED, CANCELLED -> CarePlanActivityStatus.CANCELLED;
        };
    }

    private static CodeableConcept concept(String system, Coded c) {
        return new CodeableConcept(new Coding(CS + system, c.getCode(), null));
    }

    private static Extension ext(String name, org.hl7.fhir.r4.model.Type value) {
        Extension e = new Extension(EXT + name);
        if (value != null) {
            e.setValue(value);
        }
        return e;
    }

    private static void entry(Bundle b, org.hl7.fhir.r4.model.Resource r) {
        b.addEntry()
                .setFullUrl(r.fhirType() + "/" + r.getIdElement().getIdPart())
                .setResource(r);
    }
}
