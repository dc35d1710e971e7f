package restaurant.report;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
public final class LogTimestamp extends ClassicConverter {
  /**
   * The MDC key of an event's simulated time of day, as nanoseconds from 1970 on a clock without
   * time zones: the line can be written after the simulation is over and still show it.
   */
  static final String MDC_KEY = "simulatedNanos";
  private static volatile Simulation simulation;

  private DateTimeFormatter format;

  /** A simulated clock, what it read at the opening, and the opening in nanoseconds from 1970 (UTC). */
  private record Simulation(LongSupplier nanoClock, long startNanos, long opensAtEpochNanos, double timeScale) {}

  /** Stamps each log call with the simulated time, while a simulation runs. */
  private static final class Stamp extends TurboFilter {
    @Override
    public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, ch.qos.logback.classic.Level level,
        String format, Object[] params, Throwable t) {
      Simulation running = simulation;
      if (running != null) {
        long simulatedNanos = Math.round((running.nanoClock().getAsLong() - running.startNanos()) / running.timeScale());
        MDC.put(MDC_KEY, Long.toString(running.opensAtEpochNanos() + simulatedNanos));
      } else {
        MDC.remove(MDC_KEY); // a stamp left on this thread by a simulation that is over
      }
      return FilterReply.NEUTRAL;
    }
  }

  /**
   * From now on, log lines show simulated time, the restaurant opening at {@code opensAt} when the
   * clock reads what it reads now; the clock's nanoseconds are divided by {@code timeScale}, as
   * the report's times are.
   *
   * @return what ends it
   */
  public static Runnable simulate(LongSupplier nanoClock, LocalDateTime opensAt, double timeScale) {
    Instant opening = opensAt.toInstant(ZoneOffset.UTC);
    simulation = new Simulation(nanoClock, nanoClock.getAsLong(),
        opening.getEpochSecond() * 1_000_000_000L + opening.getNano(), timeScale);
    // Installed once and kept: after a simulation it clears the stamps it left on threads.
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logging
        && logging.getTurboFilterList().stream().noneMatch(Stamp.class::isInstance)) {
      Stamp stamp = new Stamp();
      stamp.setContext(logging);
      stamp.start();
      logging.addTurboFilter(stamp);
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
    String simulated = event.getMDCPropertyMap().get(MDC_KEY);
    if (simulated != null) {
      long nanos = Long.parseLong(simulated);
      return format.format(LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
          (int) Math.floorMod(nanos, 1_000_000_000L), ZoneOffset.UTC));
    }
    return format.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault()));
  }
}
