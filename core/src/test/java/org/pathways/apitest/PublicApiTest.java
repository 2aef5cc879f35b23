package org.pathways.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pathways.SensitiveText;
import org.pathways.json.PlanJson;
import org.pathways.person.Person;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Priority;
import org.pathways.review.PlanReview;

/** Lives outside every API package, so it compiles against the public API alone. */
class PublicApiTest {
    @Test
    void aPlanCanBeBuiltChangedReviewedAndWrittenThroughThePublicApi() {
        Instant t = Instant.parse("2026-04-01T10:00:00Z");
        Edit e = Edit.of("m-ali", t, true);
        CarePlan plan = CarePlan.start("plan-1", Person.builder().id("person-1").build(), e)
                .addPriority(
                        Priority.builder()
                                .id("p-1")
                                .statement(SensitiveText.of("Sleep"))
                                .expressedAt(t)
                                .build(),
                        1,
                        e)
                .proposeStep(
                        PlanStep.builder()
                                .id("s-1")
                                .kind(StepKind.PEER_SUPPORT)
                                .addServes("p-1")
                                .proposed(t, "m-ali")
                                .build(),
                        e)
                .agreeToStep("s-1", AgreementMode.VERBAL, e);
        assertTrue(PlanReview.of(plan).isValid());
        assertEquals(plan, PlanJson.defaults().readPlan(PlanJson.defaults().write(plan)));
    }

    @Test
    void noPublicTypeIsNamedImmutable() throws Exception {
        List<Class<?>> types = coreClasses();
        assertTrue(types.size() > 30, "found " + types.size());
        for (Class<?> c : types) {
            if (c.getSimpleName().startsWith("Immutable")) {
                assertFalse(Modifier.isPublic(c.getModifiers()), c.getName() + " is public");
            }
        }
    }

    /**
     * Javadoc documents a public method where it is declared when that class is documented, and
     * copies it into a public subclass when it is declared in a class that is not public. A method
     * declared in a public class nested in a package-private one (the builder Immutables generates by
     * default) is shown nowhere but as a bare name "inherited from ImmutableX.Builder".
     */
    @Test
    void everyBuilderMethodIsDocumentedOnTheBuilderEmbeddersCall() throws Exception {
        int builders = 0;
        for (Class<?> c : coreClasses()) {
            if (!c.getSimpleName().equals("Builder") || !documented(c)) {
                continue;
            }
            builders++;
            for (java.lang.reflect.Method m : c.getMethods()) {
                Class<?> from = m.getDeclaringClass();
                assertTrue(
                        from == c
                                || from == Object.class
                                || !Modifier.isPublic(from.getModifiers())
                                || documented(from),
                        () -> c.getName() + "." + m.getName() + " is declared in " + from.getName()
                                + ", which Javadoc does not document");
            }
        }
        assertTrue(builders > 10, "found " + builders + " builders");
    }

    /** Whether Javadoc documents a class: it and every class around it are public. */
    private static boolean documented(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theModuleExportsTheApiAndNotTheInternals() throws IOException {
        try (InputStream in = Files.newInputStream(classesRoot().resolve("module-info.class"))) {
            ModuleDescriptor d = ModuleDescriptor.read(in);
            Set<String> exported =
                    d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            assertEquals(
                    Set.of(
                            "org.pathways",
                            "org.pathways.person",
                            "org.pathways.priority",
                            "org.pathways.team",
                            "org.pathways.plan",
                            "org.pathways.review",
                            "org.pathways.json",
                            "org.pathways.consent",
                            "org.pathways.disclosure",
                            "org.pathways.referral",
                            "org.pathways.directory",
                            "org.pathways.text",
                            "org.pathways.page"),
                    exported);
            assertEquals("org.pathways.core", d.name());
        }
    }

    private static Path classesRoot() {
        try {
            return Paths.get(CarePlan.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> coreClasses() throws IOException, ClassNotFoundException {
        Path root = classesRoot();
        List<Class<?>> out = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.equals("module-info")) {
                    out.add(Class.forName(name, false, CarePlan.class.getClassLoader()));
                }
            }
        }
        return out;
    }
}
