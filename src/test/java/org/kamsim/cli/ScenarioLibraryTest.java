package org.kamsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled scenario library: every file states its question first, is indexed in
 * {@code scenarios/README.md}, and every command that README gives runs (on fewer trials, without the
 * report, so that the library stays runnable without taking the suite's minutes).
 */
class ScenarioLibraryTest {
  private static final Path LIBRARY = Path.of("scenarios");
  private static final Pattern COMMAND = Pattern.compile("`\\./kamsim ([^`]+)`");

  @Test
  void everyScenarioStartsWithItsQuestion_andIsIndexed() throws IOException {
    String index = Files.readString(LIBRARY.resolve("README.md"), StandardCharsets.UTF_8);
    List<Path> files = scenarios();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(file.toString()).startsWith("# Question: ");
      assertThat(index).as("scenarios/README.md lists " + file.getFileName())
          .contains("`" + file.getFileName() + "`");
    }
  }

  @Test
  void everyCommandOfTheIndexRuns(@TempDir Path out) throws IOException {
    String index = Files.readString(LIBRARY.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher m = COMMAND.matcher(index);
    List<String> commands = new ArrayList<>();
    while (m.find()) {
      commands.add(m.group(1));
    }
    assertThat(commands).hasSizeGreaterThanOrEqualTo(10);
    int n = 0;
    for (String command : commands) {
      List<String> args = new ArrayList<>(List.of(command.trim().split("\\s+")));
      args.addAll(List.of("--trials", "300", "--no-report", "--threads", "2", "--out", out.resolve("r" + n++)
          .toString()));
      if (args.get(0).equals("optimise")) {
        args.addAll(List.of("--population", "8", "--generations", "2", "--validation-trials", "300"));
      }
      Fixture.Run run = Fixture.kamsim(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(command + "\n" + run.err()).isZero();
    }
  }

  private static List<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(LIBRARY)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
