package org.geokg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A table of given names with a gender on the class path, "NAME TAB GENDER" a row (GENDER MALE or
 * FEMALE), read once per resource and shared: CoreNLP's models jar ships one
 * ({@link #NAMEGENDER}, about 14,600 rows) that both the gender of a person's first name
 * ({@code extract/PersonGender}) and the given names next to a title ({@code link/FirstNames}) read.
 * Each read cost a look-up in the models jar and a pass over the rows at start-up, and the
 * linker's copy was made again for every extractor.
 *
 * <p>Empty columns are skipped (one row has a doubled TAB), rows of any other shape are ignored, and
 * an absent resource is an empty table: without the models jar (a unit test's class path) no name is
 * known.
 */
public final class NameGenderTable {
  /** The name table of CoreNLP's deterministic coreference. */
  public static final String NAMEGENDER = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private static final int MALE = 1;
  private static final int FEMALE = 2;
  /** The name as written is two or more letters and nothing else. */
  private static final int LETTERS = 4;
  private static final Map<String, NameGenderTable> LOADED = new ConcurrentHashMap<>();

  private final boolean found;
  /** Lower-cased name to its flags. */
  private final Map<String, Integer> names;
  private final int letterNames;

  private NameGenderTable(boolean found, Map<String, Integer> names) {
    this.found = found;
    this.names = Map.copyOf(names);
    this.letterNames = (int) names.values().stream().filter(f -> (f & LETTERS) != 0).count();
  }

  /** The table at class path {@code resource} (a leading "/" or not), read on first use. */
  public static NameGenderTable of(String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    return LOADED.computeIfAbsent(path, NameGenderTable::read);
  }

  private static NameGenderTable read(String path) {
    Map<String, Integer> names = new HashMap<>();
    try (InputStream in = NameGenderTable.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        return new NameGenderTable(false, names);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = Arrays.stream(line.split("\t")).map(String::strip).filter(c -> !c.isEmpty())
            .toArray(String[]::new);
        if (cols.length != 2 || cols[0].startsWith("#")) {
          continue;
        }
        int gender = cols[1].equals("MALE") ? MALE : cols[1].equals("FEMALE") ? FEMALE : 0;
        if (gender == 0) {
          continue;
        }
        int flags = gender | (cols[0].matches("\\p{L}{2,}") ? LETTERS : 0);
        names.merge(cols[0].toLowerCase(Locale.ROOT), flags, (a, b) -> a | b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new NameGenderTable(true, names);
  }

  /** Whether the resource was on the class path. */
  public boolean found() {
    return found;
  }

  /** How many names of letters only (two or more) the table holds. */
  public int letterNames() {
    return letterNames;
  }

  /** Whether {@code word} (any case) is a name of the table written in letters only. */
  public boolean isLetterName(String word) {
    Integer f = names.get(word.toLowerCase(Locale.ROOT));
    return f != null && (f & LETTERS) != 0;
  }

  /**
   * Every (lower-cased name, "MALE" or "FEMALE") pair of the table; a name given both genders comes
   * twice.
   */
  public void forEachGender(BiConsumer<String, String> action) {
    names.forEach((name, f) -> {
      if ((f & MALE) != 0) {
        action.accept(name, "MALE");
      }
      if ((f & FEMALE) != 0) {
        action.accept(name, "FEMALE");
      }
    });
  }
}
