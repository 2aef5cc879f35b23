package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathways.testing.Seeds.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * Complementary suppression, for all generated tables: no withheld count can be worked out from the
 * counts and totals shown by linear arithmetic. The check is exact and independent of the rule: a
 * withheld count is fixed by the published sums exactly when its column in the system of every line's
 * equation (unknowns: the withheld counts, a count shared by linked tables being one unknown) is not a
 * combination of the other unknowns' columns, that is when removing it lowers the rank; ranks are
 * computed over the integers by fraction-free elimination.
 */
class CountTableProperties {
    static final int EXAMPLES = 300;

    /** Tables sharing their columns. */
    record Linked(int columns, List<int[][]> counts) {}

    /** One or two tables sharing their columns, with small counts often, as declines are. */
    static Gen<Linked> linkedCounts() {
        return in -> {
            int columns = Generators.pick(in, 1, 7);
            int tables = Generators.pick(in, 1, 2);
            List<int[][]> out = new ArrayList<>();
            int[] columnTotals = null;
            for (int k = 0; k < tables; k++) {
                int rows = Generators.pick(in, 0, 6);
                int[][] t = new int[rows][columns];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < columns; j++) {
                        t[i][j] = switch (Generators.pick(in, 0, 3)) {
                            case 0 -> 0;
                            case 1 -> Generators.pick(in, 1, 4);
                            default -> Generators.pick(in, 0, 30);
                        };
                    }
                }
                if (k == 0) {
                    columnTotals = new int[columns];
                    for (int[] row : t) {
                        for (int j = 0; j < columns; j++) {
                            columnTotals[j] += row[j];
                        }
                    }
                    out.add(t);
                } else {
                    out.add(redistribute(columnTotals, rows, in));
                }
            }
            return new Linked(columns, out);
        };
    }

    /** Another table with the same column totals: each column's total spread over the rows. */
    private static int[][] redistribute(int[] columnTotals, int rows, org.quicktheories.core.RandomnessSource in) {
        int r = Math.max(rows, 1);
        int[][] t = new int[r][columnTotals.length];
        for (int j = 0; j < columnTotals.length; j++) {
            int left = columnTotals[j];
            for (int i = 0; i < r - 1; i++) {
                int n = Generators.pick(in, 0, left);
                t[i][j] = n;
                left -= n;
            }
            t[r - 1][j] = left;
        }
        return t;
    }

    @Test
    void noWithheldCountIsFixedByTheCountsAndTotalsShown() {
        int[] withheld = {0};
        qt().withExamples(Generators.examples(EXAMPLES))
                .forAll(linkedCounts(), integers().between(1, 6))
                .checkAssert((linked, threshold) -> {
                    List<CountTable> tables = tables(linked, threshold);
                    shownAsTheyAre(linked.counts(), tables, threshold);
                    withheld[0] += audit(tables);
                });
        System.out.println("CountTableProperties: " + withheld[0] + " withheld counts, none fixed by the sums shown");
    }

    static List<CountTable> tables(Linked linked, int threshold) {
        List<int[][]> counts = linked.counts();
        List<GapDimension> rows = new ArrayList<>();
        List<List<String>> rowValues = new ArrayList<>();
        for (int[][] c : counts) {
            rows.add(GapDimension.ORGANISATION);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < c.length; i++) {
                values.add("org-" + i);
            }
            rowValues.add(values);
        }
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < linked.columns(); j++) {
            columns.add("c" + j);
        }
        return CountTable.of(rows, GapDimension.DECLINE_REASON, rowValues, columns, counts, threshold);
    }

    /** Every count shown is the true one, zero or at least the threshold; every small one is withheld. */
    static void shownAsTheyAre(List<int[][]> counts, List<CountTable> tables, int threshold) {
        for (int k = 0; k < counts.size(); k++) {
            int[][] t = margins(counts.get(k), tables.get(k).getColumnValues().size());
            List<List<Count>> grid = grid(tables.get(k));
            for (int i = 0; i < t.length; i++) {
                for (int j = 0; j < t[i].length; j++) {
                    Count c = grid.get(i).get(j);
                    if (t[i][j] > 0 && t[i][j] < threshold) {
                        assertTrue(c.isWithheld(), "a small count is withheld");
                    }
                    if (!c.isSuppressed()) {
                        assertEquals(t[i][j], c.getValue().getAsInt());
                    } else {
                        assertTrue(c.isWithheld(), "a table shows x, never fewer than");
                    }
                }
            }
            for (List<Count> line : lines(grid)) {
                long n = line.stream().filter(Count::isWithheld).count();
                assertTrue(n != 1, "a line with one withheld count gives it away by subtraction");
            }
        }
    }

    static int[][] margins(int[][] c, int columns) {
        int rows = c.length;
        int[][] t = new int[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                t[i][j] = c[i][j];
                t[i][columns] += c[i][j];
                t[rows][j] += c[i][j];
                t[rows][columns] += c[i][j];
            }
        }
        return t;
    }

    /** The table as the reader sees it: rows with their totals, then the column totals and the grand total. */
    static List<List<Count>> grid(CountTable t) {
        List<List<Count>> grid = new ArrayList<>();
        for (int i = 0; i < t.getRowValues().size(); i++) {
            List<Count> row = new ArrayList<>(t.getCells().get(i));
            row.add(t.getRowTotals().get(i));
            grid.add(row);
        }
        List<Count> last = new ArrayList<>(t.getColumnTotals());
        last.add(t.getTotal());
        grid.add(last);
        return grid;
    }

    private static List<List<Count>> lines(List<List<Count>> grid) {
        List<List<Count>> lines = new ArrayList<>(grid);
        for (int j = 0; j < grid.get(0).size(); j++) {
            List<Count> column = new ArrayList<>();
            for (List<Count> row : grid) {
                column.add(row.get(j));
            }
            lines.add(column);
        }
        return lines;
    }

    /**
     * Builds every line's equation over the withheld counts (the last rows of linked tables being
     * the same unknowns) and asserts that none is fixed; returns how many were withheld.
     */
    static int audit(List<CountTable> tables) {
        List<int[]> unknownAt = new ArrayList<>(); // {table, row, column}; shared last row: table 0
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        List<List<List<Count>>> grids = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            List<List<Count>> g = grid(tables.get(k));
            grids.add(g);
            int last = g.size() - 1;
            for (int i = 0; i < g.size(); i++) {
                for (int j = 0; j < g.get(i).size(); j++) {
                    if (g.get(i).get(j).isWithheld()) {
                        String key = i == last ? "shared/" + j : k + "/" + i + "/" + j;
                        if (!index.containsKey(key)) {
                            index.put(key, unknownAt.size());
                            unknownAt.add(new int[] {k, i, j});
                        }
                    }
                }
            }
        }
        int n = unknownAt.size();
        if (n == 0) {
            return 0;
        }
        List<long[]> equations = new ArrayList<>();
        for (int k = 0; k < grids.size(); k++) {
            List<List<Count>> g = grids.get(k);
            int rows = g.size();
            int columns = g.get(0).size();
            int last = rows - 1;
            for (int i = 0; i < rows; i++) {
                long[] e = new long[n];
                for (int j = 0; j < columns; j++) {
                    add(e, index, k, i, j, last, j == columns - 1 ? -1 : 1, g);
                }
                equations.add(e);
            }
            for (int j = 0; j < columns; j++) {
                long[] e = new long[n];
                for (int i = 0; i < rows; i++) {
                    add(e, index, k, i, j, last, i == last ? -1 : 1, g);
                }
                equations.add(e);
            }
        }
        int rank = rank(equations, -1);
        for (int u = 0; u < n; u++) {
            int[] at = unknownAt.get(u);
            assertEquals(
                    rank,
                    rank(equations, u),
                    "the withheld count at table " + at[0] + ", row " + at[1] + ", column " + at[2]
                            + " is fixed by the sums shown");
        }
        return n;
    }

    private static void add(
            long[] e,
            java.util.Map<String, Integer> index,
            int k,
            int i,
            int j,
            int last,
            int sign,
            List<List<Count>> g) {
        if (g.get(i).get(j).isWithheld()) {
            e[index.get(i == last ? "shared/" + j : k + "/" + i + "/" + j)] += sign;
        }
    }

    /** The rank of the equations over the rationals, leaving out one unknown's column (or none: -1). */
    static int rank(List<long[]> equations, int without) {
        int columns = equations.isEmpty() ? 0 : equations.get(0).length;
        List<BigInteger[]> m = new ArrayList<>();
        for (long[] e : equations) {
            BigInteger[] row = new BigInteger[columns];
            for (int j = 0; j < columns; j++) {
                row[j] = j == without ? BigInteger.ZERO : BigInteger.valueOf(e[j]);
            }
            m.add(row);
        }
        int rank = 0;
        for (int col = 0; col < columns && rank < m.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < m.size(); r++) {
                if (m.get(r)[col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] p = m.get(pivot);
            m.set(pivot, m.get(rank));
            m.set(rank, p);
            for (int r = rank + 1; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                if (row[col].signum() == 0) {
                    continue;
                }
                BigInteger a = p[col];
                BigInteger b = row[col];
                BigInteger g = BigInteger.ONE;
                for (int j = col; j < columns; j++) {
                    row[j] = row[j].multiply(a).subtract(p[j].multiply(b));
                    g = j == col ? row[j].abs() : g.gcd(row[j]);
                }
                if (g.signum() > 0 && !g.equals(BigInteger.ONE)) {
                    for (int j = col; j < columns; j++) {
                        row[j] = row[j].divide(g);
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    @Test
    void theAuditTellsAFixedCountFromAFreeOne() {
        // one line with one unknown: x = total - the rest, fixed
        assertEquals(rank(List.of(new long[] {1}), 0), rank(List.of(new long[] {1}), -1) - 1);
        // a 2 x 2 cycle a b / c d with row and column sums: a + 1, b - 1, c - 1, d + 1 keeps every sum
        List<long[]> cycle = List.of(
                new long[] {1, 1, 0, 0}, new long[] {0, 0, 1, 1}, new long[] {1, 0, 1, 0}, new long[] {0, 1, 0, 1});
        for (int u = 0; u < 4; u++) {
            assertEquals(rank(cycle, -1), rank(cycle, u), "no count of a cycle is fixed");
        }
        // a chain a + b = s, b + c = t, c = u (c alone on a line): everything is fixed
        List<long[]> chain = List.of(new long[] {1, 1, 0}, new long[] {0, 1, 1}, new long[] {0, 0, 1});
        assertFalse(rank(chain, 0) == rank(chain, -1));
    }
}
