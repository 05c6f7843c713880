package org.geokg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.geokg.store.GeoStore;

/** The network and event exports of {@code geokg dump}: {@code dot}, {@code graphml}, {@code events-csv}. */
public final class Exports {
  /** The format names this class writes. */
  public static final List<String> FORMATS = List.of("dot", "graphml", "events-csv");

  private Exports() {}

  /** Whether {@code format} (any case) is one of {@link #FORMATS}. */
  public static boolean handles(String format) {
    return format != null && FORMATS.contains(format.toLowerCase(Locale.ROOT));
  }

  /**
   * Reads the network from {@code store} and writes it to {@code out} (UTF-8) in {@code format}.
   *
   * @throws IllegalArgumentException if the format is not one of {@link #FORMATS}
   */
  public static void write(GeoStore store, String format, OutputStream out) throws IOException {
    String f = format.toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(f)) {
      throw new IllegalArgumentException("unknown export format '" + format + "' (" + String.join(", ", FORMATS) + ")");
    }
    StateNetwork network = StateNetwork.load(store);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    switch (f) {
      case "dot" -> DotWriter.write(network, w);
      case "graphml" -> {
        try {
          GraphmlWriter.write(network, w);
        } catch (XMLStreamException e) {
          throw new UncheckedIOException(new IOException("cannot write GraphML: " + e.getMessage(), e));
        }
      }
      default -> EventsCsvWriter.write(network, EventLocations.load(store), w);
    }
    w.flush();
  }
}
