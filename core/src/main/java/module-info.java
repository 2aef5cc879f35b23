/**
 * Pathways core: immutable, validated, JSON-serializable types for survivor-led care plans.
 *
 * <p>The API packages are exported; {@code org.pathways.internal} is not. No package is opened:
 * the library's own JSON codecs call only public builders, so Jackson needs no reflective access.
 */
module org.pathways.core {
    requires static org.immutables.value.annotations;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jakarta.validation;

    exports org.pathways;
    exports org.pathways.person;
    exports org.pathways.priority;
    exports org.pathways.team;
    exports org.pathways.plan;
    exports org.pathways.consent;
    exports org.pathways.disclosure;
    exports org.pathways.directory;
    exports org.pathways.review;
    exports org.pathways.referral;
    exports org.pathways.json;
    exports org.pathways.text;
    exports org.pathways.page;

    provides com.fasterxml.jackson.databind.Module with
            org.pathways.json.PathwaysModule;
}
