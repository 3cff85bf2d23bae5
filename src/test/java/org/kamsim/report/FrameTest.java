package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** {@link Frame} against Tablesaw's own {@code Table}, the behaviour it stands in for. */
class FrameTest {
  private static final String[] GROUPS = {"North", "South", "", "East"};

  /** A random table: distinct doubles (with NaNs), booleans, group names, and a row number. */
  private static List<Column<?>> columns(long seed, int rows) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] revenue = new double[rows];
    double[] value = new double[rows];
    boolean[] key = new boolean[rows];
    String[] group = new String[rows];
    int[] row = new int[rows];
    for (int i = 0; i < rows; i++) {
      revenue[i] = random.nextDouble() * 1e7; // distinct with probability 1: no ties, so order is defined
      value[i] = random.nextInt(5) == 0 ? Double.NaN : random.nextGaussian();
      key[i] = random.nextBoolean();
      group[i] = GROUPS[random.nextInt(GROUPS.length)];
      row[i] = i;
    }
    return List.of(DoubleColumn.create("revenue", revenue), DoubleColumn.create("value", value),
        BooleanColumn.create("key", key), StringColumn.create("group", group), IntColumn.create("row", row));
  }

  private static Frame frame(long seed, int rows) {
    return Frame.of("t", columns(seed, rows));
  }

  private static Table table(long seed, int rows) {
    return Table.create("t", columns(seed, rows));
  }

  /** Every cell of {@code frame} as text, row by row, for comparison with a table. */
  private static List<String> cells(Frame frame) {
    return cells(frame.rowCount(), frame.columnNames(), frame::column);
  }

  private static List<String> cells(Table table) {
    return cells(table.rowCount(), table.columnNames(), table::column);
  }

  private static List<String> cells(int rows, List<String> names, Function<String, Column<?>> column) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      StringBuilder row = new StringBuilder();
      for (String name : names) {
        row.append(column.apply(name).getString(r)).append('|');
      }
      out.add(row.toString());
    }
    return out;
  }

  @Test
  void sortsAsTablesawDoesOnOneAndOnSeveralColumns() {
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(cells(frame(seed, 200).sortDescendingOn("revenue")))
          .isEqualTo(cells(table(seed, 200).sortDescendingOn("revenue")));
      // Booleans first (true above false), then NaN above every number, then revenue breaks the ties.
      assertThat(cells(frame(seed, 200).sortDescendingOn("key", "value", "revenue")))
          .isEqualTo(cells(table(seed, 200).sortDescendingOn("key", "value", "revenue")));
    }
  }

  @Test
  void sortIsStable() {
    Frame f = Frame.of("t", DoubleColumn.create("x", new double[] {1, 2, 1, 2, 1}),
        IntColumn.create("row", new int[] {0, 1, 2, 3, 4}));
    assertThat(f.sortDescendingOn("x").intColumn("row").asList()).containsExactly(1, 3, 0, 2, 4);
  }

  @Test
  void filtersHeadsAndSelectsAsTablesawDoes() {
    for (long seed = 1; seed <= 10; seed++) {
      Frame f = frame(seed, 100);
      Table t = table(seed, 100);
      assertThat(cells(f.where(f.booleanColumn("key").isTrue().or(f.doubleColumn("value").isMissing()))))
          .isEqualTo(cells(t.where(t.booleanColumn("key").isTrue().or(t.doubleColumn("value").isMissing()))));
      assertThat(cells(f.first(7))).isEqualTo(cells(t.first(7)));
      assertThat(cells(f.first(1000))).isEqualTo(cells(t));
      assertThat(cells(f.selectColumns("group", "revenue"))).isEqualTo(cells(t.selectColumns("group", "revenue")));
    }
  }

  @Test
  void splitsIntoOneFramePerValueInOrderOfFirstAppearance() {
    Frame f = frame(3, 100);
    List<Frame> groups = f.splitOn("group");
    List<String> seen = new ArrayList<>();
    for (int r = 0; r < f.rowCount(); r++) {
      String g = f.stringColumn("group").get(r);
      if (!seen.contains(g)) {
        seen.add(g);
      }
    }
    assertThat(groups).extracting(g -> g.stringColumn("group").get(0)).containsExactlyElementsOf(seen);
    int total = 0;
    for (Frame g : groups) {
      String name = g.stringColumn("group").get(0);
      assertThat(g.stringColumn("group").asList()).allMatch(name::equals);
      // Rows keep their order within a group.
      assertThat(g.intColumn("row").asList()).isSorted();
      total += g.rowCount();
    }
    assertThat(total).isEqualTo(f.rowCount());
    // The same groups, as sets of rows, as Tablesaw's split.
    Table t = table(3, 100);
    assertThat(groups).extracting(g -> g.intColumn("row").asList().toString())
        .containsExactlyInAnyOrderElementsOf(t.splitOn("group").asTableList().stream()
            .map(g -> g.intColumn("row").asList().toString()).toList());
  }

  @Test
  void insertsRenamesAndLooksUpColumns() {
    Frame f = frame(5, 10).insertColumn(0, IntColumn.create("rank", new int[10])).withName("ranked");
    assertThat(f.name()).isEqualTo("ranked");
    assertThat(f.columnNames()).containsExactly("rank", "revenue", "value", "key", "group", "row");
    assertThat(f.column(0).name()).isEqualTo("rank");
    assertThatThrownBy(() -> f.column("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void rejectsColumnsOfUnequalLength() {
    assertThatThrownBy(() -> Frame.of("t", DoubleColumn.create("a", new double[] {1, 2}),
        DoubleColumn.create("b", new double[] {1}))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b has 1 rows, not 2");
  }
}
