package org.geokg.claim;

/**
 * The sentence a claim came from.
 *
 * @param documentId the {@link org.geokg.doc.Document#id()} of the document
 * @param sentenceIndex the sentence's index in the document, from 0
 * @param begin the sentence's first character offset into the document text as given
 * @param end one past its last character, so {@code text.substring(begin, end)} is the sentence
 * @param text the sentence
 */
public record Evidence(String documentId, int sentenceIndex, int begin, int end, String text) {
  public Evidence {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
    }
  }
}
