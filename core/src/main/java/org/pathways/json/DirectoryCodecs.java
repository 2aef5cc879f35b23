package org.pathways.json;

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

/** The declarations of the service directory, and the gap report, which is only written. */
final class DirectoryCodecs {
    private DirectoryCodecs() {}

    /** A location; a confidential one without its address and phone unless written with {@link ObjectCodec#DETAILS}. */
    static final ObjectCodec<Location, Location.Builder> LOCATION = ObjectCodec.of(
                    Location::builder, Location.Builder::build)
            .field("community", Write.string(Location::getCommunity), (in, b) -> b.community(in.string()))
            .field("address", shown(Write.optString(Location::getAddress)), (in, b) -> b.address(in.string()))
            .field("phone", shown(Write.optString(Location::getPhone)), (in, b) -> b.phone(in.string()))
            .field("confidential", Write.bool(Location::isConfidential), (in, b) -> b.confidential(in.bool()))
            .field("frontGate", Write.optLocalized(Location::getFrontGate), (in, b) -> b.frontGate(in.localized()))
            .done();

    /** A detail of a location written only if it is not confidential, or the details are asked for. */
    private static ObjectCodec.Put<Location> shown(ObjectCodec.Put<Location> put) {
        return (g, k, l, how) -> {
            if (!l.isConfidential() || (how & ObjectCodec.DETAILS) != 0) {
                put.write(g, k, l, how);
            }
        };
    }

    /** An organisation while it is read. */
    static final class OrganisationRead {
        String id;
        org.pathways.LocalizedText name;
        String steward;

        Organisation build() {
            if (id == null || name == null) {
                throw new InvalidPlanException(id == null ? "id" : "name", "required but not set (Organisation)");
            }
            Organisation o = Organisation.of(id, name);
            return steward == null ? o : o.withSteward(steward);
        }
    }

    static final ObjectCodec<Organisation, OrganisationRead> ORGANISATION = ObjectCodec.of(
                    OrganisationRead::new, OrganisationRead::build)
            .field("id", Write.string(Organisation::getId), (in, o) -> o.id = in.id())
            .field("name", Write.localized(Organisation::getName), (in, o) -> o.name = in.localized())
            .field("steward", Write.optString(Organisation::getSteward), (in, o) -> o.steward = in.id())
            .done();

    /** A service; its confidential locations with their details only if written with {@link ObjectCodec#DETAILS}. */
    static final ObjectCodec<Service, Service.Builder> SERVICE = ObjectCodec.of(
                    Service::builder, Service.Builder::build)
            .field("id", Write.string(Service::getId), (in, b) -> b.id(in.id()))
            .field("organisation", Write.string(Service::getOrganisation), (in, b) -> b.organisation(in.id()))
            .field("steward", Write.optString(Service::getSteward), (in, b) -> b.steward(in.id()))
            .field("name", Write.localized(Service::getName), (in, b) -> b.name(in.localized()))
            .field(
                    "programming",
                    Write.codes(Service::getProgramming),
                    (in, b) -> b.programming(in.set(i -> i.code(StepKind.class))))
            .field(
                    "approaches",
                    Write.codes(Service::getApproaches),
                    (in, b) -> b.approaches(in.set(i -> i.code(Approach.class))))
            .field(
                    "knowledges",
                    Write.codes(Service::getKnowledges),
                    (in, b) -> b.knowledges(in.set(i -> i.code(Knowledge.class))))
            .field("languages", Write.strings(Service::getLanguages), (in, b) -> b.languages(in.list(In::string)))
            .field("communities", Write.strings(Service::getCommunities), (in, b) -> b.communities(in.set(In::string)))
            .field("remote", Write.bool(Service::isRemote), (in, b) -> b.remote(in.bool()))
            .field("open24x7", Write.bool(Service::isOpen24x7), (in, b) -> b.open24x7(in.bool()))
            .field("hours", Write.optLocalized(Service::getHours), (in, b) -> b.hours(in.localized()))
            .field("capacity", Write.code(Service::getCapacity), (in, b) -> b.capacity(in.code(Capacity.class)))
            .field(
                    "typicalWaitDays",
                    (g, k, s, how) -> {
                        if (s.getTypicalWaitDays().isPresent()) {
                            g.writeFieldName(k);
                            g.writeNumber(s.getTypicalWaitDays().getAsInt());
                        }
                    },
                    (in, b) -> b.typicalWaitDays(in.integer()))
            .field(
                    "barriers",
                    Write.codes(Service::getBarriers),
                    (in, b) -> b.barriers(in.set(i -> i.code(Barrier.class))))
            .field(
                    "locations",
                    Write.list(Service::getLocations, LOCATION),
                    (in, b) -> b.locations(in.list(i -> i.read(LOCATION))))
            .done();

    /** A directory; its confidential locations with their details only if written with {@link ObjectCodec#DETAILS}. */
    static final ObjectCodec<ServiceDirectory, ServiceDirectory.Builder> DIRECTORY = ObjectCodec.of(
                    ServiceDirectory::builder, ServiceDirectory.Builder::build)
            .field(
                    "organisations",
                    Write.list(ServiceDirectory::getOrganisations, ORGANISATION),
                    (in, b) -> b.organisations(in.list(i -> i.read(ORGANISATION))))
            .field(
                    "services",
                    Write.list(ServiceDirectory::getServices, SERVICE),
                    (in, b) -> b.services(in.list(i -> i.read(SERVICE))))
            .done()
            .document("a service directory");

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
}
