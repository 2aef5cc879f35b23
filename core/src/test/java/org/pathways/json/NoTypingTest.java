package org.pathways.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathways.MalformedDocumentException;
import org.pathways.plan.CarePlan;
import org.pathways.testing.SamplePlans;

/** No type information is taken from input, and no value type offers Java serialization. */
class NoTypingTest {
    @Test
    void theModuleLeavesDefaultTypingOff() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
        assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(CarePlan.class)));
    }

    @Test
    void aClassNameInTheInputIsAnUnknownFieldNothingMore() throws IOException {
        String text = PlanJson.defaults().write(SamplePlans.mira());
        String typed =
                text.replace("{\"schemaVersion\":2,", "{\"@class\":\"java.lang.ProcessBuilder\",\"schemaVersion\":2,");
        MalformedDocumentException e = assertThrows(
                MalformedDocumentException.class, () -> PlanJson.defaults().readPlan(typed));
        assertTrue(e.getReason().startsWith("unknown field ("), e.getReason()); // and where it stands
        ObjectMapper mapper = new ObjectMapper().registerModule(new PathwaysModule());
        assertThrows(MalformedDocumentException.class, () -> mapper.readValue(typed, CarePlan.class));
    }

    @Test
    void noSourceOfTheLibraryEnablesTypingOrUsesTypeAnnotations() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            String s = Files.readString(p);
                            return s.contains("activateDefaultTyping")
                                    || s.contains("enableDefaultTyping")
                                    || s.contains("JsonTypeInfo")
                                    || s.contains("ObjectInputStream");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertEquals(List.of(), offenders);
        }
    }

    /** The module and its (de)serializers extend Jackson's, which are Serializable so mappers can be. */
    private static boolean jacksonPart(Class<?> c) {
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            if (s.getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void noValueTypeIsSerializable() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replace(".class", "");
                if (name.equals("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                if (Throwable.class.isAssignableFrom(c) || c.isEnum() || c.isAnnotation() || jacksonPart(c)) {
                    continue; // the JDK or Jackson makes these serializable; none holds a person's data
                }
                assertFalse(Serializable.class.isAssignableFrom(c), name + " is Serializable");
                checked++;
            }
        }
        assertTrue(checked > 50, "classes checked: " + checked);
    }
}
