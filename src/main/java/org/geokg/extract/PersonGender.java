package org.geokg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.nlp.NameGenderTable;

/**
 * The gender a person's first name tells, from the first-name tables in CoreNLP's models jar (already on
 * the class path; no annotator runs): the lists CoreNLP's "gender" annotator reads
 * ({@code models/gender/}, about 300 names each) and the wider name table of its deterministic
 * coreference ({@code models/dcoref/namegender.combine.txt}, about 14,000 names). The annotator itself
 * is not run: it needs CoreNLP's entity mentions (off in the fast profile) and looks only at a
 * mention's first token, which in a readout is mostly a title ("Secretary Blinken"); a person's key is
 * the slug of the fullest name seen, so its first part is the first name when one is known. A name the
 * tables give both genders ("jean") tells nothing, nor does a family name that leads a name in its
 * state's order ({@code geokg/nlp/family-names-first.txt}: "kim", "li"). The paths are listed in {@code geokg/nlp/gender-names.txt};
 * the wide table is read once for this and the linker's given names ({@link NameGenderTable}).
 */
enum PersonGender {
  MALE, FEMALE;

  private static final Map<String, PersonGender> NAMES = load();

  /** The gender of a subject or possessive pronoun that has one ("she", "her", "he", "his"), else null. */
  static PersonGender ofPronoun(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his", "himself" -> MALE;
      case "she", "her", "hers", "herself" -> FEMALE;
      default -> null;
    };
  }

  /** The gender person {@code e}'s first name tells, or null (not a person, no first name, unknown or both). */
  static PersonGender of(Entity e) {
    if (e == null || e.kind() != EntityKind.PERSON) {
      return null;
    }
    String key = e.key();
    int dash = key.indexOf('-');
    // A one-word key is a surname as often as a first name ("blinken"): only a full name's first part.
    return dash < 0 ? null : NAMES.get(key.substring(0, dash));
  }

  /** Whether person {@code e} is known to be of the gender other than {@code g}. */
  static boolean other(Entity e, PersonGender g) {
    PersonGender h = of(e);
    return g != null && h != null && h != g;
  }

  private static Map<String, PersonGender> load() {
    Map<String, PersonGender> m = new HashMap<>();
    Map<String, Boolean> both = new HashMap<>();
    for (String line : lines("/geokg/nlp/gender-names.txt")) {
      // "PATH" (a TAB table name → MALE/FEMALE) or "PATH GENDER" (a list of names of that gender).
      String[] f = line.split("\\s+");
      BiConsumer<String, String> add = (name, g) -> {
        if (name.isEmpty() || !(g.equals("MALE") || g.equals("FEMALE"))) {
          return;
        }
        PersonGender pg = PersonGender.valueOf(g);
        PersonGender had = m.putIfAbsent(name, pg);
        if (had != null && had != pg) {
          both.put(name, true);
        }
      };
      if (f.length > 1) {
        lines("/" + f[0]).forEach(row -> add.accept(row.split("\t")[0].trim().toLowerCase(Locale.ROOT), f[1]));
      } else {
        // The table the linker reads too: one read, shared.
        NameGenderTable.of(f[0]).forEachGender(add);
      }
    }
    both.keySet().forEach(m::remove);
    // "Kim Jong Un", "Li Qiang", "Min Aung Hlaing": a family name written first, which the tables read as
    // a woman's given name; a "he" after such a person must not pass him over.
    lines("/geokg/nlp/family-names-first.txt").forEach(n -> m.remove(n.toLowerCase(Locale.ROOT)));
    return Map.copyOf(m);
  }

  private static List<String> lines(String resource) {
    InputStream in = PersonGender.class.getResourceAsStream(resource);
    if (in == null) {
      // Without the models jar (a unit test's class path) no name tells a gender: pronouns read as before.
      return List.of();
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
