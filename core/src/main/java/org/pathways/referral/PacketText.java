package org.pathways.referral;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathways.SensitiveText;
import org.pathways.disclosure.PlanView;
import org.pathways.person.Person;
import org.pathways.person.SafeContact;
import org.pathways.plan.PlanStep;
import org.pathways.priority.Priority;
import org.pathways.team.TeamMember;

/**
 * A referral packet as plain text, for a partner with no system of its own: it holds exactly what
 * the packet holds, in the person's words, and nothing else.
 *
 * <pre>{@code
 * String page = PacketText.of(packet);   // print it, or send it as the body of a secure message
 * }</pre>
 *
 * <p>The text reveals the sensitive text the packet carries: treat it like the packet.
 */
public final class PacketText {
    private PacketText() {}

    /**
     * Writes a packet as plain text.
     *
     * @param packet the packet
     * @return the text, lines ended by {@code \n}
     */
    public static String of(Packet packet) {
        Objects.requireNonNull(packet, "packet");
        PlanView v = packet.getView();
        StringBuilder out = new StringBuilder();
        out.append("REFERRAL ")
                .append(packet.getId())
                .append(" to ")
                .append(packet.getRecipient().getId());
        out.append(", sent ").append(packet.getSentAt()).append('\n');
        Referrer r = packet.getReferrer();
        out.append("\nFrom: ").append(r.getName().map(SensitiveText::reveal).orElse(r.getId()));
        out.append(" (")
                .append(r.getId())
                .append(", ")
                .append(r.getRole().getCode())
                .append(", ");
        out.append(r.getOrganisation()).append(")\n");
        out.append("Reach: ").append(r.getReach().reveal()).append('\n');

        PlanStep asked = packet.getRequest();
        out.append("\nWhat is asked: ")
                .append(asked.getKind().getCode())
                .append(" (step ")
                .append(asked.getId());
        out.append(")\n");
        line(out, "  Serves", String.join(", ", asked.getServes()));
        asked.getDue().ifPresent(d -> line(out, "  Due", d.toString()));
        line(
                out,
                "  Accompaniment",
                asked.getAccompaniment().getCode()
                        + asked.getAccompaniedBy().map(m -> ", by " + m).orElse(""));
        if (asked.isFirstAppointment()) {
            line(out, "  First appointment", "yes");
        }
        asked.getDescription().ifPresent(d -> {
            line(out, "  Description", d.getText());
            d.getAlternatives().forEach((language, text) -> line(out, "  Description (" + language + ")", text));
        });

        Person p = v.getPerson().orElseThrow();
        out.append("\nThe person: ").append(p.getId()).append('\n');
        p.getChosenName().ifPresent(n -> line(out, "  Name", n.reveal()));
        p.getPronouns().ifPresent(n -> line(out, "  Pronouns", n));
        if (!p.getLanguages().isEmpty()) {
            line(out, "  Languages", String.join(", ", p.getLanguages()));
        }
        for (SensitiveText t : p.getCulturalSupports()) {
            line(out, "  Cultural support", t.reveal());
        }
        p.getSelfDescription().ifPresent(n -> line(out, "  In her words", n.reveal()));
        Optional<SafeContact> contact = packet.getSafeContact();
        if (contact.isPresent()) {
            SafeContact c = contact.get();
            out.append("\nSafe contact (honour from the first call):\n");
            line(
                    out,
                    "  Channels",
                    codes(c.getChannels().stream().map(x -> x.getCode()).toList()));
            line(
                    out,
                    "  Never use",
                    codes(c.getNeverUse().stream().map(x -> x.getCode()).toList()));
            c.getSafeTimes().ifPresent(t -> line(out, "  Safe times", t.reveal()));
            line(out, "  Do not contact", c.isDoNotContact() ? "yes" : "no");
            line(out, "  Message allowed", c.isMessageAllowed() ? "yes" : "no");
            c.getCodeWord().ifPresent(t -> line(out, "  Code word", t.reveal()));
            c.getDetails().ifPresent(t -> line(out, "  Details", t.reveal()));
        }
        if (v.getPriorities().isPresent()) {
            out.append("\nWhat matters to her, in her order and her words:\n");
            int rank = 1;
            for (Priority pr : v.getPriorities().get().getRanked()) {
                out.append("  ")
                        .append(rank++)
                        .append(". ")
                        .append(pr.getStatement().reveal());
                out.append(" (").append(pr.getId()).append(")\n");
            }
        }
        if (v.getTeam().isPresent()) {
            out.append("\nHer care team:\n");
            for (TeamMember m : v.getTeam().get().getMembers()) {
                out.append("  ")
                        .append(m.getId())
                        .append(", ")
                        .append(m.getRole().getCode());
                m.getName().ifPresent(n -> out.append(", ").append(n.reveal()));
                m.getOrganisation().ifPresent(o -> out.append(", ").append(o));
                out.append('\n');
            }
        }
        List<PlanStep> steps = v.getSteps().orElse(List.of());
        if (steps.size() > 1) {
            out.append("\nOther steps of her plan:\n");
            for (PlanStep s : steps) {
                if (!s.getId().equals(asked.getId())) {
                    out.append("  ")
                            .append(s.getId())
                            .append(", ")
                            .append(s.getKind().getCode());
                    out.append(", ").append(s.getStatus().getCode()).append('\n');
                }
            }
        }
        if (!v.getConditions().isEmpty()) {
            out.append("\nHer conditions on sharing:\n");
            for (SensitiveText c : v.getConditions()) {
                out.append("  - ").append(c.reveal()).append('\n');
            }
        }
        if (v.isWithheldAtRequest()) {
            out.append("\nSome information was withheld at her request.\n");
        }
        out.append("\nShared with her consent: ");
        out.append(codes(
                v.getDisclosure().getCategories().stream().map(c -> c.getCode()).toList()));
        out.append(" (").append(v.getDisclosure().getPurpose().getCode()).append(")\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append('\n');
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? "none" : String.join(", ", codes);
    }
}
