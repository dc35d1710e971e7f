package restaurant.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import restaurant.model.Order;
import restaurant.model.OrderSequence;

/** The JSON the restaurant writes: the report, and orders dumped in the --orders format. */
public final class JsonWriter {
  /** Enums as their toString(): the report's lowercase words ("dispatched", "waiter"). */
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
  private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private JsonWriter() {}

  public static void write(RunReport report, Path file) throws IOException {
    MAPPER.writeValue(file.toFile(), report);
  }

  /** The report as the JSON --report writes, on one line: for the HTML page. */
  static String compact(RunReport report) throws IOException {
    return COMPACT.writeValueAsString(report);
  }

  /**
   * Orders in the --orders format, one order a line: lists of product names, or, when they do not
   * all arrive at the opening, objects with the arrival and the products.
   */
  public static void writeOrders(List<Order> orders, Path file) throws IOException {
    boolean arrivals = OrderSequence.arrivesOverTime(orders);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("[");
      for (Order order : orders) {
        out.write(order.id() == 0 ? "\n" : ",\n");
        String products = COMPACT.writeValueAsString(order.products());
        // Double's shortest text reads back as the same double: a dump runs as the run it came from.
        out.write(arrivals ? "{\"arrival\":" + order.arrivalSeconds() + ",\"products\":" + products + "}" : products);
      }
      out.write("\n]\n");
    }
  }

}
