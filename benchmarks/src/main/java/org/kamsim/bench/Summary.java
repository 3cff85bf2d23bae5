package org.kamsim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file into the README's table: each figure with its 99.9% error, ns per
 * account-month and account-months per second where the benchmark simulates account-months, and the
 * ratios the suite exists for (kernel / floor at 1,000 accounts, churn-only / floor, 1 to 2 threads).
 * Run by {@code benchmarks/run.sh} after JMH; by hand: {@code java -cp benchmarks/target/benchmarks.jar
 * org.kamsim.bench.Summary benchmarks/target/jmh-result.json}.
 */
public final class Summary {
  private record Row(String name, Map<String, String> params, double score, double error, String unit,
      double allocPerOp, String jdk) {
    String param(String key) {
      return params.get(key);
    }
  }

  private Summary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary <jmh-result.json>");
      System.exit(2);
    }
    List<Row> rows = read(Path.of(args[0]));
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder();
    out.append("\n## Summary (").append(args[0]).append(")\n\n");
    out.append(String.format(Locale.ROOT, "%s; JDK %s; CPU %s (%d hardware threads); load average %s%n%n",
        LocalDate.now(), rows.get(0).jdk(), cpuModel(), Runtime.getRuntime().availableProcessors(),
        loadAverage()));
    out.append("| Benchmark | Parameters | Score ± error (99.9%) | ns / account-month | account-months / s"
        + " | alloc B/op |\n");
    out.append("| --- | --- | --- | --- | --- | --- |\n");
    for (Row r : rows) {
      double accountMonths = accountMonthsPerOp(r);
      String perAm = "";
      String rate = "";
      if (accountMonths > 0) {
        double nsPerOp = toNanos(r.score(), r.unit());
        double nsErr = toNanos(r.error(), r.unit());
        double ns = nsPerOp / accountMonths;
        double err = nsErr / accountMonths;
        perAm = String.format(Locale.ROOT, "%.2f ± %s", ns,
            Double.isNaN(err) ? "n/a" : String.format(Locale.ROOT, "%.2f", err));
        rate = String.format(Locale.ROOT, "%.3g", 1e9 / ns);
      }
      out.append(String.format(Locale.ROOT, "| %s | %s | %s ± %s %s | %s | %s | %s |%n", shortName(r.name()),
          paramText(r.params()), number(r.score()), number(r.error()), r.unit(), perAm, rate,
          Double.isNaN(r.allocPerOp()) ? "" : String.format(Locale.ROOT, "%.1f", r.allocPerOp())));
    }
    Row kernel = find(rows, "KernelBenchmark", "accounts", "1000");
    Row floor = find(rows, "FloorBenchmark", null, null);
    Row churn = find(rows, "ChurnOnlyBenchmark", null, null);
    if (kernel != null && floor != null) {
      double k = toNanos(kernel.score(), kernel.unit()) / accountMonthsPerOp(kernel);
      double ke = toNanos(kernel.error(), kernel.unit()) / accountMonthsPerOp(kernel);
      out.append(ratio("kernel / floor per account-month, 1,000 accounts", k, ke, floor.score(),
          floor.error()));
    }
    if (churn != null && floor != null) {
      out.append(ratio("churn-only / floor per account-month", churn.score(), churn.error(), floor.score(),
          floor.error()));
    }
    Row one = find(rows, "ScalingBenchmark", "threads", "1");
    Row two = find(rows, "ScalingBenchmark", "threads", "2");
    if (one != null && two != null) {
      out.append(ratio("speed-up 1 -> 2 threads (time(1) / time(2), target >= 1.8)", one.score(),
          one.error(), two.score(), two.error()));
    }
    System.out.println(out);
  }

  private static String ratio(String what, double a, double ae, double b, double be) {
    double r = a / b;
    if (Double.isNaN(ae) && Double.isNaN(be)) {
      return String.format(Locale.ROOT, "%n%s: %.2f (single samples: no error)", what, r);
    }
    double err = r * Math.sqrt(sq(ae / a) + sq(be / b));
    return String.format(Locale.ROOT, "%n%s: %.2f ± %.2f", what, r, err);
  }

  private static double sq(double x) {
    return Double.isNaN(x) ? 0 : x * x;
  }

  /** Account-months one operation simulates, or 0 when the benchmark does not count them. */
  private static double accountMonthsPerOp(Row r) {
    String name = r.name();
    if (name.contains("FloorBenchmark") || name.contains("ChurnOnlyBenchmark")) {
      return 1; // @OperationsPerInvocation: the score is already per account-month
    }
    if (name.contains("KernelBenchmark")) {
      return Double.parseDouble(r.param("accounts")) * BenchScenarios.MONTHS;
    }
    if (name.contains("ScalingBenchmark")) {
      return Double.parseDouble(r.param("accounts")) * BenchScenarios.MONTHS
          * Double.parseDouble(r.param("trials")); // the scenario's, not counting the 5% tail re-run
    }
    return 0;
  }

  private static double toNanos(double value, String unit) {
    return switch (unit) {
      case "ns/op" -> value;
      case "us/op" -> value * 1e3;
      case "ms/op" -> value * 1e6;
      case "s/op" -> value * 1e9;
      default -> Double.NaN;
    };
  }

  private static Row find(List<Row> rows, String benchmark, String param, String value) {
    for (Row r : rows) {
      if (r.name().contains(benchmark) && (param == null || value.equals(r.param(param)))) {
        return r;
      }
    }
    return null;
  }

  private static List<Row> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(file));
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : root) {
      Map<String, String> params = new TreeMap<>();
      b.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode primary = b.path("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      rows.add(new Row(b.path("benchmark").asText(), params, primary.path("score").asDouble(),
          primary.path("scoreError").asDouble(Double.NaN), primary.path("scoreUnit").asText(),
          alloc.isMissingNode() ? Double.NaN : alloc.path("score").asDouble(),
          b.path("jdkVersion").asText() + " (" + b.path("vmName").asText() + ")"));
    }
    return rows;
  }

  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
  }

  private static String paramText(Map<String, String> params) {
    StringBuilder s = new StringBuilder();
    params.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return s.toString();
  }

  private static String number(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%,.0f", x)
        : String.format(Locale.ROOT, "%.3g", x);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }
}
