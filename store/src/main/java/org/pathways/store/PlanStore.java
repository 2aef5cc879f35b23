package org.pathways.store;

import java.io.OutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.pathways.Coded;
import org.pathways.consent.Disclosure;
import org.pathways.consent.DisclosureBasis;
import org.pathways.consent.InformationCategory;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.RecipientKind;
import org.pathways.json.PlanJson;
import org.pathways.plan.Attendance;
import org.pathways.plan.CarePlan;
import org.pathways.plan.CaseConference;
import org.pathways.plan.PlanHistory;
import org.pathways.plan.Revision;

/**
 * Plans in PostgreSQL: every revision kept as {@code jsonb} in the wire format, and a save that
 * succeeds only when the new revision was made from the stored latest one.
 *
 * <pre>{@code
 * PlanStore store = PlanStore.of(dataSource);
 * store.migrate();
 * store.save(CarePlan.start("plan-7a41", "org-north-bay-outreach", amara, intake));
 * CarePlan latest = store.load("plan-7a41");
 * store.save(latest.addPriority(home, 1, edit));   // revision 2
 * store.save(latest.addMember(rae, otherEdit));     // StaleRevisionException: revision 2 by m-jo at …
 * }</pre>
 *
 * <p><b>Concurrency.</b> A save runs in one transaction: it locks the plan's row ({@code SELECT … FOR
 * UPDATE}), reads the latest revision, lets the core's {@link PlanHistory#append} decide whether the
 * new revision was made from it, inserts the revision, moves the plan's current revision and logs new
 * disclosures and case conferences, then commits. Writers in any number of threads or processes are
 * serialised on the row, so exactly one of several changes made from the same revision is saved; the
 * others get the core's {@link org.pathways.StaleRevisionException}, naming the latest revision's
 * author and time. A writer that dies before committing leaves nothing: PostgreSQL rolls its
 * transaction back and releases the lock.
 *
 * <p><b>Erasure.</b> {@link #erase} deletes every row of a plan (its revisions, its disclosure log and
 * conferences) in one transaction and keeps a record of identifiers and codes only; see {@code
 * docs/store.md} for why deletion rather than crypto-shredding, and what a database's own backups
 * still hold.
 *
 * <p>The store takes any {@link DataSource} (a pool in production); it holds no connection between
 * calls. Its tables are prefixed {@code pathways_} and its Flyway history is {@code
 * pathways_schema_history}, so it can share a database with the agency's case system.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanStore {
    /** The Flyway locations of the store's migrations. */
    public static final String MIGRATIONS = "classpath:db/pathways";

    /** The store's own Flyway history table. */
    public static final String HISTORY_TABLE = "pathways_schema_history";

    private static final int FETCH_SIZE = 64;

    private final DataSource dataSource;
    private final PlanJson json;

    private PlanStore(DataSource dataSource, PlanJson json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Returns a store over a data source, reading and writing with the library's default JSON.
     *
     * @param dataSource where the connections come from
     * @return the store
     */
    public static PlanStore of(DataSource dataSource) {
        return of(dataSource, PlanJson.defaults());
    }

    /**
     * Returns a store over a data source with the given JSON reader and writer (for example with other
     * {@link org.pathways.json.ReadLimits}).
     *
     * @param dataSource where the connections come from
     * @param json how documents are read and written
     * @return the store
     */
    public static PlanStore of(DataSource dataSource, PlanJson json) {
        return new PlanStore(Objects.requireNonNull(dataSource, "dataSource"), Objects.requireNonNull(json, "json"));
    }

    /**
     * Creates or migrates the store's tables with Flyway, in their own history table, so that an
     * agency's own Flyway migrations are not disturbed. Safe to call at every start.
     *
     * @return how many migrations were applied now
     */
    public int migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Saves a new revision of a plan in its own transaction: revision 1 of a new plan, or the revision
     * made from the stored latest one.
     *
     * @param next the new revision
     * @throws org.pathways.StaleRevisionException if {@code next} was not made from the stored latest
     *     revision (another writer saved first); the message names the latest revision, its author and
     *     time
     * @throws org.pathways.InvalidPlanException if the core refuses {@code next} as the plan's next
     *     revision for another reason (a skipped number, a time before the latest)
     * @throws UnknownPlanException if {@code next} is not revision 1 and the store has no such plan, or
     *     if the plan was erased
     * @throws StoreFailureException if the database fails; nothing was written
     */
    public void save(CarePlan next) {
        Objects.requireNonNull(next, "next");
        inTransaction(c -> {
            save(c, next);
            return null;
        });
    }

    /**
     * Saves a new revision of a plan within the caller's transaction, so that an embedder can save the
     * plan together with its own rows. The plan's row stays locked until the caller commits or rolls
     * back; the connection must not be in auto-commit mode.
     *
     * @param connection the caller's connection, in a transaction
     * @param next the new revision
     * @throws org.pathways.StaleRevisionException if {@code next} was not made from the stored latest
     *     revision
     * @throws org.pathways.InvalidPlanException if the core refuses {@code next} for another reason
     * @throws UnknownPlanException if the store has no such plan, or it was erased
     * @throws StoreFailureException if the database fails; the caller rolls back
     * @throws IllegalStateException if the connection is in auto-commit mode
     */
    public void save(Connection connection, CarePlan next) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(next, "next");
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("connection: a save joins a transaction; auto-commit is on");
            }
            saveIn(connection, next);
        } catch (SQLException e) {
            throw new StoreFailureException(e);
        }
    }

    private void saveIn(Connection c, CarePlan next) throws SQLException {
        Revision r = next.getRevision();
        refuseErased(c, next.getId());
        CarePlan latest;
        if (r.getNumber() == 1) {
            try (PreparedStatement s = c.prepareStatement(
                    "insert into pathways_plans (plan_id, agency, person_id, latest_revision, latest_author, latest_at)"
                            + " values (?, ?, ?, 1, ?, ?) on conflict (plan_id) do nothing")) {
                s.setString(1, next.getId());
                s.setString(2, next.getAgency().orElse(null));
                s.setString(3, next.getPerson().getId());
                s.setString(4, r.getAuthor());
                s.setTimestamp(5, Timestamp.from(r.getAt()));
                if (s.executeUpdate() == 1) {
                    insertRevision(c, next);
                    logNew(c, null, next);
                    return;
                }
            }
            // Someone created the plan first: the core's rule names who and when.
            latest = lockedLatest(c, next.getId());
        } else {
            latest = lockedLatest(c, next.getId());
        }
        PlanHistory.of(latest).append(next);
        insertRevision(c, next);
        try (PreparedStatement s =
                c.prepareStatement("update pathways_plans set latest_revision = ?, latest_author = ?,"
                        + " latest_at = ?, agency = ? where plan_id = ? and latest_revision = ?")) {
            s.setInt(1, r.getNumber());
            s.setString(2, r.getAuthor());
            s.setTimestamp(3, Timestamp.from(r.getAt()));
            s.setString(4, next.getAgency().orElse(null));
            s.setString(5, next.getId());
            s.setInt(6, latest.getRevision().getNumber());
            if (s.executeUpdate() != 1) {
                // The row is locked by this transaction, so this cannot happen unless the lock was lost.
                throw new SQLException("the plan's current revision moved under a held lock", "40001");
            }
        }
        logNew(c, latest, next);
    }

    private void refuseErased(Connection c, String planId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select 1 from pathways_erasures where plan_id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    throw new UnknownPlanException("plan", "plan " + planId + " was erased");
                }
            }
        }
    }

    private CarePlan lockedLatest(Connection c, String planId) throws SQLException {
        int number;
        try (PreparedStatement s =
                c.prepareStatement("select latest_revision from pathways_plans where plan_id = ? for update")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new UnknownPlanException("plan", "no plan " + planId + " in the store");
                }
                number = rs.getInt(1);
            }
        }
        return revisionIn(c, planId, number)
                .orElseThrow(
                        () -> new UnknownPlanException("revision", "plan " + planId + " has no revision " + number));
    }

    private void insertRevision(Connection c, CarePlan plan) throws SQLException {
        Revision r = plan.getRevision();
        try (PreparedStatement s = c.prepareStatement("insert into pathways_revisions"
                + " (plan_id, revision, author, made_at, person_present, plan) values (?, ?, ?, ?, ?, ?::jsonb)")) {
            s.setString(1, plan.getId());
            s.setInt(2, r.getNumber());
            s.setString(3, r.getAuthor());
            s.setTimestamp(4, Timestamp.from(r.getAt()));
            s.setBoolean(5, r.isPersonPresent());
            s.setString(6, json.write(plan));
            s.executeUpdate();
        }
    }

    /** Logs the disclosures and conferences that {@code next} adds or changes over {@code latest}. */
    private void logNew(Connection c, CarePlan latest, CarePlan next) throws SQLException {
        Map<String, Disclosure> before = new HashMap<>();
        Map<String, CaseConference> conferencesBefore = new HashMap<>();
        if (latest != null) {
            latest.getDisclosures().forEach(d -> before.put(d.getId(), d));
            latest.getConferences().forEach(k -> conferencesBefore.put(k.getId(), k));
        }
        int revision = next.getRevision().getNumber();
        String person = next.getPerson().getId();
        boolean batched = false;
        try (PreparedStatement s = c.prepareStatement("insert into pathways_disclosures (plan_id, disclosure_id,"
                + " person_id, recipient_kind, recipient_id, purpose, categories, basis, grants, disclosed_at,"
                + " disclosed_by, decided_by, person_told_at, revision, recorded_at, decided_as)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (plan_id, disclosure_id) do update set person_told_at = excluded.person_told_at,"
                + " revision = excluded.revision")) {
            for (Disclosure d : next.getDisclosures()) {
                if (d.equals(before.get(d.getId()))) {
                    continue;
                }
                s.setString(1, next.getId());
                s.setString(2, d.getId());
                s.setString(3, person);
                s.setString(4, d.getRecipient().getKind().getCode());
                s.setString(5, d.getRecipient().getId());
                s.setString(6, d.getPurpose().getCode());
                s.setArray(7, codes(c, d.getCategories()));
                s.setString(8, d.getBasis().getCode());
                s.setArray(
                        9,
                        c.createArrayOf("text", d.getGrants().stream().sorted().toArray()));
                s.setTimestamp(10, Timestamp.from(d.getAt()));
                s.setString(11, d.getBy());
                s.setString(12, d.getDecidedBy().orElse(null));
                s.setTimestamp(13, d.getPersonToldAt().map(Timestamp::from).orElse(null));
                s.setInt(14, revision);
                s.setTimestamp(15, d.getRecordedAt().map(Timestamp::from).orElse(null));
                s.setString(16, d.getDecidedAs().orElse(null));
                s.addBatch();
                batched = true;
            }
            if (batched) {
                s.executeBatch();
            }
        }
        batched = false;
        try (PreparedStatement s = c.prepareStatement("insert into pathways_conferences (plan_id, conference_id,"
                + " person_id, held_at, table_id, organisations, shares, attendance, revision, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (plan_id, conference_id) do nothing")) {
            for (CaseConference k : next.getConferences()) {
                if (conferencesBefore.containsKey(k.getId())) {
                    continue;
                }
                s.setString(1, next.getId());
                s.setString(2, k.getId());
                s.setString(3, person);
                s.setTimestamp(4, Timestamp.from(k.getAt()));
                s.setString(5, k.getTable().orElse(null));
                s.setArray(6, c.createArrayOf("text", k.getOrganisations().toArray()));
                s.setArray(7, codes(c, k.getShares()));
                s.setString(8, k.getAttendance().getCode());
                s.setInt(9, revision);
                s.setTimestamp(10, k.getRecordedAt().map(Timestamp::from).orElse(null));
                s.addBatch();
                batched = true;
            }
            if (batched) {
                s.executeBatch();
            }
        }
    }

    private static Array codes(Connection c, Collection<? extends Coded> values) throws SQLException {
        return c.createArrayOf(
                "text", values.stream().map(Coded::getCode).sorted().toArray());
    }

    /**
     * Loads the latest revision of a plan.
     *
     * @param planId the plan's identifier
     * @return the latest revision
     * @throws UnknownPlanException if the store holds no such plan
     * @throws StoreFailureException if the database fails
     */
    public CarePlan load(String planId) {
        return find(planId).orElseThrow(() -> new UnknownPlanException("plan", "no plan " + planId + " in the store"));
    }

    /**
     * Loads the latest revision of a plan, if the store holds it.
     *
     * @param planId the plan's identifier
     * @return the latest revision, or empty
     * @throws StoreFailureException if the database fails
     */
    public Optional<CarePlan> find(String planId) {
        Objects.requireNonNull(planId, "planId");
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("select r.plan::text from pathways_plans p join"
                    + " pathways_revisions r on r.plan_id = p.plan_id and r.revision = p.latest_revision"
                    + " where p.plan_id = ?")) {
                s.setString(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(json.readPlan(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Loads one revision of a plan.
     *
     * @param planId the plan's identifier
     * @param revision the revision number
     * @return that revision
     * @throws UnknownPlanException if the store holds no such plan or revision
     * @throws StoreFailureException if the database fails
     */
    public CarePlan load(String planId, int revision) {
        Objects.requireNonNull(planId, "planId");
        return withConnection(c -> revisionIn(c, planId, revision))
                .orElseThrow(
                        () -> new UnknownPlanException("revision", "plan " + planId + " has no revision " + revision));
    }

    private Optional<CarePlan> revisionIn(Connection c, String planId, int revision) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select plan::text from pathways_revisions where plan_id = ? and revision = ?")) {
            s.setString(1, planId);
            s.setInt(2, revision);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(json.readPlan(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * Reads every revision of a plan, oldest first, checked by the core as a history.
     *
     * @param planId the plan's identifier
     * @return the history
     * @throws UnknownPlanException if the store holds no such plan
     * @throws org.pathways.InvalidPlanException if the stored revisions do not form a history
     * @throws StoreFailureException if the database fails
     */
    public PlanHistory history(String planId) {
        Objects.requireNonNull(planId, "planId");
        List<CarePlan> revisions = withConnection(c -> {
            List<CarePlan> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "select plan::text from pathways_revisions where plan_id = ? order by revision")) {
                s.setString(1, planId);
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        all.add(json.readPlan(rs.getString(1)));
                    }
                }
            }
            return all;
        });
        if (revisions.isEmpty()) {
            throw new UnknownPlanException("plan", "no plan " + planId + " in the store");
        }
        return PlanHistory.of(revisions);
    }

    /**
     * Lists the plans an agency holds, by plan identifier, one page at a time.
     *
     * @param agency the agency's identifier
     * @param after the last plan identifier of the previous page, or empty for the first page
     * @param limit the most plans to return, 1 to 1000
     * @return the plans, without their documents
     * @throws StoreFailureException if the database fails
     */
    public List<StoredPlan> plans(String agency, Optional<String> after, int limit) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit: " + limit + " is not within 1..1000");
        }
        return withConnection(c -> {
            List<StoredPlan> page = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    STORED_PLAN + " where agency = ? and plan_id > ?" + " order by plan_id limit ?")) {
                s.setString(1, agency);
                s.setString(2, after.orElse(""));
                s.setInt(3, limit);
                page.addAll(storedPlans(s));
            }
            return page;
        });
    }

    /**
     * Writes the latest revision of every plan of an agency as newline-delimited JSON, in plan
     * identifier order, through {@link PlanJson#writeLines}. Rows are fetched from a cursor and only
     * one plan is held at a time, so a whole caseload streams in constant memory. The stream is
     * flushed, not closed.
     *
     * @param agency the agency's identifier
     * @param out where the lines go, UTF-8
     * @return how many plans were written
     * @throws StoreFailureException if the database fails
     * @throws java.io.UncheckedIOException if writing fails
     */
    public long writeCaseload(String agency, OutputStream out) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(out, "out");
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("select r.plan::text from pathways_plans p join"
                    + " pathways_revisions r on r.plan_id = p.plan_id and r.revision = p.latest_revision"
                    + " where p.agency = ? order by p.plan_id")) {
                s.setString(1, agency);
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    return json.writeLines(() -> new Rows(rs), out);
                }
            }
        });
    }

    /** The plans of a result set, read one row at a time. */
    private final class Rows implements Iterator<CarePlan> {
        private final ResultSet rs;
        private Boolean ahead;

        Rows(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rs.next();
                } catch (SQLException e) {
                    throw new StoreFailureException(e);
                }
            }
            return ahead;
        }

        @Override
        public CarePlan next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                return json.readPlan(rs.getString(1));
            } catch (SQLException e) {
                throw new StoreFailureException(e);
            }
        }
    }

    /**
     * Answers "what did this organisation (or member, or table) receive about this person, when, and
     * under which grants", from the disclosure log, oldest first.
     *
     * @param personId the person's pseudonymous identifier
     * @param recipientId the recipient's identifier
     * @return the disclosures, oldest first
     * @throws StoreFailureException if the database fails
     */
    public List<LoggedDisclosure> disclosures(String personId, String recipientId) {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(recipientId, "recipientId");
        return disclosuresWhere("person_id = ? and recipient_id = ?", personId, recipientId);
    }

    /**
     * Returns the disclosure log of one plan, oldest first.
     *
     * @param planId the plan's identifier
     * @return the disclosures, oldest first
     * @throws StoreFailureException if the database fails
     */
    public List<LoggedDisclosure> disclosures(String planId) {
        Objects.requireNonNull(planId, "planId");
        return disclosuresWhere("plan_id = ?", planId);
    }

    private List<LoggedDisclosure> disclosuresWhere(String where, String... args) {
        return withConnection(c -> {
            List<LoggedDisclosure> log = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select plan_id, disclosure_id, person_id, recipient_kind,"
                    + " recipient_id, purpose, categories, basis, grants, disclosed_at, disclosed_by,"
                    + " person_told_at, revision, recorded_at, decided_by, decided_as from pathways_disclosures"
                    + " where " + where
                    + " order by disclosed_at, plan_id, disclosure_id")) {
                for (int i = 0; i < args.length; i++) {
                    s.setString(i + 1, args[i]);
                }
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<InformationCategory> categories = new ArrayList<>();
                        for (String code : strings(rs.getArray(7))) {
                            categories.add(InformationCategory.fromCode(code));
                        }
                        Timestamp told = rs.getTimestamp(12);
                        log.add(new LoggedDisclosure(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                Recipient.of(RecipientKind.fromCode(rs.getString(4)), rs.getString(5)),
                                Purpose.fromCode(rs.getString(6)),
                                categories,
                                DisclosureBasis.fromCode(rs.getString(8)),
                                strings(rs.getArray(9)),
                                rs.getTimestamp(10).toInstant(),
                                Optional.ofNullable(rs.getTimestamp(14)).map(Timestamp::toInstant),
                                rs.getString(11),
                                Optional.ofNullable(rs.getString(15)),
                                Optional.ofNullable(rs.getString(16)),
                                Optional.ofNullable(told).map(Timestamp::toInstant),
                                rs.getInt(13)));
                    }
                }
            }
            return log;
        });
    }

    /**
     * Returns the case conferences where a person's plans were discussed, oldest first.
     *
     * @param personId the person's pseudonymous identifier
     * @return the conferences, oldest first
     * @throws StoreFailureException if the database fails
     */
    public List<LoggedConference> conferences(String personId) {
        Objects.requireNonNull(personId, "personId");
        return withConnection(c -> {
            List<LoggedConference> log = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select plan_id, conference_id, person_id, held_at, table_id,"
                    + " organisations, shares, attendance, revision, recorded_at from pathways_conferences"
                    + " where person_id = ?"
                    + " order by held_at, plan_id, conference_id")) {
                s.setString(1, personId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<InformationCategory> shares = new ArrayList<>();
                        for (String code : strings(rs.getArray(7))) {
                            shares.add(InformationCategory.fromCode(code));
                        }
                        log.add(new LoggedConference(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant(),
                                Optional.ofNullable(rs.getTimestamp(10)).map(Timestamp::toInstant),
                                Optional.ofNullable(rs.getString(5)),
                                strings(rs.getArray(6)),
                                shares,
                                Attendance.fromCode(rs.getString(8)),
                                rs.getInt(9)));
                    }
                }
            }
            return log;
        });
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    /**
     * Erases a plan at the person's request: deletes every revision, its disclosure log and its case
     * conferences in one transaction, and keeps only the {@link Erasure} record. Afterwards no row of
     * the store holds any of her words or her identifier; a later save of the same plan identifier is
     * refused.
     *
     * @param planId the plan's identifier
     * @param by who erases it
     * @param at when
     * @return the record of the erasure
     * @throws UnknownPlanException if the store holds no such plan
     * @throws StoreFailureException if the database fails; nothing was deleted
     */
    public Erasure erase(String planId, String by, Instant at) {
        return erase(planId, by, at, Erasure.Reason.REQUEST);
    }

    private Erasure erase(String planId, String by, Instant at, Erasure.Reason reason) {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return inTransaction(c -> {
            Optional<String> agency;
            try (PreparedStatement s =
                    c.prepareStatement("select agency from pathways_plans where plan_id = ? for update")) {
                s.setString(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownPlanException("plan", "no plan " + planId + " in the store");
                    }
                    agency = Optional.ofNullable(rs.getString(1));
                }
            }
            int revisions = 0;
            for (String table : List.of("pathways_disclosures", "pathways_conferences", "pathways_revisions")) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where plan_id = ?")) {
                    s.setString(1, planId);
                    int n = s.executeUpdate();
                    if (table.equals("pathways_revisions")) {
                        revisions = n;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from pathways_plans where plan_id = ?")) {
                s.setString(1, planId);
                s.executeUpdate();
            }
            Erasure erasure = new Erasure(planId, agency, at, by, reason, revisions);
            try (PreparedStatement s = c.prepareStatement("insert into pathways_erasures"
                    + " (plan_id, agency, erased_at, erased_by, reason, revisions) values (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, planId);
                s.setString(2, agency.orElse(null));
                s.setTimestamp(3, Timestamp.from(at));
                s.setString(4, by);
                s.setString(5, reason.getCode());
                s.setInt(6, revisions);
                s.executeUpdate();
            }
            return erasure;
        });
    }

    /**
     * Returns the record of a plan's erasure, if it was erased.
     *
     * @param planId the plan's identifier
     * @return the record, or empty
     * @throws StoreFailureException if the database fails
     */
    public Optional<Erasure> erasure(String planId) {
        Objects.requireNonNull(planId, "planId");
        return withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("select plan_id, agency, erased_at, erased_by, reason,"
                    + " revisions from pathways_erasures where plan_id = ?")) {
                s.setString(1, planId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Erasure(
                            rs.getString(1),
                            Optional.ofNullable(rs.getString(2)),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            Erasure.Reason.fromCode(rs.getString(5)),
                            rs.getInt(6)));
                }
            }
        });
    }

    /**
     * Lists the plans a retention policy ends at a given time: those whose last revision is older than
     * the policy keeps them, oldest first.
     *
     * @param policy the agency's policy
     * @param now the time it is applied
     * @param limit the most plans to return, 1 to 1000
     * @return the plans due for erasure
     * @throws StoreFailureException if the database fails
     */
    public List<StoredPlan> dueForErasure(RetentionPolicy policy, Instant now, int limit) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(now, "now");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit: " + limit + " is not within 1..1000");
        }
        return withConnection(c -> {
            List<StoredPlan> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(STORED_PLAN + " where latest_at < ?"
                    + " and (?::text is null or agency = ?) order by latest_at, plan_id limit ?")) {
                s.setTimestamp(1, Timestamp.from(policy.cutoff(now)));
                s.setString(2, policy.getAgency().orElse(null));
                s.setString(3, policy.getAgency().orElse(null));
                s.setInt(4, limit);
                due.addAll(storedPlans(s));
            }
            return due;
        });
    }

    /**
     * Applies a retention policy: erases, each in its own transaction, every plan it ends at the given
     * time, with reason {@code retention}. A plan saved again meanwhile is kept.
     *
     * @param policy the agency's policy
     * @param now the time it is applied
     * @param by who applies it, such as the name of the retention job
     * @return the records of the erasures
     * @throws StoreFailureException if the database fails; the erasures before it stand
     */
    public List<Erasure> applyRetention(RetentionPolicy policy, Instant now, String by) {
        Objects.requireNonNull(by, "by");
        List<Erasure> done = new ArrayList<>();
        for (List<StoredPlan> due = dueForErasure(policy, now, 1000);
                !due.isEmpty();
                due = dueForErasure(policy, now, 1000)) {
            int before = done.size();
            for (StoredPlan plan : due) {
                eraseIfUnchanged(plan, by, now).ifPresent(done::add);
            }
            if (done.size() == before) {
                break;
            }
        }
        return done;
    }

    private Optional<Erasure> eraseIfUnchanged(StoredPlan plan, String by, Instant now) {
        try {
            boolean unchanged = withConnection(c -> {
                try (PreparedStatement s =
                        c.prepareStatement("select latest_revision from pathways_plans where plan_id = ?")) {
                    s.setString(1, plan.planId());
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() && rs.getInt(1) == plan.revision();
                    }
                }
            });
            return unchanged ? Optional.of(erase(plan.planId(), by, now, Erasure.Reason.RETENTION)) : Optional.empty();
        } catch (UnknownPlanException erasedMeanwhile) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreFailureException(e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreFailureException(e);
        }
    }

    @Override
    public String toString() {
        return "PlanStore{" + dataSource.getClass().getSimpleName() + "}";
    }

    /** The columns {@link #storedPlans} reads, in its order. */
    private static final String STORED_PLAN =
            "select plan_id, agency, person_id, latest_revision, latest_author, latest_at from pathways_plans";

    /** Reads the rows of a query that selects {@link #STORED_PLAN}'s columns. */
    private static List<StoredPlan> storedPlans(PreparedStatement s) throws SQLException {
        List<StoredPlan> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredPlan(
                        rs.getString(1),
                        Optional.ofNullable(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
            }
        }
        return out;
    }
}
