package org.pathways.store.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.pathways.SensitiveText;
import org.pathways.StaleRevisionException;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentMode;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.json.PlanJson;
import org.pathways.person.Person;
import org.pathways.plan.Accompaniment;
import org.pathways.plan.AgreementMode;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.StepKind;
import org.pathways.priority.Domain;
import org.pathways.priority.Priority;
import org.pathways.priority.PriorityCategory;
import org.pathways.store.PlanStore;
import org.pathways.team.TeamMember;
import org.pathways.team.TeamRole;

/**
 * The store on a real PostgreSQL (embedded, in the benchmark's JVM, behind a HikariCP pool of 8):
 * saves per second without contention (each thread its own plan) and under contention (four threads
 * on one plan, each loading the latest revision, changing it and saving; a stale save counts as a
 * conflict), loads per second, and the limit: the same jsonb document inserted and selected by raw
 * JDBC, with no lock, no check and no parsing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {
    static final Instant INTAKE = Instant.parse("2026-03-02T15:00:00Z");

    /** The database, the store, and one plan of the reference shape saved at revision 10. */
    @State(Scope.Benchmark)
    public static class Db {
        EmbeddedPostgres postgres;
        HikariDataSource pool;
        PlanStore store;
        final PlanJson json = PlanJson.defaults();
        final AtomicInteger plans = new AtomicInteger();
        final AtomicLong clock = new AtomicLong();
        CarePlan shared;
        String document;

        @Setup(Level.Trial)
        public void start() throws Exception {
            postgres = EmbeddedPostgres.builder().start();
            pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setMaximumPoolSize(8);
            store = PlanStore.of(pool);
            store.migrate();
            shared = newPlan();
            document = json.write(shared);
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table raw_plans (id bigserial primary key, plan jsonb not null)");
            }
            insertRaw(this);
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            pool.close();
            postgres.close();
        }

        /** A new plan of the reference shape: three priorities, two members, two steps, a grant. */
        CarePlan newPlan() {
            String id = "plan-" + plans.incrementAndGet();
            Edit e = Edit.of("m-jo", INTAKE, true);
            Person person = Person.builder()
                    .id("person-" + id)
                    .chosenName(SensitiveText.of("Mira"))
                    .addLanguages("fr", "en")
                    .selfDescription(SensitiveText.of("I got out of a bad situation in Timmins"))
                    .build();
            CarePlan plan = CarePlan.start(id, "org-north-bay-outreach", person, e);
            store.save(plan);
            List<UnaryOperator<CarePlan>> intake = List.of(
                    p -> p.addMember(
                            TeamMember.builder()
                                    .id("m-jo")
                                    .role(TeamRole.DEDICATED_CASE_WORKER)
                                    .lead(true)
                                    .paid(true)
                                    .build(),
                            e),
                    p -> p.addMember(
                            TeamMember.builder()
                                    .id("m-rae")
                                    .role(TeamRole.PEER_SUPPORT_WORKER)
                                    .paid(true)
                                    .build(),
                            e),
                    p -> p.addPriority(priority("p-son", "Get my son back"), 1, e),
                    p -> p.addPriority(priority("p-home", "A place of my own"), 2, e),
                    p -> p.addPriority(priority("p-sleep", "Sleep through the night"), 3, e),
                    p -> p.recordConsent(
                            ConsentGrant.builder()
                                    .id("c-1")
                                    .recipient(Recipient.organisation("org-aurora-house"))
                                    .addCategories(
                                            InformationCategory.IDENTITY,
                                            InformationCategory.CONTACT,
                                            InformationCategory.PRIORITIES)
                                    .addPurposes(Purpose.REFERRAL, Purpose.ACCOMPANIMENT)
                                    .start(INTAKE)
                                    .given(ConsentMode.VERBAL)
                                    .recordedBy("m-jo")
                                    .recordedAt(INTAKE)
                                    .conditions(SensitiveText.of("Only call the cell, never the house"))
                                    .build(),
                            e),
                    p -> p.proposeStep(
                            PlanStep.builder()
                                    .id("s-shelter")
                                    .kind(StepKind.REFERRAL)
                                    .addServes("p-home")
                                    .provider("org-aurora-house")
                                    .responsible("m-jo")
                                    .accompaniment(Accompaniment.ACCEPTED)
                                    .accompaniedBy("m-jo")
                                    .addShares(InformationCategory.CONTACT, InformationCategory.PRIORITIES)
                                    .proposed(INTAKE, "m-jo")
                                    .build(),
                            e),
                    p -> p.agreeToStep("s-shelter", AgreementMode.VERBAL, e));
            for (UnaryOperator<CarePlan> change : intake) {
                plan = change.apply(plan);
                store.save(plan);
            }
            return plan;
        }

        private static Priority priority(String id, String words) {
            return Priority.builder()
                    .id(id)
                    .statement(SensitiveText.of(words))
                    .category(PriorityCategory.OTHER)
                    .addDomains(Domain.EMOTIONAL)
                    .expressedAt(INTAKE)
                    .build();
        }

        Edit nextEdit() {
            return Edit.of("m-jo", INTAKE.plusSeconds(clock.incrementAndGet()), true);
        }
    }

    /** One plan per thread, changed and saved revision after revision: no contention. */
    @State(Scope.Thread)
    public static class OwnPlan {
        CarePlan latest;

        @Setup(Level.Trial)
        public void create(Db db) {
            latest = db.newPlan();
        }
    }

    /** Saved and stale saves of the contended benchmark. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Outcomes {
        public long saved;
        public long stale;
    }

    private static CarePlan swapTopTwo(CarePlan plan, Edit edit) {
        String second = plan.getPriorities().getRanked().get(1).getId();
        return plan.rankPriority(second, 1, edit);
    }

    @Benchmark
    @Threads(1)
    public CarePlan saveUncontended(Db db, OwnPlan own) {
        CarePlan next = swapTopTwo(own.latest, db.nextEdit());
        db.store.save(next);
        own.latest = next;
        return next;
    }

    @Benchmark
    @Threads(4)
    public CarePlan saveUncontended4Threads(Db db, OwnPlan own) {
        return saveUncontended(db, own);
    }

    @Benchmark
    @Threads(4)
    public void saveContended4Threads(Db db, Outcomes outcomes) {
        CarePlan latest = db.store.load(db.shared.getId());
        try {
            db.store.save(swapTopTwo(latest, db.nextEdit()));
            outcomes.saved++;
        } catch (StaleRevisionException e) {
            outcomes.stale++;
        }
    }

    @Benchmark
    @Threads(1)
    public CarePlan load(Db db, OwnPlan own) {
        return db.store.load(own.latest.getId());
    }

    /** The limit of a save: the same document inserted by raw JDBC, no lock, no check, one statement. */
    @Benchmark
    @Threads(1)
    public int rawJdbcInsert(Db db) throws SQLException {
        return insertRaw(db);
    }

    static int insertRaw(Db db) throws SQLException {
        try (Connection c = db.pool.getConnection();
                PreparedStatement s = c.prepareStatement("insert into raw_plans (plan) values (?::jsonb)")) {
            s.setString(1, db.document);
            return s.executeUpdate();
        }
    }

    /** The limit of a load: the document selected by key as text, not parsed. */
    @Benchmark
    @Threads(1)
    public String rawJdbcSelect(Db db) throws SQLException {
        try (Connection c = db.pool.getConnection();
                PreparedStatement s = c.prepareStatement("select plan::text from raw_plans where id = 1")) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The limit of a load that also reads the plan: the raw select, then {@code PlanJson.readPlan}. */
    @Benchmark
    @Threads(1)
    public CarePlan rawJdbcSelectAndRead(Db db) throws SQLException {
        return db.json.readPlan(rawJdbcSelect(db));
    }
}
