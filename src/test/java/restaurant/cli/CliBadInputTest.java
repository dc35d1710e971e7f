package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
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
      serve                                           | unexpected serve: the commands are run, compare, bench, sweep, node and cluster; see --help
      --quiet compare                                 | unexpected compare: the commands are run, compare, bench, sweep, node and cluster; see --help
      --quiet=maybe                                   | --quiet maybe: 'maybe' is not a boolean
      --mode fast                                     | --mode fast: unknown mode; the modes are sync, threads, actors
      --report conf/logback.xml                       | --report conf/logback.xml and the logging setup conf/logback.xml are the same file: writing --report would overwrite that input
      --clock sometimes                               | restaurant.clock = "sometimes" (command line --clock) must be real (the wall clock: the service as it happens) or virtual
      --clock=Virtual                                 | restaurant.clock = "Virtual" (command line --clock) must be real
      --clock virtual --mode sync                     | restaurant.clock = virtual runs the actors only: --mode sync sleeps real threads; use --mode actors, or --clock real
      --clock virtual --mode threads                  | restaurant.clock = virtual runs the actors only: --mode threads sleeps real threads
      compare --clock virtual                         | restaurant.clock = virtual runs the actors only: compare runs sync and threads too, which sleep real threads; give --clock real
      --config %conf:restaurant.clock=3               | restaurant.clock = 3 (%conf: 1) must be real
      --config %conf:restaurant.opens-at=noon         | restaurant.opens-at = "noon" (%conf: 1) must be a time of day, e.g. 12:00 or 11:30:00
      --config %conf:restaurant.opens-at="25:00"      | restaurant.opens-at = "25:00" (%conf: 1) must be a time of day
      --config %conf:restaurant.opens-at="12:00:00.5" | restaurant.opens-at = "12:00:00.5" (%conf: 1) must be a time of day
      compare --mode sync                             | --mode goes with run, not compare; see compare --help
      bench --mode sync                               | --mode goes with run, not bench; see bench --help
      --idle-waiters 10                               | --idle-waiters goes with bench, not run; see run --help
      --delivery-time -1s                             | restaurant.waiter.delivery-time = "-1s" (command line --delivery-time) must be a duration from 0s to 1h with a unit, e.g. 30s
      --delivery-time 30                              | restaurant.waiter.delivery-time = "30" (command line --delivery-time) must be a duration from 0s to 1h with a unit, e.g. 30s
      --delivery-time 2h                              | restaurant.waiter.delivery-time = "2h" (command line --delivery-time) must be a duration from 0s to 1h
      --time-scale 1000 --delivery-time 1h            | restaurant.waiter.delivery-time = "1h" (command line --delivery-time) times restaurant.time-scale 1000.0 is longer than a waiter's limit of 24 h
      --delivery-time soon                            | restaurant.waiter.delivery-time = "soon" (command line --delivery-time) must be a duration
      --config %conf:restaurant.waiter.delivery-time=5 | restaurant.waiter.delivery-time = 5 (%conf: 1) must be a duration from 0s to 1h with a unit
      run -- --waiters 3                              | --waiters after --: what follows -- is not an option, and run takes no other arguments; put the options before it (see run --help)
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
      --config %conf:restaurant.menu=null              | restaurant.menu = null (%conf: 1) has no value: give one, or leave the key out for the default
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
      --config /dev/zero                               | config file /dev/zero: not a regular file (a device, a pipe or a socket)
      --orders /dev/zero                               | orders file /dev/zero: not a regular file
      --orders /dev/urandom                            | orders file /dev/urandom: not a regular file
      --config %fifo                                   | config file %fifo: not a regular file
      --orders %fifo                                   | orders file %fifo: not a regular file
      --orders %socket                                 | orders file %socket: not a regular file
      --report /dev/full                               | report file /dev/full: not a regular file
      --report /dev/null                               | report file /dev/null: not a regular file
      --report %fifo                                   | report file %fifo: not a regular file
      --generate 3 --dump-orders /dev/null             | orders dump file /dev/null: not a regular file
      --generate 3 --dump-orders /dev/full             | orders dump file /dev/full: not a regular file
      --orders %json:[["soda"]] --report %json          | --report %json and --orders %json are the same file: writing --report would overwrite that input; give --report another file
      --config %conf:restaurant.waiters=3 --report %conf | --report %conf and --config %conf are the same file
      --orders %json:[["soda"]] --dump-orders %json     | --dump-orders %json and --orders %json are the same file
      --config %conf:restaurant.waiters=3 --generate 2 --dump-orders %conf | --dump-orders %conf and --config %conf are the same file
      --orders %json:[["soda"]] --report %link:same.json=bad.json | --report %dir/same.json and --orders %json are the same file
      --orders %json:[["soda"]] --report %dir/./bad.json | --report %dir/./bad.json and --orders %json are the same file
      --report conf/application.conf --waiters 0       | --report conf/application.conf and the config file conf/application.conf are the same file
      --generate 2 --dump-orders conf/application.conf --waiters 0 | --dump-orders conf/application.conf and the config file conf/application.conf are the same file
      compare --report %dir/r.json                     | --report goes with run, sweep, node and cluster, not compare; see compare --help
      compare --report=%dir/r.json                     | --report goes with run, sweep, node and cluster, not compare; see compare --help
      bench --report %dir/r.json                       | --report goes with run, sweep, node and cluster, not bench; see bench --help
      bench --generate 5 --report %dir/r.json          | --report goes with run, sweep, node and cluster, not bench; see bench --help
      bench --waiters 10                              | bench --waiters 10: the grid sets each row's orders, waiters, max-open-orders and time-scale itself; bench --generate N --waiters W --time-scale F runs one row
      bench --quiet --time-scale 0.01                 | bench --time-scale 0.01: the grid sets each row's orders
      bench --max-open-orders 2                       | bench --max-open-orders 2: the grid sets each row's orders
      bench --dump-orders %dir/grid.json              | bench --dump-orders %dir/grid.json: the grid sets each row's orders
      bench --idle-waiters 10 --generate 5            | bench --idle-waiters with --generate 5: idle waiters serve no orders, and --idle-waiters is their count; give one of them
      bench --waiters 3 --idle-waiters 10             | bench --idle-waiters with --waiters 3: idle waiters serve no orders
      bench --generate 5 --clock virtual              | restaurant.clock = virtual (command line --clock): bench times the actors on the real clock, in wall seconds, and runs the same orders on the virtual clock itself for its virtual: columns; give --clock real
      bench --config %conf:restaurant.clock=virtual   | restaurant.clock = virtual (%conf: 1): bench times the actors on the real clock
      bench --config %conf:restaurant.arrivals{process=poisson,rate=0.001} | the grid's row --generate 10000 --waiters 1000 --max-open-orders 1 --time-scale 0.001 --quiet: the last of 10000 orders would arrive about 417 days after the opening
      --config %conf:include\\srequired("nope.conf")    | config file %conf: include required("nope.conf") finds no file %dir/nope.conf (includes are looked for beside the file that includes them)
      --config %conf:include\\srequired(file("nope.conf")) | config file %conf: include required(file("nope.conf")) finds no file %dir/nope.conf
      --config %conf:include\\srequired("nope")         | config file %conf: include required("nope") finds no file %dir/nope.conf, .json or .properties
      --config %conf:include\\s"bad.conf"               | config file %conf includes itself
      --config %conf:include\\s"loop.conf" %write:loop.conf=include\\s"bad.conf" | config file %dir/loop.conf includes %conf, which already includes it: a cycle of includes
      --config %conf:include\\sfile("/dev/zero")        | config file /dev/zero: not a regular file
      --config %conf:include\\s"extra.conf" %write:extra.conf=restaurant.waiters=0 | restaurant.waiters = 0 (%dir/extra.conf: 1) must be a whole number from 1 to 1000000
      --time-scale 4.9e-324                           | restaurant.time-scale = "4.9e-324" (command line --time-scale) must be a number from 0.000001 to 1000
      --time-scale 0.0000009                          | restaurant.time-scale = "0.0000009" (command line --time-scale) must be a number from 0.000001 to 1000
      --time-scale 1e-7                               | restaurant.time-scale = "1e-7" (command line --time-scale) must be a number from 0.000001 to 1000
      --config %conf:restaurant.time-scale=1e-300      | restaurant.time-scale = 1.0E-300 (%conf: 1) must be a number from 0.000001 to 1000
      --config %conf:restaurant.menu{"":1s}            | restaurant.menu product "" (%conf: 1) has a blank name; a product needs a name with at least one letter, digit or sign
      --config %conf:restaurant.menu{"\\s\\s":1s}        | restaurant.menu product "  " (%conf: 1) has a blank name
      --config %conf:restaurant.menu{"\\\\t":1s}         | restaurant.menu product "\\\\t" (%conf: 1) has a blank name
      --config %conf:restaurant.menu{"bur\\\\nger":1s}   | restaurant.menu product "bur\\\\nger" (%conf: 1) has a name with an unprintable character (U+000A, LINE FEED (LF)); names must be printable: no control, invisible or line-breaking characters
      --config %conf:restaurant.menu{"soda\\\\u0000":1s} | restaurant.menu product "soda\\\\u0000" (%conf: 1) has a name with an unprintable character (U+0000, NULL)
      --config %conf:restaurant.menu{"so\\u200Bda":1s}   | restaurant.menu product "so\\\\u200Bda" (%conf: 1) has a name with an unprintable character (U+200B, ZERO WIDTH SPACE)
      --config %conf:restaurant.menu{"\\u202Eadoc":1s}   | restaurant.menu product "\\\\u202Eadoc" (%conf: 1) has a name with an unprintable character (U+202E, RIGHT-TO-LEFT OVERRIDE)
      --time-scale 0.01d                              | restaurant.time-scale = "0.01d" (command line --time-scale) must be a number from 0.000001 to 1000
      --time-scale 0x1p-7                             | restaurant.time-scale = "0x1p-7" (command line --time-scale) must be a number
      --time-scale 1_000                              | restaurant.time-scale = "1_000" (command line --time-scale) must be a number
      --waiters \\uFF14                                | restaurant.waiters = "\\uFF14" (command line --waiters) must be a whole number from 1 to 1000000
      --waiters \\u0663                                | restaurant.waiters = "\\u0663" (command line --waiters) must be a whole number
      --seed \\uFF11                                   | restaurant.seed = "\\uFF11" (command line --seed) must be a whole number (any 64-bit value)
      --failure-rate 0.5f                             | restaurant.kitchen.failure-rate = "0.5f" (command line --failure-rate) must be a rate from 0 (never) to 1 (always)
      --generate \\uFF15                               | --generate \\uFF15: must be a whole number from 1 to 10000000
      bench --idle-waiters \\uFF15                     | --idle-waiters \\uFF15: must be a whole number from 1 to 10000000
      --config %conf:restaurant.waiters=0x10           | restaurant.waiters = "0x10" (%conf: 1) must be a whole number from 1 to 1000000
      --config %conf:restaurant.time-scale="0.01d"     | restaurant.time-scale = "0.01d" (%conf: 1) must be a number from 0.000001 to 1000
      --config %conf:restaurant.menu{pizza:8s}         | restaurant.orders (the built-in orders; with a menu of your own, give restaurant.orders, --orders or --generate): order 0 has unknown product "burger"; the menu has pizza
      --config %conf:waiters=3                         | waiters (%conf: 1) is not a setting at the top of a config file; the restaurant's settings go under restaurant: did you mean restaurant.waiters?
      --config %conf:waiter.max-open-orders=3          | waiter (%conf: 1) is not a setting at the top of a config file; the restaurant's settings go under restaurant: did you mean restaurant.waiter?
      --config %conf:restaurants{waiters=3}            | restaurants (%conf: 1) is not a setting at the top of a config file; did you mean restaurant?
      --config %conf:tables=3                          | tables (%conf: 1) is not a setting at the top of a config file; a config file holds restaurant { ... } and akka { ... }
      --config %conf:akka.loglevl=INFO                 | akka.loglevl (%conf: 1) is not one of Akka's settings; did you mean akka.loglevel?
      --config %conf:akka.actor.default-dispacher.throughput=5 | akka.actor.default-dispacher (%conf: 1) is not one of Akka's settings; did you mean akka.actor.default-dispatcher?
      --config %conf:akka.scheduler.tick-durration=1ms | akka.scheduler.tick-durration (%conf: 1) is not one of Akka's settings; did you mean akka.scheduler.tick-duration?
      --config %conf:akka{nonsense=1}                  | akka.nonsense (%conf: 1) is not one of Akka's settings; Akka's reference configuration has no such key under akka
      --waiters %long                                 | restaurant.waiters = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (5000002 characters) (command line --waiters) must be a whole number
      --config %conf:restaurant.%100k=1                | restaurant.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (100011 characters) (%conf: 1) is not a setting of the restaurant; the settings are
      --orders %json:[["soda\\\\nbeer"]]                | orders file %json: order 0 has unknown product "soda\\\\nbeer"; the menu has beer, burger, frites, soda
      --orders %json:[["soda"],[%longproduct]]         | orders file %json: order 1 has unknown product "yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy... (500000 characters)"; the menu has beer
      --orders %json:[["%long"]]                       | orders file %json: malformed JSON at line 1, column 3: a text or number too long for an orders file (no product name is longer than 1000000 characters)
      --orders %json:[["soda"]]\\s[["beer"]]            | orders file %json: unexpected text after the list of orders at line 1, column 12; the file must hold one list of orders
      --orders %json:[["soda"]],["beer"]               | orders file %json: malformed JSON at line 1, column 11: Unexpected character (',' (code 44)): expected a valid value
      --orders %json:[["soda",NaN]]                    | orders file %json: malformed JSON at line 1, column 13: Non-standard token 'NaN'
      --orders %json:[["soda"]//x\\n]                   | orders file %json: malformed JSON at line 1, column 10: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?
      --orders %json:[["soda",+1]]                     | orders file %json: malformed JSON at line 1, column 11: Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs
      --%100k 3                                       | unknown option --kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (100002 characters); see run --help
      --generate %100k                                | --generate kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... (100000 characters): must be a whole number from 1 to 10000000
      --orders %json:[[%deep]]                         | orders file %json: order 0 has [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[..., which is not a product name
      --arrival-rate 0                                | restaurant.arrivals.rate = "0" (command line --arrival-rate) must be a number of orders an hour above 0 and at most 3600000000, e.g. 120
      --arrival-rate -60                              | restaurant.arrivals.rate = "-60" (command line --arrival-rate) must be a number of orders an hour above 0
      --arrival-rate many                             | restaurant.arrivals.rate = "many" (command line --arrival-rate) must be a number of orders an hour
      --arrival-rate NaN                              | restaurant.arrivals.rate = "NaN"
      --config %conf:restaurant.arrivals.process=daily | restaurant.arrivals.process = "daily" (%conf: 1) must be at-once (every order there at the opening) or poisson
      --arrival-rate 0.000001 --generate 100000       | the last of 100000 orders would arrive
      --config %conf:restaurant.kitchen.stations.grill{cooks=0,products=[burger]} | restaurant.kitchen.stations.grill.cooks = 0 (%conf: 1) must be a whole number of cooks from 1 to 100000
      --config %conf:restaurant.kitchen.stations.grill{cooks=-2,products=[burger]} | restaurant.kitchen.stations.grill.cooks = -2 (%conf: 1) must be a whole number of cooks from 1 to 100000
      --config %conf:restaurant.kitchen.stations.grill{cooks=1.5,products=[burger]} | restaurant.kitchen.stations.grill.cooks = 1.5 (%conf: 1) must be a whole number of cooks
      --config %conf:restaurant.kitchen.stations.grill{products=[burger]} | restaurant.kitchen.stations.grill = {"products":["burger"]} (%conf: 1) has no cooks: e.g. grill { cooks = 2, products = [burger] }
      --config %conf:restaurant.kitchen.stations.grill{cooks=1} | restaurant.kitchen.stations.grill = {"cooks":1} (%conf: 1) has no products: e.g. grill { cooks = 2, products = [burger] }
      --config %conf:restaurant.kitchen.stations.grill{cooks=1,products=[]} | restaurant.kitchen.stations.grill.products = [] (%conf: 1) must be a list of products on the menu, e.g. [burger]
      --config %conf:restaurant.kitchen.stations.grill{cooks=1,products{0=burger,2=soda}} | restaurant.kitchen.stations.grill.products = {"0":"burger","2":"soda"} (%conf: 1) must be a list of products on the menu, e.g. [burger] (in a .properties file or a -D property, one key per product: restaurant.kitchen.stations.grill.products.0 = burger)
      --config %conf:restaurant.menu{"a+b"{time=1s}} | restaurant.menu product "a+b" (%conf: 1) has a + in its name, which the trace (--trace) writes between an order's products
      --config %conf:restaurant.kitchen.stations.grill{cooks=1,products=[pizza]} | restaurant.kitchen.stations.grill.products = ["pizza"] (%conf: 1) names pizza, which is not on the menu; the menu has beer, burger, frites, soda
      --config %conf:restaurant.kitchen.stations{grill{cooks=1,products=[burger]},oven{cooks=1,products=[burger]}} | has burger, which is already made at station
      --config %conf:restaurant.kitchen.stations.grill{cooks=1,products=[burger],chef=Ann} | restaurant.kitchen.stations.grill.chef (%conf: 1) is not a station setting; a station has cooks and products
      --config %conf:restaurant.kitchen.stations=[grill] | restaurant.kitchen.stations = ["grill"] (%conf: 1) must be a table of stations, e.g. grill { cooks = 2, products = [burger] }
      --cooks grill=2                                 | --cooks grill=2: the kitchen has no station grill; restaurant.kitchen.stations configures none
      --cooks grill                                   | --cooks grill: expected STATION=N, e.g. --cooks grill=2
      --config %conf:restaurant.kitchen.stations.grill{cooks=1,products=[burger]} --cooks grill=0 | restaurant.kitchen.stations.grill.cooks = "0" (command line --cooks grill) must be a whole number of cooks from 1 to 100000
      --config %conf:restaurant.kitchen.stations.grill{cooks=1,products=[burger]} --cooks grll=2 | --cooks grll=2: the kitchen has no station grll; its stations are grill
      --config %conf:restaurant.menu.burger{time=7.5s,distribution=normal} | restaurant.menu.burger.distribution = "normal" (%conf: 1) must be fixed (always the time) or exponential (drawn with the time as mean)
      --warm-up -1s                                   | restaurant.stats.warm-up = "-1s" (command line --warm-up) must be a duration from 0s to 8760h with a unit, e.g. 10m
      --warm-up 10                                    | restaurant.stats.warm-up = "10" (command line --warm-up) must be a duration from 0s to 8760h with a unit
      --arrival-rate 60 --mode threads                | --mode threads serves every order from the opening with a cook for every product: arrival times need the actors; use --mode actors
      compare --arrival-rate 60                       | compare runs sync and threads too, which serve every order from the opening with a cook for every product: arrival times need the actors; run them with the actors alone (run, not compare)
      bench --idle-waiters 10 --warm-up 5m            | bench --warm-up 5m: bench measures whole runs (time, CPU, memory), with no per-order statistics a warm-up would leave orders out of; run --warm-up for those
      bench --generate 100 --waiters 10 --time-scale 0.001 --warm-up 5m | bench --warm-up 5m: bench measures whole runs
      bench --idle-waiters 10 --delivery-time 30s     | bench --idle-waiters with --delivery-time 30s: idle waiters serve nothing, so nothing of a service changes what they weigh; leave it out
      bench --idle-waiters 10 --failure-rate 1        | bench --idle-waiters with --failure-rate 1: idle waiters serve nothing
      compare --failure-rate 0.5                      | compare runs sync and threads too, which know no faults (burnt products, crashes): the fault rates need the actors; run them with the actors alone (run, not compare)
      --mode sync --waiter-crash-rate 0.1             | --mode sync knows no faults (burnt products, crashes): the fault rates need the actors; use --mode actors
      compare --config %conf:restaurant.kitchen.stations.grill{cooks=1,products=[burger]} | compare runs sync and threads too, which serve every order from the opening with a cook for every product: restaurant.kitchen.stations need the actors
      --orders %json:[{"arrival":-1,"products":["soda"]}] | orders file %json: order 0 has arrival -1; an arrival is a number of seconds from the opening, from 0 to 31536000
      --orders %json:[{"arrival":"noon","products":["soda"]}] | orders file %json: order 0 has arrival "noon"; an arrival is a number of seconds
      --orders %json:[{"arrival":5,"products":["soda"]},{"arrival":2,"products":["soda"]}] | orders file %json: order 1 arrives at 2.0 s, before order 0 at 5.0 s; list the orders in the order they arrive
      --orders %json:[{"arrival":5}]                  | orders file %json: order 0 has no products; write e.g. {"arrival": 12.5, "products": ["burger"]}
      --orders %json:[{"arrival":5,"products":"soda"}] | orders file %json: order 0 has products "soda"; products is a list of product names
      --orders %json:[{"arrival":5,"table":3,"products":["soda"]}] | orders file %json: order 0 has "table", which is not a field of an order; an order has arrival and products
      --orders %json:[{"arrival":5,"products":["soda"]}] --arrival-rate 60 | --arrival-rate would replace the arrival times of the orders file %json: give one of them
      --orders %json:[5]                              | orders file %json: order 0 must be a list of product names or an object with arrival and products, got 5
      sweep --waiters 5..2 --target-p95 1m            | --waiters 5..2: the range runs backwards; write FROM..TO with FROM at most TO, e.g. 2..5
      sweep --waiters a..b --target-p95 1m            | --waiters a..b: expected a whole number or a range FROM..TO of whole numbers from 1 to 1000000, e.g. 1..12
      sweep --waiters 0..3 --target-p95 1m            | --waiters 0..3: expected a whole number or a range FROM..TO
      sweep --waiters 1..2..3 --target-p95 1m         | --waiters 1..2..3: expected a whole number or a range FROM..TO
      sweep --waiters 1..3 --target-p95 ten           | --target-p95 ten: must be a duration above 0 with a unit, up to 24h, e.g. 10m or 90s
      sweep --waiters 1..3 --target-p95 600           | --target-p95 600: must be a duration above 0 with a unit
      sweep --waiters 1..3 --target-p95 0s            | --target-p95 0s: must be a duration above 0 with a unit
      sweep --waiters 1..3 --target-p95 2d            | --target-p95 2d: must be a duration above 0 with a unit, up to 24h
      sweep --waiters 1..3 --target-p95 1m --replications 1 | --replications 1: must be a whole number from 2 (a confidence interval needs two runs) to 1000
      sweep --waiters 1..3 --target-p95 1m --replications many | --replications many: must be a whole number from 2
      sweep --waiters 1..3 --target-p95 1m --cooks grill=1..2 | --cooks grill=1: the kitchen has no station grill; restaurant.kitchen.stations configures none
      sweep --waiters 1..3 --target-p95 1m --cooks grill | --cooks grill: expected STATION=RANGE, e.g. --cooks grill=1..3
      sweep --waiters 1..3 --target-p95 1m --cooks grill=3..1 | --cooks grill=3..1: the range runs backwards
      sweep --waiters 1..1000 --cooks a=1..100 --target-p95 1m | the ranges make more than 10000 staffing points, the most a sweep tries: narrow --waiters or --cooks
      sweep --target-p95 1m                           | sweep needs --waiters RANGE; see sweep --help
      sweep --waiters 1..3                            | sweep needs --target-p95 D; see sweep --help
      sweep --waiters 1..3 --target-p95 1m --report %dir/x.csv --csv %dir/x.csv | --report and --csv both name %dir/x.csv: give each its own file
      sweep --waiters 1..3 --target-p95 1m --arrival-rate 0 | restaurant.arrivals.rate = "0" (command line --arrival-rate) must be a number of orders an hour above 0
      --warm-up 8760h --time-scale 1000               | restaurant.stats.warm-up = "8760h" (command line --warm-up) times restaurant.time-scale 1000.0 is longer than a year, the longest run
      --html %dir                                     | html file %dir: is a directory, not a file
      --html %dir/r.html --report %dir/r.html          | --report and --html both name %dir/r.html: give each its own file
      --html conf/logback.xml                         | --html conf/logback.xml and the logging setup conf/logback.xml are the same file: writing --html would overwrite that input
      compare --html %dir/r.html                      | --html goes with run, sweep, node and cluster, not compare; see compare --help
      sweep --waiters 1..2 --target-p95 1m --html %dir | html file %dir: is a directory, not a file
      sweep --waiters 1..2 --target-p95 1m --html %dir/s.x --csv %dir/s.x | --html and --csv both name %dir/s.x: give each its own file
      --html %dir/nope/r.html                         | html file %dir/nope/r.html: folder %dir/nope does not exist
      --html %dir/t.x --trace %dir/t.x                 | --trace and --html both name %dir/t.x: give each its own file
      node --role chef                                | --role chef: must be cashier (the one that takes the orders) or floor (waiters and a kitchen)
      node                                            | node needs --role cashier|floor; see node --help
      node --role cashier --expect-floors 0           | --expect-floors 0: must be a whole number from 1 to 100
      node --role cashier --expect-floors many        | --expect-floors many: must be a whole number from 1 to 100
      node --role floor                               | node --role floor needs --seed-nodes HOST:PORT: the cashier node's address
      node --role floor --seed-nodes nowhere          | --seed-nodes nowhere: expected HOST:PORT, or several separated by commas
      node --role floor --seed-nodes 127.0.0.1:0      | --seed-nodes 127.0.0.1:0: expected HOST:PORT
      node --role floor --seed-nodes h:1 --expect-floors 2 | --expect-floors goes with --role cashier
      node --role floor --seed-nodes h:1 --report %dir/r.json | --report, --html and --trace go with --role cashier
      node --role floor --seed-nodes h:1 --generate 5 | --orders, --generate and --dump-orders go with --role cashier
      node --role floor --seed-nodes h:1 --orders %dir/o.json | --orders, --generate and --dump-orders go with --role cashier
      node --role floor --seed-nodes h:1 --arrival-rate 60 | --arrival-rate goes with --role cashier
      node --role floor --seed-nodes h:1 --warm-up 10m | --warm-up goes with --role cashier
      node --role cashier --waiters 3                 | --waiters goes with --role floor: it counts a floor node's waiters
      node --role cashier --hostname nosuch.invalid   | --hostname nosuch.invalid: no such host (it resolves to no address)
      node --role cashier --hostname 192.0.2.1        | --hostname 192.0.2.1: this machine cannot listen there
      node --role floor --seed-nodes nosuch.invalid:2551 | --seed-nodes nosuch.invalid:2551: no such host nosuch.invalid
      node --role floor --seed-nodes 127.0.0.1:2551 --waiters 1000000 --max-open-orders 10 | restaurant.waiters (1000000) times restaurant.waiter.max-open-orders (10) on one floor node: up to 91000000 messages at once
      node --role cashier --port 70000                | --port 70000: must be a port from 1 to 65535, or 0 for any free one
      node --role cashier --port 0                    | node --role cashier --port 0 needs --seed-nodes
      node --role cashier --join-timeout 0s           | --join-timeout 0s: must be a duration above 0 with a unit, up to 1h
      node --role cashier --clock virtual             | restaurant.clock = virtual: the node command runs on the real clock
      node --role cashier --hostname=                 | --hostname is empty: give the address the other nodes reach this one at
      node --role floor --seed-nodes ::1:2551         | --seed-nodes ::1:2551: ::1:2551 is an IPv6 address and its port: write the address in brackets, e.g. [::1]:2551
      cluster --report logs/restaurant-floor-1.log    | --report logs/restaurant-floor-1.log is floor-1's log, which it writes as it runs: give --report another file
      cluster --nodes 4 --trace logs/restaurant-floor-3.log | --trace logs/restaurant-floor-3.log is floor-3's log
      cluster --nodes 1                               | --nodes 1: must be a whole number from 2 to 101
      cluster --nodes 102                             | --nodes 102: must be a whole number from 2 to 101
      cluster --nodes 500                             | --nodes 500: must be a whole number from 2 to 101
      cluster --nodes 2 --kill-node-at 1s             | --kill-node-at with --nodes 2 would kill the only floor node
      cluster --kill-node-at soon                     | --kill-node-at soon: must be a duration above 0 with a unit
      cluster --clock virtual                         | restaurant.clock = virtual: the cluster command runs on the real clock
      cluster --config %conf:restaurant.kitchen.stations{grill{cooks=1,products=[burger]}} | restaurant.kitchen.stations: kitchen stations do not run across nodes yet
      --orders %json:[["soda"]] --html %json           | --html %json and --orders %json are the same file: writing --html would overwrite that input
      --html /proc/r.html                             | html file /proc/r.html: on the kernel's proc file system, which takes no report; give an ordinary file
      --html /proc/version                            | html file /proc/version: on the kernel's proc file system, which takes no report
      --report /sys/r.json                            | report file /sys/r.json: on the kernel's sysfs file system
      """)
  void saysWhatIsWrongOnOneLineAndExitsWithTwo(String args, String message) throws IOException {
    CliRun run = CliRun.of(expand(args));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    String expected = unescape(message).replace("%conf", dir.resolve("bad.conf").toString())
        .replace("%json", dir.resolve("bad.json").toString())
        .replace("%missing", dir.resolve("missing").toString())
        .replace("%fifo", dir.resolve("fifo").toString())
        .replace("%socket", dir.resolve("socket").toString())
        .replace("%dir", dir.toString());
    assertTrue(run.err().startsWith("restaurant: "), run.err());
    assertTrue(run.err().contains(expected), () -> "expected <" + expected + "> in <" + run.err() + ">");
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertTrue(run.err().length() < 1200, () -> "a long line: " + run.err().length() + " characters");
    assertFalse(run.err().matches("(?s).*(`|[A-Z]+_[A-Z_]+|JsonReadFeature|StreamReadConstraints).*"),
        () -> "a library's names in <" + run.err() + ">");
  }

  @Test
  void theProgramsOwnJarIsNoReportFile() throws IOException {
    // java -jar target/restaurant.jar --report target/restaurant.jar wrote over the running jar.
    Path jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
        .filter(Files::isRegularFile).findFirst().orElseThrow(() -> new AssertionError("no jar on the class path"));
    long size = Files.size(jar);

    CliRun run = CliRun.of("--report", jar.toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("restaurant: --report " + jar + " and the program's own jar " + jar + " are the same file: writing"
        + " --report would overwrite that input; give --report another file\n", run.err());
    assertEquals(size, Files.size(jar));
  }

  /**
   * Every output option of every command, given an existing config file, orders file or source
   * file (copies of the project's own, in the temporary folder): one line naming the option and the
   * file, exit 2, and the file as it was, byte for byte.
   */
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      run                                       | --report      | conf/examples/lunch-rush.conf
      run                                       | --trace       | src/main/resources/reference.conf
      run                                       | --html        | conf/application.conf
      run                                       | --dump-orders | conf/examples/lunch-rush.conf
      run                                       | --report      | orders
      run                                       | --trace       | src/main/java/restaurant/cli/Cli.java
      run                                       | --html        | pom.xml
      sweep --waiters 1..2 --target-p95 1m      | --report      | conf/application.conf
      sweep --waiters 1..2 --target-p95 1m      | --csv         | src/main/resources/reference.conf
      sweep --waiters 1..2 --target-p95 1m      | --html        | orders
      sweep --waiters 1..2 --target-p95 1m      | --dump-orders | orders
      sweep --waiters 1..2 --target-p95 1m      | --csv         | src/main/java/restaurant/cli/Cli.java
      node --role cashier                       | --report      | conf/examples/lunch-rush.conf
      node --role cashier                       | --trace       | orders
      node --role cashier                       | --html        | src/main/java/restaurant/cli/Cli.java
      node --role cashier                       | --dump-orders | conf/application.conf
      cluster                                   | --report      | orders
      cluster                                   | --trace       | conf/application.conf
      cluster                                   | --html        | src/main/resources/reference.conf
      cluster                                   | --dump-orders | pom.xml
      compare                                   | --dump-orders | conf/examples/lunch-rush.conf
      bench --generate 10 --waiters 2           | --dump-orders | src/main/java/restaurant/cli/Cli.java
      """)
  void noOutputReplacesAConfigAnOrdersOrASourceFile(String command, String option, String source)
      throws IOException {
    Path file = dir.resolve("existing-" + Path.of(source).getFileName());
    if (source.equals("orders")) {
      Files.writeString(file, "[[\"burger\", \"soda\"], [\"beer\"]]\n");
    } else {
      Files.copy(Path.of(source), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    byte[] before = Files.readAllBytes(file);
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(option, file.toString()));

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("restaurant: " + option + " " + file + ": exists"), run.err());
    assertTrue(run.err().endsWith("; give a new file name, or remove the file first\n"), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(Arrays.equals(before, Files.readAllBytes(file)), file + " changed");
  }

  /** Two outputs that are one file by a link are one file: the second would destroy the first. */
  @Test
  void twoOutputsOnOneFileByALinkAreRefused() throws IOException {
    Path report = Files.createFile(dir.resolve("linked-report.json"));
    Path symbolic = Files.createSymbolicLink(dir.resolve("linked-page.html"), report);
    Path hard = Files.createLink(dir.resolve("hard-trace.csv"), report);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("not-yet.json"));

    for (String[] args : new String[][] {{"--report", report.toString(), "--html", symbolic.toString()},
        {"--report", report.toString(), "--trace", hard.toString()}}) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
      assertTrue(run.err().contains(" both name "), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
    }
    CliRun toNowhere = CliRun.of("--report", dir.resolve("not-yet.json").toString(), "--html", dangling.toString());
    assertEquals("restaurant: html file " + dangling + ": a link to " + dir.resolve("not-yet.json")
        + ", which does not exist; give the file's own name\n", toNowhere.err());
    assertEquals(0, Files.size(report));
  }

  /** An include's file is an input, whatever way it is named, and so is one an include would read once it is there. */
  @Test
  void noOutputReplacesOrBecomesAFileAConfigIncludes() throws IOException {
    Path included = Files.createFile(dir.resolve("included-by-url.conf"));
    Path byUrl = Files.writeString(dir.resolve("by-url.conf"), "include url(\"" + included.toUri() + "\")\n"
        + "restaurant.waiters = 3\n");
    Files.writeString(dir.resolve("menu-part.conf"), "restaurant.waiters = 2\n");
    Path byName = Files.writeString(dir.resolve("by-name.conf"), "include \"menu-part\"\n");

    CliRun url = CliRun.of("--config", byUrl.toString(), "--report", included.toString());
    CliRun notThereYet = CliRun.of("--config", byName.toString(), "--report",
        dir.resolve("menu-part.json").toString());

    for (CliRun run : List.of(url, notThereYet)) {
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(run.err().contains("the config file's include"), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
    }
    assertEquals(0, Files.size(included));
    assertFalse(Files.exists(dir.resolve("menu-part.json")));
  }

  /** Refused, and by what it is: the kinds are told apart by how each begins. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      --report %trace                            | --report %trace: exists and is a trace, not a run's JSON report, which is all --report replaces (or an empty file); give a new file name, or remove the file first
      --trace %report                            | --trace %report: exists and is a run's JSON report, not a trace
      --html %sweep-page                         | --html %sweep-page: exists and is a sweep's HTML page, not a run's HTML page
      sweep --waiters 1..2 --target-p95 1m --report %report | --report %report: exists and is a run's JSON report, not a sweep's JSON report
      sweep --waiters 1..2 --target-p95 1m --csv %trace     | --csv %trace: exists and is a trace, not a sweep's CSV table
      sweep --waiters 1..2 --target-p95 1m --html %run-page | --html %run-page: exists and is a run's HTML page, not a sweep's HTML page
      --report %dir/look-alike.json              | --report %dir/look-alike.json: exists and is not a run's JSON report this program wrote
      --generate 3 --dump-orders %trace          | --dump-orders %trace: exists, and --dump-orders replaces only an empty file (what it writes is an orders file, an input, and an earlier dump cannot be told from one written by hand)
      """)
  void anOutputOfAnotherKindIsNotReplaced(String args, String message) throws IOException {
    Files.writeString(dir.resolve("trace.csv"), restaurant.report.TraceFile.HEADER + "\n");
    Files.writeString(dir.resolve("report.json"), "{\n  \"mode\" : \"actors\",\n  \"clock\" : \"real\",\n}\n");
    Files.writeString(dir.resolve("look-alike.json"), "{\"mode\":\"actors\",\"clock\":\"real\"}\n");
    for (String page : List.of("run", "sweep")) {
      Files.writeString(dir.resolve(page + "-page.html"), "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
          + "<meta name=\"generator\" content=\"restaurant " + page + " page\">\n");
    }
    java.util.function.UnaryOperator<String> files = text -> text.replace("%trace", "%dir/trace.csv")
        .replace("%report", "%dir/report.json").replace("%run-page", "%dir/run-page.html")
        .replace("%sweep-page", "%dir/sweep-page.html").replace("%dir", dir.toString());
    byte[] trace = Files.readAllBytes(dir.resolve("trace.csv"));

    CliRun run = CliRun.of(files.apply(args).split(" +"));

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("restaurant: " + files.apply(message)), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(Arrays.equals(trace, Files.readAllBytes(dir.resolve("trace.csv"))));
  }

  /** No file of the project's (a config, a source, a page's template, its build) begins as any output does. */
  @Test
  void noFileOfTheProjectIsTakenForAnOutput() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("pom.xml"), Path.of("README.md")));
    for (String folder : List.of("conf", "docs", "src", ".ci", ".mvn")) { // the pages' templates among them
      try (java.util.stream.Stream<Path> tree = Files.walk(Path.of(folder))) {
        tree.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    for (Path file : files) {
      for (OutputKind kind : OutputKind.values()) {
        assertTrue(assertThrowsBadInput(() -> kind.checkMayReplace(file)).contains(file + ": exists"),
            () -> kind + " would replace " + file);
      }
    }
  }

  private static String assertThrowsBadInput(Runnable check) {
    return org.junit.jupiter.api.Assertions.assertThrows(restaurant.config.BadInputException.class, check::run)
        .getMessage();
  }

  /** A value of 5,000,000 characters: a value is echoed cut, with its length. */
  private static final String LONG = "x".repeat(5_000_000);
  /** A product name of 500,000 characters: longer than any on the menu, shorter than what JSON may hold. */
  private static final String LONG_PRODUCT = "y".repeat(500_000);

  /**
   * The command line of a row: words split at spaces. In a row (written doubled in this source,
   * as a text block wants them), backslash-s stands for a space, backslash-n for a line break,
   * backslash-uXXXX for that character, and two backslashes for one; %long for 5,000,000 x's,
   * %longproduct for 500,000 y's as a JSON string, %100k for 100,000 k's, %deep for 5,000 nested
   * lists; %conf and %json alone name the files a %conf: or %json: wrote. %write:NAME=TEXT writes a second
   * file (beside bad.conf, for includes) and takes no word; %link:NAME=TARGET is a symbolic link
   * to TARGET; %fifo a named pipe, %socket a Unix socket.
   */
  private static String[] expand(String args) throws IOException {
    List<String> expanded = new ArrayList<>();
    for (String arg : args.trim().split(" +")) {
      arg = unescape(arg);
      if (arg.startsWith("%conf:")) {
        expanded.add(write("bad.conf", arg.substring(6)));
      } else if (arg.startsWith("%json:")) {
        expanded.add(write("bad.json", arg.substring(6)));
      } else if (arg.startsWith("%write:")) {
        String[] file = arg.substring(7).split("=", 2);
        write(file[0], file[1]);
      } else if (arg.startsWith("%link:")) {
        String[] link = arg.substring(6).split("=", 2);
        Path path = dir.resolve(link[0]);
        Files.deleteIfExists(path);
        expanded.add(Files.createSymbolicLink(path, dir.resolve(link[1])).toString());
      } else {
        expanded.add(arg.replace("%missing", dir.resolve("missing").toString()).replace("%dir", dir.toString())
            .replace("%conf", dir.resolve("bad.conf").toString()).replace("%json", dir.resolve("bad.json").toString())
            .replace("%fifo", fifo().toString()).replace("%socket", socket().toString()));
      }
    }
    return expanded.toArray(String[]::new);
  }

  private static String unescape(String arg) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < arg.length(); i++) {
      char c = arg.charAt(i);
      if (c == '\\' && i + 1 < arg.length() && "snu".indexOf(arg.charAt(i + 1)) >= 0) {
        char kind = arg.charAt(++i);
        if (kind == 'u') {
          out.append((char) Integer.parseInt(arg.substring(i + 1, i + 5), 16));
          i += 4;
        } else {
          out.append(kind == 's' ? ' ' : '\n');
        }
      } else if (c == '\\' && i + 1 < arg.length() && arg.charAt(i + 1) == '\\') {
        out.append('\\'); // a backslash the file keeps, as in HOCON's "bur\\nger"
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString().replace("%longproduct", "\"" + LONG_PRODUCT + "\"")
        .replace("%long", LONG).replace("%100k", "k".repeat(100_000)).replace("%deep", "[".repeat(5000) + "]".repeat(5000));
  }

  private static Path fifo() throws IOException {
    Path fifo = dir.resolve("fifo");
    if (!Files.exists(fifo)) {
      try {
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
          throw new IOException("mkfifo failed");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    return fifo;
  }

  /** A Unix socket's file: bound, then left behind as a socket file. */
  private static Path socket() throws IOException {
    Path socket = dir.resolve("socket");
    if (!Files.exists(socket)) {
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(socket));
      }
    }
    return socket;
  }

  private static String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }
}
