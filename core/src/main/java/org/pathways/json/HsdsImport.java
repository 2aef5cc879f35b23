package org.pathways.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.pathways.ErrorCode;
import org.pathways.MalformedDocumentException;
import org.pathways.PathwaysException;
import org.pathways.directory.Approach;
import org.pathways.directory.Barrier;
import org.pathways.directory.Capacity;
import org.pathways.directory.Knowledge;
import org.pathways.directory.Location;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.internal.Codes;
import org.pathways.plan.StepKind;

/**
 * Imports a service directory from Open Referral HSDS 3.0 JSON, the format community-service
 * directories such as 211 publish: one {@code organization} document with its services and their
 * locations, one {@code service} document with its organization, or an array of them.
 *
 * <pre>{@code
 * HsdsImport.Imported result = HsdsImport.create().read(json);
 * ServiceDirectory network = result.getDirectory();
 * result.getNotes();   // what could not be mapped, by id and field, never silently dropped
 * }</pre>
 *
 * <p>HSDS names no approaches, knowledges or barriers. They, and a service's programming, come from
 * its {@code attributes} whose taxonomy term belongs to the taxonomy {@code pathways}, with codes of
 * the form {@code facet:code}: {@code programming:shelter_and_housing}, {@code approach:harm_reduction},
 * {@code knowledge:experiential}, {@code barrier:requires_sobriety}, {@code capacity:open},
 * {@code capacity:full}, {@code capacity:waitlist:14} (a typical wait in days), {@code delivery:remote}
 * and {@code delivery:24x7}. The rest is mapped as docs/hsds-import.md says; everything else that is
 * present is reported in the notes. A service with no programming cannot serve a plan step and is
 * skipped, with a note.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class HsdsImport {
    /** The taxonomy whose terms carry what HSDS does not name. */
    public static final String TAXONOMY = "pathways";

    /** The tree of a document holds at most one value per this many bytes of the document-length limit. */
    private static final int BYTES_PER_VALUE = 24;

    private static final Set<String> SERVICE_MAPPED = Set.of(
            "id",
            "name",
            "status",
            "languages",
            "service_areas",
            "schedules",
            "minimum_age",
            "maximum_age",
            "cost_options",
            "attributes",
            "service_at_locations");
    private static final Set<String> ORGANIZATION_MAPPED = Set.of("id", "name", "services", "locations");

    /**
     * The field names HSDS 3.0 gives an organization and a service (with the service's own
     * {@code organization}). A note names a field that is not mapped only if it is one of these: any
     * other name came from the input and could be anything, even a person's words.
     */
    private static final Set<String> HSDS_FIELDS = Set.of(
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "url",
            "additional_websites",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
            "parent_organization_id",
            "organization_id",
            "organization",
            "program_id",
            "program",
            "programs",
            "funding",
            "contacts",
            "phones",
            "locations",
            "services",
            "organization_identifiers",
            "attributes",
            "metadata",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
            "last_modified",
            "schedules",
            "service_areas",
            "service_at_locations",
            "languages",
            "cost_options",
            "required_documents",
            "capacities");

    private final ReadLimits limits;
    private final JsonFactory factory;

    private HsdsImport(ReadLimits limits) {
        this.limits = limits;
        this.factory = PlanJson.defaults().withLimits(limits).treeFactory();
    }

    /**
     * Returns an importer that reads within the default limits.
     *
     * @return the importer
     */
    public static HsdsImport create() {
        return new HsdsImport(ReadLimits.defaults());
    }

    /**
     * Imports one HSDS organization document, or an array of them.
     *
     * @param json the document
     * @return the directory and the notes
     * @throws MalformedDocumentException if the text is not JSON, is not an organization or an array
     *     of them, or an organization has no usable id or name
     */
    public Imported read(String json) {
        Objects.requireNonNull(json, "json");
        try (JsonParser p = factory.createParser(json)) {
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports from a stream of UTF-8 JSON, which is not closed.
     *
     * @param in the stream
     * @return the directory and the notes
     * @throws MalformedDocumentException as {@link #read(String)} does
     */
    public Imported read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = factory.createParser(Utf8.checking(in))) {
            return read(p);
        } catch (java.io.CharConversionException e) {
            throw PlanJson.notText(null, e); // the first bytes are read as the parser opens
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Imported read(JsonParser p) throws IOException {
        JsonNode root;
        try {
            p.nextToken();
            root = p.currentToken() == null ? null : new Tree(p, limits).value();
            if (p.nextToken() != null) {
                throw new In(p, limits).error("unexpected content after the document");
            }
        } catch (JsonProcessingException e) {
            throw PlanJson.translate(null, e);
        } catch (java.io.CharConversionException e) {
            throw PlanJson.notText(null, e);
        }
        List<JsonNode> organizations = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(o -> organizations.add(asOrganization(o)));
        } else if (root != null && root.isObject()) {
            organizations.add(asOrganization(root));
        } else {
            throw new MalformedDocumentException("", "expected an HSDS organization or an array of them", -1, -1, null);
        }
        Notes notes = new Notes();
        ServiceDirectory.Builder directory = ServiceDirectory.builder();
        for (int i = 0; i < organizations.size(); i++) {
            organization(organizations.get(i), root.isArray() ? "/" + i : "", directory, notes);
        }
        try {
            return new Imported(directory.build(), notes.kept, notes.omitted);
        } catch (PathwaysException e) {
            // the rule's pointer is into the directory's own form, not the HSDS input: not used
            throw new MalformedDocumentException(e.getCode(), "", e.getMessage(), -1, -1, e);
        }
    }

    /** A service document, which names its organization, read as that organization with one service. */
    private static JsonNode asOrganization(JsonNode document) {
        JsonNode organization = document.path("organization");
        if (!document.isObject() || !organization.isObject() || document.has("services")) {
            return document;
        }
        ObjectNode service = ((ObjectNode) document).deepCopy();
        service.remove("organization");
        ObjectNode o = ((ObjectNode) organization).deepCopy();
        o.putArray("services").add(service);
        return o;
    }

    private static void organization(JsonNode o, String pointer, ServiceDirectory.Builder directory, Notes notes) {
        String id = text(o, "id");
        String name = text(o, "name");
        Organisation organisation;
        try {
            organisation = Organisation.of(id == null ? "" : id, name == null ? "" : name);
        } catch (PathwaysException e) {
            throw new MalformedDocumentException(
                    e.getCode(), pointer, "an organization needs an id and a name: " + e.getReason(), -1, -1, e);
        }
        directory.addOrganisations(organisation);
        // a note names an organization or a service by where it is, never by a value of the input
        notUsed(o, ORGANIZATION_MAPPED, "organization at " + (pointer.isEmpty() ? "the top" : pointer), notes);
        JsonNode services = o.path("services");
        for (int j = 0; j < services.size(); j++) {
            service(services.get(j), pointer + "/services/" + j, id, directory, notes);
        }
    }

    private static void service(
            JsonNode s, String pointer, String organisation, ServiceDirectory.Builder directory, Notes notes) {
        String id = text(s, "id");
        String where = "service at " + pointer;
        Service.Builder b = Service.builder().organisation(organisation);
        if (id != null) {
            b.id(id);
        }
        String name = text(s, "name");
        if (name != null) {
            b.name(name);
        }
        Set<StepKind> programming = EnumSet.noneOf(StepKind.class);
        Set<Barrier> barriers = EnumSet.noneOf(Barrier.class);
        for (JsonNode a : s.path("attributes")) {
            attribute(a, where, b, programming, barriers, notes);
        }
        b.programming(programming);
        for (JsonNode l : s.path("languages")) {
            String code = text(l, "code");
            if (code != null && code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                b.addLanguages(code);
            } else {
                notes.add(where + ": language " + (code == null ? "without a code" : "code is not a language tag")
                        + ", not mapped");
            }
        }
        Set<String> communities = new TreeSet<>();
        for (JsonNode area : s.path("service_areas")) {
            String n = text(area, "name");
            if (n != null && !n.isBlank() && n.length() <= 100) {
                communities.add(n);
            } else {
                notes.add(where
                        + ": a service area whose name is not a place name (blank or over 100 characters), not mapped");
            }
        }
        b.communities(communities);
        for (JsonNode schedule : s.path("schedules")) {
            if (allDay(schedule)) {
                b.open24x7(true);
            } else {
                String d = text(schedule, "description");
                if (d != null && !d.isBlank() && d.length() <= 200) {
                    b.hours(d);
                } else {
                    notes.add(where + ": a schedule without a short description, not mapped");
                }
            }
        }
        if (s.hasNonNull("minimum_age") || s.hasNonNull("maximum_age")) {
            barriers.add(Barrier.AGE_LIMIT);
        }
        for (JsonNode cost : s.path("cost_options")) {
            if (cost.path("amount").asDouble(0) > 0) {
                barriers.add(Barrier.FEE);
            }
        }
        b.barriers(barriers);
        for (JsonNode sal : s.path("service_at_locations")) {
            location(sal.path("location"), where, notes).ifPresent(b::addLocations);
        }
        if (s.path("required_documents").size() > 0) {
            notes.add(where + ": required_documents present; if they are identity documents, add the attribute"
                    + " barrier:requires_identity_documents");
        }
        notUsed(s, SERVICE_MAPPED, where, notes);
        String status = text(s, "status");
        if ("inactive".equals(status) || "defunct".equals(status)) {
            notes.add(where + ": skipped, its status is " + status);
            return;
        }
        if ("temporarily closed".equals(status)) {
            b.capacity(Capacity.FULL).typicalWaitDays(java.util.OptionalInt.empty());
        }
        if (programming.isEmpty()) {
            notes.add(where + ": skipped, no programming attribute of the taxonomy '" + TAXONOMY
                    + "' says which kinds of step it delivers");
            return;
        }
        try {
            directory.addServices(b.build());
        } catch (PathwaysException e) {
            notes.add(where + ": skipped, " + e.getMessage());
        }
    }

    private static void attribute(
            JsonNode a,
            String where,
            Service.Builder b,
            Set<StepKind> programming,
            Set<Barrier> barriers,
            Notes notes) {
        JsonNode term = a.path("taxonomy_term");
        String taxonomy = text(term, "taxonomy");
        String code = text(term, "code");
        if (!TAXONOMY.equals(taxonomy) || code == null) {
            notes.add(where + ": an attribute of another taxonomy, not mapped");
            return;
        }
        String[] parts = code.split(":");
        try {
            switch (parts[0]) {
                case "programming" -> programming.add(Codes.fromCode(StepKind.class, parts[1]));
                case "approach" -> b.addApproaches(Codes.fromCode(Approach.class, parts[1]));
                case "knowledge" -> b.addKnowledges(Codes.fromCode(Knowledge.class, parts[1]));
                case "barrier" -> barriers.add(Codes.fromCode(Barrier.class, parts[1]));
                case "capacity" -> {
                    Capacity c = Codes.fromCode(Capacity.class, parts[1]);
                    b.capacity(c);
                    if (c == Capacity.WAITLIST) {
                        b.typicalWaitDays(Integer.parseInt(parts[2]));
                    }
                }
                case "delivery" -> {
                    if (parts[1].equals("remote")) {
                        b.remote(true);
                    } else if (parts[1].equals("24x7")) {
                        b.open24x7(true);
                    } else {
                        throw new IllegalArgumentException();
                    }
                }
                default -> throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            notes.add(where + ": attribute code of the taxonomy '" + TAXONOMY + "' not understood, not mapped");
        }
    }

    private static java.util.Optional<Location> location(JsonNode l, String where, Notes notes) {
        if (l.isMissingNode() || l.isNull()) {
            return java.util.Optional.empty();
        }
        JsonNode address = l.path("addresses").path(0);
        String city = text(address, "city");
        if (city == null || city.isBlank() || city.length() > 100) {
            notes.add(where + ": a location without a city, not mapped");
            return java.util.Optional.empty();
        }
        Location.Builder b = Location.builder().community(city);
        String street = text(address, "address_1");
        if (street != null && !street.isBlank() && street.length() <= 200) {
            b.address(street);
        }
        String phone = text(l.path("phones").path(0), "number");
        if (phone != null && !phone.isBlank() && phone.length() <= 40) {
            b.phone(phone);
        }
        try {
            return java.util.Optional.of(b.build());
        } catch (PathwaysException e) {
            notes.add(where + ": a location that is not valid, not mapped");
            return java.util.Optional.empty();
        }
    }

    /** Open every day of the week, from midnight to midnight. */
    private static boolean allDay(JsonNode schedule) {
        String opens = text(schedule, "opens_at");
        String closes = text(schedule, "closes_at");
        String freq = text(schedule, "freq");
        String byday = text(schedule, "byday");
        boolean everyDay =
                "DAILY".equals(freq) || ("WEEKLY".equals(freq) && byday != null && byday.split(",").length == 7);
        return everyDay && "00:00:00".equals(opens) && ("23:59:59".equals(closes) || "24:00:00".equals(closes));
    }

    private static void notUsed(JsonNode o, Set<String> mapped, String where, Notes notes) {
        List<String> unused = new ArrayList<>();
        int others = 0;
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            JsonNode v = o.get(n);
            boolean empty = v.isNull()
                    || (v.isContainerNode() && v.size() == 0)
                    || (v.isTextual() && v.asText().isBlank());
            if (!mapped.contains(n) && !empty) {
                if (HSDS_FIELDS.contains(n)) {
                    unused.add(n);
                } else {
                    others++;
                }
            }
        }
        if (others > 0) {
            unused.add(others + (others == 1 ? " field" : " fields") + " that HSDS 3.0 does not define");
        }
        if (!unused.isEmpty()) {
            notes.add(where + ": not mapped: " + String.join(", ", unused));
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    /**
     * Reads a document into a tree within the limits, as it streams by: an array or object holds at
     * most {@link ReadLimits#getMaxCollection()} entries, and the tree at most one value per
     * {@value #BYTES_PER_VALUE} bytes of {@link ReadLimits#getMaxDocumentLength()}, so that the tree
     * costs a few times the longest document at most (about a hundred bytes a value), never the
     * thirty-odd times a tree of empty objects costs.
     */
    private static final class Tree {
        private final JsonParser p;
        private final ReadLimits limits;
        private final int entries;
        private long values;

        Tree(JsonParser p, ReadLimits limits) {
            this.p = p;
            this.limits = limits;
            this.entries = limits.getMaxCollection();
            this.values = Math.max(1, limits.getMaxDocumentLength() / BYTES_PER_VALUE);
        }

        /** Reads the value whose first token is the current one. */
        JsonNode value() throws IOException {
            if (--values < 0) {
                throw new In(p, limits)
                        .error(
                                ErrorCode.LIMIT_EXCEEDED,
                                "limit exceeded: more than one value per " + BYTES_PER_VALUE
                                        + " bytes of the document length (ReadLimits)");
            }
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    ObjectNode o = nodes.objectNode();
                    int n = 0;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        full(n++);
                        p.nextToken();
                        o.set(name, value()); // the factory refuses a repeated name
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = nodes.arrayNode();
                    int n = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        full(n++);
                        a.add(value());
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return nodes.textNode(p.getText());
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return nodes.numberNode(p.getValueAsDouble());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return nodes.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
                }
                default -> {
                    return nodes.nullNode();
                }
            }
        }

        private void full(int n) {
            if (n == entries) {
                throw new In(p, limits)
                        .error(
                                ErrorCode.LIMIT_EXCEEDED,
                                "limit exceeded: more than " + entries + " elements (ReadLimits maxCollection)");
            }
        }
    }

    /** The notes of one import: the first {@link Imported#MAX_NOTES_KEPT} kept, the rest counted. */
    private static final class Notes {
        final List<String> kept = new ArrayList<>();
        long omitted;

        void add(String note) {
            if (kept.size() < Imported.MAX_NOTES_KEPT) {
                kept.add(note);
            } else {
                omitted++;
            }
        }
    }

    /** What an import gives: the directory, and the notes on what it could not map. */
    public static final class Imported {
        /** How many notes an import keeps; the rest are counted in {@link #getOmittedNotes()}. */
        public static final int MAX_NOTES_KEPT = 1_000;

        private final ServiceDirectory directory;
        private final List<String> notes;
        private final long omitted;

        Imported(ServiceDirectory directory, List<String> notes, long omitted) {
            this.directory = directory;
            this.notes = List.copyOf(notes);
            this.omitted = omitted;
        }

        /**
         * Returns the directory.
         *
         * @return the organisations and the services that could be mapped
         */
        public ServiceDirectory getDirectory() {
            return directory;
        }

        /**
         * Returns what was present and not mapped, one note per service or organization and field:
         * the first {@link #MAX_NOTES_KEPT}, in document order.
         *
         * @return the notes, naming ids and HSDS field names only
         */
        public List<String> getNotes() {
            return notes;
        }

        /**
         * Returns how many notes were left out of {@link #getNotes()} because it was full.
         *
         * @return the count; 0 when every note was kept
         */
        public long getOmittedNotes() {
            return omitted;
        }

        @Override
        public String toString() {
            return "Imported[" + directory.getServices().size() + " services, " + notes.size() + " notes"
                    + (omitted > 0 ? ", " + omitted + " more omitted" : "") + "]";
        }
    }
}
