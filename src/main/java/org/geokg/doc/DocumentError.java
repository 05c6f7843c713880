package org.geokg.doc;

/**
 * Why an input could not become a {@link Document}.
 *
 * @param name the file name or input id, as the user would recognise it
 * @param reason what is wrong, in one sentence
 */
public record DocumentError(String name, String reason) {
  @Override
  public String toString() {
    return name + ": " + reason;
  }
}
