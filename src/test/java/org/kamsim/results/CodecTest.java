package org.kamsim.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every file reads back as it was written; a file that is not as written is refused with its position. */
class CodecTest {
  private static final ColumnSpec NAME = ColumnSpec.text("name");
  private static final ColumnSpec MONEY = ColumnSpec.money("money");
  private static final ColumnSpec SHARE = ColumnSpec.significant("share").optionalNumber();
  private static final ColumnSpec COUNT = ColumnSpec.integer("count");
  private static final ColumnSpec FLAG = ColumnSpec.flag("flag");
  private static final List<ColumnSpec> SPECS = List.of(NAME, MONEY, SHARE, COUNT, FLAG);

  @TempDir
  Path dir;

  @Test
  void csv_randomTable_readsBackEqual() throws Exception {
    SplittableRandom rng = new SplittableRandom(3);
    String[] texts = {"", "plain", "a, comma", "a \"quote\"", "line\nbreak", " spaces ", "caf\u00e9", "#hash",
        "\r\nwindows", "=formula"};
    int n = 3_000;
    double[] money = new double[n];
    double[] share = new double[n];
    for (int i = 0; i < n; i++) {
      money[i] = Math.pow(10, rng.nextDouble(-3, 14)) * (rng.nextBoolean() ? 1 : -1);
      share[i] = rng.nextInt(10) == 0 ? Double.NaN : rng.nextDouble();
    }
    Table written = Table.of("t.csv", NAME.texts(n, i -> texts[i % texts.length]), MONEY.doubles(money),
        SHARE.doubles(share), COUNT.ints(n, i -> i * 7919 - 1_000_000), FLAG.flags(n, i -> i % 3 == 0));
    Path file = dir.resolve("t.csv");
    CsvFormat.write(written, SPECS, file);
    Table read = CsvFormat.read(file, SPECS);
    assertThat(read).isEqualTo(written);
    // And an independent strict RFC 4180 reader sees the same cells.
    List<List<String>> rows = CsvRows.read(file);
    assertThat(rows.get(0)).containsExactly("name", "money", "share", "count", "flag");
    assertThat(rows.get(5).get(0)).isEqualTo("line\nbreak");
    assertThat(rows.get(4).get(0)).isEqualTo("a \"quote\"");
  }

  @Test
  void csv_numbers_arePlainDecimals() throws Exception {
    Table t = Table.of("t.csv", NAME.texts(3, i -> "x"), MONEY.doubles(new double[] {2.448614E7, -450000.0000000149,
        1e15}), SHARE.doubles(new double[] {7.800000000000001, 1.23456789e-7, Double.NaN}), COUNT.ints(3, i -> i),
        FLAG.flags(3, i -> false));
    Path file = dir.resolve("t.csv");
    CsvFormat.write(t, SPECS, file);
    assertThat(Files.readString(file)).isEqualTo("name,money,share,count,flag\n"
        + "x,24486140,7.8,0,false\n"
        + "x,-450000,0.000000123457,1,false\n"
        + "x,1000000000000000,,2,false\n");
  }

  @Test
  void csv_readErrors_nameFileLineAndColumn() throws Exception {
    assertThat(readError("name,money,share,count,flag\nx,1,0.5,1,true\ny,abc,0.5,2,false\n"))
        .endsWith("t.csv:3: money (column 2): expected a finite decimal number, was \"abc\"");
    assertThat(readError("name,money,share,count,flag\nx,1e999,0.5,1,true\n"))
        .endsWith("t.csv:2: money (column 2): expected a finite decimal number, was \"1e999\"");
    assertThat(readError("name,money,share,count,flag\nx,NaN,0.5,1,true\n"))
        .endsWith("t.csv:2: money (column 2): expected a finite decimal number, was \"NaN\"");
    assertThat(readError("name,money,share,count,flag\n\"a\nb\",1,0.5,1,true\nc,,0.5,1,true\n"))
        .endsWith("t.csv:4: money (column 2): must not be empty");
    assertThat(readError("name,money,share,count,flag\nx,1,0.5,1.5,true\n"))
        .endsWith("t.csv:2: count (column 4): expected a whole number, was \"1.5\"");
    assertThat(readError("name,money,count,flag\nx,1,1,true\n")).endsWith("t.csv:1: missing column share");
    assertThat(readError("name,money,share,count,flag\nx,1\n")).endsWith("t.csv:2: has 2 cells, the header has 5");
    assertThat(readError("")).endsWith("t.csv: empty file (no header)");
  }

  @Test
  void csv_longCell_isOneLineNamingTheLine() throws Exception {
    String error = readError("name,money,share,count,flag\n" + "x".repeat(70_000) + ",1,0.5,1,true\n");
    assertThat(error).startsWith(dir.resolve("t.csv") + ":2: cannot read as CSV").doesNotContain("\n");
  }

  @Test
  void notUtf8_csvAndJson_sayWhat() throws Exception {
    // Latin-1 "é" (0xE9) alone is not UTF-8.
    byte[] csv = "name,money,share,count,flag\nx,1,0.5,1,true\nCaf\u00e9,2,0.5,1,true\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("latin1.csv");
    Files.write(file, csv);
    assertThatThrownBy(() -> CsvFormat.read(file, SPECS)).isInstanceOf(ResultFileException.class)
        .hasMessage(file + ": not UTF-8 text");
    Path json = dir.resolve("latin1.json");
    Files.write(json, "{\"scenario\": \"Caf\u00e9\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> JsonIn.read(json)).isInstanceOf(ResultFileException.class)
        .hasMessage(json + ": not UTF-8 text");
  }

  @Test
  @Timeout(10)
  void notARegularFile_isRefusedWithoutOpeningIt() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("t.csv"));
    assertThatThrownBy(() -> CsvFormat.read(sub, SPECS)).isInstanceOf(ResultFileException.class)
        .hasMessage(sub + ": not a regular file (a directory, device or pipe)");
    Path fifo = dir.resolve("fifo.json");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      assertThatThrownBy(() -> JsonIn.read(fifo)).isInstanceOf(ResultFileException.class)
          .hasMessage(fifo + ": not a regular file (a directory, device or pipe)");
    }
    assertThatThrownBy(() -> JsonIn.read(dir.resolve("missing.json"))).hasMessageEndingWith("missing.json: missing");
  }

  @Test
  void summary_readsBackEqual_andTamperedFiguresAreRefused() throws Exception {
    Summary summary = summary();
    String text = SummaryJson.text(summary);
    Path file = dir.resolve("summary.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(SummaryJson.read(file)).isEqualTo(SummaryJson.fromText(text));
    assertThat(SummaryJson.fromText(text).revenue().mean()).isEqualTo(416825942.37);
    assertThat(text).contains("\"mean\": 416825942.37,").doesNotContainPattern("[0-9][eE][-+]?[0-9]")
        .contains("\"payback_month\": null,").contains("\"shock_impact\": {");

    Files.writeString(file, text.replace("416825942.37", "1e999"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SummaryJson.read(file)).isInstanceOf(ResultFileException.class)
        .hasMessage(file + ": revenue.mean: must be a finite number, was 1e999");
    Files.writeString(file, text.replace("416825942.37", "\"NaN\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SummaryJson.read(file)).hasMessage(file + ": revenue.mean: must be a finite number, was \"NaN\"");
    Files.writeString(file, text.replace("\"seed\": 42,", ""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SummaryJson.read(file)).hasMessage(file + ": seed: missing");
    Files.writeString(file, "{\"scenario\": ", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SummaryJson.read(file)).hasMessageStartingWith(file + ":1:14: not valid JSON");
  }

  @Test
  void summary_precisionBlock_readsBack_absentWithoutIt_badStopRefused() throws Exception {
    Summary summary = summary();
    String text = SummaryJson.text(summary);
    assertThat(text).contains("\"precision\": {").contains("\"reached_percent\": 0.487123,")
        .contains("\"stopped_by\": \"target\"");
    Summary.Precision read = SummaryJson.fromText(text).precision().orElseThrow();
    assertThat(read).isEqualTo(new Summary.Precision(0.5, 0.487123, 10_000, Summary.Precision.TARGET));
    assertThat(read.targetMet()).isTrue();

    Summary plain = new Summary(summary.scenario(), summary.trials(), summary.seed(), summary.horizonMonths(),
        summary.revenue(), summary.profit(), summary.revenueAtRisk(), summary.profitAtRisk(),
        summary.accountsLost(), summary.survival(), summary.concentration(), summary.plan(), summary.statusQuo(),
        summary.shocks(), summary.shockImpact(), Optional.empty());
    assertThat(SummaryJson.text(plain)).doesNotContain("precision");
    assertThat(SummaryJson.fromText(SummaryJson.text(plain)).precision()).isEmpty();

    Path file = dir.resolve("summary.json");
    Files.writeString(file, text.replace("\"target\"", "\"luck\""), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SummaryJson.read(file)).isInstanceOf(ResultFileException.class)
        .hasMessage(file + ": precision.stopped_by: must be one of [target, max_trials], was \"luck\"");
  }

  @Test
  void summary_npvBlock_readsBackAsWritten_nullsForNoTerminalValueAndNoPayback_absentWithoutFinance() {
    Summary base = summary();
    Summary.Npv npv = new Summary.Npv(0.1, OptionalDouble.of(0.02),
        new Summary.NpvDistribution(2.8166617946e8, 1820183.19, 7.07e7, 2.39e8, 6.29e8), 2.946e8, -1.293e7,
        123215.68, -1.317e7, -1.269e7, OptionalInt.of(27));
    Summary withNpv = withNpv(base, Optional.of(npv));
    String text = SummaryJson.text(withNpv);
    assertThat(text).contains("\"npv\": {").contains("\"discount_rate\": 0.1,")
        .contains("\"terminal_growth\": 0.02,").contains("\"incremental_ci95\": [ -13170000, -12690000 ]")
        .contains("\"discounted_payback_month\": 27");
    Summary read = SummaryJson.fromText(text);
    assertThat(read.npv()).contains(new Summary.Npv(0.1, OptionalDouble.of(0.02),
        new Summary.NpvDistribution(281666179.46, 1820183.19, 7.07e7, 2.39e8, 6.29e8), 2.946e8, -1.293e7,
        123215.68, -1.317e7, -1.269e7, OptionalInt.of(27)));

    Summary.Npv bare = new Summary.Npv(0.05, OptionalDouble.empty(), npv.profit(), 1, 2, 3, 4, 5,
        OptionalInt.empty());
    String bareText = SummaryJson.text(withNpv(base, Optional.of(bare)));
    assertThat(bareText).contains("\"terminal_growth\": null,").contains("\"discounted_payback_month\": null");
    assertThat(SummaryJson.fromText(bareText).npv()).contains(bare);

    assertThat(SummaryJson.text(base)).doesNotContain("npv");
    assertThat(SummaryJson.fromText(SummaryJson.text(base)).npv()).isEmpty();
  }

  private static Summary withNpv(Summary s, Optional<Summary.Npv> npv) {
    return new Summary(s.scenario(), s.trials(), s.seed(), s.horizonMonths(), s.revenue(), s.profit(),
        s.revenueAtRisk(), s.profitAtRisk(), s.accountsLost(), s.survival(), s.concentration(), s.plan(),
        s.statusQuo(), s.shocks(), s.shockImpact(), s.precision(), npv);
  }

  @Test
  void summary_concentrationBlock_readsBackAsWritten_nullProfitShareWhenNoProfit() {
    Summary base = summary();
    String text = SummaryJson.text(base);
    assertThat(text).contains("\"key_share_today\": 0.341235,").contains("\"profit_top20_share\": 0.851235,")
        .contains("\"accounts_above_10pct\": 2,").contains("\"accounts_below_1pct\": 180");
    assertThat(SummaryJson.fromText(text).concentration())
        .isEqualTo(new Summary.Concentration(0.046, 0.162, 0.388, 0.76, 0.341235, 0.851235, 2, 180));

    Summary.Concentration loss = new Summary.Concentration(0.046, 0.162, 0.388, 0.76, 0, Double.NaN, 0, 3);
    String lossText = SummaryJson.text(withConcentration(base, loss));
    assertThat(lossText).contains("\"profit_top20_share\": null,");
    assertThat(SummaryJson.fromText(lossText).concentration()).isEqualTo(loss);
  }

  private static Summary withConcentration(Summary s, Summary.Concentration c) {
    return new Summary(s.scenario(), s.trials(), s.seed(), s.horizonMonths(), s.revenue(), s.profit(),
        s.revenueAtRisk(), s.profitAtRisk(), s.accountsLost(), s.survival(), c, s.plan(), s.statusQuo(),
        s.shocks(), s.shockImpact(), s.precision(), s.npv());
  }

  @Test
  void summary_nonFiniteFigure_isRefusedNamingIt() {
    Summary bad = summary();
    Summary.Distribution d = bad.revenue();
    Summary infinite = new Summary(bad.scenario(), bad.trials(), bad.seed(), bad.horizonMonths(),
        new Summary.Distribution(d.mean(), Double.POSITIVE_INFINITY, d.p01(), d.p05(), d.p50(), d.p95(), d.p99()),
        bad.profit(), bad.revenueAtRisk(), bad.profitAtRisk(), bad.accountsLost(), bad.survival(),
        bad.concentration(), bad.plan(), bad.statusQuo(), bad.shocks(), bad.shockImpact(), bad.precision());
    assertThatThrownBy(() -> SummaryJson.text(infinite)).isInstanceOf(NonFiniteFigureException.class)
        .hasMessage("revenue.stderr: not a finite number: Infinity");
  }

  /** A summary with every part: a plan that never pays back, one shock and its impact. */
  static Summary summary() {
    Summary.Distribution d = new Summary.Distribution(416825942.3712, 1473573.1, 1.2e8, 2.1e8, 3.9e8, 7e8, 9e8);
    Summary.Risk r = new Summary.Risk(1.98e8, 2.3e8, 2.29e8, 2.6e8);
    return new Summary("s", 10_000, 42, 36, d, d, r, r, new Summary.AccountsLost(118.1234567, 180),
        new Summary.Survival(0.8, 3.622e8, 0.4012345678),
        new Summary.Concentration(0.046, 0.162, 0.388, 0.76, 0.3412345678, 0.8512345678, 2, 180),
        new Summary.PlanValue(List.of("A1", "A3"), 6, 6, 6.38e6, -1.876e6, 18000, -1.91e6, -1.84e6,
            OptionalInt.empty(), false, List.of("A3"), List.of("A2")),
        new Summary.StatusQuo(List.of("A1", "A2"), 6, d, d),
        List.of(new Summary.ShockEvent(Summary.ShockEvent.LOSE, "top:1", 6, 36, Double.NaN, List.of("A1")),
            new Summary.ShockEvent(Summary.ShockEvent.CHURN, "segment=Retail", 1, 12, 2, List.of("A2", "A3"))),
        Optional.of(new Summary.ShockImpact(new Summary.PairedLoss(8.24e7, 3e5, 8.18e7, 8.29e7, 7e7, 1.33e8),
            new Summary.PairedLoss(1.86e7, 1e5, 1.84e7, 1.88e7, 1.5e7, 3e7))),
        Optional.of(new Summary.Precision(0.5, 0.4871234567, 10_000, Summary.Precision.TARGET)));
  }

  private String readError(String content) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    try {
      CsvFormat.read(file, SPECS);
    } catch (ResultFileException e) {
      return e.getMessage();
    }
    throw new AssertionError("read without error: " + content);
  }
}
