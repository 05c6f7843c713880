package org.geokg.doc;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonObject;
import javax.json.JsonString;
import javax.json.JsonValue;
import javax.json.stream.JsonParser;
import javax.json.stream.JsonParserFactory;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}): one JSON object per line, one document per
 * object. Blank lines are skipped.
 *
 * <p>Fields: {@code text} (required, a non-blank string) becomes both {@link Document#text()} and
 * {@link Document#content()}; {@code id} (string or number, default {@code <name>#<line>}) the name;
 * {@code date} ({@code YYYY-MM-DD}, or a timestamp whose date part is taken), {@code title}, and
 * {@code url} (else {@code source_url}, else {@code source}). Other fields are ignored; a null field
 * counts as absent.
 *
 * <p>A bad line (invalid JSON, not an object, no text, a bad date, an id already used in the file) is
 * rejected as {@code <name>#<line>} and reading goes on with the next line. The parser is strict JSON
 * (javax.json): Jena's {@code JSON.parse} accepts single quotes and bare keys and silently ignores
 * anything after the first object on a line, which would hide a second object.
 *
 * <p>The file is streamed one line at a time ({@link LineStreamReader}), so the size limit applies
 * to each line, not to the file.
 */
public final class JsonLinesReader extends LineStreamReader {

  // Json.createParser looks the provider up on every call, which costs more than the parse.
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  @Override
  protected Lines open(String name, DocumentSink sink) {
    return new Batch(name, sink);
  }

  /** The state of reading one file: the ids seen, whether any line held text. */
  private static final class Batch implements Lines {
    private final String name;
    private final DocumentSink sink;
    private final Map<String, Integer> idLines = new HashMap<>();
    private boolean sawText;
    private boolean stopped;

    Batch(String name, DocumentSink sink) {
      this.name = name;
      this.sink = sink;
    }

    @Override
    public void line(int lineNo, String line) {
      String ref = name + "#" + lineNo;
      if (Texts.isBlank(line)) {
        return;
      }
      if (!sawText && line.strip().startsWith("[")) {
        sink.reject(new DocumentError(name, "a JSON array, not JSON Lines: put one object on each line"));
        stopped = true;
        return;
      }
      sawText = true;
      try {
        sink.accept(document(ref, line, lineNo));
      } catch (Rejection r) {
        sink.reject(new DocumentError(ref, r.reason()));
      }
    }

    @Override
    public void unreadable(int lineNo, String reason) {
      sawText = true;
      sink.reject(new DocumentError(name + "#" + lineNo, reason));
    }

    @Override
    public boolean stopped() {
      return stopped;
    }

    @Override
    public void finish() {
      if (!sawText) {
        sink.reject(new DocumentError(name, "no text: whitespace only"));
      }
    }

    private Document document(String ref, String line, int lineNo) throws Rejection {
      JsonObject o = parse(line);
      String text = string(o, "text");
      if (text == null) {
        throw new Rejection("no \"text\" field");
      }
      String empty = Texts.emptiness(text);
      if (empty != null) {
        throw new Rejection(empty);
      }
      String id = id(o, ref);
      Integer first = idLines.putIfAbsent(id, lineNo);
      if (first != null) {
        throw new Rejection("duplicate id \"" + id + "\" (first used on line " + first + ")");
      }
      String d = string(o, "date");
      LocalDate date = d == null ? null : Texts.parseDate(d, "in \"date\"");
      String title = string(o, "title");
      String url = string(o, "url");
      url = url != null ? url : string(o, "source_url");
      url = url != null ? url : string(o, "source");
      char[] content = text.toCharArray();
      Texts.blankBom(content);
      return new Document(id, text, new String(content), date, title, url);
    }

    private static JsonObject parse(String line) throws Rejection {
      try (JsonParser p = PARSERS.createParser(new StringReader(line))) {
        if (p.next() != JsonParser.Event.START_OBJECT) {
          throw new Rejection("not a JSON object");
        }
        JsonObject o = p.getObject();
        boolean more;
        try {
          more = p.hasNext();
        } catch (JsonException e) {
          more = true;
        }
        if (more) {
          // Jena's parser would silently drop this; a second object on a line is a lost document.
          throw new Rejection("invalid JSON: text after the object");
        }
        return o;
      } catch (JsonException e) {
        String why = String.valueOf(e.getMessage())
            .replaceAll("\\(line no=\\d+, column no=(\\d+), offset=\\d+\\)", "(column $1)");
        throw new Rejection("invalid JSON: " + why);
      } catch (RuntimeException e) {
        // The parser throws NoSuchElementException and the like on truncated input.
        throw new Rejection("invalid JSON: " + e);
      }
    }

    /** A string field; null when absent or JSON null. */
    private static String string(JsonObject o, String key) throws Rejection {
      JsonValue v = o.get(key);
      if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (v.getValueType() != JsonValue.ValueType.STRING) {
        throw new Rejection("\"" + key + "\" is not a string");
      }
      String str = ((JsonString) v).getString();
      unpairedSurrogate(str, key);
      return str;
    }

    /**
     * JSON's {@code \\uD800} escapes can spell half a surrogate pair, which no UTF-8 text holds: RDF
     * writers and TDB2 would store it as {@code ?}, so the stored text would not be the text read.
     */
    private static void unpairedSurrogate(String s, String key) throws Rejection {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new Rejection(String.format("invalid JSON: unpaired surrogate \\u%04X in \"%s\"", (int) c, key));
        }
      }
    }

    private static String id(JsonObject o, String fallback) throws Rejection {
      JsonValue v = o.get("id");
      if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
        return fallback;
      }
      String id;
      if (v.getValueType() == JsonValue.ValueType.STRING) {
        id = ((JsonString) v).getString();
        unpairedSurrogate(id, "id");
      } else if (v.getValueType() == JsonValue.ValueType.NUMBER) {
        id = v.toString();
      } else {
        throw new Rejection("\"id\" is not a string or a number");
      }
      if (id.isBlank()) {
        throw new Rejection("\"id\" is empty");
      }
      return id;
    }
  }
}
