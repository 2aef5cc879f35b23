package org.pathways.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pathways.StaleRevisionException;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.disclosure.Disclosures;
import org.pathways.plan.CarePlan;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A second writer in its own JVM, started by the concurrency and fault tests with {@link #start}.
 *
 * <ul>
 *   <li>{@code race <url> <plan>}: for each line {@code prepare <round> <revision>} on standard
 *       input, records a grant on that revision and answers {@code ready}; on the next line, {@code
 *       go}, saves it and answers {@code won <round>} or {@code stale <round>}; ends at end of input.
 *   <li>{@code hold <url> <plan>}: shares the latest revision with the shelter (a new revision and
 *       a disclosure row), saves it inside a transaction it never commits, answers {@code holding},
 *       and waits to be killed.
 * </ul>
 */
public final class ForkedWriter {
    private ForkedWriter() {}

    /** Starts this class in a new JVM on the test class path. */
    static Process start(String mode, String planId) throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx128m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ForkedWriter.class.getName());
        command.add(mode);
        command.add(TestDatabase.jdbcUrl());
        command.add(planId);
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /**
     * Runs one of the modes.
     *
     * @param args the mode, the JDBC URL and the plan
     * @throws Exception on any failure, which ends the JVM
     */
    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[1]);
        PlanStore store = PlanStore.of(dataSource);
        String planId = args[2];
        if (args[0].equals("race")) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] prepare = line.split(" ");
                int round = Integer.parseInt(prepare[1]);
                CarePlan base = store.load(planId, Integer.parseInt(prepare[2]));
                CarePlan next = PlanStoreConcurrencyTest.change(base, round, "m-fork");
                System.out.println("ready");
                System.out.flush();
                if (!"go".equals(in.readLine())) {
                    return;
                }
                String answer;
                try {
                    store.save(next);
                    answer = "won " + round;
                } catch (StaleRevisionException e) {
                    answer = "stale " + round;
                }
                System.out.println(answer);
                System.out.flush();
            }
        } else {
            CarePlan latest = store.load(planId);
            CarePlan next = Disclosures.disclose(
                            latest, Recipient.organisation(Plans.SHELTER), Purpose.REFERRAL, Plans.edit("m-fork", 30))
                    .getPlan();
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            store.save(c, next);
            System.out.println("holding");
            System.out.flush();
            TimeUnit.MINUTES.sleep(10);
        }
    }
}
