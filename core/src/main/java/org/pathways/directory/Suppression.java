package org.pathways.directory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

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
 * (the column totals and the grand total); such a count withheld in one is withheld in all.
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
        return out;
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
