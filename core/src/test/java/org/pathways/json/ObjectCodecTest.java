package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Generators;

/** A type's one declaration is what the schemas describe, and its names are found and only they. */
class ObjectCodecTest {
    private static final ObjectMapper TREES = new ObjectMapper();

    /** The names a declaration writes, in order; a name of an older version is never written. */
    private static List<String> written(ObjectCodec<?, ?> type) {
        List<String> out = new ArrayList<>();
        for (ObjectCodec.Field<?, ?> f : type.fields) {
            if (f.olderOf < 0) {
                out.add(f.name);
            }
        }
        return out;
    }

    private static List<String> properties(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode schema(String name) throws IOException {
        return TREES.readTree(Files.readString(Path.of("..", "docs", "schema", name + ".schema.json")));
    }

    @Test
    void everyDeclarationWritesTheFieldsItsSchemaDescribesInTheirOrder() throws IOException {
        JsonNode plan = schema("plan");
        JsonNode view = schema("view");
        JsonNode directory = schema("directory");
        JsonNode packet = schema("packet");
        JsonNode answer = schema("answer");
        assertEquals(properties(plan), written(Codecs.PLAN));
        assertEquals(properties(view), written(Codecs.VIEW));
        assertEquals(properties(directory), written(DirectoryCodecs.DIRECTORY));
        assertEquals(properties(packet), written(Codecs.PACKET));
        assertEquals(properties(answer), written(ReferralCodecs.ANSWER_DOCUMENT));
        assertEquals(properties(packet.get("$defs").get("referrer")), written(ReferralCodecs.REFERRER), "referrer");
        assertEquals(properties(packet.get("$defs").get("view")), written(Codecs.VIEW), "packet's view");
        Map<String, ObjectCodec<?, ?>> defs = Map.ofEntries(
                Map.entry("safeContact", Codecs.SAFE_CONTACT),
                Map.entry("person", Codecs.PERSON),
                Map.entry("rankedPriority", Codecs.RANKED),
                Map.entry("member", Codecs.MEMBER),
                Map.entry("team", Codecs.TEAM),
                Map.entry("statusChange", Codecs.STATUS_CHANGE),
                Map.entry("step", Codecs.STEP),
                Map.entry("revision", Codecs.REVISION),
                Map.entry("recipient", ConsentCodecs.RECIPIENT),
                Map.entry("conference", ConsentCodecs.CONFERENCE),
                Map.entry("disclosure", ConsentCodecs.DISCLOSURE),
                Map.entry("referralAnswer", ReferralCodecs.ANSWER));
        defs.forEach((name, type) -> {
            assertEquals(properties(plan.get("$defs").get(name)), written(type), name);
            assertEquals(properties(view.get("$defs").get(name)), written(type), name);
            assertEquals(properties(packet.get("$defs").get(name)), written(type), "packet's " + name);
        });
        for (String name : List.of("location", "organisation", "service")) {
            ObjectCodec<?, ?> type = switch (name) {
                case "location" -> DirectoryCodecs.LOCATION;
                case "organisation" -> DirectoryCodecs.ORGANISATION;
                default -> DirectoryCodecs.SERVICE;
            };
            assertEquals(properties(directory.get("$defs").get(name)), written(type), name);
        }
    }

    @Test
    void theConsentEntryDeclaresEveryKindsFieldsInEachKindsOrder() throws IOException {
        JsonNode defs = schema("plan").get("$defs");
        List<String> declared = written(ConsentCodecs.ENTRY);
        Set<String> all = new LinkedHashSet<>();
        for (String kind : List.of("grant", "refusal", "revocation", "confirmation")) {
            List<String> own = properties(defs.get(kind));
            all.addAll(own);
            List<String> inOrder = new ArrayList<>(declared);
            inOrder.retainAll(own);
            assertEquals(own, inOrder, kind + ": its fields, in the declaration's order");
        }
        assertEquals(all, new LinkedHashSet<>(declared));
    }

    @Test
    void theKnownNamesAreTheDeclaredOnes() {
        Set<String> declared = new LinkedHashSet<>();
        for (ObjectCodec<?, ?> type : Codecs.DECLARED) {
            for (ObjectCodec.Field<?, ?> f : type.fields) {
                declared.add(f.name);
            }
        }
        assertEquals(declared, In.FIELDS);
        assertTrue(In.FIELDS.contains("by"), "a name of version 1 is known, so its refusal may name it");
    }

    @Test
    void everyDeclaredNameIsFoundAndNoOtherName() {
        for (ObjectCodec<?, ?> type : Codecs.DECLARED) {
            for (ObjectCodec.Field<?, ?> f : type.fields) {
                assertSame(f, type.find(f.name));
                assertSame(f, type.find(new String(f.name.toCharArray())), "a name that is not interned");
            }
        }
        qt().withExamples(Generators.examples(5_000))
                .forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 16))
                .checkAssert(name -> {
                    for (ObjectCodec<?, ?> type : Codecs.DECLARED) {
                        ObjectCodec.Field<?, ?> f = type.find(name);
                        if (f != null) {
                            assertEquals(name, f.name);
                        } else {
                            assertTrue(type.names().stream().noneMatch(name::equals), name);
                        }
                    }
                });
    }

    @Test
    void aNameDeclaredTwiceOrAnOlderNameOfNothingIsAMistakeInTheLibrary() {
        ObjectCodec.Declaring<String, StringBuilder> d = ObjectCodec.<String, StringBuilder>of(
                        StringBuilder::new, StringBuilder::toString)
                .field("text", Write.string(s -> s), (in, b) -> b.append(in.string()));
        assertThrows(IllegalArgumentException.class, () -> d.field("text", null, (in, b) -> {}));
        assertThrows(IllegalArgumentException.class, () -> d.older("words", 1, "body"));
        assertNull(d.done().find("body"));
    }
}
