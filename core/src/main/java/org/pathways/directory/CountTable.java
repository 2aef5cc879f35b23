package org.pathways.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A two-way table of counts in the gap report with its margins, such as declined referrals by step
 * kind and reason: every row adds up to its row total, every column to its column total, and both
 * to the grand total.
 *
 * <pre>{@code
 * CountTable t = report.getDeclinesByKind();
 * t.getRowValues();       // [referral, shelter_and_housing]
 * t.getColumnValues();    // [full, not_eligible, requires_identity_documents, …]
 * t.getCell(1, 2);        // 7, or x when withheld
 * t.getColumnTotal(2);    // declines for identity documents, over every kind
 * }</pre>
 *
 * <p>Because the cells add up, suppressing small cells alone would let a reader subtract the shown
 * cells from a total and find a suppressed one. A table therefore withholds every count from 1 to
 * the threshold less one (primary suppression) and, after the Immigration and Refugee Board's rule,
 * enough other counts that none of them can be worked out from the counts and totals shown
 * (complementary suppression): every row and column holds no withheld count or at least two, and
 * every withheld count lies on a cycle of withheld counts. A withheld count shows as {@code x}
 * ({@link Count#isWithheld()}), small or not. Rows hold only the values with a count; the columns are
 * every value of their dimension.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CountTable {
    private final GapDimension rowDimension;
    private final GapDimension columnDimension;
    private final List<String> rowValues;
    private final List<String> columnValues;
    private final List<List<Count>> cells;
    private final List<Count> rowTotals;
    private final List<Count> columnTotals;
    private final Count total;
    private final int threshold;

    private CountTable(
            GapDimension rowDimension,
            GapDimension columnDimension,
            List<String> rowValues,
            List<String> columnValues,
            List<List<Count>> cells,
            List<Count> rowTotals,
            List<Count> columnTotals,
            Count total,
            int threshold) {
        this.rowDimension = rowDimension;
        this.columnDimension = columnDimension;
        this.rowValues = List.copyOf(rowValues);
        this.columnValues = List.copyOf(columnValues);
        this.cells = cells.stream().map(List::copyOf).toList();
        this.rowTotals = List.copyOf(rowTotals);
        this.columnTotals = List.copyOf(columnTotals);
        this.total = total;
        this.threshold = threshold;
    }

    /**
     * Returns tables that count the same things by different rows and the same columns, each with
     * its margins, suppressed together: a column total or the grand total withheld in one is
     * withheld in all, since they are the same counts, and no withheld count is fixed by the line
     * equations of all the tables taken together.
     *
     * @param rowDimensions each table's rows
     * @param columnDimension the columns of every table
     * @param rowValues each table's row values
     * @param columnValues the column values
     * @param counts each table's true counts, rows by columns, without margins
     * @param threshold the smallest count other than zero that is shown, at least 1
     * @return the tables, in the order given
     */
    static List<CountTable> of(
            List<GapDimension> rowDimensions,
            GapDimension columnDimension,
            List<List<String>> rowValues,
            List<String> columnValues,
            List<int[][]> counts,
            int threshold) {
        List<int[][]> withMargins = new ArrayList<>(counts.size());
        for (int[][] c : counts) {
            int rows = c.length;
            int columns = columnValues.size();
            int[][] t = new int[rows + 1][columns + 1];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    t[i][j] = c[i][j];
                    t[i][columns] += c[i][j];
                    t[rows][j] += c[i][j];
                    t[rows][columns] += c[i][j];
                }
            }
            withMargins.add(t);
        }
        List<boolean[][]> withheld = Suppression.withhold(withMargins, threshold);
        List<CountTable> out = new ArrayList<>(counts.size());
        for (int k = 0; k < counts.size(); k++) {
            int[][] t = withMargins.get(k);
            boolean[][] w = withheld.get(k);
            int rows = t.length - 1;
            int columns = columnValues.size();
            List<List<Count>> cells = new ArrayList<>(rows);
            List<Count> rowTotals = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                List<Count> row = new ArrayList<>(columns);
                for (int j = 0; j < columns; j++) {
                    row.add(shown(t, w, i, j, threshold));
                }
                cells.add(row);
                rowTotals.add(shown(t, w, i, columns, threshold));
            }
            List<Count> columnTotals = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                columnTotals.add(shown(t, w, rows, j, threshold));
            }
            out.add(new CountTable(
                    rowDimensions.get(k),
                    columnDimension,
                    rowValues.get(k),
                    columnValues,
                    cells,
                    rowTotals,
                    columnTotals,
                    shown(t, w, rows, columns, threshold),
                    threshold));
        }
        return out;
    }

    private static Count shown(int[][] t, boolean[][] w, int i, int j, int threshold) {
        return w[i][j] ? Count.withheld(threshold) : Count.of(t[i][j], threshold);
    }

    /**
     * Returns what the rows count by.
     *
     * @return the dimension, such as {@link GapDimension#STEP_KIND}
     */
    public GapDimension getRowDimension() {
        return rowDimension;
    }

    /**
     * Returns what the columns count by.
     *
     * @return the dimension, such as {@link GapDimension#DECLINE_REASON}
     */
    public GapDimension getColumnDimension() {
        return columnDimension;
    }

    /**
     * Returns the rows' values: codes or identifiers, each with a count other than zero.
     *
     * @return the values, in the order of their dimension (identifiers in alphabetical order)
     */
    public List<String> getRowValues() {
        return rowValues;
    }

    /**
     * Returns the columns' values: every code of the column dimension.
     *
     * @return the values
     */
    public List<String> getColumnValues() {
        return columnValues;
    }

    /**
     * Returns every cell, row by row.
     *
     * @return the cells, one list per row in the order of {@link #getRowValues()}
     */
    public List<List<Count>> getCells() {
        return cells;
    }

    /**
     * Returns one cell.
     *
     * @param row the row's index in {@link #getRowValues()}
     * @param column the column's index in {@link #getColumnValues()}
     * @return the count
     * @throws IndexOutOfBoundsException if there is no such row or column
     */
    public Count getCell(int row, int column) {
        return cells.get(row).get(column);
    }

    /**
     * Returns the rows' totals.
     *
     * @return one count per row
     */
    public List<Count> getRowTotals() {
        return rowTotals;
    }

    /**
     * Returns the columns' totals.
     *
     * @return one count per column
     */
    public List<Count> getColumnTotals() {
        return columnTotals;
    }

    /**
     * Returns the grand total.
     *
     * @return the count of everything the table counts
     */
    public Count getTotal() {
        return total;
    }

    /**
     * Returns the threshold.
     *
     * @return the smallest count other than zero that may be shown
     */
    public int getThreshold() {
        return threshold;
    }

    /**
     * Renders the table as plain text: a header of column values, one line per row with its total,
     * and a line of column totals; a withheld count is {@code x}.
     *
     * @return the text
     */
    public String toText() {
        StringBuilder out = new StringBuilder()
                .append(String.format("  %-32s", rowDimension.getCode() + " \\ " + columnDimension.getCode()));
        columnValues.forEach(v -> out.append(' ').append(v));
        out.append(" total\n");
        for (int i = 0; i < rowValues.size(); i++) {
            out.append(String.format("  %-32s", rowValues.get(i)));
            for (int j = 0; j < columnValues.size(); j++) {
                out.append(String.format(
                        " %" + columnValues.get(j).length() + "s", cells.get(i).get(j)));
            }
            out.append(String.format(" %5s", rowTotals.get(i))).append('\n');
        }
        out.append(String.format("  %-32s", "total"));
        for (int j = 0; j < columnValues.size(); j++) {
            out.append(String.format(" %" + columnValues.get(j).length() + "s", columnTotals.get(j)));
        }
        return out.append(String.format(" %5s", total)).append('\n').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CountTable)) {
            return false;
        }
        CountTable t = (CountTable) o;
        return rowDimension == t.rowDimension
                && columnDimension == t.columnDimension
                && threshold == t.threshold
                && rowValues.equals(t.rowValues)
                && columnValues.equals(t.columnValues)
                && cells.equals(t.cells)
                && rowTotals.equals(t.rowTotals)
                && columnTotals.equals(t.columnTotals)
                && total.equals(t.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowDimension, columnDimension, rowValues, cells, rowTotals, columnTotals, total);
    }

    @Override
    public String toString() {
        return "CountTable[" + rowDimension.getCode() + " by " + columnDimension.getCode() + ", " + rowValues.size()
                + " rows, total " + total + "]";
    }
}
