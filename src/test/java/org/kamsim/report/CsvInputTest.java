package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

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

  @Test
  void asRead_isWhatReadingTheWrittenFileBackGives() throws Exception {
    // Every kind of column, with the values that could go wrong on the way through text: doubles at the
    // edges of the format and random bit patterns, NaN where optional, ints read as numbers, texts that
    // must be quoted (commas, quotes, line breaks, carriage returns, non-ASCII) and empty texts.
    double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2, 1e7, 1e-3, 2e22,
        9_999_999.999999998, 3.2993555393725157E8};
    String alphabet = "ab ,\"\n\r\t\u00e9\u20ac1.";
    SplittableRandom random = new SplittableRandom(11);
    int rows = 5_000;
    double[] numbers = new double[rows];
    double[] optional = new double[rows];
    int[] ints = new int[rows];
    int[] counts = new int[rows];
    boolean[] flags = new boolean[rows];
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      numbers[i] = i < edges.length ? edges[i] : anyDouble(random);
      optional[i] = i % 7 == 0 ? Double.NaN : anyDouble(random);
      ints[i] = i == 0 ? Integer.MAX_VALUE : i == 1 ? Integer.MIN_VALUE + 1 : random.nextInt();
      counts[i] = random.nextInt(-5, 2_000);
      flags[i] = random.nextBoolean();
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(7); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    Frame written = Frame.of("t.csv", IntColumn.create("int", ints), DoubleColumn.create("number", numbers),
        DoubleColumn.create("optional", optional), StringColumn.create("text", texts),
        BooleanColumn.create("flag", flags), IntColumn.create("count", counts));
    List<CsvInput.Spec> specs = List.of(CsvInput.optionalNumber("optional"), CsvInput.text("text"),
        CsvInput.integer("int"), CsvInput.number("number"), CsvInput.bool("flag"), CsvInput.number("count"));
    Path file = dir.resolve("t.csv");
    Csv.write(written, file);

    Frame read = CsvInput.read(file, specs);
    Frame inMemory = CsvInput.asRead(written, specs);

    assertThat(inMemory.name()).isEqualTo(read.name());
    assertThat(inMemory.columnNames()).isEqualTo(read.columnNames());
    for (int c = 0; c < specs.size(); c++) {
      Column<?> expected = read.column(c);
      Column<?> actual = inMemory.column(c);
      assertThat(actual.getClass()).as(expected.name()).isEqualTo(expected.getClass());
      assertThat(actual.size()).as(expected.name()).isEqualTo(rows);
      for (int i = 0; i < rows; i++) {
        if (expected instanceof DoubleColumn d) {
          // Bit for bit: -0.0 stays -0.0 (NaN compares equal to NaN here, whatever its bits).
          assertThat(Double.doubleToLongBits(((DoubleColumn) actual).getDouble(i)))
              .as("%s row %d", expected.name(), i).isEqualTo(Double.doubleToLongBits(d.getDouble(i)));
        } else {
          assertThat(actual.get(i)).as("%s row %d", expected.name(), i).isEqualTo(expected.get(i));
        }
      }
    }
  }

  @Test
  void asRead_nanInARequiredNumber_failsAsReadingItBackWould() throws Exception {
    Frame written = Frame.of("t.csv", DoubleColumn.create("x", 1.0, Double.NaN));
    Path file = dir.resolve("t.csv");
    Csv.write(written, file);
    List<CsvInput.Spec> specs = List.of(CsvInput.number("x"));

    assertThatThrownBy(() -> CsvInput.read(file, specs)).isInstanceOf(ReportInputException.class)
        .hasMessageContaining("t.csv:3");
    assertThatThrownBy(() -> CsvInput.asRead(written, specs)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x holds NaN");
  }

  /** A double from a random bit pattern (any magnitude, subnormals included), or a plain amount; never NaN. */
  private static double anyDouble(SplittableRandom random) {
    if (random.nextBoolean()) {
      return random.nextDouble(-1e9, 1e9);
    }
    double d;
    do {
      d = Double.longBitsToDouble(random.nextLong());
    } while (Double.isNaN(d));
    return d;
  }
}
