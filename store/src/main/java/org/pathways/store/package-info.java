/**
 * A PostgreSQL store for Pathways plans: every revision as {@code jsonb} in the wire format, saves
 * that succeed only from the latest revision (optimistic concurrency, safe across processes), the
 * disclosure log and case conferences as queryable tables, streaming a caseload as NDJSON, erasure
 * and retention.
 *
 * <pre>{@code
 * PlanStore store = PlanStore.of(dataSource);
 * store.migrate();                                  // Flyway, tables prefixed pathways_
 * store.save(plan);                                 // revision 1
 * CarePlan latest = store.load("plan-7a41");
 * store.save(latest.addPriority(p, 1, edit));       // StaleRevisionException if someone saved first
 * }</pre>
 *
 * <p>Every method is thread-safe; a null argument fails at once with the parameter's name.
 */
package org.pathways.store;
