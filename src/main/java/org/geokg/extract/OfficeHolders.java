package org.geokg.extract;

import java.util.List;
import org.geokg.link.Entity;

/**
 * Who holds an office of the document's publisher on the document's date, by the words of the office's
 * title ("the President" in a White House release of 2021: Joe Biden). The small part of the gazetteer the
 * pronoun code ({@link Antecedents}) may ask, so that a bare title the text never names ("the President
 * traveled to Europe. He met …") can be its publisher's office holder.
 */
@FunctionalInterface
interface OfficeHolders {
  /**
   * The one person the tables give an office titled with exactly the words {@code titleWords}, in
   * any order (lower-case: "prime", "minister") of the publisher, a state, on the document's date; null when the document has no
   * such publisher or no date, or when no one or more than one person holds such an office then.
   */
  Entity holder(List<String> titleWords);

  /** No office holders: a document of no state publisher or no date. */
  OfficeHolders NONE = words -> null;
}
