package org.kamsim.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kamsim.model.Portfolio;
import org.kamsim.model.Scenario;
import org.kamsim.model.Scoring;
import org.kamsim.report.text.Amounts;
import org.kamsim.results.Column;
import org.kamsim.results.ScoresFile;
import org.kamsim.results.Table;

/**
 * What {@code kamsim score} writes and prints: {@code scores.csv} from the scenario's portfolio and scoring
 * matrix (no simulation), and the tiers with their account counts and revenue shares.
 */
public final class ScoreFiles {
  private ScoreFiles() {}

  /** {@code scores.csv}, in portfolio order. */
  public static Table table(Scenario scenario) {
    Portfolio portfolio = scenario.portfolio();
    Scoring scoring = scenario.scoring();
    int n = portfolio.size();
    double total = portfolio.totalRevenue();
    boolean scored = !scoring.weights().isEmpty();
    boolean tiered = !scoring.tiers().isEmpty();
    List<String> tiers = scoring.tierNames(portfolio);
    int[] rank = new int[n];
    int[] order = scoring.rank(portfolio);
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r + 1;
    }
    boolean[] key = new boolean[n];
    portfolio.keyToday().forEach(i -> key[i] = true);
    List<Column> columns = new ArrayList<>(List.of(
        ScoresFile.ID.texts(n, i -> portfolio.get(i).id()),
        ScoresFile.ACCOUNT_NAME.texts(n, i -> portfolio.get(i).name()),
        ScoresFile.REVENUE_TODAY.doubles(n, i -> portfolio.get(i).revenue()),
        ScoresFile.SHARE_TODAY.doubles(n, i -> total > 0 ? portfolio.get(i).revenue() / total : Double.NaN),
        ScoresFile.SCORE.doubles(n, i -> scored ? scoring.score(portfolio.get(i)) : Double.NaN),
        ScoresFile.RANK.ints(n, i -> rank[i]),
        ScoresFile.TIER.texts(n, i -> tiered ? tiers.get(i) : ""),
        ScoresFile.KEY_TODAY.flags(n, i -> key[i])));
    for (String c : portfolio.criteria()) {
      columns.add(ScoresFile.criterion(c).doubles(n, i -> portfolio.get(i).criterion(c)));
    }
    return Table.of(ScoresFile.NAME, columns);
  }

  /** Writes {@code scores.csv}, the scenario's copy and {@code run.json} into {@code target}, atomically. */
  public static void write(Scenario scenario, Table table, RunInfo run, Path target, WriteProgress status)
      throws IOException {
    AnalysisWriter.writeData(List.of(files(scenario, table)), scenario, run, target, status);
  }

  /** The file {@link #write} writes besides {@code run.json}. */
  public static AnalysisWriter.CsvFile files(Scenario scenario, Table table) {
    return new AnalysisWriter.CsvFile(ScoresFile.NAME, table,
        ScoresFile.columns(scenario.portfolio().criteria()));
  }

  /**
   * One line per tier, best first, then {@code standard}: its accounts and its share of today's revenue (the
   * standard line says how many the share gate put there); a line for all accounts without tiers.
   */
  public static List<String> summary(Scenario scenario) {
    Portfolio portfolio = scenario.portfolio();
    Scoring scoring = scenario.scoring();
    int levels = scoring.tiers().size() + 1;
    int[] count = new int[levels];
    double[] revenue = new double[levels];
    int[] tier = scoring.tierIndexes(portfolio);
    for (int i = 0; i < tier.length; i++) {
      count[tier[i]]++;
      revenue[tier[i]] += portfolio.get(i).revenue();
    }
    double total = portfolio.totalRevenue();
    int gated = 0;
    for (boolean g : scoring.gated(portfolio)) {
      gated += g ? 1 : 0;
    }
    int width = Scoring.STANDARD.length();
    for (Scoring.Tier t : scoring.tiers()) {
      width = Math.max(width, t.name().length());
    }
    List<String> lines = new ArrayList<>();
    lines.add(scoring.tiers().isEmpty() ? "No tiers (scoring.tiers names none): every account is standard."
        : "Tiers by score (" + portfolio.size() + " accounts):");
    for (int t = 0; t < levels; t++) {
      String share = total > 0 ? Amounts.percent(revenue[t] / total, 1) : "n/a";
      String min = t < scoring.tiers().size()
          ? "score >= " + Amounts.plain(scoring.tiers().get(t).minScore()) : "the rest";
      String note = t == levels - 1 && gated > 0
          ? ", " + gated + " of them under min_share " + Amounts.plain(scoring.minShare()) : "";
      lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %5d %-8s  %7s of revenue today  (%s%s)",
          scoring.tierName(t), count[t], count[t] == 1 ? "account" : "accounts", share, min, note));
    }
    return lines;
  }
}
