package org.geokg.link;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's data tables: UTF-8, tab-separated, a header line naming the columns, lines
 * starting with {@code #} ignored, multi-valued cells separated by {@code |}.
 */
final class Tsv {
  private static final Splitter TAB = Splitter.on('\t');
  private static final Splitter BAR = Splitter.on('|').trimResults().omitEmptyStrings();

  private Tsv() {}

  /** One data row, by column name. */
  record Row(String table, int line, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.trim();
    }

    List<String> list(String column) {
      return ImmutableList.copyOf(BAR.split(get(column)));
    }
  }

  /** Reads {@code name} from {@code dataDir} if it is there, else from the classpath folder. */
  static List<Row> read(Path dataDir, String classpathFolder, String name) {
    try {
      if (dataDir != null && Files.isRegularFile(dataDir.resolve(name))) {
        try (InputStream in = Files.newInputStream(dataDir.resolve(name))) {
          return parse(name, in);
        }
      }
      try (InputStream in = Tsv.class.getResourceAsStream(classpathFolder + name)) {
        if (in == null) {
          return List.of();
        }
        return parse(name, in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data table " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the word list {@code name} (one word a line, {@code #} comments) from the classpath folder and,
   * if it is there too, from {@code dataDir}, lower-case: as the rules' lexicons are read, a user's file
   * extends the bundled one.
   */
  static List<String> words(Path dataDir, String classpathFolder, String name) {
    List<String> words = new ArrayList<>();
    try {
      try (InputStream in = Tsv.class.getResourceAsStream(classpathFolder + name)) {
        if (in != null) {
          words.addAll(wordLines(in));
        }
      }
      if (dataDir != null && Files.isRegularFile(dataDir.resolve(name))) {
        try (InputStream in = Files.newInputStream(dataDir.resolve(name))) {
          words.addAll(wordLines(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name + ": " + e.getMessage(), e);
    }
    return words;
  }

  private static List<String> wordLines(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  static List<Row> parse(String name, InputStream in) throws IOException {
    List<Row> rows = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> header = null;
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = TAB.splitToList(line);
      if (header == null) {
        header = cells.stream().map(String::trim).toList();
        continue;
      }
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size() && i < cells.size(); i++) {
        m.put(header.get(i), cells.get(i));
      }
      rows.add(new Row(name, n, m));
    }
    return rows;
  }
}
