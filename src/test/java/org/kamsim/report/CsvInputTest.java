package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {
  /** The grammar {@link CsvInput#isNumberText} checks by hand, as a regular expression. */
  private static final Pattern NUMBER_TEXT =
      Pattern.compile("[-+]?(NaN|Infinity|[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?)");

  @TempDir
  Path dir;

  @Test
  void isNumberText_agreesWithTheGrammarOnRandomText() {
    String alphabet = "0123456789.eE+-NaInfity x";
    SplittableRandom random = new SplittableRandom(7);
    int numbers = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      boolean expected = NUMBER_TEXT.matcher(s).matches();
      assertThat(CsvInput.isNumberText(s)).as("'%s'", s).isEqualTo(expected);
      numbers += expected ? 1 : 0;
    }
    assertThat(numbers).as("enough valid numbers among the samples").isGreaterThan(5_000);
  }

  @Test
  void isNumberText_onWhatTheWriterWritesAndNearMisses() {
    for (String s : List.of("0", "-1", "+7", "1.0", "3.2993555393725157E8", "1.0E-5", "NaN", "-Infinity",
        "Infinity", "1.", "12e3")) {
      assertThat(CsvInput.isNumberText(s)).as(s).isTrue();
      assertThat(NUMBER_TEXT.matcher(s).matches()).as(s).isTrue();
    }
    for (String s : List.of("", "-", ".5", "1e", "1e+", "NaNa", "Inf", "0x1p3", "1d", " 1", "1 ", "--1", "1.2.3")) {
      assertThat(CsvInput.isNumberText(s)).as(s).isFalse();
      assertThat(NUMBER_TEXT.matcher(s).matches()).as(s).isFalse();
    }
  }

  @Test
  void read_keepsTheColumnsAskedForAndParsesUnkeptQuotedCells() throws Exception {
    // Columns not asked for may hold quotes, commas and line breaks: they are parsed, then dropped.
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "a,skip,b\n1,\"x, \"\"y\"\"\nz\",true\n2.5,plain,false\n", StandardCharsets.UTF_8);
    Frame f = CsvInput.read(file, List.of(CsvInput.number("a"), CsvInput.bool("b")));
    assertThat(f.columnNames()).containsExactly("a", "b");
    assertThat(f.doubleColumn("a").asList()).containsExactly(1.0, 2.5);
    assertThat(f.booleanColumn("b").asList()).containsExactly(true, false);
    Frame all = CsvInput.read(file, List.of(CsvInput.text("skip")));
    assertThat(all.stringColumn("skip").asList()).containsExactly("x, \"y\"\nz", "plain");
  }

  @Test
  void read_largerThanOneBuffer() throws Exception {
    Path file = dir.resolve("big.csv");
    StringBuilder text = new StringBuilder("i,x\n");
    for (int i = 0; i < 30_000; i++) {
      text.append(i).append(',').append(i * 0.5).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Frame f = CsvInput.read(file, List.of(CsvInput.integer("i"), CsvInput.number("x")));
    assertThat(f.rowCount()).isEqualTo(30_000);
    for (int i = 0; i < 30_000; i += 997) {
      assertThat(f.intColumn("i").getInt(i)).isEqualTo(i);
      assertThat(f.doubleColumn("x").getDouble(i)).isEqualTo(i * 0.5);
    }
  }
}
