package restaurant.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import restaurant.model.Menu;
import restaurant.model.Order;
import restaurant.model.OrderSequence;

/**
 * Reads an orders file: strict JSON, with the line and column of every error. The file is
 * streamed, never held whole: read once through before the run, every order checked, then read
 * again as the run takes its orders, so a day of ten million orders is never in memory. The
 * second reading happens on the cashier's thread: sequential, buffered reads (64 KB at a time,
 * from the page cache the first pass filled), a deliberate exception to "no blocking in actors":
 * on the virtual clock a reading thread of its own would let time move on while it read.
 */
public final class OrdersFile {
  /** The largest orders file read: ten million orders dumped take about 300 MB. */
  public static final long MAX_ORDERS_FILE_BYTES = 512_000_000L;
  /** No product name is longer: the menu comes from a config file of at most 1 MB. */
  static final int LONGEST_TEXT = 1_000_000;
  private static final JsonFactory JSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LONGEST_TEXT).build())
      .build();
  /** A year, in seconds: no later arrival is read. */
  static final double LAST_ARRIVAL_SECONDS = 365 * 24 * 3600.0;
  private static final String SHAPE = "expected a list of orders, each a list of product names, "
      + "e.g. [[\"burger\", \"soda\"], [\"beer\"]]";

  private OrdersFile() {}

  /** The orders of a file whose every order was checked: read anew, in order, at each iteration. */
  public static final class Read extends OrderSequence {
    private final Path file;
    private final Menu menu;
    private final int count;
    private final double lastArrival;

    private Read(Path file, Menu menu, int count, double lastArrival) {
      this.file = file;
      this.menu = menu;
      this.count = count;
      this.lastArrival = lastArrival;
    }

    @Override
    public Iterator<Order> iterator() {
      OrderReader reader = new OrderReader(file, new OrderLists(menu, "orders file " + file));
      return new Iterator<>() {
        private Order next = reader.next();

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Order next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Order order = next;
          next = reader.next();
          return order;
        }
      };
    }

    @Override
    public int size() {
      return count;
    }

    @Override
    public boolean arrivesOverTime() {
      return lastArrival > 0;
    }

    public double lastArrivalSeconds() {
      return lastArrival;
    }
  }

  /** An orders file: a JSON list of lists of product names, e.g. [["burger","soda"],["beer"]]. */
  public static Read read(Path file, Menu menu) {
    OrderReader reader = new OrderReader(file, new OrderLists(menu, "orders file " + file));
    int count = 0;
    double lastArrival = 0;
    for (Order order = reader.next(); order != null; order = reader.next()) {
      count++;
      lastArrival = order.arrivalSeconds();
    }
    if (count == 0) {
      throw new BadInputException("orders file " + file + ": there are no orders; give at least one, e.g. "
          + "[[\"burger\", \"soda\"]]");
    }
    return new Read(file, menu, count, lastArrival);
  }

  /** Pulls the orders of a file one at a time; closes the file at the end, or on an error. */
  private static final class OrderReader {
    private final String source;
    private final OrderLists orders;
    private final List<String> products = new ArrayList<>();
    private Reader in;
    private JsonParser json;
    private double lastArrival;

    OrderReader(Path file, OrderLists orders) {
      this.source = "orders file " + file;
      this.orders = orders;
      try {
        in = InputFiles.utf8Reader(file, "orders file", MAX_ORDERS_FILE_BYTES);
        json = JSON.createParser(in);
        guarded(() -> {
          JsonToken first = json.nextToken();
          if (first == null) {
            throw new BadInputException(source + ": is empty; expected a list of orders such as [[\"burger\"]]");
          }
          if (first != JsonToken.START_ARRAY) {
            throw new BadInputException(source + ": " + SHAPE);
          }
          return null;
        });
      } catch (IOException e) {
        close();
        throw new BadInputException(source + ": cannot be read: " + e.getMessage());
      }
    }

    /** The next order, or null after the last. */
    Order next() {
      if (json == null) {
        return null;
      }
      return guarded(() -> {
        JsonToken order = json.nextToken();
        if (order == JsonToken.END_ARRAY) {
          if (json.nextToken() != null) {
            throw new BadInputException(source + ": unexpected text after the list of orders"
                + at(json.currentTokenLocation()) + "; the file must hold one list of orders");
          }
          close();
          return null;
        }
        return order(order);
      });
    }

    private Order order(JsonToken order) throws IOException {
      int id = orders.count();
      double arrival = 0;
      products.clear();
      if (order == JsonToken.START_OBJECT) { // {"arrival": 12.5, "products": ["burger", "soda"]}
        boolean listed = false;
        for (JsonToken field = json.nextToken(); field != JsonToken.END_OBJECT; field = json.nextToken()) {
          String name = json.currentName();
          JsonToken value = json.nextToken();
          if ("arrival".equals(name)) {
            if (!value.isNumeric() || !(json.getDoubleValue() >= 0) || json.getDoubleValue() > LAST_ARRIVAL_SECONDS) {
              throw new BadInputException(source + ": order " + id + " has arrival " + rendered(json)
                  + "; an arrival is a number of seconds from the opening, from 0 to " + (long) LAST_ARRIVAL_SECONDS);
            }
            arrival = json.getDoubleValue();
          } else if ("products".equals(name)) {
            if (value != JsonToken.START_ARRAY) {
              throw new BadInputException(source + ": order " + id + " has products " + rendered(json)
                  + "; products is a list of product names");
            }
            readProducts(json, products, source, id);
            listed = true;
          } else {
            throw new BadInputException(source + ": order " + id + " has \"" + BadInputException.shown(name)
                + "\", which is not a field of an order; an order has arrival and products");
          }
        }
        if (!listed) {
          throw new BadInputException(source + ": order " + id + " has no products; write e.g. "
              + "{\"arrival\": 12.5, \"products\": [\"burger\"]}");
        }
      } else if (order == JsonToken.START_ARRAY) {
        readProducts(json, products, source, id);
      } else {
        throw new BadInputException(source + ": order " + id + " must be a list of product names or an object"
            + " with arrival and products, got " + rendered(json));
      }
      if (arrival < lastArrival) {
        throw new BadInputException(source + ": order " + id + " arrives at " + arrival + " s, before order "
            + (id - 1) + " at " + lastArrival + " s; list the orders in the order they arrive");
      }
      lastArrival = arrival;
      return orders.next(products, arrival);
    }

    /** Runs a step of the parse; a JSON error becomes bad input with its line and column, and closes the file. */
    private <T> T guarded(JsonStep<T> step) {
      try {
        return step.run();
      } catch (StreamConstraintsException e) {
        String where = at(json.currentTokenLocation());
        close();
        throw new BadInputException(source + ": malformed JSON" + where
            + ": a text or number too long for an orders file (no product name is longer than "
            + LONGEST_TEXT + " characters)");
      } catch (JsonProcessingException e) {
        close();
        throw new BadInputException(source + ": malformed JSON" + at(e.getLocation()) + ": "
            + inWords(e.getOriginalMessage()));
      } catch (IOException e) {
        close();
        throw new BadInputException(source + ": cannot be read: " + e.getMessage());
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    private void close() {
      try {
        if (json != null) {
          json.close();
        }
        if (in != null) {
          in.close();
        }
      } catch (IOException e) {
        // read to the end already, or failed: nothing more to read from it
      }
      json = null;
      in = null;
    }
  }

  private interface JsonStep<T> {
    T run() throws IOException;
  }

  private static void readProducts(JsonParser json, List<String> products, String source, int id)
      throws IOException {
    for (JsonToken product = json.nextToken(); product != JsonToken.END_ARRAY; product = json.nextToken()) {
      if (product != JsonToken.VALUE_STRING) {
        throw new BadInputException(source + ": order " + id + " has " + rendered(json)
            + ", which is not a product name");
      }
      products.add(json.getText());
    }
  }

  private static String at(JsonLocation location) {
    return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * The value the parser is on, as JSON, for a message: a list or an object cut after
   * {@link BadInputException#SHOWN_CHARACTERS} characters, read no further than that.
   */
  private static String rendered(JsonParser json) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator copy = JSON.createGenerator(out)) {
      int depth = 0;
      do {
        JsonToken token = json.currentToken();
        depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        copy.copyCurrentEvent(json);
        copy.flush();
        if (out.getBuffer().length() > BadInputException.SHOWN_CHARACTERS) {
          return BadInputException.escaped(out.getBuffer().substring(0, BadInputException.SHOWN_CHARACTERS)) + "...";
        }
      } while (depth > 0 && json.nextToken() != null);
      copy.flush();
      return BadInputException.escaped(out.toString());
    }
  }

  /**
   * Jackson's message in words: its first line, without its note on where the input came from
   * and without the names of its own settings (`JsonReadFeature.ALLOW_COMMENTS`), which mean
   * nothing to someone writing orders.
   */
  static String inWords(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    int source = line.indexOf(" (start marker at");
    line = source < 0 ? line : line.substring(0, source);
    return line.replaceAll(":? ?enable `[^`]*` to allow", "")
        .replaceAll(" ?\\(not recognized as one since Feature '[^']*' not enabled for parser\\)", "")
        .replaceAll(",? from `[^`]*`", "")
        .replaceAll("`[^`]*`", "")
        .strip();
  }
}
