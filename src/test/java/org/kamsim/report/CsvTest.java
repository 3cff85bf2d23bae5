package org.kamsim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
  @TempDir
  Path dir;

  @Test
  void quote_plainText_isLeftAlone() {
    assertThat(Csv.quote("Acme Ltd & Co")).isEqualTo("Acme Ltd & Co");
    assertThat(Csv.quote("")).isEqualTo("");
  }

  @Test
  void quote_commaQuoteOrLineBreak_isQuotedWithQuotesDoubled() {
    assertThat(Csv.quote("Smith, Ltd")).isEqualTo("\"Smith, Ltd\"");
    assertThat(Csv.quote("The \"Best\"")).isEqualTo("\"The \"\"Best\"\"\"");
    assertThat(Csv.quote("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(Csv.quote("a\rb")).isEqualTo("\"a\rb\"");
  }

  @Test
  void write_values_useOneFixedFormat() throws Exception {
    Path file = dir.resolve("x.csv");
    double awkward = 0.1 + 0.2;
    try (Csv csv = Csv.create(file, List.of("a", "b", "c", "d", "e", "f"))) {
      csv.number(awkward).number(1.2345678e7).number(Double.NaN).bool(true).integer(-3).text("x,y").endRow();
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo("a,b,c,d,e,f\n0.30000000000000004,1.2345678E7,,true,-3,\"x,y\"\n");
  }

  @Test
  void endRow_wrongCellCount_isAProgrammingError() throws Exception {
    try (Csv csv = Csv.create(dir.resolve("y.csv"), List.of("a", "b"))) {
      csv.integer(1);
      assertThatThrownBy(csv::endRow).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("1 cells, the header 2");
    }
  }
}
