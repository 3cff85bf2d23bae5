package org.kamsim.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamsim.results.Summary.ShockEvent;

class ShockTextTest {
  private final ShockText text = new ShockText(id -> Map.of("A1", "A1 Raldale").getOrDefault(id, id),
      id -> id.equals("A1") ? 0.162 : 0.01, 36);

  @Test
  void events_inWords() {
    assertThat(text.phrase(new ShockEvent(ShockEvent.LOSE, "top:1", 6, 36, Double.NaN, List.of("A1"))))
        .isEqualTo("loses A1 Raldale (16.2% of today's revenue) in month 6");
    assertThat(text.phrase(new ShockEvent(ShockEvent.LOSE, "id=A1,A2,A3,A4", 3, 36, Double.NaN,
        List.of("A1", "A2", "A3", "A4"))))
        .isEqualTo("loses 4 accounts (A1 Raldale, A2, A3 and 1 more) (19.2% of today's revenue together) in month 3");
    assertThat(text.phrase(new ShockEvent(ShockEvent.CHURN, "segment=Retail", 1, 12, 2, List.of("A2", "A3"))))
        .isEqualTo("doubles the churn of the Retail segment (2 accounts) in months 1\u201312");
    assertThat(text.phrase(new ShockEvent(ShockEvent.CHURN, "all", 1, 36, 1.5, List.of("A2"))))
        .isEqualTo("multiplies the churn of every account (1 account) by 1.5 throughout the 36 months");
    assertThat(text.phrase(new ShockEvent(ShockEvent.GROWTH, "region=North", 4, 4, -0.1, List.of("A2"))))
        .isEqualTo("lowers the annual growth of the North region (1 account) by 10 points in month 4");
    assertThat(text.phrase(new ShockEvent(ShockEvent.MARGIN, "key", 1, 6, 0.025, List.of("A1", "A2"))))
        .isEqualTo("raises the margin of the key accounts (2 accounts) by 2.5 points in months 1\u20136");
  }

  @Test
  void subject_andItsVerb_agree() {
    List<ShockEvent> one = List.of(new ShockEvent(ShockEvent.LOSE, "top:1", 6, 36, Double.NaN, List.of("A1")));
    assertThat(text.subject(one) + " " + ShockText.costs(one)).isEqualTo("Losing A1 Raldale in month 6 costs");
    List<ShockEvent> two = List.of(one.get(0), new ShockEvent(ShockEvent.CHURN, "all", 1, 36, 2, List.of("A2")));
    assertThat(text.subject(two) + " " + ShockText.costs(two)).isEqualTo("These 2 events cost");
  }
}
