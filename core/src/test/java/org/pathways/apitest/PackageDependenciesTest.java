package org.pathways.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the core's packages one way: no package depends, through any chain, on a package that
 * depends on it. Reads the sources of {@code src/main/java}: every mention of a class of another
 * core package, imported or written in full, outside comments and strings, is a dependency.
 */
class PackageDependenciesTest {
    private static final String ROOT = "org.pathways";

    /** A mention of a core class: its package is everything before the first upper-case part. */
    private static final Pattern MENTION = Pattern.compile("\\borg\\.pathways((?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");

    private static final Pattern WILDCARD = Pattern.compile("\\borg\\.pathways[\\w.]*\\.\\*");

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    private static final Pattern COMMENT_OR_STRING = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
            Pattern.DOTALL);

    private static final Map<String, Set<String>> DEPENDENCIES = dependencies(Path.of("src", "main", "java"));

    @Test
    void theScanSeesTheDependenciesEveryoneKnows() {
        assertTrue(DEPENDENCIES.get(ROOT + ".plan").contains(ROOT + ".priority"), DEPENDENCIES::toString);
        assertTrue(DEPENDENCIES.get(ROOT + ".plan").contains(ROOT + ".consent"), DEPENDENCIES::toString);
        assertTrue(DEPENDENCIES.get(ROOT + ".internal").contains(ROOT), DEPENDENCIES::toString);
        assertTrue(DEPENDENCIES.get(ROOT + ".json").size() > 5, DEPENDENCIES::toString);
    }

    @Test
    void noPackageOfTheCoreIsInACycle() {
        assertEquals(List.of(), cycles(DEPENDENCIES));
    }

    @Test
    void theRootPackageDependsOnlyOnTheJdkOnlyHelpers() {
        assertEquals(Set.of(ROOT + ".internal.base"), DEPENDENCIES.get(ROOT));
        assertEquals(Set.of(), DEPENDENCIES.getOrDefault(ROOT + ".internal.base", Set.of()));
    }

    @Test
    void consentDependsOnNeitherThePlanNorPriorities() {
        Set<String> consent = DEPENDENCIES.get(ROOT + ".consent");
        assertEquals(Set.of(), intersection(consent, Set.of(ROOT + ".plan", ROOT + ".priority")), consent::toString);
    }

    @Test
    void findsACycleWhenThereIsOne() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"),
                "b", Set.of("c"),
                "c", Set.of("a", "d"),
                "d", Set.of());
        assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
    }

    @Test
    void readsMentionsOutsideCommentsAndStringsOnly() {
        Map<String, Set<String>> found = new TreeMap<>();
        read(
                "package org.pathways.plan;\n"
                        + "import org.pathways.priority.Domain;\n"
                        + "import static org.pathways.internal.Checks.fail;\n"
                        + "/** {@link org.pathways.json.PlanJson} */\n"
                        + "class X { String s = \"org.pathways.review.Rule\"; char q = '\"';\n"
                        + "  // org.pathways.page.PersonPage\n"
                        + "  Object o = org.pathways.consent.Consent.class; }\n",
                found);
        assertEquals(
                Map.of(
                        "org.pathways.plan",
                        Set.of("org.pathways.priority", "org.pathways.internal", "org.pathways.consent")),
                found);
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static Map<String, Set<String>> dependencies(Path sources) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (!file.getFileName().toString().equals("module-info.java")) {
                    read(Files.readString(file), graph);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static void read(String source, Map<String, Set<String>> graph) {
        String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
        Matcher declared = PACKAGE.matcher(code);
        assertTrue(declared.find(), "a source without a package declaration");
        String from = declared.group(1);
        assertTrue(!WILDCARD.matcher(code).find(), () -> from + " imports a core package with *");
        Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher mention = MENTION.matcher(code);
        while (mention.find()) {
            String other = ROOT + mention.group(1);
            if (!other.equals(from)) {
                to.add(other);
            }
        }
    }

    /** Returns the strongly connected components of more than one package (Tarjan's algorithm). */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(
            String v,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Deque<String> stack,
            Set<String> onStack,
            List<Set<String>> cycles) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, cycles);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
