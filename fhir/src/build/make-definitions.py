#!/usr/bin/env python3
"""Writes the module's FHIR R4 conformance resources (extensions, code systems, value sets) into
src/main/resources/pathways-fhir/definitions/. Run from the repository root after changing a code or
an extension: python3 fhir/src/build/make-definitions.py. FhirDefinitionsTest checks that every code
system holds exactly the codes of its enum, and the validator tests use the result."""
import json, os, re

BASE = "https://pathways.example.org/fhir"
VERSION = "0.2.0"
SRC = "core/src/main/java/org/pathways/"
OUT = "fhir/src/main/resources/pathways-fhir/definitions/"

CODE_SYSTEMS = [
    ("domain", "priority/Domain", "The four domains of the medicine wheel in which harm is felt and healing happens."),
    ("priority-category", "priority/PriorityCategory", "An optional category of a priority; the person's own words remain the priority."),
    ("team-role", "team/TeamRole", "The role of a member of the person's care team."),
    ("step-kind", "plan/StepKind", "The kind of a wraparound step of a plan."),
    ("step-status", "plan/StepStatus", "Where a step of the plan stands in its lifecycle."),
    ("closure-reason", "plan/ClosureReason", "Why a step ended declined or cancelled."),
    ("accompaniment", "plan/Accompaniment", "Whether accompaniment to a step was offered and taken up."),
    ("agreement-mode", "plan/AgreementMode", "How the person agreed to a step."),
    ("consent-mode", "consent/ConsentMode", "How the person gave, refused or revoked consent."),
    ("information-category", "consent/InformationCategory", "A category of information about the person that consent covers."),
    ("purpose", "consent/Purpose", "What information is shared for."),
    ("contact-channel", "person/ContactChannel", "A way of reaching the person."),
    ("disclosure-basis", "consent/DisclosureBasis", "On what basis information was disclosed."),
    ("attendance", "plan/Attendance", "Whether the person attended a case conference about them."),
    ("approach", "directory/Approach", "An approach a service takes."),
    ("knowledge", "directory/Knowledge", "A kind of knowledge a service's people hold."),
    ("barrier", "directory/Barrier", "A condition a service puts on access."),
    ("capacity", "directory/Capacity", "Whether a service can take someone now."),
    ("answer-kind", "plan/AnswerKind", "What an organisation that received a referral answered about it."),
    ("decline-reason", "plan/DeclineReason", "Why an organisation declined a referral: data about the network, never a mark against the person."),
]
DOCUMENT_KINDS = [("plan", "A plan, as the agency holds it"), ("view", "A disclosure view: what one recipient receives"),
                  ("directory", "A service directory, without confidential locations")]

# name, title, context (FHIRPath of the element), min, max, value type(s) or sub-extensions, value set
# (definition: the Extension element's own definition when it is not the description; closed: no
# sub-extension but the declared ones, and every required one present)
S = lambda name, title, ctx, mx, typ, vs=None, doc="", definition=None, closed=False: dict(
    name=name, title=title, ctx=ctx, max=mx, type=typ, vs=vs, doc=doc, definition=definition, closed=closed)
EXTENSIONS = [
    S("pronouns", "Pronouns", ["Patient"], "1", "string", doc="The person's pronouns, such as she/her."),
    S("cultural-support", "Cultural support", ["Patient"], "*", "string", doc="A cultural support the person asked for, in their words."),
    S("self-description", "Self-description", ["Patient"], "1", "string", doc="How the person describes their experience, if and as they chose to."),
    S("safe-contact", "Safe contact", ["Patient"], "1", [
        ("channel", 0, "*", "Coding", "contact-channel", "A channel that is safe to use, the person's preferred first."),
        ("neverUse", 0, "*", "Coding", "contact-channel", "A channel that must never be used."),
        ("safeTimes", 0, "1", "string", None, "When contact is safe, in the person's words."),
        ("doNotContact", 1, "1", "boolean", None, "True when no one may initiate contact."),
        ("messageAllowed", 1, "1", "boolean", None, "True only when the person said a message may be left."),
        ("codeWord", 0, "1", "string", None, "A code word; present only where the person consented to share safe contact."),
        ("details", 0, "1", "string", None, "The contact details themselves, in the person's words."),
    ], doc="How and when the person may be reached safely; whoever contacts the person follows these rules."),
    S("ordinal-rank", "Ordinal rank", ["Goal"], "1", "positiveInt",
      doc="The person's own rank of this priority among all of theirs, from 1 (most important to the person); FHIR's Goal.priority has only high, medium and low."),
    S("expressed-at", "Expressed at", ["Goal"], "1", "dateTime", doc="When the person expressed this priority, as an instant."),
    S("lead", "Lead case worker", ["CareTeam.participant"], "1", "boolean", doc="True for the lead case worker; at most one."),
    S("paid", "Paid member", ["CareTeam.participant"], "1", "boolean", doc="True when the member is paid for their work on the team, as peer support workers should be."),
    S("former-member", "Former member", ["CareTeam.participant"], "1", "boolean", doc="True for a member who has left the team; kept so that the plan's history still names who did what."),
    S("member-organisation", "Member's organisation", ["CareTeam.participant"], "1", "Reference",
      doc="The organisation of a member who is not a Practitioner (CareTeam.participant.onBehalfOf is only for Practitioners)."),
    S("revision", "Plan revision", ["CarePlan"], "1", [
        ("number", 1, "1", "positiveInt", None, "The revision number, from 1."),
        ("author", 1, "1", "string", None, "The identifier of the team member who made it."),
        ("at", 1, "1", "instant", None, "When it was made."),
        ("personPresent", 1, "1", "boolean", None, "Whether the person was present."),
        ("description", 0, "1", "string", None, "What changed, in identifiers and codes only."),
        ("parent", 0, "1", "string", None, "The fingerprint of the revision this one was made from (32 hex digits)."),
    ], doc="The revision of the plan this Bundle holds."),
    S("deferred-domain", "Deferred domain", ["CarePlan"], "*", "Coding", "domain", doc="A domain the person chose not to work on for now."),
    S("data-steward", "Data steward", ["CarePlan", "Organization", "HealthcareService"], "1",
      {"code": "Reference", "targetProfile": ["http://hl7.org/fhir/StructureDefinition/Organization"]},
      doc="The data steward: the First Nation or Indigenous organisation whose agreement governs secondary use of these records (OCAP). Named by the person and the agency, never inferred; a logical reference by the organisation's Pathways identifier."),
    S("case-conference", "Case conference", ["CarePlan"], "*", [
        ("id", 1, "1", "string", None, "The conference's identifier."),
        ("at", 1, "1", "instant", None, "When it was held."),
        ("recordedAt", 0, "1", "instant", None, "When it was recorded, when that was later than when it was held (a late entry)."),
        ("table", 0, "1", "string", None, "The standing table it was held at."),
        ("organisation", 1, "*", "string", None, "An organisation at the table."),
        ("shares", 0, "*", "Coding", "information-category", "A category shared there besides identity."),
        ("attendance", 1, "1", "Coding", "attendance", "Whether the person attended."),
        ("agenda", 0, "1", "string", None, "The agenda, in words."),
        ("produced", 0, "*", "string", None, "The identifier of a step the conference produced."),
    ], doc="A case conference about the person, recorded with consent."),
    S("accompaniment", "Accompaniment", ["ServiceRequest"], "1", [
        ("offer", 1, "1", "Coding", "accompaniment", "Whether accompaniment was offered and taken up."),
        ("by", 0, "1", "Reference", None, "The team member who accompanies the person."),
    ], doc="Accompaniment to the step: someone the person knows goes with them."),
    S("first-appointment", "First appointment", ["ServiceRequest"], "1", "boolean", doc="True when the step is the person's first appointment with the provider."),
    S("shares", "Shares", ["ServiceRequest"], "*", "Coding", "information-category", doc="A category of information the provider receives for this step, besides identity."),
    S("status-history", "Status history", ["Task"], "*", [
        ("status", 1, "1", "Coding", "step-status", "The status the step moved to."),
        ("at", 1, "1", "instant", None, "When."),
        ("recordedBy", 1, "1", "string", None, "The identifier of the team member who recorded it."),
        ("agreement", 0, "1", "Coding", "agreement-mode", "How the person agreed: the agreement gate; only on the change from proposed to agreed."),
        ("reason", 0, "1", "Coding", "closure-reason", "Why the step ended, on declined and cancelled."),
    ], doc="One change of the step's status, in order: the step's whole lifecycle, including the person's agreement."),
    S("referral-answer", "Referral answer", [("extension", BASE + "/StructureDefinition/status-history"), "Task"], "1", [
        ("id", 1, "1", "string", None, "The answer's identifier, given by the organisation that answers."),
        ("referral", 1, "1", "string", None, "The identifier of the referral packet it answers: the packet's disclosure."),
        ("from", 1, "1", "Reference", None, "The organisation that answers: the step's provider."),
        ("kind", 1, "1", "Coding", "answer-kind", "What the organisation answered."),
        ("at", 1, "1", "instant", None, "When the organisation answered."),
        ("expected", 0, "1", "date", None, "The date the organisation expects a place, for a waitlist."),
        ("waitDays", 0, "1", "unsignedInt", None, "The expected wait in days, for a waitlist."),
        ("appointmentAt", 0, "1", "instant", None, "When the first appointment is, for an appointment set."),
        ("place", 0, "1", "string", None, "Where the first appointment is, unless the place is confidential."),
        ("reason", 0, "1", "Coding", "decline-reason", "Why the organisation declined, for a decline."),
    ], doc="An organisation's answer to a referral: inside the status-history entry that recorded it, or on a recipient's Task that brings it."),
    S("given", "Given", ["Consent"], "1", "Coding", "consent-mode", doc="How the person gave, refused or revoked this consent."),
    S("recorded-by", "Recorded by", ["Consent"], "1", "string", doc="The identifier of the team member who recorded the entry."),
    S("conditions", "Conditions", ["Consent", "Provenance"], "*", "string", doc="The person's conditions on a grant, in their words, for the recipient to honour."),
    S("grant-period", "Grant period", ["Consent"], "1", "Period",
      doc="The period the person gave the grant for, as given; provision.period holds the period in which it was in effect (from when it was recorded, until it ended or was revoked)."),
    S("policy-expiry", "Policy expiry", ["Consent"], "1", "dateTime",
      doc="When the agency's consent policy ends a grant the person gave without an end (a time-limited release); provision.period already ends then. Never with an end in grant-period."),
    S("confirmation", "Confirmation", ["Consent"], "1", "Reference",
      doc="This Consent records the written confirmation of an earlier Consent given verbally (such as an oral withdrawal). It changes nothing: what it confirms took effect when it was recorded."),
    S("revocation", "Revocation", ["Consent"], "1", [
        ("revokes", 0, "1", "Reference", None, "The Consent (grant or refusal) this revocation ends."),
        ("recipient", 0, "1", "Reference", None, "The recipient every earlier grant to which this revocation ends."),
    ], doc="This Consent records a revocation: of one earlier entry, or of every earlier grant to one recipient. Its effect is already in the provision.period of the Consents it ends."),
    S("disclosure", "Disclosure", ["Provenance"], "1", [
        ("id", 1, "1", "string", None, "The disclosure's identifier."),
        ("recipient", 1, "1", "Reference", None, "Who received it."),
        ("category", 0, "*", "Coding", "information-category", "A category that was shared."),
        ("basis", 1, "1", "Coding", "disclosure-basis", "On what basis."),
        ("reason", 0, "1", "string", None, "Why, for a disclosure without consent."),
        ("decidedBy", 0, "1", "string", None, "Who decided, for a disclosure without consent."),
        ("decidedAs", 0, "1", "string", None, "The role, as the agency names it, in which a disclosure without consent was decided; the agency's consent policy authorises it."),
        ("personToldAt", 0, "1", "instant", None, "When the person was told, for a disclosure without consent."),
        ("withheldAtRequest", 0, "1", "boolean", None, "In a disclosure view only: true when the person's instructions kept something out of the view and the agency's policy asks for that notice; never says what."),
    ], doc="A record of the disclosure log: what was shared with whom, for what, when, on what basis."),
    S("service-details", "Service details", ["HealthcareService"], "1", [
        ("approach", 0, "*", "Coding", "approach", "An approach the service takes."),
        ("knowledge", 0, "*", "Coding", "knowledge", "Knowledge the service's people hold."),
        ("barrier", 0, "*", "Coding", "barrier", "A condition the service puts on access."),
        ("community", 0, "*", "string", None, "A community the service serves."),
        ("remote", 1, "1", "boolean", None, "Whether the service can be reached remotely."),
        ("capacity", 1, "1", "Coding", "capacity", "Whether the service can take someone now."),
        ("typicalWaitDays", 0, "1", "integer", None, "The typical wait in days, for a waitlist."),
    ], doc="What a survivor-led network needs to know about a service."),
    S("front-gate", "Front gate", ["Location"], "1", "string", doc="The public way in to a location, such as an intake line; the same text in other languages as the translation extension (or Pathways' other-language-text) on its valueString. A confidential location is never written at all."),
    S("other-language-text", "Text in another language", ["Element"], "*", [
        ("lang", 1, "1", "code", None, "The language, a BCP 47 tag such as fr-CA or oj."),
        ("content", 1, "1", "string", None, "The text in that language."),
    ], definition="The same text as the element, in another language, written by the agency or the directory.", closed=True,
      doc="The same text as the element, written by the agency or the directory in a language that FHIR R4's translation extension cannot name (its lang is bound to the Common Languages value set, which has neither fr-CA nor Ojibwe or Cree): a BCP 47 tag and the text. A language of that value set uses http://hl7.org/fhir/StructureDefinition/translation instead."),
]


def camel(name):
    return "".join(p.capitalize() for p in name.split("-"))


def enum_concepts(path):
    src = open(SRC + path + ".java").read()
    body = src[src.index("implements Coded {"):]
    out = []
    for m in re.finditer(r"/\*\*((?:(?!\*/).)*?)\*/\s*\n\s*([A-Z][A-Z0-9_]*)\s*[,;(]", body, re.S):
        doc = " ".join(l.strip().lstrip("*").strip() for l in m.group(1).splitlines()).strip()
        doc = re.sub(r"\s*Code \{@code [a-z0-9_]+\}\.?", "", doc)
        doc = re.sub(r"\{@(?:code|link) ([^}]*)\}", r"\1", doc).strip()
        doc = re.sub(r"\.; closes as ", ". The step closes as ", doc)
        code = m.group(2).lower()
        out.append({"code": code, "display": code.replace("_", " "), "definition": doc or code.replace("_", " ")})
    return out


def code_system(cid, title, description, concepts):
    return {"resourceType": "CodeSystem", "id": cid, "url": f"{BASE}/CodeSystem/{cid}", "version": VERSION,
            "name": camel(cid), "title": title, "status": "draft", "experimental": False,
            "publisher": "Pathways", "description": description, "caseSensitive": True,
            "valueSet": f"{BASE}/ValueSet/{cid}", "content": "complete", "count": len(concepts), "concept": concepts}


def value_set(cid, title, description):
    return {"resourceType": "ValueSet", "id": cid, "url": f"{BASE}/ValueSet/{cid}", "version": VERSION,
            "name": camel(cid), "title": title, "status": "draft", "experimental": False, "publisher": "Pathways",
            "description": "Every code of " + f"{BASE}/CodeSystem/{cid}: " + description,
            "compose": {"include": [{"system": f"{BASE}/CodeSystem/{cid}"}]}}


def value_elements(prefix, typ, vs, min_):
    el = {"id": f"{prefix}.value[x]", "path": f"{prefix.split(':')[0].replace('Extension.extension', 'Extension.extension')}.value[x]",
          "min": min_, "type": [{"code": typ}]}
    el["path"] = re.sub(r":[A-Za-z]+", "", prefix) + ".value[x]"
    if vs:
        el["binding"] = {"strength": "required", "valueSet": f"{BASE}/ValueSet/{vs}"}
    return el


def extension(e):
    url = f"{BASE}/StructureDefinition/{e['name']}"
    els = [{"id": "Extension", "path": "Extension", "short": e["title"], "definition": e["definition"] or e["doc"], "min": 0, "max": e["max"]}]
    if isinstance(e["type"], list):
        els.append({"id": "Extension.extension", "path": "Extension.extension",
                    "slicing": {"discriminator": [{"type": "value", "path": "url"}], "rules": "closed" if e["closed"] else "open"},
                    "min": sum(sub[1] for sub in e["type"]) if e["closed"] else 0})
        for (sub, mn, mx, typ, vs, doc) in e["type"]:
            p = f"Extension.extension:{sub}"
            els.append({"id": p, "path": "Extension.extension", "sliceName": sub, "short": doc, "definition": doc, "min": mn, "max": mx})
            els.append({"id": f"{p}.extension", "path": "Extension.extension.extension", "max": "0"})
            els.append({"id": f"{p}.url", "path": "Extension.extension.url", "fixedUri": sub})
            el = {"id": f"{p}.value[x]", "path": "Extension.extension.value[x]", "min": 1, "type": [{"code": typ}]}
            if vs:
                el["binding"] = {"strength": "required", "valueSet": f"{BASE}/ValueSet/{vs}"}
            els.append(el)
        els.append({"id": "Extension.url", "path": "Extension.url", "fixedUri": url})
        els.append({"id": "Extension.value[x]", "path": "Extension.value[x]", "max": "0"})
    else:
        els.append({"id": "Extension.extension", "path": "Extension.extension", "max": "0"})
        els.append({"id": "Extension.url", "path": "Extension.url", "fixedUri": url})
        typ = e["type"] if isinstance(e["type"], dict) else {"code": e["type"]}  # a dict: a type with a target profile
        el = {"id": "Extension.value[x]", "path": "Extension.value[x]", "min": 1, "type": [typ]}
        if e["vs"]:
            el["binding"] = {"strength": "required", "valueSet": f"{BASE}/ValueSet/{e['vs']}"}
        els.append(el)
    return {"resourceType": "StructureDefinition", "id": e["name"], "url": url, "version": VERSION,
            "name": camel(e["name"]), "title": e["title"], "status": "draft", "experimental": False,
            "publisher": "Pathways", "description": e["doc"], "fhirVersion": "4.0.1", "kind": "complex-type",
            "abstract": False, "context": [{"type": c[0], "expression": c[1]} if isinstance(c, tuple) else {"type": "element", "expression": c} for c in e["ctx"]],
            "type": "Extension", "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Extension",
            "derivation": "constraint", "differential": {"element": els}}


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(OUT + f)
    names = []

    def write(kind, rid, res):
        name = f"{kind}-{rid}.json"
        with open(OUT + name, "w") as f:
            json.dump(res, f, indent=2, ensure_ascii=False)
            f.write("\n")
        names.append(name)

    for e in EXTENSIONS:
        write("StructureDefinition", e["name"], extension(e))
    systems = [(cid, camel(cid), desc, enum_concepts(path)) for cid, path, desc in CODE_SYSTEMS]
    systems.append(("document-kind", "DocumentKind", "What a Pathways Bundle holds (Bundle.meta.tag).",
                    [{"code": c, "display": c, "definition": d} for c, d in DOCUMENT_KINDS]))
    for cid, _, desc, concepts in systems:
        title = cid.replace("-", " ").capitalize()
        write("CodeSystem", cid, code_system(cid, title, desc, concepts))
    for cid, _, desc, _ in systems:
        title = cid.replace("-", " ").capitalize()
        write("ValueSet", cid, value_set(cid, title, desc))
    with open(OUT + "index.txt", "w") as f:
        f.write("\n".join(names) + "\n")


main()
