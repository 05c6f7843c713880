package org.geokg.eval;

import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Null-tolerant access to parsed JSON: the dev sets leave fields out, or give "" instead of a list. */
final class Json {
  private Json() {}

  static String string(JsonObject o, String key) {
    JsonValue v = o == null ? null : o.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isString()) {
      return v.getAsString().value();
    }
    if (v.isNumber()) {
      return v.getAsNumber().value().toString();
    }
    if (v.isBoolean()) {
      return String.valueOf(v.getAsBoolean().value());
    }
    return null;
  }

  static int integer(JsonObject o, String key, int orElse) {
    JsonValue v = o.get(key);
    return v != null && v.isNumber() ? v.getAsNumber().value().intValue() : orElse;
  }

  /** The objects of an array field; an object on its own counts as a one-element array. */
  static List<JsonObject> objects(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null) {
      return List.of();
    }
    if (v.isObject()) {
      return List.of(v.getAsObject());
    }
    if (v.isArray()) {
      return v.getAsArray().stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }
    return List.of();
  }

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
