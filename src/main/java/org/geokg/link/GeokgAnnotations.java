package org.geokg.link;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * What entity linking adds to CoreNLP's tokens, so that TokensRegex rules can match on it
 * ({@code [{actor:STATE}]}, {@code [{title:/.+/}]}, {@code [{resource:/oil|gas/}]}).
 */
public final class GeokgAnnotations {
  private GeokgAnnotations() {}

  /** The entity a token is part of. */
  public static final class EntityAnnotation implements CoreAnnotation<Entity> {
    @Override
    public Class<Entity> getType() {
      return Entity.class;
    }
  }

  /** The kind of entity a token is part of, as the {@link EntityKind} name; absent if none. */
  public static final class ActorAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** The kind of title ({@code head-of-state}, {@code minister} …) a token is part of. */
  public static final class TitleAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** The energy resource id ({@code oil}, {@code gas} …) a token names. */
  public static final class ResourceAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }
}
