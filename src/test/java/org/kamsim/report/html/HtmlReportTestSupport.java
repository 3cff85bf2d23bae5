package org.kamsim.report.html;

import com.fasterxml.jackson.databind.JsonNode;

/** What the browser test borrows from the page's tests. */
public final class HtmlReportTestSupport {
  private HtmlReportTestSupport() {}

  /** The node at a data-figure path such as {@code plan.incremental_profit_ci95.0}. */
  public static JsonNode at(JsonNode root, String path) {
    return HtmlReportTest.at(root, path);
  }
}
