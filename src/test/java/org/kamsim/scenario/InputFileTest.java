package org.kamsim.scenario;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not text files of a sane size: each is refused with one line, and none is opened for
 * reading (a pipe would block forever, /dev/zero never ends). Every test has a timeout that a regression
 * would hit instead of hanging the build, on a thread of its own: a thread blocked opening a pipe cannot be
 * interrupted.
 */
class InputFileTest {

  private static final String NOT_REGULAR = "cannot read file: not a regular file (a device, pipe or socket)";

  @TempDir
  Path dir;

  private static void assertPortfolioRejected(Path csv, String message) {
    assertThatExceptionOfType(InputException.class).isThrownBy(() -> PortfolioReader.read(csv)).withMessage(message);
  }

  private static void assertScenarioRejected(Path yaml, String message) {
    assertThatExceptionOfType(InputException.class).isThrownBy(() -> ScenarioLoader.load(yaml)).withMessage(message);
  }

  /** A named pipe made by mkfifo; the test is skipped where there is no mkfifo. */
  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return fifo;
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void scenario_namedPipe_isRefusedWithoutOpeningIt() throws Exception {
    Path yaml = fifo("pipe.yaml");
    assertScenarioRejected(yaml, yaml + ": " + NOT_REGULAR);
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_namedPipeNamedByScenario_isRefusedAtThePortfolioField() throws Exception {
    Path csv = fifo("pipe.csv");
    Path yaml = dir.resolve("s.yaml");
    Files.writeString(yaml, "portfolio: pipe.csv\n");
    assertScenarioRejected(yaml, yaml + ":1:12: portfolio: cannot read file " + csv
        + ": not a regular file (a device, pipe or socket)");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_devZero_isRefusedWithoutReadingIt() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero");
    assertPortfolioRejected(zero, "/dev/zero: " + NOT_REGULAR);
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_symlinkToDevZero_isRefusedAfterFollowingTheLink() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), zero);
    assertPortfolioRejected(link, link + ": " + NOT_REGULAR);
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_socket_isRefused() throws IOException {
    Path socket = dir.resolve("socket.csv");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      assertPortfolioRejected(socket, socket + ": " + NOT_REGULAR);
    }
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_directory_isRefused() {
    assertPortfolioRejected(dir, dir + ": cannot read file: is a directory, not a file");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_above256MiB_isRefusedFromItsSizeAlone() throws IOException {
    // Sparse: 300 MiB on paper, nothing on disk, and never read.
    Path csv = dir.resolve("huge.csv");
    try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
      file.setLength(300L << 20);
    }
    assertPortfolioRejected(csv, csv + ": cannot read file: it is 300 MiB, more than the 256 MiB a portfolio may have");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void scenario_oneByteAbove1MiB_isRefusedAndItsSizeRoundedUp() throws IOException {
    Path yaml = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(yaml.toFile(), "rw")) {
      file.setLength((1L << 20) + 1);
    }
    assertScenarioRejected(yaml, yaml + ": cannot read file: it is 1.1 MiB, more than the 1 MiB a scenario may have");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void scenario_ofExactly1MiB_isRead() throws IOException {
    // Padded with a comment to the limit: the error is the missing portfolio, so the file was read.
    Path yaml = dir.resolve("full.yaml");
    String head = "portfolio: nope.csv\n#";
    Files.writeString(yaml, head + "x".repeat((1 << 20) - head.length()));
    assertScenarioRejected(yaml, yaml + ":1:12: portfolio: cannot read file " + dir.resolve("nope.csv")
        + ": no such file");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_utf16WithoutByteOrderMark_isRefusedAsNotUtf8() throws IOException {
    Path csv = dir.resolve("utf16.csv");
    Files.write(csv, "id,revenue,margin,churn\nA1,1,0.3,0.1\n".getBytes(StandardCharsets.UTF_16LE));
    assertPortfolioRejected(csv,
        csv + ": cannot read file: not UTF-8 text (it has NUL characters, as UTF-16 text has)");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void portfolio_invalidUtf8_isRefusedAsNotUtf8() throws IOException {
    Path csv = dir.resolve("latin1.csv");
    Files.write(csv, "id,name,revenue,margin,churn\nA1,M\u00fcller,1,0.3,0.1\n".getBytes(StandardCharsets.ISO_8859_1));
    assertPortfolioRejected(csv, csv + ": cannot read file: not UTF-8 text");
  }
}
