package restaurant.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * --html FILE: the report as one self-contained page, no server, no network. The JSON report (the
 * document --report writes, a run's or a sweep's) is in it, in a {@code <script
 * type="application/json" id="report">}, and the page draws its charts from it with uPlot,
 * inlined with its stylesheet.
 */
public final class HtmlReport {
  private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
  /**
   * What a page says its generator is, in its head ({@code <meta name="generator">}): how an
   * earlier page is known, which --html may replace. Written into the page, never in a template,
   * so the template is no page.
   */
  public static final String RUN_PAGE = "restaurant run page";
  public static final String SWEEP_PAGE = "restaurant sweep page";

  private HtmlReport() {}

  public static void write(RunReport report, Path file) throws IOException {
    write("/restaurant/report.html", RUN_PAGE, JsonWriter.compact(report), file);
  }

  /**
   * A page from a template of the jar's ({@code /restaurant/report.html}, {@code /restaurant/sweep.html})
   * with the pages' common head ({@code /restaurant/page-head.html}), uPlot and its stylesheet inlined
   * and {@code json} as the data it draws from.
   *
   * @param generator {@link #RUN_PAGE} or {@link #SWEEP_PAGE}
   */
  public static void write(String template, String generator, String json, Path file) throws IOException {
    String page = resource(template)
        .replace("/*PAGE_HEAD*/", resource("/restaurant/page-head.html").stripTrailing())
        .replace("/*GENERATOR*/", generator)
        .replace("/*UPLOT_CSS*/", resource(UPLOT + "uPlot.min.css"))
        .replace("/*UPLOT_JS*/", resource(UPLOT + "uPlot.iife.min.js"))
        .replace("/*PAGE_JS*/", resource("/restaurant/page.js"))
        .replace("/*REPORT_JSON*/", inScript(json));
    Files.writeString(file, page, StandardCharsets.UTF_8);
  }

  /** JSON inside a script element: "</" would end it early, and U+2028/2029 end a line in older engines. */
  static String inScript(String json) {
    return json.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the jar has no " + name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
