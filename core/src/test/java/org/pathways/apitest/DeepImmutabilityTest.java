package org.pathways.apitest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pathways.InvalidPlanException;
import org.pathways.PathwaysException;
import org.pathways.SensitiveText;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.directory.GapReport;
import org.pathways.directory.MatchContext;
import org.pathways.directory.ServiceDirectory;
import org.pathways.directory.ServiceMatching;
import org.pathways.disclosure.Disclosures;
import org.pathways.json.BadLine;
import org.pathways.json.HsdsImport;
import org.pathways.json.PathwaysModule;
import org.pathways.json.PlanJson;
import org.pathways.json.ReadLimits;
import org.pathways.page.PersonPage;
import org.pathways.page.WorkerPage;
import org.pathways.plan.AnswerKind;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanHistory;
import org.pathways.priority.Priority;
import org.pathways.referral.PacketText;
import org.pathways.referral.Referrals;
import org.pathways.referral.Sent;
import org.pathways.review.PlanReview;
import org.pathways.testing.Generators;
import org.pathways.testing.ReferralSamples;
import org.pathways.testing.SamplePlans;
import org.pathways.testing.Seeds;
import org.pathways.text.Labels;

/**
 * Every value the library returns is deeply immutable, proved for every public type: instances of
 * every public type are generated, every public getter of each is called, and every collection,
 * map, array and optional content it returns is attacked (added to, cleared, overwritten). The attack
 * must be refused with {@link UnsupportedOperationException}, or have hit a copy: calling the getter
 * again returns what it returned before.
 */
class DeepImmutabilityTest {
    /** Public types that have no instances to attack: static helpers and exceptions (no collections). */
    private static final Set<Class<?>> NO_INSTANCES = Set.of(
            Disclosures.class,
            ServiceMatching.class,
            Referrals.class,
            PacketText.class,
            org.pathways.disclosure.SecondaryUse.class);

    /** A policy that limits releases, gives notice of what was withheld and authorises a role. */
    private static final ConsentPolicy NOTICE = ConsentPolicy.builder()
            .releaseDays(90)
            .noticeOfWithheld(true)
            .addOverrideRoles("privacy-officer")
            .build();

    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final Set<Class<?>> reached = new java.util.HashSet<>();
    private final Set<String> failures = new TreeSet<>();
    private int attacked;

    @Test
    void everyCollectionArrayAndOptionalAPublicTypeReturnsRefusesChangeOrIsACopy() throws Exception {
        for (Object root : roots()) {
            walk(root, 0);
        }
        assertEquals(Set.of(), failures, "values that changed when what a getter returned was changed");
        List<String> unreached = new ArrayList<>();
        for (Class<?> type : PublicTypes.all()) {
            if (Throwable.class.isAssignableFrom(type) || NO_INSTANCES.contains(type) || type.isAnnotation()) {
                continue;
            }
            if (reached.stream().noneMatch(type::isAssignableFrom)) {
                unreached.add(type.getName());
            }
        }
        assertEquals(List.of(), unreached, "public types with no instance walked");
        assertTrue(attacked > 10_000, "attacked only " + attacked + " returned values");
        for (Class<?> type : PublicTypes.all()) {
            if (Throwable.class.isAssignableFrom(type)) {
                for (Method m : getters(type)) {
                    assertTrue(
                            !Collection.class.isAssignableFrom(m.getReturnType())
                                    && !Map.class.isAssignableFrom(m.getReturnType())
                                    && !m.getReturnType().isArray(),
                            type.getName() + "." + m.getName() + " returns a collection; walk it too");
                }
            }
        }
    }

    /** Instances of every public type: generated plans, views, reviews, directories and more. */
    private static List<Object> roots() throws Exception {
        List<Object> roots = new ArrayList<>();
        for (Class<?> type : PublicTypes.all()) {
            if (type.isEnum()) {
                roots.addAll(List.of(type.getEnumConstants()));
            }
        }
        List<CarePlan> all = new ArrayList<>();
        Seeds.qt(20_261_207L).withExamples(150).forAll(Generators.plans()).checkAssert(all::add);
        List<ServiceDirectory> directories = new ArrayList<>();
        Seeds.qt(20_261_207L).withExamples(20).forAll(Generators.directories()).checkAssert(directories::add);
        for (CarePlan plan : all) {
            roots.add(plan);
            roots.add(PlanReview.of(plan));
            roots.add(PlanHistory.of(plan));
            Instant at = plan.getRevision().getAt();
            Edit edit = Edit.of("m-1", at, true);
            for (Recipient to : List.of(
                    Recipient.organisation("org-1"),
                    Recipient.organisation("org-2"),
                    Recipient.member("m-1"),
                    Recipient.table("table-1"))) {
                for (Purpose why : List.of(Purpose.REFERRAL, Purpose.CASE_CONFERENCE, Purpose.ACCOMPANIMENT)) {
                    roots.add(plan.getConsent().decide(to, EnumSet.allOf(InformationCategory.class), why, at));
                    try {
                        roots.add(Disclosures.disclose(plan, to, why, edit, NOTICE));
                    } catch (InvalidPlanException nothingPermitted) {
                        // nothing of this plan for this recipient
                    }
                }
            }
        }
        for (int i = 0; i < directories.size(); i++) {
            ServiceDirectory directory = directories.get(i);
            roots.add(directory);
            roots.add(GapReport.of(directory, all.subList(0, 40), 1));
            CarePlan plan = all.get(i);
            MatchContext context =
                    MatchContext.builder().today(LocalDate.parse("2026-11-01")).build();
            roots.add(context);
            for (Priority p : plan.getPriorities().getRanked()) {
                roots.add(ServiceMatching.forPriority(plan, p.getId(), directory, context));
            }
        }
        CarePlan mira = SamplePlans.mira();
        roots.add(PlanHistory.of(mira).append(mira.rankPriority("p-sleep", 1, SamplePlans.edit(10))));
        roots.add(SensitiveText.of("Sleep through the night"));
        roots.add(org.pathways.testing.Stewards.cedarBayAgreed());
        roots.add(ReadLimits.defaults());
        roots.add(NOTICE);
        roots.add(ConsentPolicy.defaults());
        roots.add(PlanJson.defaults());
        roots.add(new PathwaysModule());
        String line = PlanJson.defaults().write(mira) + "\n{\n";
        roots.add(PlanJson.defaults()
                .readLines(
                        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                        BadLine.values()[BadLine.values().length - 1],
                        plan -> {}));
        roots.add(HsdsImport.create());
        roots.add(HsdsImport.create().read("[]"));
        roots.add(SamplePlans.edit(10));
        Sent sent =
                Referrals.send(ReferralSamples.amara(), "s-harbour", ReferralSamples.jo(), ReferralSamples.at(1, 0));
        roots.add(sent);
        roots.add(ReferralSamples.answer(
                        "a-1",
                        sent.getPacket().getId(),
                        "s-harbour",
                        ReferralSamples.HARBOUR,
                        AnswerKind.RECEIVED,
                        ReferralSamples.time(1, 30))
                .build());
        for (CarePlan plan : all.subList(0, 10)) {
            roots.add(PersonPage.of(plan));
            roots.add(WorkerPage.of(PlanHistory.of(plan)));
        }
        for (Locale locale : Labels.getLocales()) {
            roots.add(Labels.of(locale));
        }
        return roots;
    }

    private void walk(Object value, int depth) throws Exception {
        if (value == null || depth > 12 || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                walk(o.get(), depth + 1);
            }
            return;
        }
        if (value instanceof Collection<?> c) {
            for (Object e : c) {
                walk(e, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey(), depth + 1);
                walk(e.getValue(), depth + 1);
            }
            return;
        }
        if (value.getClass().isArray()) {
            if (!value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    walk(Array.get(value, i), depth + 1);
                }
            }
            return;
        }
        Class<?> type = publicTypeOf(value.getClass());
        if (type == null) {
            return;
        }
        reached.add(type);
        for (Method getter : getters(type)) {
            Object returned = call(getter, value);
            attack(value, getter, returned);
            walk(call(getter, value), depth + 1);
        }
    }

    /** The public Pathways type a value is seen through: its class, or the public type it extends. */
    private static Class<?> publicTypeOf(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.getName().startsWith("org.pathways.")
                    && Modifier.isPublic(k.getModifiers())
                    && !k.getName().startsWith("org.pathways.internal.")
                    && !k.getName().startsWith("org.pathways.testing.")) {
                return k;
            }
        }
        return null;
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            String n = m.getName();
            boolean named = (n.startsWith("get") && !n.equals("getClass"))
                    || n.startsWith("is")
                    || n.startsWith("has")
                    || n.equals("latest");
            if (named
                    && m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() != void.class
                    && m.getDeclaringClass().getName().startsWith("org.pathways.")) {
                out.add(m);
            }
        }
        out.sort(java.util.Comparator.comparing(Method::getName));
        return out;
    }

    private static Object call(Method m, Object on) throws Exception {
        try {
            return m.invoke(on);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PathwaysException) {
                return null; // a getter that refuses for this value, such as an absent rank
            }
            throw e;
        }
    }

    /** Changes what a getter returned, and fails unless it was refused or the owner is unchanged. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void attack(Object owner, Method getter, Object returned) throws Exception {
        Object content = returned instanceof Optional<?> o ? o.orElse(null) : returned;
        if (content == null) {
            return;
        }
        Object before = snapshot(content);
        if (before == null) {
            return;
        }
        attacked++;
        boolean changed = false;
        if (content instanceof Collection c) {
            Object any = c.isEmpty() ? null : c.iterator().next();
            changed |= attempt(() -> c.add(any));
            changed |= attempt(() -> c.add(new Object()));
            changed |= attempt(c::clear);
        } else if (content instanceof Map m) {
            changed |= attempt(() -> m.put(new Object(), new Object()));
            changed |= attempt(m::clear);
        } else if (content.getClass().isArray() && Array.getLength(content) > 0) {
            Object first = Array.get(content, 0);
            changed |= attempt(() -> Array.set(content, 0, flipped(first)));
        }
        if (!changed) {
            return;
        }
        Object again = call(getter, owner);
        Object againContent = again instanceof Optional<?> o ? o.orElse(null) : again;
        if (!before.equals(snapshot(againContent))) {
            failures.add(getter.getDeclaringClass().getSimpleName() + "." + getter.getName() + "() returned a "
                    + content.getClass().getName() + " that changed the value it came from");
        }
    }

    private static Object flipped(Object element) {
        if (element instanceof Boolean b) {
            return !b;
        }
        if (element instanceof Number n) {
            return element instanceof Integer ? (Object) (n.intValue() + 1) : (Object) (byte) (n.byteValue() + 1);
        }
        if (element instanceof Character ch) {
            return (char) (ch + 1);
        }
        return null;
    }

    /** A detached copy of a collection, map or array's contents; null for any other value. */
    private static Object snapshot(Object content) {
        if (content instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (content instanceof Map<?, ?> m) {
            return new LinkedHashMap<>(m);
        }
        if (content != null && content.getClass().isArray()) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < Array.getLength(content); i++) {
                copy.add(Array.get(content, i));
            }
            return copy;
        }
        return null;
    }

    /** Runs a change; true when it was accepted, false when refused. */
    private static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (UnsupportedOperationException
                | NullPointerException
                | ClassCastException
                | IllegalArgumentException refused) {
            return false; // refused, or a typed collection that would not take the element
        }
    }

    /** The public types of the exported packages. */
    static final class PublicTypes {
        private static List<Class<?>> all;

        static synchronized List<Class<?>> all() throws Exception {
            if (all == null) {
                java.nio.file.Path root = java.nio.file.Paths.get(CarePlan.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                TreeSet<String> names = new TreeSet<>();
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> root.relativize(f)
                                    .toString()
                                    .replace('/', '.')
                                    .replaceAll("\\.class$", ""))
                            .filter(n -> !n.equals("module-info") && !n.endsWith("package-info"))
                            .filter(n -> !n.startsWith("org.pathways.internal."))
                            .forEach(names::add);
                }
                List<Class<?>> out = new ArrayList<>();
                for (String n : names) {
                    Class<?> c = Class.forName(n, false, CarePlan.class.getClassLoader());
                    boolean visible = Modifier.isPublic(c.getModifiers())
                            && (c.getEnclosingClass() == null
                                    || Modifier.isPublic(c.getEnclosingClass().getModifiers()));
                    if (visible && !c.getSimpleName().equals("Builder") && !c.isInterface()
                            || visible && c.isInterface()) {
                        if (!c.getSimpleName().equals("Builder")) {
                            out.add(c);
                        }
                    }
                }
                all = out;
            }
            return all;
        }
    }
}
