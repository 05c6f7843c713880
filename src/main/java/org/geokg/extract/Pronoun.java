package org.geokg.extract;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The English third-person pronouns, each written once with whom it can stand for, its number and
 * whether it is a possessive determiner (a pronoun before a noun: "his", "her", "its", "their"; not
 * "hers", which stands alone). The pronoun sets of {@link Antecedents} are read off this table, so one
 * word's reading is decided in one place.
 */
enum Pronoun {
  HE(Referent.PERSON, false, false),
  HIM(Referent.PERSON, false, false),
  HIS(Referent.PERSON, false, true),
  SHE(Referent.PERSON, false, false),
  // Object and possessive alike: "thanked her", "her country's support".
  HER(Referent.PERSON, false, true),
  HERS(Referent.PERSON, false, false),
  HIMSELF(Referent.PERSON, false, false),
  HERSELF(Referent.PERSON, false, false),
  IT(Referent.GROUP, false, false),
  ITS(Referent.GROUP, false, true),
  THEY(Referent.GROUP, true, false),
  THEM(Referent.GROUP, true, false),
  THEIR(Referent.GROUP, true, true),
  ITSELF(Referent.GROUP, false, false),
  THEMSELVES(Referent.GROUP, true, false);

  /** Whom a pronoun can stand for: a person, or a state, organisation or group. */
  enum Referent { PERSON, GROUP }

  private final String word;
  private final Referent referent;
  private final boolean plural;
  private final boolean possessive;

  Pronoun(Referent referent, boolean plural, boolean possessive) {
    this.word = name().toLowerCase(Locale.ROOT);
    this.referent = referent;
    this.plural = plural;
    this.possessive = possessive;
  }

  /** The pronoun as written, lower case. */
  String word() {
    return word;
  }

  Referent referent() {
    return referent;
  }

  boolean plural() {
    return plural;
  }

  /** Whether it is a possessive determiner ("his", "her", "its", "their"). */
  boolean possessive() {
    return possessive;
  }

  /** The lower-case words of the pronouns {@code which} accepts. */
  static Set<String> words(Predicate<Pronoun> which) {
    return Arrays.stream(values()).filter(which).map(Pronoun::word).collect(ImmutableSet.toImmutableSet());
  }
}
