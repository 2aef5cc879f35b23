package org.pathways.json;

import static org.pathways.json.Codecs.code;
import static org.pathways.json.Codecs.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.ReferralAnswer;
import org.pathways.referral.Packet;
import org.pathways.referral.Referrer;
import org.pathways.team.TeamRole;

/** The codecs of the referral exchange: the packet, its referrer, and an organisation's answer. */
final class ReferralCodecs {
    private ReferralCodecs() {}

    /** An answer inside a step's history. */
    static final Codec<ReferralAnswer> ANSWER = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ReferralAnswer a) throws IOException {
            g.writeStartObject();
            fields(g, a);
            g.writeEndObject();
        }

        @Override
        public ReferralAnswer read(In in) throws IOException {
            ReferralAnswer.Builder b = ReferralAnswer.builder();
            return in.object(name -> field(in, b, name), b::build);
        }
    };

    /** An answer as the document an organisation sends back. */
    static final Codec<ReferralAnswer> ANSWER_DOCUMENT = new Codec<>() {
        @Override
        public void write(JsonGenerator g, ReferralAnswer a) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Codecs.SCHEMA_VERSION);
            fields(g, a);
            g.writeEndObject();
        }

        @Override
        public ReferralAnswer read(In in) throws IOException {
            ReferralAnswer.Builder b = ReferralAnswer.builder();
            return in.versioned(name -> field(in, b, name), b::build, "an answer");
        }
    };

    private static void fields(JsonGenerator g, ReferralAnswer a) throws IOException {
        g.writeStringField("id", a.getId());
        g.writeStringField("referral", a.getReferral());
        g.writeStringField("step", a.getStep());
        g.writeStringField("from", a.getFrom());
        g.writeStringField("kind", a.getKind().getCode());
        g.writeStringField("at", a.getAt().toString());
        if (a.getExpected().isPresent()) {
            g.writeStringField("expected", a.getExpected().get().toString());
        }
        if (a.getWaitDays().isPresent()) {
            g.writeNumberField("waitDays", a.getWaitDays().get());
        }
        if (a.getAppointmentAt().isPresent()) {
            g.writeStringField("appointmentAt", a.getAppointmentAt().get().toString());
        }
        text(g, "place", a.getPlace());
        code(g, "reason", a.getReason());
    }

    private static boolean field(In in, ReferralAnswer.Builder b, String name) throws IOException {
        switch (name) {
            case "id" -> b.id(in.id());
            case "referral" -> b.referral(in.id());
            case "step" -> b.step(in.id());
            case "from" -> b.from(in.id());
            case "kind" -> b.kind(in.code(AnswerKind.class));
            case "at" -> b.at(in.instant());
            case "expected" -> b.expected(in.date());
            case "waitDays" -> b.waitDays(in.integer());
            case "appointmentAt" -> b.appointmentAt(in.instant());
            case "place" -> b.place(in.sensitive());
            case "reason" -> b.reason(in.code(DeclineReason.class));
            default -> {
                return false;
            }
        }
        return true;
    }

    static final Codec<Referrer> REFERRER = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Referrer r) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", r.getId());
            g.writeStringField("role", r.getRole().getCode());
            g.writeStringField("organisation", r.getOrganisation());
            text(g, "name", r.getName());
            g.writeStringField("reach", r.getReach().reveal());
            g.writeEndObject();
        }

        @Override
        public Referrer read(In in) throws IOException {
            Referrer.Builder b = Referrer.builder();
            return in.object(
                    name -> {
                        switch (name) {
                            case "id" -> b.id(in.id());
                            case "role" -> b.role(in.code(TeamRole.class));
                            case "organisation" -> b.organisation(in.id());
                            case "name" -> b.name(in.sensitive());
                            case "reach" -> b.reach(in.sensitive());
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build);
        }
    };

    static final Codec<Packet> PACKET = new Codec<>() {
        @Override
        public void write(JsonGenerator g, Packet p) throws IOException {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", Codecs.SCHEMA_VERSION);
            g.writeFieldName("referrer");
            REFERRER.write(g, p.getReferrer());
            g.writeStringField("step", p.getStep());
            g.writeFieldName("view");
            ConsentCodecs.VIEW.write(g, p.getView());
            g.writeEndObject();
        }

        @Override
        public Packet read(In in) throws IOException {
            Packet.Builder b = Packet.builder();
            return in.versioned(
                    name -> {
                        switch (name) {
                            case "referrer" -> b.referrer(REFERRER.read(in));
                            case "step" -> b.step(in.id());
                            case "view" -> b.view(ConsentCodecs.VIEW.read(in));
                            default -> {
                                return false;
                            }
                        }
                        return true;
                    },
                    b::build,
                    "a referral packet");
        }
    };
}
