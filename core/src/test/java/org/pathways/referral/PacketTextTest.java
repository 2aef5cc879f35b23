package org.pathways.referral;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.ReferralSamples.amara;
import static org.pathways.testing.ReferralSamples.at;
import static org.pathways.testing.ReferralSamples.jo;

import org.junit.jupiter.api.Test;

class PacketTextTest {
    private final Packet packet =
            Referrals.send(amara(), "s-harbour", jo(), at(1, 0)).getPacket();
    private final String text = PacketText.of(packet);

    @Test
    void holdsHerSharedPrioritiesInHerOrderAndWords() {
        int safe = text.indexOf("1. A bed where he cannot find me");
        int work = text.indexOf("2. Get back to my cooking course");
        assertTrue(safe > 0 && work > safe, text);
    }

    @Test
    void holdsNothingThePacketDoesNotHold() {
        assertFalse(text.contains("Something for the pain in my back"), "her health priority was not shared");
        assertFalse(text.contains("blue heron"), "the code word needs safe_contact, which was not shared");
    }

    @Test
    void saysWhoRefersHowToReachThemAndHowToContactHer() {
        assertTrue(text.contains("Reach: 705-555-0142, weekdays 9 to 5"), text);
        assertTrue(text.contains("Never use: phone_call, email"), text);
        assertTrue(text.contains("Safe times: after 6 pm on weekdays"), text);
    }
}
