package org.geokg.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something the graph talks about, identified as ONTOLOGY.md says: a state by ISO alpha-3, an
 * organisation by acronym, a person by the slug of the fullest name seen, a group by country and
 * sector ({@code RUS-MIL}), a region, resource or infrastructure by slug.
 *
 * @param kind what it is
 * @param key the identity within the kind; IRI-safe ({@code [A-Za-z0-9-]+})
 * @param label a human-readable name
 */
public record Entity(EntityKind kind, String key, String label) {

  public Entity {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(key);
    Objects.requireNonNull(label);
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not an IRI-safe key: " + key);
    }
  }

  /**
   * A key for a name: accents folded, lower-case ASCII letters and digits joined by single hyphens;
   * {@code "x"} for a name with no letter or digit, so a key is never empty.
   */
  public static String slug(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String s = EDGES.matcher(OTHER.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    return s.isEmpty() ? "x" : s;
  }

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGES = Pattern.compile("^-+|-+$");

  /**
   * The ISO alpha-3 code of the state this is, or whose group this is ({@code RUS} for the group
   * {@code RUS-MIL}); null for every other kind (whom a person or body speaks for is a claim, not part
   * of its identity).
   */
  public String stateCode() {
    return stateCode(kind, key);
  }

  /** {@link #stateCode()} of the entity of {@code kind} and {@code key}, for a key not checked (an IRI's). */
  public static String stateCode(EntityKind kind, String key) {
    if (kind == EntityKind.STATE) {
      return key.isEmpty() ? null : key;
    }
    int dash = key.lastIndexOf('-');
    return kind == EntityKind.GROUP && dash > 0 ? key.substring(0, dash) : null;
  }

  /** Equality is by kind and key; the label is only for display. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Entity e && e.kind == kind && e.key.equals(key);
  }

  /**
   * By the kind's name, not the enum constant: an enum's hash is its identity hash, which differs
   * between JVM runs, and so would the order of every hash set of entities (and what is chosen from one).
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind.name(), key);
  }

  @Override
  public String toString() {
    return kind.pathSegment() + "/" + key;
  }
}
