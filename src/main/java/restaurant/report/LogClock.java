package restaurant.report;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Marker;
import org.slf4j.MDC;

/**
 * The time a log line shows ({@code %clock{HH:mm:ss.SSS}} in conf/logback.xml): the wall clock's,
 * or in a simulation the simulated time of the event, counted from the restaurant's opening. Each
 * log call stamps the simulated time into the MDC as it is made (a turbo filter runs on the
 * logging thread, at the call), so a line written later by the async file appender still shows
 * the moment of its event.
 */
public final class LogClock extends ClassicConverter {
  /** The MDC key of an event's simulated time: nanoseconds since the restaurant opened. */
  static final String MDC_KEY = "simulatedNanos";
  private static volatile Simulation simulation;

  private DateTimeFormatter format;

  /** A simulated clock and the moment it started, in the simulated day. */
  private record Simulation(LongSupplier nanoClock, long startNanos, LocalDateTime opensAt) {}

  /** Stamps each log call with the simulated time, while a simulation runs. */
  private static final class Stamp extends TurboFilter {
    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, ch.qos.logback.classic.Level level,
        String format, Object[] params, Throwable t) {
      Simulation running = simulation;
      if (running != null) {
        MDC.put(MDC_KEY, Long.toString(running.nanoClock().getAsLong() - running.startNanos()));
      }
      return FilterReply.NEUTRAL;
    }
  }

  /**
   * From now on, log lines show simulated time, the restaurant opening at {@code opensAt} when the
   * clock reads what it reads now.
   *
   * @return what ends it
   */
  public static Runnable simulate(LongSupplier nanoClock, LocalDateTime opensAt) {
    simulation = new Simulation(nanoClock, nanoClock.getAsLong(), opensAt);
    Stamp stamp = new Stamp();
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logging) {
      stamp.setContext(logging);
      stamp.start();
      logging.addTurboFilter(stamp);
      return () -> {
        logging.getTurboFilterList().remove(stamp);
        simulation = null;
      };
    }
    return () -> simulation = null;
  }

  @Override
  public void start() {
    String pattern = getFirstOption();
    format = DateTimeFormatter.ofPattern(pattern == null ? "HH:mm:ss.SSS" : pattern, Locale.ROOT);
    super.start();
  }

  @Override
  public String convert(ILoggingEvent event) {
    Simulation running = simulation;
    String nanos = event.getMDCPropertyMap().get(MDC_KEY);
    if (running != null && nanos != null) {
      return format.format(running.opensAt().plusNanos(Long.parseLong(nanos)));
    }
    return format.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault()));
  }
}
