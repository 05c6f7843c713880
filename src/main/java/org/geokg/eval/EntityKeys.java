package org.geokg.eval;

import java.util.Locale;
import java.util.Optional;
import org.geokg.rdf.GK;
import org.geokg.rdf.Iris;

/**
 * Entity keys: the one string form in which system entities (IRIs) and gold entities (as gold files write
 * them) are compared.
 *
 * <ul>
 *   <li>states and organisations: the code in upper case ({@code USA}, {@code NATO}); an organisation
 *       no table lists, by the slug of its name in upper case ({@code MALAWI-MINISTRY-OF-HEALTH});
 *   <li>regions, resources, infrastructure: {@code region:europe}, {@code resource:oil},
 *       {@code infrastructure:nord-stream-2} (slugs, so "Nord Stream 2" and {@code nord-stream-2} agree);
 *   <li>persons: {@code person:} + the slug of the full name ({@code person:antony-blinken}); the
 *       lenient scores compare surnames only ({@link #surname}), because some gold files name people as
 *       briefly as the text does ("Biden", "the CIA's Burns"), and the strict scores compare the names'
 *       words in any order ({@link #samePerson});
 *   <li>groups: {@code group:RUS-MIL} (the scorer normally replaces them by their country first).
 * </ul>
 */
public final class EntityKeys {
  /**
   * The object key of a targetless interaction, on both sides: a gold event whose target is empty (PLOVER
   * writes "-") and a system interaction with no {@code gk:target}.
   */
  public static final String NO_TARGET = "-";

  private static final String STATE = GK.ID + "state/";
  private static final String ORG = GK.ID + "org/";
  private static final String PERSON = GK.ID + "person/";
  private static final String GROUP = GK.ID + "group/";
  private static final String REGION = GK.ID + "region/";
  private static final String RESOURCE = GK.ID + "resource/";
  private static final String INFRA = GK.ID + "infrastructure/";

  private EntityKeys() {}

  /** The key of a minted entity IRI; an IRI outside {@code gkd:} is its own key. */
  public static String fromIri(String iri) {
    if (iri.startsWith(STATE)) {
      return code(iri.substring(STATE.length()));
    } else if (iri.startsWith(ORG)) {
      return code(iri.substring(ORG.length()));
    } else if (iri.startsWith(PERSON)) {
      return person(iri.substring(PERSON.length()));
    } else if (iri.startsWith(GROUP)) {
      return "group:" + code(iri.substring(GROUP.length()));
    } else if (iri.startsWith(REGION)) {
      return "region:" + Iris.slug(iri.substring(REGION.length()));
    } else if (iri.startsWith(RESOURCE)) {
      return "resource:" + Iris.slug(iri.substring(RESOURCE.length()));
    } else if (iri.startsWith(INFRA)) {
      return "infrastructure:" + Iris.slug(iri.substring(INFRA.length()));
    }
    return iri;
  }

  /**
   * The key of an entity as a gold file writes it: {@code USA}, {@code NATO}, {@code person:Antony Blinken},
   * {@code region:Europe}, {@code infrastructure:Nord Stream 2}, {@code resource:oil}.
   */
  public static String fromGold(String token) {
    String t = token.trim();
    int colon = t.indexOf(':');
    if (colon > 0) {
      String kind = t.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String name = t.substring(colon + 1).trim();
      switch (kind) {
        case "person":
          return person(name);
        case "state":
          return code(name);
        case "org":
        case "igo":
          // An organisation written by its name ("org:Malawi Ministry of Health", one no table lists) is
          // keyed as geokg keys a body it names with its state: the slug of the name, upper case.
          return name.contains(" ") ? code(org.geokg.link.Entity.slug(name)) : code(name);
        case "group":
          return "group:" + code(name);
        case "region":
        case "resource":
          return kind + ":" + Iris.slug(name);
        case "infrastructure":
        case "infra":
          return "infrastructure:" + Iris.slug(name);
        default:
          break;
      }
    }
    return code(t);
  }

  /** {@code person:} + the slug of a name or a person slug ({@code Antony Blinken} → {@code person:antony-blinken}). */
  public static String person(String nameOrSlug) {
    return "person:" + Iris.slug(nameOrSlug);
  }

  /** A person key reduced to the surname (the last word), any other key unchanged: the lenient comparison. */
  public static String surname(String key) {
    if (!isPerson(key)) {
      return key;
    }
    String slug = key.substring("person:".length());
    return "person:" + slug.substring(slug.lastIndexOf('-') + 1);
  }

  /**
   * Whether two person keys can name the same person: the words of one are all among the words of the
   * other, in any order ("Kishida Fumio" = "Fumio Kishida"; "Blinken" = "Antony Blinken"). False when
   * either is not a person key.
   */
  public static boolean samePerson(String a, String b) {
    if (!isPerson(a) || !isPerson(b)) {
      return false;
    }
    java.util.Set<String> x = words(a);
    java.util.Set<String> y = words(b);
    return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
  }

  private static java.util.Set<String> words(String personKey) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String w : personKey.substring("person:".length()).split("-")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether a key names a person. */
  public static boolean isPerson(String key) {
    return key.startsWith("person:");
  }

  /** The kind of an IRI's entity ({@code state}, {@code org}, {@code person} …) from its path. */
  public static Optional<String> kind(String iri) {
    if (!iri.startsWith(GK.ID)) {
      return Optional.empty();
    }
    String rest = iri.substring(GK.ID.length());
    int slash = rest.indexOf('/');
    return slash > 0 ? Optional.of(rest.substring(0, slash)) : Optional.empty();
  }

  /** A state's key from its IRI, or empty if the IRI is not a state's. */
  public static Optional<String> stateCode(String iri) {
    return iri.startsWith(STATE) ? Optional.of(code(iri.substring(STATE.length()))) : Optional.empty();
  }

  private static String code(String s) {
    return s.trim().toUpperCase(Locale.ROOT);
  }
}
