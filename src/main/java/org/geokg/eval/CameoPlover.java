package org.geokg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO → PLOVER table of {@code CAMEO2PLOVER-2021.txt}: lines {@code CODE: TYPE, mode, context # note}.
 *
 * <p>A code is looked up as given, then by ever shorter prefixes down to its two-digit root, so the most
 * specific line listed wins. Two readings on top of the file:
 * <ul>
 *   <li>lines whose mode is {@code investigate} map to INVESTIGATE: the file files them under ACCUSE, but
 *       PLOVER and our ontology have a class of their own for investigations, and scoring them as
 *       accusations would punish the extractor for using it;
 *   <li>the file lists no CAMEO 01 (public statement) or 02 (appeal). PLOVER folds appeals into
 *       REQUEST/DEMAND and has no event for statements, so 02 maps to DEMAND and 01 to nothing.
 * </ul>
 */
public final class CameoPlover {
  private static final Pattern LINE = Pattern.compile("^\\s*(\\d{2,4})\\s*:\\s*([A-Za-z]+)\\s*(?:,([^,#]*))?");

  private final Map<String, String> table;

  private CameoPlover(Map<String, String> table) {
    this.table = table;
  }

  /** Reads the table file. */
  public static CameoPlover read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses the lines of the table; lines that are not mappings (comments, separators) are ignored. */
  public static CameoPlover parse(List<String> lines) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      String mode = m.group(3) == null ? "" : m.group(3).trim().toLowerCase(Locale.ROOT);
      Optional<String> type = mode.equals("investigate") ? Optional.of("INVESTIGATE") : Relations.plover(m.group(2));
      // The first line for a code wins: the file lists root 08 twice (CONCEDE, then RETREAT for 084-087).
      type.ifPresent(t -> table.putIfAbsent(m.group(1), t));
    }
    table.putIfAbsent("02", "DEMAND");
    return new CameoPlover(Map.copyOf(table));
  }

  /** The PLOVER type of a CAMEO event code, or empty when PLOVER has no event for it. */
  public Optional<String> plover(String cameoCode) {
    if (cameoCode == null) {
      return Optional.empty();
    }
    String code = cameoCode.trim();
    if (!code.matches("\\d{2,4}")) {
      return Optional.empty();
    }
    for (int len = code.length(); len >= 2; len--) {
      String t = table.get(code.substring(0, len));
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Number of codes the table lists. */
  public int size() {
    return table.size();
  }
}
