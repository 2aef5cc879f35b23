package org.pathways.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathways.Coded;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentLedger;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Recipient;
import org.pathways.consent.RecipientKind;
import org.pathways.directory.Location;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.PlanView;
import org.pathways.person.ContactChannel;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StatusChange;
import org.pathways.plan.StepStatus;
import org.pathways.priority.Priorities;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityStatus;
import org.pathways.team.CareTeam;
import org.pathways.team.TeamMember;
import org.pathways.text.Labels;

/**
 * The person's own plan as a web page she can read and keep: in the first person and plain language,
 * in English or French, with her priorities in her order and in her words.
 *
 * <pre>{@code
 * String html = PersonPage.of(plan)
 *         .withLocale(Locale.CANADA_FRENCH)
 *         .withDirectory(network)          // names the organisations, says how to reach them
 *         .withSafeToPrint(true)           // no code word, no confidential address, no one else's name
 *         .toHtml();
 * }</pre>
 *
 * <p>The page has three parts: "What matters to me" (her priorities, verbatim, never translated),
 * "What we agreed" (each step with who goes with her and when; what she declined, shown as her
 * choice) and "Who is with me" (her team); then how to reach her safely and her consent in words she
 * can check ("Birchwood House may see … for … until …"). A page made from a {@link PlanView} shows
 * only what the view holds and says who received it.
 *
 * <p>The page is one self-contained HTML document: no script, no external resource (a content
 * policy forbids both), a print stylesheet, every piece of text escaped. In the <b>safe-to-print</b>
 * mode it leaves out the code word, her contact details, every confidential address and phone, and
 * the name of anyone but her: a printed plan can be found by the wrong person. The page shows the
 * person's words, so it is for her and her team, never for a log.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PersonPage {
    /** The time zone in which dates are shown unless another is given: Ontario's. */
    public static final ZoneId ONTARIO = ZoneId.of("America/Toronto");

    private final Content content;
    private final Labels labels;
    private final boolean safeToPrint;
    private final Optional<ServiceDirectory> directory;
    private final Map<String, String> names;
    private final ZoneId zone;

    private PersonPage(
            Content content,
            Labels labels,
            boolean safeToPrint,
            Optional<ServiceDirectory> directory,
            Map<String, String> names,
            ZoneId zone) {
        this.content = content;
        this.labels = labels;
        this.safeToPrint = safeToPrint;
        this.directory = directory;
        this.names = names;
        this.zone = zone;
    }

    /**
     * Returns the page of a whole plan, in English, not safe to print, in Ontario's time zone.
     *
     * @param plan the plan
     * @return the page
     */
    public static PersonPage of(CarePlan plan) {
        return new PersonPage(Content.of(plan), Labels.of(Locale.CANADA), false, Optional.empty(), Map.of(), ONTARIO);
    }

    /**
     * Returns the page of what one recipient received: only the sections the view holds.
     *
     * @param view the disclosure view
     * @return the page
     */
    public static PersonPage of(PlanView view) {
        return new PersonPage(Content.of(view), Labels.of(Locale.CANADA), false, Optional.empty(), Map.of(), ONTARIO);
    }

    /**
     * Returns this page in another language.
     *
     * @param locale French for any French locale, English otherwise
     * @return the changed copy
     */
    public PersonPage withLocale(Locale locale) {
        return new PersonPage(content, Labels.of(locale), safeToPrint, directory, names, zone);
    }

    /**
     * Returns this page in or out of the safe-to-print mode, which leaves out the code word, the
     * person's contact details, every confidential address and phone, and anyone else's name.
     *
     * @param safeToPrint true for the safe-to-print mode
     * @return the changed copy
     */
    public PersonPage withSafeToPrint(boolean safeToPrint) {
        return new PersonPage(content, labels, safeToPrint, directory, names, zone);
    }

    /**
     * Returns this page with a service directory, which names the organisations and says how to reach
     * the provider of each step (its community, hours and public contact; a confidential address or
     * phone only outside the safe-to-print mode).
     *
     * @param directory the directory
     * @return the changed copy
     */
    public PersonPage withDirectory(ServiceDirectory directory) {
        return new PersonPage(content, labels, safeToPrint, Optional.of(directory), names, zone);
    }

    /**
     * Returns this page with names for organisations or case-conferencing tables, by identifier;
     * they take precedence over the directory's.
     *
     * @param names the names, such as {@code org-birchwood-house → Birchwood House}; written by the
     *     agency, shown as given
     * @return the changed copy
     */
    public PersonPage withNames(Map<String, String> names) {
        return new PersonPage(content, labels, safeToPrint, directory, Map.copyOf(names), zone);
    }

    /**
     * Returns this page with dates shown in another time zone.
     *
     * @param zone the zone
     * @return the changed copy
     */
    public PersonPage withZone(ZoneId zone) {
        return new PersonPage(content, labels, safeToPrint, directory, names, Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Writes the page.
     *
     * @return one self-contained HTML document
     */
    public String toHtml() {
        return new Writer().write();
    }

    /** What a page shows: a whole plan, or what a view holds. */
    private record Content(
            Optional<Person> person,
            Optional<Priorities> priorities,
            Optional<CareTeam> team,
            Optional<List<PlanStep>> steps,
            Optional<ConsentLedger> consent,
            List<Disclosure> disclosures,
            Optional<Disclosure> view,
            List<SensitiveText> conditions,
            Instant updated) {
        static Content of(CarePlan plan) {
            return new Content(
                    Optional.of(plan.getPerson()),
                    Optional.of(plan.getPriorities()),
                    Optional.of(plan.getTeam()),
                    Optional.of(plan.getSteps()),
                    Optional.of(plan.getConsent()),
                    plan.getDisclosures(),
                    Optional.empty(),
                    List.of(),
                    plan.getRevision().getAt());
        }

        static Content of(PlanView view) {
            return new Content(
                    view.getPerson(),
                    view.getPriorities(),
                    view.getTeam(),
                    view.getSteps(),
                    Optional.empty(),
                    List.of(),
                    Optional.of(view.getDisclosure()),
                    view.getConditions(),
                    view.getDisclosure().getAt());
        }
    }

    /** Writes one page; not shared between threads. */
    private final class Writer {
        private final Html h = new Html();
        private final java.util.Set<String> keys = labels.keys();

        String write() {
            String lang = labels.getLocale().toLanguageTag();
            Optional<String> name =
                    content.person().flatMap(Person::getChosenName).map(SensitiveText::reveal);
            String title = name.map(n -> t("page.titleOf", "name", n)).orElse(t("page.title"));
            h.document(lang, title);
            h.open("header");
            h.element("h1", t("page.title"));
            name.ifPresent(n -> h.element(
                    "p",
                    n
                            + content.person()
                                    .flatMap(Person::getPronouns)
                                    .map(p -> " (" + p + ")")
                                    .orElse(""),
                    "class",
                    "lead"));
            h.element("p", t("page.updated", "date", date(content.updated())), "class", "meta");
            content.view().ifPresent(this::sharedCopy);
            if (safeToPrint) {
                h.element("p", t("page.safeToPrint"), "class", "notice");
            }
            h.close();
            h.open("main");
            content.priorities().ifPresent(this::priorities);
            content.steps().ifPresent(this::steps);
            content.team().ifPresent(this::team);
            content.person().ifPresent(p -> safeContact(p.getSafeContact()));
            content.consent().ifPresent(this::consent);
            if (!content.conditions().isEmpty()) {
                h.element("h2", t("page.conditions"), "id", "conditions");
                for (SensitiveText c : content.conditions()) {
                    h.element("p", c.reveal(), "class", "words");
                }
            }
            disclosures();
            h.close();
            h.open("footer");
            h.element("p", t("page.footer"));
            h.close();
            return h.end();
        }

        private void sharedCopy(Disclosure d) {
            h.element(
                    "p",
                    t(
                            "page.viewOf",
                            "recipient",
                            recipient(d.getRecipient()),
                            "purpose",
                            lower(d.getPurpose()),
                            "date",
                            date(d.getAt()),
                            "categories",
                            categories(d.getCategories())),
                    "class",
                    "notice");
        }

        private void priorities(Priorities priorities) {
            section("matters", "page.matters");
            h.element("p", t("page.mattersIntro"));
            if (priorities.getRanked().isEmpty()) {
                h.element("p", t("page.noPriorities"));
            } else {
                h.open("ol", "class", "priorities");
                for (Priority p : priorities.getRanked()) {
                    h.open("li");
                    h.element("p", p.getStatement().reveal(), "class", "words");
                    if (p.getStatus() == PriorityStatus.ACHIEVED) {
                        h.element("p", t("page.priorityAchieved"));
                    } else if (p.getStatus() == PriorityStatus.SET_ASIDE) {
                        h.element("p", t("page.prioritySetAside"));
                    }
                    h.close();
                }
                h.close();
            }
            content.person().ifPresent(person -> {
                if (!person.getCulturalSupports().isEmpty()) {
                    h.element("h3", t("page.helps"));
                    for (SensitiveText s : person.getCulturalSupports()) {
                        h.element("p", s.reveal(), "class", "words");
                    }
                }
            });
            h.close();
        }

        private void steps(List<PlanStep> steps) {
            section("agreed", "page.agreed");
            List<PlanStep> declined = new ArrayList<>();
            int shown = 0;
            for (PlanStep s : steps) {
                if (s.getStatus() == StepStatus.DECLINED) {
                    declined.add(s);
                } else {
                    step(s);
                    shown++;
                }
            }
            if (shown == 0) {
                h.element("p", t("page.noSteps"));
            }
            if (!declined.isEmpty()) {
                h.element("h3", t("page.declined"), "id", "declined");
                for (PlanStep s : declined) {
                    h.open("div", "class", "card choice");
                    h.element("p", stepTitle(s), "class", "lead");
                    s.getDescription().ifPresent(d -> h.element("p", d.in(labels.getLocale()), "class", "words"));
                    h.element("p", t("page.declinedOn", "date", date(last(s).getAt())));
                    h.close();
                }
            }
            h.close();
        }

        private void step(PlanStep s) {
            h.open("div", "class", "card");
            h.element("h3", stepTitle(s));
            s.getDescription().ifPresent(d -> h.element("p", d.in(labels.getLocale()), "class", "words"));
            h.open("dl");
            List<String> serves = new ArrayList<>();
            content.priorities()
                    .ifPresent(ps -> s.getServes()
                            .forEach(id -> ps.find(id)
                                    .ifPresent(p -> serves.add(t(
                                            "page.quoted",
                                            "words",
                                            p.getStatement().reveal())))));
            if (!serves.isEmpty()) {
                row("page.serves", labels.list(serves));
            }
            row("page.with", companion(s));
            s.getDue().ifPresent(d -> row("page.when", t("page.due", "date", labels.date(d))));
            row("page.stands", standing(s));
            s.getResponsible()
                    .flatMap(id -> content.team().flatMap(team -> team.find(id)))
                    .ifPresent(m -> row("page.responsible", member(m)));
            s.getProvider().ifPresent(org -> reach(org, s));
            h.close();
            h.close();
        }

        private void reach(String organisation, PlanStep s) {
            if (directory.isEmpty()) {
                return;
            }
            List<Service> services = directory.get().servicesOf(organisation);
            List<Service> fitting = services.stream()
                    .filter(v -> v.getProgramming().contains(s.getKind()))
                    .toList();
            for (Service v : fitting.isEmpty() ? services : fitting) {
                List<String> parts = new ArrayList<>();
                parts.add(v.getName().in(labels.getLocale()));
                v.getHours().ifPresent(hours -> parts.add(hours.in(labels.getLocale())));
                if (v.isOpen24x7()) {
                    parts.add(t("page.open24x7"));
                }
                for (Location l : v.getLocations()) {
                    boolean hide = l.isConfidential() && safeToPrint;
                    parts.add(l.getCommunity());
                    if (!hide) {
                        l.getAddress().ifPresent(parts::add);
                        l.getPhone().ifPresent(parts::add);
                    }
                    if (l.isConfidential()) {
                        l.getFrontGate().ifPresent(gate -> parts.add(gate.in(labels.getLocale())));
                    }
                }
                row("page.reach", String.join(" · ", parts));
            }
        }

        private String stepTitle(PlanStep s) {
            String kind = kind(s.getKind());
            return s.getProvider()
                    .map(org -> t("page.stepAt", "kind", kind, "provider", organisation(org)))
                    .orElse(kind);
        }

        /**
         * A step's kind in her page's words: where the worker's label names what was done to her
         * (the specialised programme's), the page has its own label, {@code page.kind.<code>}. Her
         * page can be printed, or seen on her phone, by the wrong person.
         */
        private String kind(org.pathways.plan.StepKind kind) {
            String key = "page.kind." + kind.getCode();
            return keys.contains(key) ? labels.text(key) : labels.label(kind);
        }

        private String companion(PlanStep s) {
            Accompaniment a = s.getAccompaniment();
            Optional<String> who = s.getAccompaniedBy()
                    .flatMap(id -> content.team().flatMap(team -> team.find(id)))
                    .map(this::member);
            return switch (a) {
                case ACCEPTED -> who.map(w -> t("page.goesWith", "who", w)).orElse(t("page.someoneGoes"));
                case OFFERED -> who.map(w -> t("page.offeredBy", "who", w)).orElse(t("page.someoneOffered"));
                case DECLINED -> t("page.goingAlone");
                case NOT_OFFERED -> t("page.noOneYet");
            };
        }

        private String standing(PlanStep s) {
            StatusChange c = last(s);
            String on = date(c.getAt());
            return switch (s.getStatus()) {
                case PROPOSED -> t("page.status.proposed");
                case AGREED -> t("page.status.agreed", "date", date(agreed(s)));
                case IN_PROGRESS -> t("page.status.in_progress", "date", on);
                case ON_HOLD -> t("page.status.on_hold", "date", on);
                case COMPLETED -> t("page.status.completed", "date", on);
                case CANCELLED ->
                    t(
                            "page.status.cancelled",
                            "date",
                            on,
                            "reason",
                            c.getReason().map(this::lower).orElse(""));
                case DECLINED -> t("page.declinedOn", "date", on);
            };
        }

        private Instant agreed(PlanStep s) {
            return s.getHistory().stream()
                    .filter(c -> c.getAgreement().isPresent())
                    .reduce((a, b) -> b)
                    .orElse(last(s))
                    .getAt();
        }

        private void team(CareTeam team) {
            section("team", "page.team");
            if (team.getMembers().isEmpty()) {
                h.element("p", t("page.noTeam"));
            } else {
                h.open("ul", "class", "plain");
                for (TeamMember m : team.getMembers()) {
                    String line = member(m)
                            + m.getOrganisation()
                                    .map(o -> ", " + organisation(o))
                                    .orElse("");
                    h.element("li", m.isLead() ? t("page.lead", "who", line) : line);
                }
                h.close();
            }
            h.close();
        }

        /** A member by name and role, or by role alone in the safe-to-print mode or without a name. */
        private String member(TeamMember m) {
            String role = labels.label(m.getRole());
            return m.getName()
                    .filter(n -> !safeToPrint)
                    .map(n -> n.reveal() + " (" + role + ")")
                    .orElse(role);
        }

        private void safeContact(SafeContact c) {
            if (c.equals(SafeContact.none()) && content.view().isPresent()) {
                return;
            }
            section("reach-me", "page.reachMe");
            h.open("ul", "class", "plain");
            if (c.isDoNotContact()) {
                h.element("li", t("page.doNotContact"));
            } else if (c.getChannels().isEmpty()) {
                h.element("li", t("page.noChannel"));
            } else {
                h.element("li", t("page.channels", "channels", labelList(c.getChannels())));
            }
            if (!c.getNeverUse().isEmpty()) {
                h.element("li", t("page.neverUse", "channels", labelList(c.getNeverUse())));
            }
            h.element("li", t(c.isMessageAllowed() ? "page.messageAllowed" : "page.noMessage"));
            h.close();
            c.getSafeTimes().ifPresent(s -> {
                h.element("h3", t("page.safeTimes"));
                h.element("p", s.reveal(), "class", "words");
            });
            if (!safeToPrint) {
                c.getDetails().ifPresent(d -> {
                    h.element("h3", t("page.details"));
                    h.element("p", d.reveal(), "class", "words");
                });
                c.getCodeWord().ifPresent(w -> {
                    h.element("h3", t("page.codeWord"));
                    h.element("p", w.reveal(), "class", "words");
                });
            }
            h.close();
        }

        private void consent(ConsentLedger ledger) {
            section("consent", "page.consent");
            if (ledger.getEntries().isEmpty()) {
                h.element("p", t("page.noConsent"));
            } else {
                h.open("ul", "class", "plain");
                for (ConsentEntry e : ledger.getEntries()) {
                    h.open("li");
                    if (e instanceof ConsentGrant g) {
                        grant(g, ledger);
                    } else if (e instanceof ConsentRefusal r) {
                        if (!r.getCategories().isEmpty()) {
                            h.element(
                                    "p",
                                    t(
                                            "page.refused",
                                            "recipient",
                                            recipient(r.getRecipient()),
                                            "categories",
                                            categories(r.getCategories()),
                                            "date",
                                            date(r.getRecordedAt())));
                        }
                        if (!r.getItems().isEmpty()) {
                            h.element(
                                    "p",
                                    t(
                                            "page.refusedItems",
                                            "recipient",
                                            recipient(r.getRecipient()),
                                            "date",
                                            date(r.getRecordedAt())));
                        }
                    } else if (e instanceof ConsentConfirmation c) {
                        h.element("p", t("page.confirmed", "date", date(c.getRecordedAt())));
                    } else if (e instanceof ConsentRevocation v) {
                        String whom = v.getRecipient()
                                .map(this::recipient)
                                .or(() -> v.getRevokes()
                                        .flatMap(ledger::find)
                                        .flatMap(PersonPage::recipientOf)
                                        .map(this::recipient))
                                .orElse("");
                        h.element("p", t("page.revoked", "recipient", whom, "date", date(v.getRecordedAt())));
                    }
                    h.close();
                }
                h.close();
            }
            h.element("p", t("page.consentChange"));
            h.close();
        }

        private void grant(ConsentGrant g, ConsentLedger ledger) {
            Map<String, Object> args = new HashMap<>();
            args.put("recipient", recipient(g.getRecipient()));
            args.put("categories", categories(g.getCategories()));
            args.put(
                    "purposes",
                    labels.list(g.getPurposes().stream().map(this::lower).toList()));
            args.put("start", date(g.getEffectiveFrom()));
            String key = g.getEffectiveEnd().map(e -> "page.mayUntil").orElse("page.mayOpen");
            g.getEffectiveEnd().ifPresent(e -> args.put("end", date(e)));
            h.element("p", labels.text(key, args));
            g.getConditions().ifPresent(c -> {
                h.element("p", t("page.myConditions"));
                h.element("p", c.reveal(), "class", "words");
            });
        }

        private void disclosures() {
            if (content.disclosures().isEmpty()) {
                return;
            }
            section("shared", "page.shared");
            h.open("ul", "class", "plain");
            for (Disclosure d : content.disclosures()) {
                Map<String, Object> args = new HashMap<>();
                args.put("recipient", recipient(d.getRecipient()));
                args.put("categories", categories(d.getCategories()));
                args.put("purpose", lower(d.getPurpose()));
                args.put("date", date(d.getAt()));
                args.put("basis", lower(d.getBasis()));
                String key = d.getBasis() == DisclosureBasis.CONSENT ? "page.sharedWith" : "page.sharedWithout";
                String told = d.getPersonToldAt()
                        .map(at -> " " + t("page.toldOn", "date", date(at)))
                        .orElse("");
                h.element("li", labels.text(key, args) + told);
            }
            h.close();
            h.close();
        }

        private void section(String id, String key) {
            h.open("section", "aria-labelledby", id);
            h.element("h2", t(key), "id", id);
        }

        private void row(String key, String value) {
            h.open("div");
            h.element("dt", t(key));
            h.element("dd", value);
            h.close();
        }

        private String recipient(Recipient r) {
            if (r.getKind() == RecipientKind.MEMBER) {
                return content.team()
                        .flatMap(team -> team.find(r.getId()))
                        .map(this::member)
                        .orElse(labels.label(RecipientKind.MEMBER));
            }
            return organisation(r.getId());
        }

        private String organisation(String id) {
            String name = names.get(id);
            if (name != null) {
                return name;
            }
            return directory
                    .flatMap(d -> d.getOrganisations().stream()
                            .filter(o -> o.getId().equals(id))
                            .findFirst())
                    .map(o -> o.getName().in(labels.getLocale()))
                    .orElse(id);
        }

        private String categories(Collection<InformationCategory> categories) {
            return labels.list(categories.stream().map(this::lower).toList());
        }

        private String labelList(Collection<ContactChannel> channels) {
            return labels.list(channels.stream().map(this::lower).toList());
        }

        /** A label inside a sentence: its first letter in lower case, unless it is an acronym. */
        private String lower(Coded code) {
            String label = labels.label(code);
            if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
                return label;
            }
            return label.substring(0, 1).toLowerCase(labels.getLocale()) + label.substring(1);
        }

        private String date(Instant at) {
            return labels.date(LocalDate.ofInstant(at, zone));
        }

        private String t(String key, Object... args) {
            Map<String, Object> map = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                map.put((String) args[i], args[i + 1]);
            }
            return labels.text(key, map);
        }
    }

    private static Optional<Recipient> recipientOf(ConsentEntry e) {
        if (e instanceof ConsentGrant g) {
            return Optional.of(g.getRecipient());
        }
        if (e instanceof ConsentRefusal r) {
            return Optional.of(r.getRecipient());
        }
        if (e instanceof ConsentRevocation v) {
            return v.getRecipient();
        }
        return Optional.empty(); // a confirmation names no one; a revocation never names one
    }

    private static StatusChange last(PlanStep s) {
        return s.getHistory().get(s.getHistory().size() - 1);
    }
}
