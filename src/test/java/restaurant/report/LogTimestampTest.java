package restaurant.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogTimestampTest {
  @Test
  void aSimulationsLinesShowItsTimeFromTheOpeningEvenWhenWrittenLater() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger log = logging.getLogger("restaurant.report.LogTimestampTest");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.setContext(logging);
    lines.start();
    log.addAppender(lines);
    LogTimestamp clock = new LogTimestamp();
    clock.setContext(logging);
    clock.setOptionList(List.of("yyyy-MM-dd HH:mm:ss.SSS"));
    clock.start();
    AtomicLong virtualNanos = new AtomicLong(5_000_000_000L); // the clock reads 5 s at the opening

    Runnable end = LogTimestamp.simulate(virtualNanos::get, LocalDate.of(2026, 11, 25).atTime(LocalTime.of(11, 30)), 0.5);
    log.info("opening");
    virtualNanos.set(5_000_000_000L + 3_750_000_000L); // 7.5 simulated seconds at time-scale 0.5
    log.info("a burger later");
    end.run();
    log.info("back on the wall clock");
    log.detachAppender(lines);

    assertEquals("2026-11-25 11:30:00.000", clock.convert(lines.list.get(0)));
    assertEquals("2026-11-25 11:30:07.500", clock.convert(lines.list.get(1)));
    assertNotEquals("2026-11-25 11:30:07.500", clock.convert(lines.list.get(2)));
  }
}
