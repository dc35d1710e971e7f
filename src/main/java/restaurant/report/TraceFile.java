package restaurant.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * --trace FILE: one CSV row per order as it finishes, for notebooks. Rows are put together in
 * chunks by whoever keeps the book (the cashier, an actor) and written by a thread of the trace's
 * own, so no actor ever waits for the disk; the file grows as the run goes, and ten million orders
 * never sit in memory. Times are simulated seconds from the opening, six decimals.
 */
public final class TraceFile implements AutoCloseable {
  public static final String HEADER = "id,waiter,products,arrived,taken,ready,dispatched,latency,outcome";
  private static final int CHUNK = 64 * 1024;
  private static final String END = new String("end of trace"); // compared by identity: no row is it

  private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();
  private final Thread writer;
  private StringBuilder chunk = new StringBuilder(CHUNK + 256);
  private volatile IOException failure;

  private TraceFile(BufferedWriter out) {
    writer = new Thread(() -> write(out), "trace-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Creates (or empties) the file and writes the header. */
  public static TraceFile open(Path file) throws IOException {
    BufferedWriter out = Files.newBufferedWriter(file);
    out.write(HEADER);
    out.write('\n');
    return new TraceFile(out);
  }

  /**
   * An order finished. {@code ready} and {@code dispatched} are NaN for an order that failed.
   * Not thread-safe: one book-keeper writes the rows.
   */
  public void row(int id, int waiter, List<String> products, double arrived, double taken, double ready,
      double dispatched, String outcome) {
    StringBuilder row = chunk;
    row.append(id).append(',').append(waiter).append(',');
    appendProducts(row, products);
    row.append(',');
    appendSeconds(row, arrived);
    row.append(',');
    appendSeconds(row, taken);
    row.append(',');
    appendSeconds(row, ready);
    row.append(',');
    appendSeconds(row, dispatched);
    row.append(',');
    appendSeconds(row, dispatched - arrived);
    row.append(',').append(outcome).append('\n');
    if (row.length() >= CHUNK) {
      chunks.add(row.toString());
      chunk = new StringBuilder(CHUNK + 256);
    }
  }

  /** Writes what is left and waits for the writer: the file is complete when this returns. */
  @Override
  public void close() throws IOException {
    chunks.add(chunk.toString());
    chunks.add(END);
    try {
      writer.join(); // on the command line's thread, once the run is over: no actor waits for it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the trace was written", e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Writes the chunks as they come; after a failure (a full disk) it still takes them, and drops them. */
  private void write(BufferedWriter out) {
    try (out) {
      for (String next = chunks.take(); next != END; next = chunks.take()) {
        try {
          if (failure == null) {
            out.write(next);
          }
        } catch (IOException e) {
          failure = e;
        }
      }
    } catch (IOException e) {
      failure = failure == null ? e : failure;
    } catch (InterruptedException e) {
      failure = new IOException("the trace's writer was interrupted", e);
    }
  }

  /** The products joined with +, quoted as CSV quotes a field when a name holds a comma or a quote. */
  private static void appendProducts(StringBuilder row, List<String> products) {
    int start = row.length();
    boolean quote = false;
    for (int i = 0; i < products.size(); i++) {
      String product = products.get(i);
      if (i > 0) {
        row.append('+');
      }
      row.append(product);
      quote |= product.indexOf(',') >= 0 || product.indexOf('"') >= 0;
    }
    if (quote) {
      String field = row.substring(start).replace("\"", "\"\"");
      row.setLength(start);
      row.append('"').append(field).append('"');
    }
  }

  /** Six decimals without String.format, which would cost a ten-million-order trace half a minute; NaN is empty. */
  static void appendSeconds(StringBuilder row, double seconds) {
    if (Double.isNaN(seconds)) {
      return;
    }
    long micros = Math.round(seconds * 1e6);
    if (micros < 0) {
      row.append('-');
      micros = -micros;
    }
    row.append(micros / 1_000_000).append('.');
    String fraction = Long.toString(micros % 1_000_000);
    for (int pad = fraction.length(); pad < 6; pad++) {
      row.append('0');
    }
    row.append(fraction);
  }
}
