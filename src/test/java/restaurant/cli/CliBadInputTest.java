package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input, through the command line: exit code 2, one line on stderr that says
 * what is wrong, no stack trace, nothing on stdout, and no actor system started.
 */
class CliBadInputTest {
  @TempDir
  static Path dir;

  /**
   * @param args    the command line; %conf:text and %json:text stand for a file holding the text,
   *     %missing for a file that does not exist, %dir for a folder
   * @param message what the one line on stderr must say
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --waiters 0                                     | restaurant.waiters = "0" (command line --waiters) must be a whole number from 1 to 1000000
      --waiters two                                   | restaurant.waiters = "two" (command line --waiters) must be a whole number
      --waiters 2.5                                   | restaurant.waiters = "2.5"
      --waiters 99999999999                           | must be a whole number from 1 to 1000000
      --waiters 100000 --max-open-orders 101          | restaurant.waiters (100000) times restaurant.waiter.max-open-orders (101) is more than 10000000 open orders at once
      --max-open-orders 0                             | restaurant.waiter.max-open-orders = "0" (command line --max-open-orders) must be a whole number
      --time-scale 0                                  | restaurant.time-scale = "0" (command line --time-scale) must be a number from 0.000001 to 1000
      --time-scale -1                                 | restaurant.time-scale = "-1"
      --time-scale fast                               | restaurant.time-scale = "fast"
      --time-scale NaN                                | restaurant.time-scale = "NaN"
      --time-scale Infinity                           | restaurant.time-scale = "Infinity"
      --waiters                                       | --waiters needs a value
      --waiters --time-scale 1                        | --waiters needs a value
      --dump-orders                                   | --dump-orders needs a value; see run --help
      --tables 4                                      | unknown option --tables; see run --help
      --tables=4                                      | unknown option --tables; see run --help
      --waitres 3                                     | unknown option --waitres; did you mean --waiters? (see run --help)
      --waiter-crash 0.1                              | unknown option --waiter-crash; did you mean --waiter-crash-rate? (see run --help)
      compare --waitres=3                             | unknown option --waitres; did you mean --waiters? (see compare --help)
      serve                                           | unexpected serve: the commands are run, compare and bench; see --help
      --quiet compare                                 | unexpected compare: the commands are run, compare and bench; see --help
      --quiet=maybe                                   | --quiet maybe: 'maybe' is not a boolean
      --mode fast                                     | --mode fast: unknown mode; the modes are sync, threads, actors
      compare --mode sync                             | --mode goes with run, not compare; see compare --help
      bench --mode sync                               | --mode goes with run, not bench; see bench --help
      --idle-waiters 10                               | --idle-waiters goes with bench, not run; see run --help
      bench --idle-waiters 0                          | --idle-waiters 0: must be a whole number from 1 to 10000000
      --generate 0                                    | --generate 0: must be a whole number from 1 to 10000000
      --generate many                                 | --generate many: must be a whole number from 1 to 10000000
      --generate=                                     | --generate: must be a whole number from 1 to 10000000
      --config=                                       | --config: needs a file name
      --generate 5 --orders %missing                  | --orders and --generate both replace the orders: give one of them
      --seed lucky                                    | restaurant.seed = "lucky" (command line --seed) must be a whole number
      --mode threads --waiters 20000                  | --mode threads starts one OS thread per waiter: at most 10000 waiters, got 20000
      compare --waiters 20000                         | --mode threads starts one OS thread per waiter
      --generate 5 --dump-orders %dir                 | orders dump file %dir: is a directory, not a file
      -x                                              | unknown option -x
      --config %conf:restaurant.waiters=0              | restaurant.waiters = 0 (%conf: 1) must be a whole number from 1 to 1000000
      --config %conf:restaurant.waiters=[1]            | restaurant.waiters = [1] (%conf: 1) must be a whole number
      --config %conf:restaurant.time-scale=0           | restaurant.time-scale = 0 (%conf: 1) must be a number from 0.000001 to 1000
      --config %conf:restaurant.menu.burger=-7s        | restaurant.menu.burger = "-7s" (%conf: 1) must be a preparation time above 0 with a unit
      --config %conf:restaurant.menu.burger=0s         | restaurant.menu.burger = "0s" (%conf: 1) must be a preparation time above 0
      --config %conf:restaurant.menu.burger=soon       | restaurant.menu.burger = "soon" (%conf: 1) must be a preparation time
      --config %conf:restaurant.menu.burger=7.5        | restaurant.menu.burger = 7.5 (%conf: 1) must be a preparation time above 0 with a unit, e.g. 7.5s
      --config %conf:restaurant.menu.burger=30d        | is longer than the kitchen's limit of 24 h
      --config %conf:restaurant.menu=null              | restaurant.menu is missing from the configuration
      --config %conf:restaurant.menu=[burger]          | restaurant.menu = ["burger"] (%conf: 1) must be a table of products, e.g. { burger { time = 7.5s, price = 6.50 } }
      --config %conf:restaurant{menu=null,menu={}}     | restaurant.menu = {} (%conf: 1) is empty: the kitchen needs at least one product
      --config %conf:restaurant.orders=[[burger],[]]   | restaurant.orders (%conf: 1): order 1 has no products
      --config %conf:restaurant.orders=[]              | restaurant.orders (%conf: 1): there are no orders
      --config %conf:restaurant.orders=[[pizza]]       | restaurant.orders (%conf: 1): order 0 has unknown product "pizza"; the menu has beer, burger, frites, soda
      --config %conf:restaurant.orders=[burger]        | restaurant.orders (%conf: 1): order 0 must be a list of product names
      --config %conf:restaurant.orders=[[1]]           | restaurant.orders (%conf: 1): order 0 has 1, which is not a product name
      --config %conf:restaurant.orders=burger          | restaurant.orders (%conf: 1): must be a list of orders
      --config %conf:restaurant{waiters=2              | %conf: 1: Expecting close brace } or a comma, got end of file
      --config %conf:restaurant.waiters=${nowhere}     | Could not resolve substitution to a value: ${nowhere}
      --config %missing                                | config file %missing: no such file
      --config %dir                                    | config file %dir: is a directory, not a file
      --orders %json:[["burger"],["pizza"]]            | orders file %json: order 1 has unknown product "pizza"; the menu has beer, burger, frites, soda
      --orders %json:[["burger"],[]]                   | orders file %json: order 1 has no products
      --orders %json:[]                                | orders file %json: there are no orders
      --orders %json:[["burger"],                      | orders file %json: malformed JSON at line 1, column 13: Unexpected end-of-input
      --orders %json:{"orders":[]}                     | orders file %json: expected a list of orders
      --orders %json:[["burger",7]]                    | orders file %json: order 0 has 7, which is not a product name
      --orders %json:["burger"]                        | orders file %json: order 0 must be a list of product names
      --orders %json:                                  | orders file %json: is empty
      --orders %missing                                | orders file %missing: no such file
      --orders %dir                                    | orders file %dir: is a directory, not a file
      --report %dir                                    | report file %dir: is a directory, not a file
      --report %dir/no/such/folder/report.json         | report file %dir/no/such/folder/report.json: folder
      """)
  void saysWhatIsWrongOnOneLineAndExitsWithTwo(String args, String message) throws IOException {
    CliRun run = CliRun.of(expand(args));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    String expected = message.replace("%conf", dir.resolve("bad.conf").toString())
        .replace("%json", dir.resolve("bad.json").toString())
        .replace("%missing", dir.resolve("missing").toString())
        .replace("%dir", dir.toString());
    assertTrue(run.err().startsWith("restaurant: "), run.err());
    assertTrue(run.err().contains(expected), () -> "expected <" + expected + "> in <" + run.err() + ">");
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  private static String[] expand(String args) throws IOException {
    List<String> expanded = new ArrayList<>();
    for (String arg : args.trim().split(" +")) {
      if (arg.startsWith("%conf:")) {
        expanded.add(write("bad.conf", arg.substring(6)));
      } else if (arg.startsWith("%json:")) {
        expanded.add(write("bad.json", arg.substring(6)));
      } else {
        expanded.add(arg.replace("%missing", dir.resolve("missing").toString()).replace("%dir", dir.toString()));
      }
    }
    return expanded.toArray(String[]::new);
  }

  private static String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }
}
