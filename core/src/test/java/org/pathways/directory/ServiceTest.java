package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.plan.StepKind;
import org.pathways.testing.Expect;

class ServiceTest {
    static Service.Builder shelter() {
        return Service.builder()
                .id("svc-aurora-shelter")
                .organisation("org-aurora-house")
                .name("Emergency shelter")
                .addProgramming(StepKind.SHELTER_AND_HOUSING)
                .addApproaches(Approach.TRAUMA_AND_VIOLENCE_INFORMED, Approach.HARM_REDUCTION)
                .addKnowledges(Knowledge.EXPERIENTIAL)
                .addLanguages("en", "fr")
                .addCommunities("North Bay", "Mattawa")
                .open24x7(true)
                .capacity(Capacity.WAITLIST)
                .typicalWaitDays(10)
                .addBarriers(Barrier.GENDER_LIMIT)
                .addLocations(LocationTest.safeHouse());
    }

    @Test
    void describesWhatTheToolkitAsks() {
        Service s = shelter().build();
        assertEquals(OptionalInt.of(10), s.getTypicalWaitDays());
        assertEquals(List.of("Mattawa", "North Bay"), List.copyOf(s.getCommunities()));
        assertEquals(
                Capacity.OPEN,
                Service.builder()
                        .from(s)
                        .capacity(Capacity.OPEN)
                        .typicalWaitDays(OptionalInt.empty())
                        .build()
                        .getCapacity());
    }

    @Test
    void aWaitlistSaysItsTypicalWaitAndNothingElseDoes() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().typicalWaitDays(OptionalInt.empty()).build(),
                "services[svc-aurora-shelter].typicalWaitDays",
                "a waitlist says its typical wait");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().capacity(Capacity.FULL).build(),
                "services[svc-aurora-shelter].typicalWaitDays",
                "only a waitlist has a typical wait");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().typicalWaitDays(-1).build(),
                "services[svc-aurora-shelter].typicalWaitDays",
                "is not a number of days");
    }

    @Test
    void deliversAtLeastOneKindInLanguagesNamedOnce() {
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().programming(List.of()).build(),
                "services[svc-aurora-shelter].programming",
                "at least one kind");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().addLanguages("en").build(),
                "services[svc-aurora-shelter].languages",
                "appears more than once");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().addLanguages("English").build(),
                "services[svc-aurora-shelter].languages",
                "is not a language tag");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().organisation("Aurora House").build(),
                "services[svc-aurora-shelter].organisation",
                "is not an identifier");
    }

    @Test
    void leavesConfidentialDetailsOutForExport() {
        Service out = shelter().build().withoutConfidentialDetails();
        assertEquals(List.of(LocationTest.safeHouse().withoutConfidentialDetails()), out.getLocations());
        Service remote = shelter().locations(List.of()).build();
        assertSame(remote, remote.withoutConfidentialDetails());
    }

    @Test
    void itsTextsHaveLimits() {
        Expect.rejects(
                InvalidPlanException.class, () -> shelter().name(" ").build(), "service.name", "must not be blank");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter()
                        .name(org.pathways.LocalizedText.of("Shelter").with("fr", "x".repeat(201)))
                        .build(),
                "services[svc-aurora-shelter].name",
                "more than 200");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().id("svc one").build(),
                "service.id",
                "is not an identifier");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().addCommunities("x".repeat(101)).build(),
                "services[svc-aurora-shelter].communities",
                "more than 100");
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter()
                        .hours(org.pathways.LocalizedText.of("x".repeat(201)))
                        .build(),
                "services[svc-aurora-shelter].hours",
                "more than 200");
    }

    @Test
    void mayNameADataStewardThatIsAnIdentifier() {
        assertEquals(java.util.Optional.empty(), shelter().build().getSteward());
        assertEquals(
                java.util.Optional.of("org-cedar-bay-fn"),
                shelter().steward("org-cedar-bay-fn").build().getSteward());
        Expect.rejects(
                InvalidPlanException.class,
                () -> shelter().steward("Cedar Bay First Nation").build(),
                "services[svc-aurora-shelter].steward",
                "is not an identifier");
    }
}
