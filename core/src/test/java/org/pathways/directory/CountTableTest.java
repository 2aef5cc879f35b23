package org.pathways.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountTableTest {
    private static CountTable table(int[][] counts, int threshold) {
        List<String> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= counts.length; i++) {
            rows.add("group-" + i);
        }
        return CountTable.of(
                        List.of(GapDimension.ORGANISATION),
                        GapDimension.DECLINE_REASON,
                        List.of(rows),
                        List.of("accepted", "rejected", "abandoned", "withdrawn"),
                        List.<int[][]>of(counts),
                        threshold)
                .get(0);
    }

    /** The Immigration and Refugee Board's published example of small value suppression, threshold 20. */
    private static final int[][] IRB = {{304, 125, 26, 20}, {28, 45, 14, 5}, {70, 29, 7, 21}, {5, 3, 1, 1}};

    @Test
    void withholdsAtLeastWhatTheBoardsExampleWithholdsAndTheColumnsComplements() {
        CountTable t = table(IRB, 20);
        // the Board's published table: group 1 all shown; group 2 the 14 and the 5; group 3 the 7 and
        // the second lowest addend, 21; group 4 everything, its total 10 included
        boolean[][] board = {
            {false, false, false, false},
            {false, false, true, true},
            {false, false, true, true},
            {true, true, true, true}
        };
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (board[i][j]) {
                    assertTrue(t.getCell(i, j).isWithheld(), "group " + (i + 1) + ", column " + j);
                }
            }
        }
        assertTrue(t.getRowTotals().get(3).isWithheld(), "group 4's total, 10, is small");
        assertEquals(475, t.getRowTotals().get(0).getValue().getAsInt());
        // with column totals too, the 5 accepted of group 4 would be 407 less the rest of its column:
        // the smallest other addend of that column, 28, is withheld as well
        assertTrue(t.getCell(1, 0).isWithheld());
        assertFalse(t.getCell(0, 0).isWithheld());
        assertEquals(304, t.getCell(0, 0).getValue().getAsInt());
        assertEquals(704, t.getTotal().getValue().getAsInt());
    }

    @Test
    void aTableWithNothingSmallShowsEverything() {
        CountTable t = table(new int[][] {{5, 0, 9, 12}}, 5);
        assertEquals("[[5, 0, 9, 12]]", t.getCells().toString());
        assertEquals("[26]", t.getRowTotals().toString());
        assertEquals("[5, 0, 9, 12]", t.getColumnTotals().toString());
        assertEquals(5, t.getThreshold());
        assertEquals(List.of("group-1"), t.getRowValues());
        assertEquals(GapDimension.ORGANISATION, t.getRowDimension());
    }

    @Test
    void anEmptyTableCountsZero() {
        CountTable t = table(new int[0][], 5);
        assertEquals("0", t.getTotal().toString());
        assertEquals("[0, 0, 0, 0]", t.getColumnTotals().toString());
        assertTrue(t.toText().contains("  total"), t.toText());
    }

    @Test
    void equalTablesAreInterchangeable() {
        assertEquals(table(IRB, 20), table(IRB, 20));
        assertEquals(table(IRB, 20).hashCode(), table(IRB, 20).hashCode());
        assertNotEquals(table(IRB, 20), table(IRB, 5));
        assertNotEquals(table(IRB, 20), "a table");
        assertEquals(
                "CountTable[organisation by decline_reason, 4 rows, total 704]",
                table(IRB, 20).toString());
        String text = table(IRB, 20).toText();
        assertTrue(
                text.contains("  group-4                                 x        x         x         x     x\n"),
                text);
    }
}
