package org.kamsim.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {
  @Test
  void counts_singularAndPlural() {
    assertThat(Lists.count(1, "key account", "key accounts")).isEqualTo("1 key account");
    assertThat(Lists.count(20, "key account", "key accounts")).isEqualTo("20 key accounts");
    assertThat(Lists.headcounts(List.of("1"))).isEqualTo("1 KAM");
    assertThat(Lists.headcounts(List.of("2"))).isEqualTo("2 KAMs");
    assertThat(Lists.headcounts(List.of("1", "2"))).isEqualTo("1 and 2 KAMs");
  }

  @Test
  void topFive_onlyWhenThereAreMoreThanFive() {
    assertThat(Lists.andTopFive(0.388, 250)).isEqualTo(" and the five largest 38.8%");
    assertThat(Lists.andTopFive(1.0, 5)).isEmpty();
    assertThat(Lists.andTopFive(1.0, 1)).isEmpty();
  }

  @Test
  void capitalised_firstLetterOnly() {
    assertThat(Lists.capitalised("one more KAM adds")).isEqualTo("One more KAM adds");
    assertThat(Lists.capitalised("")).isEmpty();
  }
}
