package restaurant.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import restaurant.model.Menu;
import restaurant.model.Order;

/** Reads an orders file: strict JSON, with the line and column of every error. */
public final class OrdersFile {
  /** The largest orders file read: ten million orders dumped take about 300 MB. */
  public static final long MAX_ORDERS_FILE_BYTES = 512_000_000L;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private OrdersFile() {}

  /** An orders file: a JSON list of lists of product names, e.g. [["burger","soda"],["beer"]]. */
  public static List<Order> read(Path file, Menu menu) {
    String source = "orders file " + file;
    JsonNode root = readTree(file, source);
    if (!root.isArray()) {
      throw new BadInputException(source + ": expected a list of orders, each a list of product names, "
          + "e.g. [[\"burger\", \"soda\"], [\"beer\"]]");
    }
    List<List<String>> productLists = new ArrayList<>();
    for (JsonNode orderNode : root) {
      int id = productLists.size();
      if (!orderNode.isArray()) {
        throw new BadInputException(source + ": order " + id + " must be a list of product names, got " + orderNode);
      }
      List<String> products = new ArrayList<>();
      for (JsonNode product : orderNode) {
        if (!product.isTextual()) {
          throw new BadInputException(source + ": order " + id + " has " + product + ", which is not a product name");
        }
        products.add(product.textValue());
      }
      productLists.add(products);
    }
    return OrderLists.number(productLists, menu, source);
  }

  private static JsonNode readTree(Path file, String source) {
    String text = InputFiles.readUtf8(file, "orders file", MAX_ORDERS_FILE_BYTES);
    try {
      JsonNode root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new BadInputException(source + ": is empty; expected a list of orders such as [[\"burger\"]]");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new BadInputException(source + ": malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
    }
  }

  /** Jackson's message without its second line or its note on where the input came from. */
  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    int source = line.indexOf(" (start marker at");
    return source < 0 ? line : line.substring(0, source);
  }
}
