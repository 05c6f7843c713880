package org.geokg.link;

/**
 * Where an entity is named: tokens {@code [begin, end)} of one sentence.
 *
 * @param entity what is named
 * @param sentence the sentence index
 * @param begin first token (0-based, within the sentence)
 * @param end one past the last token
 * @param form how it is named: by name, by demonym ("Russian"), or by a seat of power ("the Kremlin")
 */
public record Mention(Entity entity, int sentence, int begin, int end, Form form) {

  /** How an entity is named. */
  public enum Form { NAME, DEMONYM, SEAT, PRONOUN, DESCRIPTION }

  public boolean covers(int token) {
    return token >= begin && token < end;
  }
}
