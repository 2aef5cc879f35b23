package org.pathways.page;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.PlanHistory;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StatusChange;
import org.pathways.priority.Priority;
import org.pathways.review.Finding;
import org.pathways.review.PlanReview;
import org.pathways.team.TeamMember;
import org.pathways.text.Labels;

/**
 * A worker's summary of a plan as a web page, in English or French: the review's findings, the steps,
 * the consent ledger and the history of revisions, each change described in the page's language.
 *
 * <pre>{@code
 * String html = WorkerPage.of(history).withLocale(Locale.CANADA_FRENCH).toHtml();
 * }</pre>
 *
 * <p>The summary names identifiers, codes' labels and dates, never the person's words: her own
 * words are on her page ({@link PersonPage}). It is one self-contained HTML document like hers: no
 * script, no external resource, every piece of text escaped.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class WorkerPage {
    private final PlanHistory history;
    private final Labels labels;
    private final ZoneId zone;

    private WorkerPage(PlanHistory history, Labels labels, ZoneId zone) {
        this.history = history;
        this.labels = labels;
        this.zone = zone;
    }

    /**
     * Returns the summary of a plan and its history, in English, in Ontario's time zone.
     *
     * @param history the plan's revisions
     * @return the page
     */
    public static WorkerPage of(PlanHistory history) {
        return new WorkerPage(Objects.requireNonNull(history, "history"), Labels.of(Locale.CANADA), PersonPage.ONTARIO);
    }

    /**
     * Returns this page in another language.
     *
     * @param locale French for any French locale, English otherwise
     * @return the changed copy
     */
    public WorkerPage withLocale(Locale locale) {
        return new WorkerPage(history, Labels.of(locale), zone);
    }

    /**
     * Returns this page with times shown in another time zone.
     *
     * @param zone the zone
     * @return the changed copy
     */
    public WorkerPage withZone(ZoneId zone) {
        return new WorkerPage(history, labels, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Writes the page.
     *
     * @return one self-contained HTML document
     */
    public String toHtml() {
        CarePlan plan = history.latest();
        Html h = new Html();
        Map<String, Object> head =
                Map.of("plan", plan.getId(), "revision", plan.getRevision().getNumber());
        h.document(labels.getLocale().toLanguageTag(), labels.text("worker.title", head));
        h.open("header");
        h.element("h1", labels.text("worker.title", head));
        h.element(
                "p",
                labels.text(
                        "worker.updated", Map.of("time", time(plan.getRevision().getAt()))),
                "class",
                "meta");
        h.element("p", labels.text("worker.noWords"), "class", "notice");
        h.close();
        h.open("main");
        findings(h, PlanReview.of(plan));
        steps(h, plan);
        consent(h, plan);
        revisions(h);
        h.close();
        return h.end();
    }

    private void findings(Html h, PlanReview review) {
        section(h, "findings", "worker.findings");
        if (review.getFindings().isEmpty()) {
            h.element("p", labels.text("worker.noFindings"));
        } else {
            h.open("table");
            header(h, "worker.severity", "worker.rule", "worker.finding");
            for (Finding f : review.getFindings()) {
                h.open("tr");
                h.element("td", labels.label(f.getSeverity()));
                h.element("td", labels.label(f.getRule()));
                h.element("td", labels.explain(f, id -> id, zone));
                h.close();
            }
            h.close();
        }
        h.close();
    }

    private void steps(Html h, CarePlan plan) {
        section(h, "steps", "worker.steps");
        if (plan.getSteps().isEmpty()) {
            h.element("p", labels.text("worker.none"));
        } else {
            h.open("table");
            header(
                    h,
                    "worker.step",
                    "worker.kind",
                    "worker.status",
                    "worker.provider",
                    "worker.accompaniment",
                    "worker.due");
            for (PlanStep s : plan.getSteps()) {
                StatusChange last = s.getHistory().get(s.getHistory().size() - 1);
                h.open("tr");
                h.element("td", s.getId());
                h.element("td", labels.label(s.getKind()));
                h.element(
                        "td",
                        labels.label(s.getStatus())
                                + last.getReason()
                                        .map(r -> " – " + labels.label(r))
                                        .orElse(""));
                h.element("td", s.getProvider().orElse("–"));
                h.element(
                        "td",
                        labels.label(s.getAccompaniment())
                                + s.getAccompaniedBy().map(a -> " (" + a + ")").orElse(""));
                h.element("td", s.getDue().map(labels::date).orElse("–"));
                h.close();
            }
            h.close();
        }
        h.close();
    }

    private void consent(Html h, CarePlan plan) {
        section(h, "consent", "worker.consent");
        if (plan.getConsent().getEntries().isEmpty()) {
            h.element("p", labels.text("worker.none"));
        } else {
            h.open("table");
            header(h, "worker.entry", "worker.recipient", "worker.what", "worker.recorded");
            for (ConsentEntry e : plan.getConsent().getEntries()) {
                h.open("tr");
                h.element("td", e.getId());
                String recipient;
                String what;
                if (e instanceof ConsentGrant g) {
                    recipient = g.getRecipient().getId();
                    Map<String, Object> args = new HashMap<>();
                    args.put("categories", labels.list(labelsOf(g.getCategories())));
                    args.put("purposes", labels.list(labelsOf(g.getPurposes())));
                    args.put("start", labels.date(date(g.getEffectiveFrom())));
                    g.getEffectiveEnd().ifPresent(x -> args.put("end", labels.date(date(x))));
                    what = labels.text(g.getEffectiveEnd().isPresent() ? "worker.grant" : "worker.grantOpen", args);
                } else if (e instanceof ConsentRefusal r) {
                    recipient = r.getRecipient().getId();
                    List<String> parts = new java.util.ArrayList<>();
                    if (!r.getCategories().isEmpty()) {
                        parts.add(labels.text(
                                "worker.refusal", Map.of("categories", labels.list(labelsOf(r.getCategories())))));
                    }
                    if (!r.getItems().isEmpty()) {
                        parts.add(labels.text("worker.refusalItems", Map.of("items", String.join(", ", r.getItems()))));
                    }
                    what = String.join("; ", parts);
                } else if (e instanceof ConsentConfirmation c) {
                    recipient = "–";
                    what = labels.text("worker.confirmation", Map.of("confirms", c.getConfirms()));
                } else {
                    ConsentRevocation v = (ConsentRevocation) e;
                    recipient = v.getRecipient().map(x -> x.getId()).orElse("–");
                    what = labels.text(
                            "worker.revocation",
                            Map.of("revokes", v.getRevokes().orElse("–")));
                }
                h.element("td", recipient);
                h.element("td", what);
                h.element(
                        "td",
                        labels.text(
                                "worker.recordedBy",
                                Map.of(
                                        "mode",
                                        e.getGiven(),
                                        "by",
                                        e.getRecordedBy(),
                                        "time",
                                        time(e.getRecordedAt()))));
                h.close();
            }
            h.close();
        }
        h.close();
    }

    private void revisions(Html h) {
        section(h, "history", "worker.history");
        h.open("table");
        header(h, "worker.revision", "worker.time", "worker.author", "worker.present", "worker.changes");
        CarePlan previous = null;
        for (CarePlan r : history.getRevisions()) {
            h.open("tr");
            h.element("td", String.valueOf(r.getRevision().getNumber()));
            h.element("td", time(r.getRevision().getAt()));
            h.element("td", r.getRevision().getAuthor());
            h.element("td", labels.text(r.getRevision().isPersonPresent() ? "worker.yes" : "worker.no"));
            h.element("td", String.join(" ", changes(previous, r)));
            h.close();
            previous = r;
        }
        h.close();
        h.close();
    }

    /** What changed from one revision to the next, in the page's language, by identifiers and labels. */
    private List<String> changes(CarePlan before, CarePlan after) {
        List<String> out = new ArrayList<>();
        if (before == null) {
            out.add(labels.text(after.getRevision().getNumber() == 1 ? "change.started" : "change.first"));
            return out;
        }
        List<Priority> was = before.getPriorities().getRanked();
        List<Priority> now = after.getPriorities().getRanked();
        for (int rank = 1; rank <= now.size(); rank++) {
            Priority p = now.get(rank - 1);
            Optional<Priority> old = before.getPriorities().find(p.getId());
            if (old.isEmpty()) {
                out.add(labels.text("change.priorityAdded", Map.of("id", p.getId(), "rank", rank)));
            } else {
                if (old.get().getStatus() != p.getStatus()) {
                    out.add(labels.text("change.priorityMarked", Map.of("id", p.getId(), "status", p.getStatus())));
                }
                if (was.size() == now.size() && before.getPriorities().rankOf(p.getId()) != rank) {
                    out.add(labels.text("change.priorityMoved", Map.of("id", p.getId(), "rank", rank)));
                }
            }
        }
        for (PlanStep s : after.getSteps()) {
            Optional<PlanStep> old = before.findStep(s.getId());
            if (old.isEmpty()) {
                out.add(labels.text("change.stepProposed", Map.of("id", s.getId(), "kind", s.getKind())));
            } else if (old.get().getHistory().size() != s.getHistory().size()) {
                StatusChange c = s.getHistory().get(s.getHistory().size() - 1);
                out.add(labels.text("change.stepMoved", Map.of("id", s.getId(), "status", s.getStatus()))
                        + c.getAgreement()
                                .map(m -> " (" + labels.label(m) + ")")
                                .orElse("")
                        + c.getReason().map(r -> " (" + labels.label(r) + ")").orElse(""));
            } else if (!old.get().equals(s)) {
                out.add(labels.text("change.stepUpdated", Map.of("id", s.getId())));
            }
        }
        for (TeamMember m : after.getTeam().getMembers()) {
            if (before.getTeam().findCurrent(m.getId()).isEmpty()) {
                out.add(labels.text("change.memberAdded", Map.of("id", m.getId(), "role", m.getRole())));
            }
        }
        for (TeamMember m : before.getTeam().getMembers()) {
            if (after.getTeam().findCurrent(m.getId()).isEmpty()) {
                out.add(labels.text("change.memberRemoved", Map.of("id", m.getId())));
            }
        }
        List<ConsentEntry> entries = after.getConsent().getEntries();
        for (ConsentEntry e : entries.subList(before.getConsent().getEntries().size(), entries.size())) {
            String key = e instanceof ConsentGrant
                    ? "change.grant"
                    : e instanceof ConsentRefusal ? "change.refusal" : "change.revocation";
            out.add(labels.text(key, Map.of("id", e.getId())));
        }
        List<Disclosure> log = after.getDisclosures();
        for (int i = 0; i < log.size(); i++) {
            Disclosure d = log.get(i);
            if (i >= before.getDisclosures().size()) {
                out.add(labels.text(
                        "change.disclosed",
                        Map.of("id", d.getId(), "recipient", d.getRecipient().getId(), "purpose", d.getPurpose())));
            } else if (!before.getDisclosures().get(i).equals(d)) {
                out.add(labels.text("change.told", Map.of("id", d.getId())));
            }
        }
        List<CaseConference> conferences = after.getConferences();
        for (CaseConference c : conferences.subList(before.getConferences().size(), conferences.size())) {
            out.add(labels.text("change.conference", Map.of("id", c.getId(), "attendance", c.getAttendance())));
        }
        if (!before.getDeferredDomains().equals(after.getDeferredDomains())) {
            out.add(labels.text(
                    "change.deferred", Map.of("domains", labels.list(labelsOf(after.getDeferredDomains())))));
        }
        if (out.isEmpty()) {
            out.add(labels.text("change.other"));
        }
        return out;
    }

    private List<String> labelsOf(java.util.Collection<? extends org.pathways.Coded> codes) {
        return codes.stream().map(labels::label).toList();
    }

    private void section(Html h, String id, String key) {
        h.open("section", "aria-labelledby", id);
        h.element("h2", labels.text(key), "id", id);
    }

    private void header(Html h, String... keys) {
        h.open("tr");
        for (String k : keys) {
            h.element("th", labels.text(k), "scope", "col");
        }
        h.close();
    }

    private java.time.LocalDate date(Instant at) {
        return java.time.LocalDate.ofInstant(at, zone);
    }

    private String time(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, zone);
        return labels.date(t.toLocalDate()) + " " + t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
