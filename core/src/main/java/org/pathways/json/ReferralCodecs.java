package org.pathways.json;

import org.pathways.plan.AnswerKind;
import org.pathways.plan.DeclineReason;
import org.pathways.plan.ReferralAnswer;
import org.pathways.referral.Referrer;
import org.pathways.team.TeamRole;

/** The declarations of the referral exchange: the packet's referrer, and an organisation's answer (the packet is in {@link Codecs}). */
final class ReferralCodecs {
    private ReferralCodecs() {}

    /** An answer inside a step's history. */
    static final ObjectCodec<ReferralAnswer, ReferralAnswer.Builder> ANSWER = ObjectCodec.of(
                    ReferralAnswer::builder, ReferralAnswer.Builder::build)
            .field("id", Write.string(ReferralAnswer::getId), (in, b) -> b.id(in.id()))
            .field("referral", Write.string(ReferralAnswer::getReferral), (in, b) -> b.referral(in.id()))
            .field("step", Write.string(ReferralAnswer::getStep), (in, b) -> b.step(in.id()))
            .field("from", Write.string(ReferralAnswer::getFrom), (in, b) -> b.from(in.id()))
            .field("kind", Write.code(ReferralAnswer::getKind), (in, b) -> b.kind(in.code(AnswerKind.class)))
            .field("at", Write.instant(ReferralAnswer::getAt), (in, b) -> b.at(in.instant()))
            .field("expected", Write.optDate(ReferralAnswer::getExpected), (in, b) -> b.expected(in.date()))
            .field(
                    "waitDays",
                    (g, k, a, how) -> {
                        if (a.getWaitDays().isPresent()) {
                            g.writeFieldName(k);
                            g.writeNumber(a.getWaitDays().get());
                        }
                    },
                    (in, b) -> b.waitDays(in.integer()))
            .field(
                    "appointmentAt",
                    Write.optInstant(ReferralAnswer::getAppointmentAt),
                    (in, b) -> b.appointmentAt(in.instant()))
            .field("place", Write.optText(ReferralAnswer::getPlace), (in, b) -> b.place(in.sensitive()))
            .field(
                    "reason",
                    Write.optCode(ReferralAnswer::getReason),
                    (in, b) -> b.reason(in.code(DeclineReason.class)))
            .done();

    /** An answer as the document an organisation sends back. */
    static final ObjectCodec<ReferralAnswer, ReferralAnswer.Builder> ANSWER_DOCUMENT = ANSWER.document("an answer");

    static final ObjectCodec<Referrer, Referrer.Builder> REFERRER = ObjectCodec.of(
                    Referrer::builder, Referrer.Builder::build)
            .field("id", Write.string(Referrer::getId), (in, b) -> b.id(in.id()))
            .field("role", Write.code(Referrer::getRole), (in, b) -> b.role(in.code(TeamRole.class)))
            .field("organisation", Write.string(Referrer::getOrganisation), (in, b) -> b.organisation(in.id()))
            .field("name", Write.optText(Referrer::getName), (in, b) -> b.name(in.sensitive()))
            .field("reach", Write.text(Referrer::getReach), (in, b) -> b.reach(in.sensitive()))
            .done();
}
