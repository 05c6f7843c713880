package org.geokg.link;

import org.geokg.nlp.NameGenderTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Given names, from the name list CoreNLP's models jar ships for its coreference gender feature
 * ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}: about 14,600 given names with a gender),
 * the names written in letters only. Used only where the NER missed a person next to a title
 * ({@code EntityLinker}); an absent list is an empty one. The list is read once ({@link NameGenderTable})
 * and shared with {@code extract/PersonGender}.
 */
final class FirstNames {
  static final String RESOURCE = NameGenderTable.NAMEGENDER;
  private static final Logger LOG = LoggerFactory.getLogger(FirstNames.class);

  private final NameGenderTable table;

  private FirstNames(NameGenderTable table) {
    this.table = table;
  }

  static FirstNames load() {
    NameGenderTable table = NameGenderTable.of(RESOURCE);
    if (!table.found()) {
      // Not an error (the rule only adds persons the NER missed), but a models jar without the list
      // would otherwise switch the rule off without a word.
      LOG.warn("given-name list {} not on the class path: names next to a title are not read as persons", RESOURCE);
    }
    return new FirstNames(table);
  }

  /** How many given names the list holds (0 when the models jar lacks it). */
  int size() {
    return table.letterNames();
  }

  /** Whether {@code word} (any case) is a given name of the list. */
  boolean contains(String word) {
    return table.isLetterName(word);
  }
}
