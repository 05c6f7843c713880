package org.geokg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The cold start of {@code geokg bench}: a child JVM with this JVM's heap and geokg options runs
 * {@code geokg extract} on the first input file, timed from start to exit.
 */
final class ColdStart {
  private ColdStart() {}

  /** Runs the child JVM, prints one line to {@code out}, and returns the figures (for JSON). */
  static Map<String, Object> measure(List<Path> inputs, PrintStream out) throws IOException, InterruptedException {
    Map<String, Object> m = new LinkedHashMap<>();
    Path first = firstFile(inputs);
    if (first == null) {
      m.put("skipped", "no input file");
      return m;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-X") || a.startsWith("-Dgeokg.")) {
        cmd.add(a);
      }
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.geokg.cli.Main");
    cmd.add("extract");
    cmd.add("--format");
    cmd.add("nquads");
    cmd.add(first.toString());
    Path err = Files.createTempFile("geokg-bench-cold", ".err");
    try {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile()).start();
      int code = p.waitFor();
      double secs = (System.nanoTime() - start) / 1e9;
      m.put("document", first.toString());
      m.put("seconds", secs);
      m.put("exit_code", code);
      out.printf(Locale.ROOT, "cold start (child JVM: start → %s's graph out → exit): %.1f s%s%n%n", first.getFileName(),
          secs, code == 0 ? "" : " (exit code " + code + ": " + Files.readString(err, StandardCharsets.UTF_8).strip()
              .lines().findFirst().orElse("") + ")");
    } finally {
      Files.deleteIfExists(err);
    }
    return m;
  }

  private static Path firstFile(List<Path> inputs) throws IOException {
    for (Path p : inputs) {
      if (Files.isRegularFile(p)) {
        return p;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          Optional<Path> f = s.filter(Files::isRegularFile).sorted().findFirst();
          if (f.isPresent()) {
            return f.get();
          }
        }
      }
    }
    return null;
  }
}
