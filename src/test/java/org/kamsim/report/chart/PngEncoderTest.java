package org.kamsim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** {@link PngEncoder} read back by the JDK's independent PNG decoder, pixel for pixel. */
class PngEncoderTest {

  private static BufferedImage decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("ImageIO decodes it").isNotNull();
    return image;
  }

  /** Random pixels (every byte value, so the Up filter wraps modulo 256) plus flat runs, as charts have. */
  private static BufferedImage sample(int type, boolean translucent) {
    BufferedImage image = new BufferedImage(37, 23, type);
    SplittableRandom random = new SplittableRandom(3);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = y % 5 == 0 ? 0xffffff : random.nextInt() & 0xffffff;
        int alpha = translucent && x % 3 == 0 ? random.nextInt(256) : 0xff;
        image.setRGB(x, y, alpha << 24 | rgb);
      }
    }
    return image;
  }

  @Test
  void opaqueImage_roundTripsAsRgb() throws Exception {
    BufferedImage image = sample(BufferedImage.TYPE_INT_ARGB, false);
    BufferedImage read = decode(PngEncoder.encode(image));
    assertThat(read.getColorModel().hasAlpha()).as("no alpha channel for an opaque image").isFalse();
    assertSamePixels(image, read);
  }

  @Test
  void translucentImage_keepsItsAlpha() throws Exception {
    BufferedImage image = sample(BufferedImage.TYPE_INT_ARGB, true);
    BufferedImage read = decode(PngEncoder.encode(image));
    assertThat(read.getColorModel().hasAlpha()).isTrue();
    assertSamePixels(image, read);
  }

  @Test
  void rgbImage_roundTrips() throws Exception {
    BufferedImage image = sample(BufferedImage.TYPE_INT_RGB, false);
    assertSamePixels(image, decode(PngEncoder.encode(image)));
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertThat(Integer.toHexString(actual.getRGB(x, y))).as("pixel (%d, %d)", x, y)
            .isEqualTo(Integer.toHexString(expected.getRGB(x, y)));
      }
    }
  }
}
