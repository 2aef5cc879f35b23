package org.pathways.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pathways.StaleRevisionException;
import org.pathways.consent.ConsentEntry;
import org.pathways.plan.CarePlan;
import org.pathways.plan.PlanHistory;

class PlanStoreConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 12;

    private final PlanStore store = TestDatabase.store();

    /** The change every writer makes in a round: a grant of its own, so that a lost one would show. */
    static CarePlan change(CarePlan base, int round, String writer) {
        return base.recordConsent(
                Plans.grant(
                        "c-r" + round + "-" + writer,
                        Plans.SHELTER,
                        Plans.edit(writer, round).getAt()),
                Plans.edit(writer, round));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void exactlyOneOfNineWritersInTwoJvmsWinsEachRoundAndNothingIsLostOrDuplicated() throws Exception {
        String u = Plans.unique();
        CarePlan first = Plans.start("plan-" + u, "person-" + u, "Nadia");
        store.save(first);
        Process fork = ForkedWriter.start("race", first.getId());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<String> winners = new ArrayList<>();
        int forkWins = 0;
        try (Writer toFork = new OutputStreamWriter(fork.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader fromFork =
                        new BufferedReader(new InputStreamReader(fork.getInputStream(), StandardCharsets.UTF_8))) {
            for (int round = 1; round <= ROUNDS; round++) {
                CarePlan base = store.load(first.getId());
                assertEquals(round, base.getRevision().getNumber());
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> writers = new ArrayList<>();
                for (int w = 0; w < THREADS; w++) {
                    CarePlan next = change(base, round, "m-w" + w);
                    writers.add(pool.submit(() -> {
                        go.await();
                        try {
                            store.save(next);
                            return next.getRevision().getAuthor();
                        } catch (StaleRevisionException stale) {
                            assertEquals(base.getRevision().getNumber(), stale.getPreparedAgainst());
                            return null;
                        }
                    }));
                }
                toFork.write("prepare " + round + " " + base.getRevision().getNumber() + "\n");
                toFork.flush();
                assertEquals("ready", fromFork.readLine());
                toFork.write("go\n");
                toFork.flush();
                go.countDown();
                List<String> won = new ArrayList<>();
                for (Future<String> f : writers) {
                    String author = f.get(60, TimeUnit.SECONDS);
                    if (author != null) {
                        won.add(author);
                    }
                }
                String answer = fromFork.readLine();
                assertTrue(answer != null && answer.endsWith(" " + round), "the fork answered " + answer);
                if (answer.startsWith("won")) {
                    won.add("m-fork");
                    forkWins++;
                }
                assertEquals(1, won.size(), "round " + round + " winners: " + won);
                winners.add(won.get(0));
            }
        } finally {
            pool.shutdownNow();
            fork.waitFor(30, TimeUnit.SECONDS);
            fork.destroyForcibly();
        }
        System.out.println("[concurrency] " + ROUNDS + " rounds of " + (THREADS + 1) + " writers (" + THREADS
                + " threads + 1 forked JVM): one winner each; the forked JVM won " + forkWins);

        PlanHistory history = store.history(first.getId());
        assertEquals(ROUNDS + 1, history.getRevisions().size());
        Set<String> previous = Set.of();
        for (CarePlan revision : history.getRevisions()) {
            Set<String> ledger = new HashSet<>();
            for (ConsentEntry e : revision.getConsent().getEntries()) {
                ledger.add(e.getId());
            }
            assertTrue(ledger.containsAll(previous), "the ledger only grows");
            assertEquals(revision.getRevision().getNumber() - 1, ledger.size());
            previous = ledger;
        }
        for (int round = 1; round <= ROUNDS; round++) {
            CarePlan revision = history.revision(round + 1);
            assertEquals(winners.get(round - 1), revision.getRevision().getAuthor());
            assertTrue(previous.contains("c-r" + round + "-" + winners.get(round - 1)));
        }
        assertEquals(ROUNDS, previous.size(), "no loser's grant was saved");
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s =
                        c.prepareStatement("select count(*), count(distinct revision), min(revision), max(revision)"
                                + " from pathways_revisions where plan_id = ?")) {
            s.setString(1, first.getId());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(ROUNDS + 1, rs.getInt(1));
                assertEquals(ROUNDS + 1, rs.getInt(2));
                assertEquals(1, rs.getInt(3));
                assertEquals(ROUNDS + 1, rs.getInt(4));
            }
        }
        assertFalse(fork.isAlive());
    }
}
