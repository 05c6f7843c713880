package org.geokg.query;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One saved query of {@code queries/}, with the metadata of its comment header:
 *
 * <pre>
 * # title: Allies of a state
 * # description: States and organisations the text calls allies of ?state,
 * #   with the sentence that says so.
 * # param: state a state IRI, e.g. state:RUS
 * </pre>
 *
 * @param name the file name without {@code .rq}, e.g. {@code allies-of-state}
 * @param title the {@code # title:} line, or the name when there is none
 * @param description the {@code # description:} text (continuation comment lines joined), or ""
 * @param params the {@code # param:} lines, in order
 * @param text the SPARQL text, header included
 * @param origin where it was read from (a path or a classpath URL), for messages
 */
public record SavedQuery(
    String name, String title, String description, List<Param> params, String text, String origin) {

  public SavedQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    params = ImmutableList.copyOf(params);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * A parameter: a variable of the query that {@code --param NAME=VALUE} binds.
   *
   * @param name the variable name without {@code ?}
   * @param description what to give, or ""
   */
  public record Param(String name, String description) {}
}
