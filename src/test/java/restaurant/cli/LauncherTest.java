package restaurant.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/restaurant, run on a copy of the project's layout with a stand-in for java that writes down
 * how it was started: what the launcher adds, and that every argument reaches the program as given.
 */
class LauncherTest {
  @TempDir
  Path project;

  /** The launcher in {@code project}/bin, a jar (contents no matter), and a JDK whose java records its arguments. */
  private Path setUp(boolean jar) throws IOException {
    Files.createDirectories(project.resolve("bin"));
    Files.copy(Path.of("bin/restaurant"), project.resolve("bin/restaurant"));
    Files.createDirectories(project.resolve("target"));
    if (jar) {
      Files.writeString(project.resolve("target/restaurant.jar"), "a jar");
    }
    Path java = project.resolve("jdk/bin/java");
    Files.createDirectories(java.getParent());
    // One line per start: its arguments, each on a line of its own, then an empty line.
    Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" '' >> \"$(dirname \"$0\")/../starts\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return project.resolve("jdk");
  }

  private record Run(int exit, String err) {}

  private Run launch(Path jdk, Map<String, String> environment, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", project.resolve("bin/restaurant").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("JAVA_OPTS");
    builder.environment().put("JAVA_HOME", jdk.toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(process.waitFor(), err);
  }

  /** Each start of the stand-in java: its arguments. */
  private List<List<String>> starts(Path jdk) throws IOException {
    List<List<String>> starts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(jdk.resolve("starts"))) {
      if (line.isEmpty()) {
        starts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    return starts;
  }

  @Test
  void everyArgumentReachesTheProgramAsGivenAfterTheLaunchersOptionsAndJavaOpts() throws Exception {
    Path jdk = setUp(true);

    Run run = launch(jdk, Map.of("JAVA_OPTS", "-Xmx2g -Dmy.key=1"), "sweep", "--config", "my conf.conf", "*", "a'b\"c",
        "--target-p95", "10m");

    assertEquals(0, run.exit(), run.err());
    List<String> start = starts(jdk).get(starts(jdk).size() - 1);
    int jarAt = start.indexOf("-jar");
    assertEquals(project.resolve("target/restaurant.jar").toString(), start.get(jarAt + 1));
    assertEquals(List.of("sweep", "--config", "my conf.conf", "*", "a'b\"c", "--target-p95", "10m"),
        start.subList(jarAt + 2, start.size()));
    assertTrue(start.indexOf("-XX:+UseParallelGC") < start.indexOf("-Xmx2g"), start::toString);
    assertEquals(jarAt - 1, start.indexOf("-Dmy.key=1"), start::toString); // the user's options last: they win
  }

  @Test
  void theClassArchiveIsWrittenOnceAfterABuildThenUsed() throws Exception {
    Path jdk = setUp(true);
    launch(jdk, Map.of(), "--help");
    List<String> training = starts(jdk).get(0);
    String archiveAtExit = "-XX:ArchiveClassesAtExit=" + project.resolve("target/restaurant.jsa") + ".";
    assertTrue(training.stream().anyMatch(option -> option.startsWith(archiveAtExit)), training::toString);
    assertTrue(training.containsAll(List.of("--clock", "virtual", "--quiet")), training::toString);

    // The stand-in writes no archive: put one in place, newer than the jar, as a real training run would.
    Path archive = project.resolve("target/restaurant.jsa");
    Files.writeString(archive, "classes");
    Files.setLastModifiedTime(project.resolve("target/restaurant.jar"), FileTime.from(Instant.now().minusSeconds(60)));
    Files.delete(jdk.resolve("starts"));
    launch(jdk, Map.of(), "--help");

    List<List<String>> starts = starts(jdk);
    assertEquals(1, starts.size(), starts::toString); // no second training run
    assertTrue(starts.get(0).contains("-XX:SharedArchiveFile=" + archive), starts::toString);
  }

  @Test
  void withoutTheJarItSaysHowToBuildItAndExits2() throws Exception {
    Path jdk = setUp(false);

    Run run = launch(jdk, Map.of(), "--help");

    assertEquals(2, run.exit());
    assertEquals("restaurant: " + project.resolve("target/restaurant.jar") + " does not exist: build it first with"
        + " mvn -q -DskipTests package\n", run.err());
    assertTrue(Files.notExists(jdk.resolve("starts")), "java was started");
  }
}
