package restaurant.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import restaurant.report.HtmlReport;
import restaurant.report.JsonWriter;
import restaurant.report.ReportPrinter;
import restaurant.report.RunReport;
import restaurant.report.TraceFile;

/**
 * The report's files, for the commands that run one day: run, and in a cluster the cashier's
 * node; and how the report is printed and written.
 */
final class ReportFiles {
  @Option(names = "--report", paramLabel = "FILE", description = "also write the report to FILE as JSON")
  Path report;

  @Option(names = "--html", paramLabel = "FILE", description = "also write the report to FILE as one"
      + " self-contained HTML page with charts (no network needed to open it)")
  Path html;

  @Option(names = "--trace", paramLabel = "FILE", description = "write one CSV row per order to FILE as it"
      + " finishes: " + TraceFile.HEADER + " (simulated seconds from the opening)")
  Path trace;

  /** A run that writes each order to the trace as it finishes. */
  @FunctionalInterface
  interface Traced<T> {
    T run(TraceFile trace) throws InterruptedException;
  }

  /** Runs with the --trace file open, or with none (null) when --trace is not given. */
  <T> T traced(Traced<T> run) throws IOException, InterruptedException {
    try (TraceFile file = trace == null ? null : TraceFile.open(trace)) {
      return run.run(file);
    } catch (IOException e) {
      throw OutputKind.TRACE.cannotWrite(trace, e);
    }
  }

  /** Prints the report, writes its files, and says what the run exits with. */
  int report(RunReport report, PrintStream out, PrintStream err) throws IOException {
    ReportPrinter.print(report, out);
    OutputKind.RUN_REPORT.write(this.report, file -> JsonWriter.write(report, file));
    OutputKind.RUN_PAGE.write(html, file -> HtmlReport.write(report, file));
    return Cli.exitCode(report, err);
  }
}
