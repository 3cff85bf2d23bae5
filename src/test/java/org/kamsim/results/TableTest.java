package org.kamsim.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  private static final ColumnSpec ID = ColumnSpec.text("id");
  private static final ColumnSpec GROUP = ColumnSpec.text("group");
  private static final ColumnSpec VALUE = ColumnSpec.money("value").optionalNumber();
  private static final ColumnSpec COUNT = ColumnSpec.integer("count");
  private static final ColumnSpec KEY = ColumnSpec.flag("key");

  private static Table table() {
    String[] ids = {"a", "b", "c", "d", "e"};
    String[] groups = {"x", "y", "x", "z", "y"};
    double[] values = {3.004, 1, 3, Double.NaN, 2};
    return Table.of("t", ID.texts(5, i -> ids[i]), GROUP.texts(5, i -> groups[i]),
        VALUE.doubles(5, i -> values[i]), COUNT.ints(5, i -> i * 10), KEY.flags(5, i -> i % 2 == 0));
  }

  @Test
  void specColumns_roundAsTheFileWrites() {
    assertThat(table().doubles(VALUE).get(0)).isEqualTo(3.0);
    assertThat(table().doubles(VALUE).isMissing(3)).isTrue();
  }

  @Test
  void requiredNumber_nan_isRefusedNamingColumnAndRow() {
    assertThatThrownBy(() -> ColumnSpec.money("revenue").doubles(3, i -> i == 1 ? Double.NaN : i))
        .isInstanceOf(NonFiniteFigureException.class).hasMessageStartingWith("revenue (row 2): not a finite number");
  }

  @Test
  void sorted_isStable_andWhereFirstRowsKeepEveryColumn() {
    Table t = table();
    DoubleColumn v = t.doubles(VALUE);
    Table sorted = t.sorted(Comparator.comparingDouble((Integer i) -> v.isMissing(i) ? 0 : -v.get(i)));
    // a (3) and c (3) tie: file order kept.
    assertThat(sorted.texts(ID).values()).containsExactly("a", "c", "e", "b", "d");
    assertThat(sorted.ints(COUNT).get(1)).isEqualTo(20);
    assertThat(t.where(i -> t.flags(KEY).get(i)).texts(ID).values()).containsExactly("a", "c", "e");
    assertThat(t.first(2).rowCount()).isEqualTo(2);
    assertThat(t.first(9).rowCount()).isEqualTo(5);
  }

  @Test
  void groupBy_inOrderOfFirstAppearance() {
    List<Table> groups = table().groupBy("group");
    assertThat(groups).extracting(g -> g.texts(GROUP).get(0)).containsExactly("x", "y", "z");
    assertThat(groups.get(1).texts(ID).values()).containsExactly("b", "e");
  }

  @Test
  void columnsOfUnequalLength_areRefused() {
    assertThatThrownBy(() -> Table.of("t", ID.texts(2, i -> "a"), COUNT.ints(3, i -> i)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count has 3 rows, not 2");
  }

  @Test
  void sums_skipMissing_minMax() {
    DoubleColumn v = table().doubles(VALUE);
    assertThat(v.sum()).isEqualTo(9);
    assertThat(v.max()).isEqualTo(3);
    assertThat(v.min()).isEqualTo(1);
  }
}
