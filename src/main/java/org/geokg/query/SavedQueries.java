package org.geokg.query;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The saved queries ({@code queries/*.rq}), by name.
 *
 * <p>{@link #load()} reads the {@code queries/} folder of the working directory when there is one,
 * so that users can add and edit queries in a checkout, and otherwise the copy packaged on the
 * classpath under {@code geokg/queries/}.
 */
public final class SavedQueries {
  /** Where the build puts the queries on the classpath. */
  public static final String CLASSPATH_FOLDER = "geokg/queries";

  private static final Pattern HEADER =
      Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARAM = Pattern.compile("^[?$]?([A-Za-z_][A-Za-z0-9_]*)\\s*[-—–:,]?\\s*(.*)$");

  private final List<SavedQuery> queries;

  private SavedQueries(List<SavedQuery> queries) {
    List<SavedQuery> sorted = new ArrayList<>(queries);
    sorted.sort(Comparator.comparing(SavedQuery::name));
    this.queries = ImmutableList.copyOf(sorted);
  }

  /** From {@code ./queries} if that folder exists, else from the classpath. */
  public static SavedQueries load() {
    Path local = Paths.get("queries");
    return Files.isDirectory(local) ? fromFolder(local) : fromClasspath();
  }

  /** Every {@code *.rq} file directly in {@code folder}. */
  public static SavedQueries fromFolder(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<SavedQuery> list = new ArrayList<>();
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".rq")) {
          list.add(parse(nameOf(p), Files.readString(p, StandardCharsets.UTF_8), p.toString()));
        }
      }
      return new SavedQueries(list);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read saved queries in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** The queries packaged under {@value #CLASSPATH_FOLDER}; none if there are none. */
  public static SavedQueries fromClasspath() {
    URL url = SavedQueries.class.getClassLoader().getResource(CLASSPATH_FOLDER);
    if (url == null) {
      return new SavedQueries(Collections.emptyList());
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        // A jar's folder can only be listed through a zip file system, opened here or by someone else.
        FileSystem fs;
        boolean ours = false;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Collections.emptyMap());
          ours = true;
        }
        try {
          return fromFolder(fs.provider().getPath(uri));
        } finally {
          if (ours) {
            fs.close();
          }
        }
      }
      return fromFolder(Paths.get(uri));
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot list saved queries at " + url + ": " + e.getMessage(), e));
    }
  }

  /** All queries, sorted by name. */
  public List<SavedQuery> list() {
    return queries;
  }

  /** The query called {@code name}, with or without {@code .rq}, ignoring case. */
  public Optional<SavedQuery> find(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.rq$", "");
    return queries.stream().filter(q -> q.name().toLowerCase(Locale.ROOT).equals(n)).findFirst();
  }

  /**
   * Reads the metadata from the leading comment lines of {@code text}. Comment lines after a
   * {@code # description:} line that start no other field continue the description.
   */
  public static SavedQuery parse(String name, String text, String origin) {
    String title = null;
    StringBuilder description = new StringBuilder();
    List<SavedQuery.Param> params = new ArrayList<>();
    boolean inDescription = false;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        inDescription = false;
        continue;
      }
      if (!line.startsWith("#")) {
        break; // the header ends where the query starts
      }
      Matcher m = HEADER.matcher(line);
      if (m.matches()) {
        String key = m.group(1).toLowerCase(Locale.ROOT);
        String value = m.group(2).strip();
        inDescription = key.equals("description");
        switch (key) {
          case "title" -> title = value;
          case "description" -> appendWords(description, value);
          default -> {
            Matcher p = PARAM.matcher(value);
            if (p.matches()) {
              params.add(new SavedQuery.Param(p.group(1), p.group(2).strip()));
            }
          }
        }
      } else if (inDescription) {
        appendWords(description, line.substring(1).strip());
      }
    }
    return new SavedQuery(name, title == null || title.isEmpty() ? name : title,
        description.toString(), params, text, origin);
  }

  private static void appendWords(StringBuilder sb, String words) {
    if (words.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(words);
  }

  private static String nameOf(Path p) {
    String f = p.getFileName().toString();
    return f.substring(0, f.length() - ".rq".length());
  }
}
