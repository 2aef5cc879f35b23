package org.pathways.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped when the JVM exits, with the
 * store's schema migrated once. Every test class shares it and uses its own plan identifiers.
 */
final class TestDatabase {
    private static EmbeddedPostgres postgres;
    private static PlanStore store;

    private TestDatabase() {}

    static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is temporary
                }
            }));
            PlanStore.of(postgres.getPostgresDatabase()).migrate();
        }
        return postgres;
    }

    static DataSource dataSource() {
        return postgres().getPostgresDatabase();
    }

    static synchronized PlanStore store() {
        if (store == null) {
            store = PlanStore.of(dataSource());
        }
        return store;
    }

    /** The JDBC URL a forked JVM connects with. */
    static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }
}
