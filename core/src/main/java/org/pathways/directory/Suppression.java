package org.pathways.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary and complementary suppression over two-way tables with their margins, after the
 * Immigration and Refugee Board of Canada's small value suppression: a count from 1 to the threshold
 * less one is withheld, and "a suppressed value cannot be derived from subtracting the sum of the
 * non-suppressed values from a total or subtotal", so where a line would hold one withheld count, the
 * smallest other addend is withheld too.
 *
 * <p>A table is an array of {@code R + 1} rows of {@code C + 1} counts: the last column holds the row
 * totals, the last row the column totals, the corner the grand total. Every row and every column is a
 * line whose addends sum to its total. The rule runs over every line, rows and columns, until no line
 * holds exactly one withheld count; then, seeing the withheld counts as the edges of a graph whose
 * nodes are the rows and columns, it withholds one more count across every edge that lies on no
 * cycle (a bridge), since such a count alone is fixed by the lines' sums, and runs again. What
 * remains has every withheld count on a cycle of withheld counts, so that adding one to the counts at
 * even places of the cycle and taking one from those at odd places keeps every sum: no sum of
 * published counts and totals fixes a withheld one.
 *
 * <p>Tables that count the same things by different rows and the same columns share their last row
 * (the column totals and the grand total); such a count withheld in one is withheld in all. Linked
 * so, they give the reader more equations than each alone, so after each table is protected the
 * rule audits them together: it solves every line's equation for the withheld counts (a shared
 * count being one unknown) and, while some withheld count is still fixed by them, withholds the best
 * other count of its row, or else of its column, and protects again. The audit works modulo two
 * primes and counts a withheld count as fixed when it is fixed modulo either, which can only
 * withhold more than needed: a count fixed over the rationals is fixed modulo every prime that
 * divides no denominator of its solution.
 */
final class Suppression {
    private Suppression() {}

    /**
     * Returns which counts to withhold in tables sharing their last row.
     *
     * @param tables the tables, each with its margins; every last row the same
     * @param threshold the smallest count other than zero that may be shown
     * @return for each table, true where a count is withheld
     */
    static List<boolean[][]> withhold(List<int[][]> tables, int threshold) {
        List<boolean[][]> out = new ArrayList<>(tables.size());
        for (int[][] t : tables) {
            boolean[][] w = new boolean[t.length][];
            for (int i = 0; i < t.length; i++) {
                w[i] = new boolean[t[i].length];
                for (int j = 0; j < t[i].length; j++) {
                    w[i][j] = t[i][j] > 0 && t[i][j] < threshold;
                }
            }
            out.add(w);
        }
        while (true) {
            link(tables, out);
            int[] fixed = fixed(out, P1);
            if (fixed == null) {
                fixed = fixed(out, P2);
            }
            if (fixed == null || !widen(tables.get(fixed[0]), out.get(fixed[0]), fixed[1], fixed[2])) {
                return out;
            }
        }
    }

    /** Protects each table and withholds the shared last row alike, until nothing changes. */
    private static void link(List<int[][]> tables, List<boolean[][]> out) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < tables.size(); k++) {
                protect(tables.get(k), out.get(k));
            }
            if (tables.size() > 1) {
                int last = tables.get(0).length - 1;
                int columns = tables.get(0)[last].length;
                for (int j = 0; j < columns; j++) {
                    boolean any = false;
                    for (int k = 0; k < out.size(); k++) {
                        boolean[][] w = out.get(k);
                        any |= w[w.length - 1][j];
                    }
                    if (any) {
                        for (boolean[][] w : out) {
                            if (!w[w.length - 1][j]) {
                                w[w.length - 1][j] = true;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
    }

    private static final long P1 = 2_147_483_647L;
    private static final long P2 = 2_147_483_629L;

    /**
     * Withholds the best count not yet withheld in the row of a fixed count, or else in its column.
     *
     * @return false when every count of both lines is withheld already
     */
    private static boolean widen(int[][] t, boolean[][] w, int row, int column) {
        int rows = t.length;
        int columns = t[0].length;
        int best = -1;
        for (int j = 0; j < columns; j++) {
            if (!w[row][j] && (best < 0 || better(t[row][j], j == columns - 1, t[row][best], best == columns - 1))) {
                best = j;
            }
        }
        if (best >= 0) {
            w[row][best] = true;
            return true;
        }
        for (int i = 0; i < rows; i++) {
            if (!w[i][column] && (best < 0 || better(t[i][column], i == rows - 1, t[best][column], best == rows - 1))) {
                best = i;
            }
        }
        if (best >= 0) {
            w[best][column] = true;
            return true;
        }
        return false;
    }

    /**
     * Finds a withheld count that the line equations of all the tables fix, modulo a prime: the
     * unknowns are the withheld counts, a count of the shared last row being one unknown. Returns
     * {table, row, column} or null.
     */
    private static int[] fixed(List<boolean[][]> withheld, long p) {
        Map<Long, Integer> index = new HashMap<>();
        List<int[]> where = new ArrayList<>();
        for (int k = 0; k < withheld.size(); k++) {
            boolean[][] w = withheld.get(k);
            int last = w.length - 1;
            for (int i = 0; i < w.length; i++) {
                for (int j = 0; j < w[i].length; j++) {
                    if (w[i][j]) {
                        long key = key(k, i, j, last);
                        if (!index.containsKey(key)) {
                            index.put(key, where.size());
                            where.add(new int[] {k, i, j});
                        }
                    }
                }
            }
        }
        int n = where.size();
        if (n == 0) {
            return null;
        }
        List<long[]> equations = new ArrayList<>();
        for (int k = 0; k < withheld.size(); k++) {
            boolean[][] w = withheld.get(k);
            int rows = w.length;
            int columns = w[0].length;
            int last = rows - 1;
            for (int i = 0; i < rows; i++) {
                long[] e = new long[n];
                boolean any = false;
                for (int j = 0; j < columns; j++) {
                    if (w[i][j]) {
                        e[index.get(key(k, i, j, last))] += j == columns - 1 ? p - 1 : 1;
                        any = true;
                    }
                }
                if (any) {
                    equations.add(e);
                }
            }
            for (int j = 0; j < columns; j++) {
                long[] e = new long[n];
                boolean any = false;
                for (int i = 0; i < rows; i++) {
                    if (w[i][j]) {
                        e[index.get(key(k, i, j, last))] += i == last ? p - 1 : 1;
                        any = true;
                    }
                }
                if (any) {
                    equations.add(e);
                }
            }
        }
        // reduced row echelon form modulo p
        int[] pivotOf = new int[equations.size()];
        int rank = 0;
        for (int col = 0; col < n && rank < equations.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < equations.size(); r++) {
                if (equations.get(r)[col] % p != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] pr = equations.get(pivot);
            equations.set(pivot, equations.get(rank));
            equations.set(rank, pr);
            long inverse = power(pr[col] % p, p - 2, p);
            for (int j = 0; j < n; j++) {
                pr[j] = pr[j] % p * inverse % p;
            }
            for (int r = 0; r < equations.size(); r++) {
                long[] row = equations.get(r);
                long f = row[col] % p;
                if (r != rank && f != 0) {
                    for (int j = 0; j < n; j++) {
                        row[j] = ((row[j] - f * pr[j]) % p + p) % p;
                    }
                }
            }
            pivotOf[rank++] = col;
        }
        boolean[] pivot = new boolean[n];
        for (int r = 0; r < rank; r++) {
            pivot[pivotOf[r]] = true;
        }
        for (int r = 0; r < rank; r++) {
            long[] row = equations.get(r);
            boolean alone = true;
            for (int j = 0; j < n && alone; j++) {
                alone = pivot[j] || row[j] % p == 0;
            }
            if (alone) {
                return where.get(pivotOf[r]);
            }
        }
        return null;
    }

    private static long key(int table, int row, int column, int last) {
        return row == last ? -1L - column : ((long) table << 40) | ((long) row << 20) | column;
    }

    private static long power(long base, long exponent, long p) {
        long result = 1;
        long b = base % p;
        for (long e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * b % p;
            }
            b = b * b % p;
        }
        return result;
    }

    /** Withholds in one table until every line holds none or two and no withheld count is a bridge. */
    private static void protect(int[][] t, boolean[][] w) {
        while (true) {
            lines(t, w);
            int[] bridge = bridge(w);
            if (bridge == null) {
                return;
            }
            acrossBridge(t, w, bridge[0], bridge[1]);
        }
    }

    /** Runs the line rule until no row or column holds exactly one withheld count. */
    private static void lines(int[][] t, boolean[][] w) {
        int rows = t.length;
        int columns = t[0].length;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < rows; i++) {
                int n = 0;
                for (int j = 0; j < columns; j++) {
                    n += w[i][j] ? 1 : 0;
                }
                if (n == 1) {
                    int best = -1;
                    for (int j = 0; j < columns; j++) {
                        if (!w[i][j]
                                && (best < 0 || better(t[i][j], j == columns - 1, t[i][best], best == columns - 1))) {
                            best = j;
                        }
                    }
                    w[i][best] = true;
                    changed = true;
                }
            }
            for (int j = 0; j < columns; j++) {
                int n = 0;
                for (int i = 0; i < rows; i++) {
                    n += w[i][j] ? 1 : 0;
                }
                if (n == 1) {
                    int best = -1;
                    for (int i = 0; i < rows; i++) {
                        if (!w[i][j] && (best < 0 || better(t[i][j], i == rows - 1, t[best][j], best == rows - 1))) {
                            best = i;
                        }
                    }
                    w[best][j] = true;
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether a count is a better complement than another: an addend before a total (as the IRB
     * withholds the second lowest addend), then a count other than zero before zero (a zero is what
     * a gap report is for), then the smaller.
     */
    private static boolean better(int value, boolean total, int than, boolean thanTotal) {
        if (total != thanTotal) {
            return !total;
        }
        if ((value == 0) != (than == 0)) {
            return value != 0;
        }
        return value < than;
    }

    /**
     * Finds a withheld count that lies on no cycle of withheld counts: nodes 0..rows-1 are the rows,
     * rows..rows+columns-1 the columns. Returns {row, column} or null.
     */
    private static int[] bridge(boolean[][] w) {
        int rows = w.length;
        int columns = w[0].length;
        int nodes = rows + columns;
        int[] order = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(order, -1);
        int counter = 0;
        for (int root = 0; root < nodes; root++) {
            if (order[root] >= 0) {
                continue;
            }
            // iterative depth-first search: node, the edge it was reached by (its parent), next neighbour
            Deque<int[]> stack = new ArrayDeque<>();
            order[root] = low[root] = counter++;
            stack.push(new int[] {root, -1, 0});
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int v = top[0];
                int degree = v < rows ? columns : rows;
                if (top[2] < degree) {
                    int k = top[2]++;
                    int u = v < rows ? rows + k : k;
                    boolean edge = v < rows ? w[v][k] : w[k][v - rows];
                    if (!edge || u == top[1]) {
                        continue;
                    }
                    if (order[u] < 0) {
                        order[u] = low[u] = counter++;
                        stack.push(new int[] {u, v, 0});
                    } else {
                        low[v] = Math.min(low[v], order[u]);
                    }
                } else {
                    stack.pop();
                    int parent = top[1];
                    if (parent >= 0) {
                        low[parent] = Math.min(low[parent], low[v]);
                        if (low[v] > order[parent]) {
                            return parent < rows ? new int[] {parent, v - rows} : new int[] {v, parent - rows};
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Withholds the best count joining the two sides of a bridge, so that the bridge lies on a cycle. */
    private static void acrossBridge(int[][] t, boolean[][] w, int row, int column) {
        int rows = w.length;
        int columns = w[0].length;
        // the two sides of the bridge: what the row reaches without it, and what the column reaches
        boolean[] rowSide = reach(w, row, row, column);
        boolean[] columnSide = reach(w, rows + column, row, column);
        int bi = -1;
        int bj = -1;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                boolean across = rowSide[i] && columnSide[rows + j] || columnSide[i] && rowSide[rows + j];
                if (w[i][j] || !across) {
                    continue;
                }
                boolean total = i == rows - 1 || j == columns - 1;
                if (bi < 0 || better(t[i][j], total, t[bi][bj], bi == rows - 1 || bj == columns - 1)) {
                    bi = i;
                    bj = j;
                }
            }
        }
        w[bi][bj] = true;
    }

    /** The nodes reached from one node over withheld counts, leaving out one of them. */
    private static boolean[] reach(boolean[][] w, int from, int row, int column) {
        int rows = w.length;
        int columns = w[0].length;
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> queue = new ArrayDeque<>();
        seen[from] = true;
        queue.add(from);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            int degree = v < rows ? columns : rows;
            for (int k = 0; k < degree; k++) {
                int u = v < rows ? rows + k : k;
                int i = v < rows ? v : k;
                int j = v < rows ? k : v - rows;
                if (w[i][j] && !(i == row && j == column) && !seen[u]) {
                    seen[u] = true;
                    queue.add(u);
                }
            }
        }
        return seen;
    }
}
