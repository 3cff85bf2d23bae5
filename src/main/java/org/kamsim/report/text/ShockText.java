package org.kamsim.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.kamsim.results.Summary.ShockEvent;

/**
 * The scenario's deterministic events in words, for the report's headline and the terminal: "loses A001
 * Raldale Plastics SpA in month 6", "doubles the churn of the Retail segment (69 accounts) in months 1-12".
 * Every phrase is built from the event as the engine applied it ({@code summary.json}'s {@code shocks}).
 */
public final class ShockText {
  /** Accounts named one by one; beyond this many, the count and the first few. */
  private static final int NAMED = 3;

  private final Function<String, String> label;
  private final ToDoubleFunction<String> share;
  private final int horizonMonths;

  /**
   * @param label an account's name in running text from its id ({@code "A001 Raldale Plastics SpA"})
   * @param share an account's share of today's revenue from its id (NaN when unknown)
   * @param horizonMonths months simulated
   */
  public ShockText(Function<String, String> label, ToDoubleFunction<String> share, int horizonMonths) {
    this.label = label;
    this.share = share;
    this.horizonMonths = horizonMonths;
  }

  /** What the event does, as a verb phrase: "loses A001 Raldale Plastics SpA in month 6". */
  public String phrase(ShockEvent e) {
    return switch (e.kind()) {
      case ShockEvent.LOSE -> "loses " + accounts(e) + shareOf(e) + " in month " + e.from();
      case ShockEvent.CHURN -> churn(e.size(), "the churn of " + who(e)) + " " + when(e);
      case ShockEvent.GROWTH -> change(e.size(), "the annual growth of " + who(e)) + " " + when(e);
      default -> change(e.size(), "the margin of " + who(e)) + " " + when(e);
    };
  }

  /** Every event, joined: "loses A001 ... in month 6 and doubles the churn of ...". */
  public String phrases(List<ShockEvent> events) {
    List<String> parts = new ArrayList<>();
    for (ShockEvent e : events) {
      parts.add(phrase(e));
    }
    return Lists.and(parts);
  }

  /** "costs" after {@link #subject} of one event, "cost" after several. */
  public static String costs(List<ShockEvent> events) {
    return events.size() == 1 ? "costs" : "cost";
  }

  /** "adds" or "add", for the subject {@link #subject} makes of {@code events}. */
  public static String adds(List<ShockEvent> events) {
    return events.size() == 1 ? "adds" : "add";
  }

  /** The event as the subject of a sentence: "Losing A001 ... in month 6", "These 2 events". */
  public String subject(List<ShockEvent> events) {
    if (events.size() == 1 && events.get(0).kind().equals(ShockEvent.LOSE)) {
      ShockEvent e = events.get(0);
      return "Losing " + accounts(e) + " in month " + e.from();
    }
    return events.size() == 1 ? "This event" : "These " + events.size() + " events";
  }

  /** " (16.2% of today's revenue)", or "" when the shares are not known. */
  private String shareOf(ShockEvent e) {
    double sum = 0;
    for (String id : e.accounts()) {
      sum += share.applyAsDouble(id);
    }
    if (!Double.isFinite(sum)) {
      return "";
    }
    return " (" + Amounts.percent(sum, 1) + " of today's revenue" + (e.accounts().size() > 1 ? " together" : "")
        + ")";
  }

  private String accounts(ShockEvent e) {
    List<String> ids = e.accounts();
    if (ids.size() <= NAMED) {
      List<String> names = new ArrayList<>();
      for (String id : ids) {
        names.add(label.apply(id));
      }
      return ids.size() == 1 ? names.get(0) : ids.size() + " accounts (" + Lists.and(names) + ")";
    }
    List<String> first = new ArrayList<>();
    for (String id : ids.subList(0, NAMED)) {
      first.add(label.apply(id));
    }
    return ids.size() + " accounts (" + String.join(", ", first) + " and " + (ids.size() - NAMED) + " more)";
  }

  /** Who an event hits, in words, with the count: "the Retail segment (69 accounts)". */
  private String who(ShockEvent e) {
    String select = e.select();
    int n = e.accounts().size();
    String count = " (" + n + (n == 1 ? " account)" : " accounts)");
    if (select.equals("all")) {
      return "every account" + count;
    }
    if (select.equals("key")) {
      return "the key accounts" + count;
    }
    if (select.equals("standard")) {
      return "the standard accounts" + count;
    }
    if (select.startsWith("segment=")) {
      return "the " + select.substring(8) + " segment" + count;
    }
    if (select.startsWith("region=")) {
      return "the " + select.substring(7) + " region" + count;
    }
    if (select.startsWith("top:")) {
      return "the " + (n == 1 ? "largest account, " + accounts(e) : n + " largest accounts");
    }
    return accounts(e);
  }

  private String when(ShockEvent e) {
    if (e.from() == e.to()) {
      return "in month " + e.from();
    }
    if (e.from() == 1 && e.to() == horizonMonths) {
      return "throughout the " + horizonMonths + " months";
    }
    return "in months " + e.from() + "\u2013" + e.to();
  }

  /** "doubles the churn of X", "multiplies the churn of X by 1.5". */
  private static String churn(double factor, String what) {
    if (factor == 2) {
      return "doubles " + what;
    }
    if (factor == 3) {
      return "triples " + what;
    }
    if (factor == 0) {
      return "removes " + what;
    }
    return "multiplies " + what + " by " + Amounts.plain(factor);
  }

  /** "lowers the margin of X by 5 points", "raises ... by 2.5 points". */
  private static String change(double add, String what) {
    String shown = Amounts.plain(Math.abs(add) * 100);
    if (add == 0) {
      return "leaves " + what + " unchanged";
    }
    return (add < 0 ? "lowers " : "raises ") + what + " by " + shown + (shown.equals("1") ? " point" : " points");
  }

  /** The kind of an event in a few words, for a chart's label: "A001 lost", "Retail churn x2". */
  public String marker(ShockEvent e) {
    if (e.kind().equals(ShockEvent.LOSE)) {
      return (e.accounts().size() == 1 ? e.accounts().get(0) : e.accounts().size() + " accounts") + " lost";
    }
    String what = e.select().replaceFirst("^(segment|region|id)=", "");
    return switch (e.kind()) {
      case ShockEvent.CHURN -> what + " churn \u00d7" + Amounts.plain(e.size());
      case ShockEvent.GROWTH -> what + " growth " + signedPoints(e.size());
      default -> what + " margin " + signedPoints(e.size());
    };
  }

  private static String signedPoints(double add) {
    return (add < 0 ? "\u2212" : "+") + Amounts.plain(Math.abs(add) * 100) + " pt";
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ShockText[%d months]", horizonMonths);
  }
}
