package org.pathways.json;

import static org.pathways.json.Codecs.codes;
import static org.pathways.json.Codecs.localized;
import static org.pathways.json.Codecs.string;
import static org.pathways.json.Codecs.strings;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.pathways.InvalidPlanException;
import org.pathways.directory.Approach;
import org.pathways.directory.Barrier;
import org.pathways.directory.Capacity;
import org.pathways.directory.Count;
import org.pathways.directory.CountTable;
import org.pathways.directory.GapCombination;
import org.pathways.directory.GapReport;
import org.pathways.directory.GapRow;
import org.pathways.directory.Knowledge;
import org.pathways.directory.Location;
import org.pathways.directory.Organisation;
import org.pathways.directory.Service;
import org.pathways.directory.ServiceDirectory;
import org.pathways.plan.StepKind;

/** The codecs of the service directory. */
final class DirectoryCodecs {
    private DirectoryCodecs() {}

    static final Codec<Location> LOCATION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Location l) throws IOException {
            writeLocation(g, l, false);
        }

        @Override
        public Location read(In in) throws IOException {
            Location.Builder b = Location.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "community" -> b.community(in.string());
                            case "address" -> b.address(in.string());
                            case "phone" -> b.phone(in.string());
                            case "confidential" -> b.confidential(in.bool());
                            case "frontGate" -> b.frontGate(in.string());
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<Organisation> ORGANISATION = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Organisation o) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", o.getId());
            localized(g, "name", o.getName());
            string(g, "steward", o.getSteward());
            g.writeEndObject();
        }

        @Override
        public Organisation read(In in) throws IOException {
            String[] id = {null};
            org.pathways.LocalizedText[] name = {null};
            String[] steward = {null};
            return in.object(
                    field -> {
                        switch (field) {
                            case "id" -> id[0] = in.id();
                            case "name" -> name[0] = in.localized();
                            case "steward" -> steward[0] = in.id();
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    () -> {
                        if (id[0] == null || name[0] == null) {
                            throw new InvalidPlanException(
                                    id[0] == null ? "id" : "name", "required but not set (Organisation)");
                        }
                        Organisation o = Organisation.of(id[0], name[0]);
                        return steward[0] == null ? o : o.withSteward(steward[0]);
                    });
        }
    };

    static final Codec<Service> SERVICE = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Service s) throws IOException {
            writeService(g, s, false);
        }

        @Override
        public Service read(In in) throws IOException {
            Service.Builder b = Service.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "organisation" -> b.organisation(in.id());
                            case "steward" -> b.steward(in.id());
                            case "name" -> b.name(in.localized());
                            case "programming" -> b.programming(in.set(i -> i.code(StepKind.class)));
                            case "approaches" -> b.approaches(in.set(i -> i.code(Approach.class)));
                            case "knowledges" -> b.knowledges(in.set(i -> i.code(Knowledge.class)));
                            case "languages" -> b.languages(in.list(In::string));
                            case "communities" -> b.communities(in.set(In::string));
                            case "remote" -> b.remote(in.bool());
                            case "open24x7" -> b.open24x7(in.bool());
                            case "hours" -> b.hours(in.localized());
                            case "capacity" -> b.capacity(in.code(Capacity.class));
                            case "typicalWaitDays" -> b.typicalWaitDays(in.integer());
                            case "barriers" -> b.barriers(in.set(i -> i.code(Barrier.class)));
                            case "locations" -> b.locations(in.list(LOCATION::read));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    /**
     * Writes a location; a confidential one without its address and phone unless {@code details}: the
     * default writers never write them, only {@link PlanJson#writeWithConfidentialDetails} does.
     */
    static void writeLocation(JsonGenerator g, Location l, boolean details) throws IOException {
        boolean hidden = l.isConfidential() && !details;
        g.writeStartObject();
        g.writeStringField("community", l.getCommunity());
        if (!hidden) {
            string(g, "address", l.getAddress());
            string(g, "phone", l.getPhone());
        }
        g.writeBooleanField("confidential", l.isConfidential());
        string(g, "frontGate", l.getFrontGate());
        g.writeEndObject();
    }

    /** Writes a service, its confidential locations with their details only if {@code details}. */
    static void writeService(JsonGenerator g, Service s, boolean details) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.getId());
        g.writeStringField("organisation", s.getOrganisation());
        string(g, "steward", s.getSteward());
        localized(g, "name", s.getName());
        codes(g, "programming", s.getProgramming());
        codes(g, "approaches", s.getApproaches());
        codes(g, "knowledges", s.getKnowledges());
        strings(g, "languages", s.getLanguages());
        strings(g, "communities", s.getCommunities());
        g.writeBooleanField("remote", s.isRemote());
        g.writeBooleanField("open24x7", s.isOpen24x7());
        localized(g, "hours", s.getHours());
        g.writeStringField("capacity", s.getCapacity().getCode());
        if (s.getTypicalWaitDays().isPresent()) {
            g.writeNumberField("typicalWaitDays", s.getTypicalWaitDays().getAsInt());
        }
        codes(g, "barriers", s.getBarriers());
        g.writeArrayFieldStart("locations");
        for (Location l : s.getLocations()) {
            writeLocation(g, l, details);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes a directory, its confidential locations with their details only if {@code details}. */
    static void writeDirectory(JsonGenerator g, ServiceDirectory d, boolean details) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Codecs.SCHEMA_VERSION);
        g.writeArrayFieldStart("organisations");
        for (Organisation o : d.getOrganisations()) {
            ORGANISATION.write(g, o);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("services");
        for (Service s : d.getServices()) {
            writeService(g, s, details);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The gap report, written for people and funders; it is a rendering, never read back. */
    static final Codec<GapReport> GAP_REPORT = new Codec<>() {
        @Override
        public void write(JsonGenerator g, GapReport r) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Codecs.SCHEMA_VERSION);
            g.writeNumberField("threshold", r.getThreshold());
            count(g, "services", r.getServices());
            count(g, "barrierFreeServices", r.getBarrierFreeServices());
            count(g, "plans", r.getPlans());
            if (r.getFunder().isPresent()) {
                g.writeObjectFieldStart("funder");
                g.writeStringField("kind", r.getFunder().get().getKind().getCode());
                g.writeStringField("id", r.getFunder().get().getId());
                g.writeEndObject();
                g.writeStringField("at", r.getAt().orElseThrow().toString());
            }
            g.writeArrayFieldStart("rows");
            for (GapRow row : r.getRows()) {
                g.writeStartObject();
                g.writeStringField("dimension", row.getDimension().getCode());
                g.writeStringField("value", row.getValue());
                count(g, "barrierFreeServices", row.getBarrierFreeServices());
                g.writeBooleanField("gap", row.isGap());
                if (row.getUnmetPriorities().isPresent()) {
                    count(g, "unmetPriorities", row.getUnmetPriorities().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("combinations");
            for (GapCombination c : r.getCombinations()) {
                g.writeStartObject();
                g.writeStringField("kind", c.getKind().getCode());
                g.writeStringField("dimension", c.getDimension().getCode());
                g.writeStringField("value", c.getValue());
                g.writeStringField("community", c.getCommunity());
                count(g, "barrierFreeServices", c.getBarrierFreeServices());
                g.writeBooleanField("gap", c.isGap());
                g.writeEndObject();
            }
            g.writeEndArray();
            table(g, "declinesByKind", r.getDeclinesByKind());
            table(g, "declinesByOrganisation", r.getDeclinesByOrganisation());
            g.writeEndObject();
        }

        @Override
        public GapReport read(In in) {
            throw new IllegalArgumentException("a gap report is written for people and funders; it is not read back");
        }
    };

    /** A table of counts with its margins. */
    private static void table(JsonGenerator g, String name, CountTable t) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("rows", t.getRowDimension().getCode());
        g.writeStringField("columns", t.getColumnDimension().getCode());
        g.writeArrayFieldStart("rowValues");
        for (String v : t.getRowValues()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("columnValues");
        for (String v : t.getColumnValues()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cells");
        for (java.util.List<Count> row : t.getCells()) {
            g.writeStartArray();
            for (Count c : row) {
                count(g, null, c);
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rowTotals");
        for (Count c : t.getRowTotals()) {
            count(g, null, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("columnTotals");
        for (Count c : t.getColumnTotals()) {
            count(g, null, c);
        }
        g.writeEndArray();
        count(g, "total", t.getTotal());
        g.writeEndObject();
    }

    /**
     * A count: the number, {@code {"fewerThan": threshold}} when it is suppressed, or {@code
     * {"withheld": true}} when it is withheld in a table; in an array when the name is null.
     */
    private static void count(JsonGenerator g, String name, Count c) throws IOException {
        if (name != null) {
            g.writeFieldName(name);
        }
        if (c.isWithheld()) {
            g.writeStartObject();
            g.writeBooleanField("withheld", true);
            g.writeEndObject();
        } else if (c.isSuppressed()) {
            g.writeStartObject();
            g.writeNumberField("fewerThan", c.getThreshold());
            g.writeEndObject();
        } else {
            g.writeNumber(c.getValue().getAsInt());
        }
    }

    static final Codec<ServiceDirectory> DIRECTORY = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ServiceDirectory d) throws IOException {
            writeDirectory(g, d, false);
        }

        @Override
        public ServiceDirectory read(In in) throws IOException {
            ServiceDirectory.Builder b = ServiceDirectory.builder();
            return in.versioned(
                    name -> {
                        switch (name) {
                            case "organisations" -> b.organisations(in.list(ORGANISATION::read));
                            case "services" -> b.services(in.list(SERVICE::read));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build,
                    "a service directory");
        }
    };
}
