package org.kamsim.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scenario files written into a test's temporary directory, and a way to run {@code kamsim} in-process (public
 * for the API's tests, which run the same scenarios).
 */
public final class Fixture {
  final Path dir;

  public Fixture(Path dir) {
    this.dir = dir;
  }

  /**
   * A 30-account portfolio: revenue from 150,000 to 4,500,000, four key accounts today, one name with a
   * comma (quoted), two criteria columns.
   */
  public Path portfolio() throws IOException {
    StringBuilder csv = new StringBuilder(
        "id,name,segment,region,revenue,margin,cost_to_serve,churn,growth,volatility,potential,complexity,"
            + "key,product_fit,solvency\n");
    for (int i = 1; i <= 30; i++) {
      String name = i == 3 ? "\"Smith & Sons, Ltd\"" : "Account " + i;
      csv.append(String.format(Locale.ROOT, "A%03d,%s,%s,%s,%d,0.3,10000,%.2f,0.02,0.15,,1,%b,%d,%d%n",
          i, name, i % 2 == 0 ? "Retail" : "Industry", i % 3 == 0 ? "North" : "South", 150_000 * (31 - i),
          0.05 + 0.01 * (i % 5), i <= 4, 1 + i % 10, 1 + (7 * i) % 10));
    }
    Path file = dir.resolve("portfolio.csv");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    return file;
  }

  /** A valid scenario over {@link #portfolio()}: 12 months, 3000 trials (three blocks), plan top:5. */
  public Path goodScenario() throws IOException {
    portfolio();
    return scenario("good.yaml", """
        name: small
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 3000
        seed: 11
        plan:
          select: "top:5"
        """);
  }

  /** A scenario whose one error is {@code bad.yaml:6:21: kam.capacity_per_kam: must be > 0, was -2}. */
  Path badScenario() throws IOException {
    portfolio();
    return scenario("bad.yaml", """
        name: small
        portfolio: portfolio.csv
        horizon_months: 12
        trials: 3000
        kam:
          capacity_per_kam: -2
        """);
  }

  public Path scenario(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  /** The outcome of one in-process run of {@code kamsim}. */
  public record Run(int exitCode, String out, String err) {}

  public static Run kamsim(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
