package org.kamsim.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontierPointTest {
  private static FrontierPoint point(double mean, double tail, int headcount) {
    return new FrontierPoint(new Assessment("p", new org.kamsim.model.Plan(java.util.List.of(), headcount), 0, 0,
        mean, 0, 0, tail, 0, 0, 0, 0));
  }

  @Test
  void dominates_needsNoWorseOnAllThree_andBetterOnOne() {
    FrontierPoint p = point(100, 50, 4);
    assertThat(point(101, 50, 4).dominates(p)).isTrue();
    assertThat(point(100, 51, 4).dominates(p)).isTrue();
    assertThat(point(100, 50, 3).dominates(p)).isTrue();
    assertThat(point(100, 50, 4).dominates(p)).isFalse(); // equal: neither dominates
    assertThat(point(101, 49, 4).dominates(p)).isFalse(); // a trade-off
    assertThat(point(101, 51, 5).dominates(p)).isFalse(); // better figures, one more KAM
  }

  @Test
  void nonDominated_dropsExactlyTheDominated_keepsOrderAndTies() {
    // The newcomer's case: two 4-KAM plans where the second is better on both figures.
    FrontierPoint a = point(89_899_262.29, 34_672_954.97, 3);
    FrontierPoint b = point(89_984_558.48, 34_511_313.25, 4);
    FrontierPoint c = point(89_990_787.12, 34_511_981.11, 4);
    FrontierPoint d = point(89_980_736.28, 34_567_369.95, 4);
    FrontierPoint tie = point(89_980_736.28, 34_567_369.95, 4);
    assertThat(FrontierPoint.nonDominated(List.of(a, b, c, d, tie))).containsExactly(a, c, d, tie);
  }
}
