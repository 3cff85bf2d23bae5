package org.kamsim.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes a chart image as PNG (RFC 2083): 8-bit truecolour, with alpha only when some pixel is not opaque,
 * every scanline with the "Up" filter, deflated at {@link Deflater#BEST_SPEED}.
 *
 * <p>Why not {@code ImageIO} (which {@code ChartUtils.writeChartAsPNG} uses): on our 1,920 x 1,080 charts it
 * took about 140 ms per image, more than drawing the chart, and made PNG encoding the largest part of the
 * report. Charts are mostly flat colour, so the Up filter and the fastest deflate level compress them to
 * within about 25% of ImageIO's files at a fifth of the time.
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int COLOUR_RGB = 2;
  private static final int COLOUR_RGBA = 6;
  private static final int FILTER_UP = 2;

  private PngEncoder() {}

  /** The PNG file of {@code image}, which must be {@link BufferedImage#TYPE_INT_ARGB} or {@code TYPE_INT_RGB}. */
  static byte[] encode(BufferedImage image) throws IOException {
    int type = image.getType();
    if (type != BufferedImage.TYPE_INT_ARGB && type != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected an INT_ARGB or INT_RGB image, was type " + type);
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    boolean alpha = type == BufferedImage.TYPE_INT_ARGB && !opaque(pixels);
    int channels = alpha ? 4 : 3;

    ByteArrayOutputStream file = new ByteArrayOutputStream(width * height / 2);
    DataOutputStream out = new DataOutputStream(file);
    out.write(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.writeByte(8); // bits per channel
    h.writeByte(alpha ? COLOUR_RGBA : COLOUR_RGB);
    h.writeByte(0); // deflate
    h.writeByte(0); // adaptive filtering (per-scanline filter byte)
    h.writeByte(0); // not interlaced
    chunk(out, "IHDR", header.toByteArray());

    ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
      byte[] row = new byte[1 + channels * width];
      row[0] = FILTER_UP;
      for (int y = 0; y < height; y++) {
        filterUp(pixels, y, width, alpha, row);
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    chunk(out, "IDAT", data.toByteArray());
    chunk(out, "IEND", new byte[0]);
    out.flush();
    return file.toByteArray();
  }

  /**
   * Scanline {@code y} with the Up filter into {@code row} (after its filter byte): each byte minus the byte
   * above it, modulo 256 (the byte casts do the modulo). A method of its own, called once a row, so that
   * the JIT compiles it once as a whole rather than the encoder's loops over and over on the stack (OSR).
   */
  private static void filterUp(int[] pixels, int y, int width, boolean alpha, byte[] row) {
    int base = y * width;
    int channels = alpha ? 4 : 3;
    for (int x = 0; x < width; x++) {
      int p = pixels[base + x];
      int above = y == 0 ? 0 : pixels[base - width + x];
      int i = 1 + channels * x;
      row[i] = (byte) ((p >>> 16) - (above >>> 16));
      row[i + 1] = (byte) ((p >>> 8) - (above >>> 8));
      row[i + 2] = (byte) (p - above);
      if (alpha) {
        row[i + 3] = (byte) ((p >>> 24) - (above >>> 24));
      }
    }
  }

  private static boolean opaque(int[] pixels) {
    for (int p : pixels) {
      if (p >>> 24 != 0xff) {
        return false;
      }
    }
    return true;
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
