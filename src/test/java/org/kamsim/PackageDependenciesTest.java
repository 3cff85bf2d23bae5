package org.kamsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way, as the README's layout table and each package-info say: every reference from
 * one kamsim package to another in the main sources (imports and fully qualified names in code, not in
 * comments) is one this table allows.
 */
class PackageDependenciesTest {
  private static final String ROOT = "org.kamsim.";

  /** Each package and the kamsim packages it may use. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("model", Set.of()),
      Map.entry("scenario", Set.of("model")),
      Map.entry("simulation", Set.of("model")),
      Map.entry("optimise", Set.of("model", "simulation")),
      Map.entry("analysis", Set.of("model", "simulation")),
      Map.entry("results", Set.of("model")),
      Map.entry("report.text", Set.of("model", "results")),
      Map.entry("report.input", Set.of("results")),
      Map.entry("report.chart", Set.of("model", "simulation", "results", "report.text")),
      Map.entry("report.html", Set.of("model", "simulation", "results", "report.text", "report.chart")),
      Map.entry("report", Set.of("simulation", "results", "report.text", "report.input", "report.chart",
          "report.html")),
      Map.entry("output", Set.of("model", "simulation", "optimise", "analysis", "results", "report",
          "report.text", "report.chart", "report.html")),
      Map.entry("api", Set.of("model", "scenario", "simulation", "optimise", "analysis", "results", "output",
          "report", "report.text", "report.chart")),
      Map.entry("cli", Set.of("api", "model", "scenario", "simulation", "optimise", "analysis", "results", "output",
          "report", "report.text", "report.chart")));

  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.kamsim\\.([a-z][a-z.]*?)\\.[A-Z]");

  @Test
  void everyReferenceBetweenPackages_isOneTheLayoutAllows() throws IOException {
    Path sources = Path.of("src/main/java/org/kamsim");
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
      assertThat(ALLOWED).as("package %s is not in the table", pkg).containsKey(pkg);
      String code = withoutComments(Files.readString(file));
      Matcher m = REFERENCE.matcher(code);
      while (m.find()) {
        String used = m.group(1);
        if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
          violations.add(sources.relativize(file) + " uses " + ROOT + used);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theTableHasNoCycle() {
    for (String start : ALLOWED.keySet()) {
      assertThat(reaches(start, start, new java.util.HashSet<>())).as(start).isFalse();
    }
  }

  private static boolean reaches(String from, String target, Set<String> seen) {
    for (String next : ALLOWED.get(from)) {
      if (next.equals(target) || (seen.add(next) && reaches(next, target, seen))) {
        return true;
      }
    }
    return false;
  }

  /** The source without its comments (block, doc and line comments), string literals kept. */
  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", " ");
  }
}
