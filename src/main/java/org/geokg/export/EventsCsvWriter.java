package org.geokg.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.geokg.export.StateNetwork.Actor;
import org.geokg.export.StateNetwork.Evidence;
import org.geokg.export.StateNetwork.Link;

/**
 * Writes the interactions as event data in the column layout PLOVER/POLECAT users know, one row per
 * interaction claim and source-target pair, ready for R's {@code read.csv} or pandas:
 *
 * <pre>date,source_name,source_code,plover_type,cameo_root,target_name,target_code,mode,modality,document,sentence,
 * location_name,location_country,location_lat,location_long</pre>
 *
 * <p>{@code date} is the claim's date (xsd:date, gYearMonth or gYear), else its document's date.
 * Names are as the text named the actor ("Antony Blinken"); codes are of what it counts for: ISO
 * 3166-1 alpha-3 for states (persons and groups: the state they represent), the identifier for
 * organisations ({@code NATO}), "" when unknown. Every modality is written (filter on
 * {@code modality}: Asserted and Reported are what happened). {@code document} and
 * {@code sentence} are the first evidence sentence. The location columns say where the event happened
 * when its sentence says so ({@code gk:location}: the place's name, its state's ISO3 code, WGS84
 * latitude and longitude), else are empty. Quoting is RFC 4180 (CRLF line ends).
 */
public final class EventsCsvWriter {
  /** The header row. */
  public static final String[] HEADER = {
    "date", "source_name", "source_code", "plover_type", "cameo_root", "target_name", "target_code",
    "mode", "modality", "document", "sentence", "location_name", "location_country", "location_lat",
    "location_long"
  };

  private EventsCsvWriter() {}

  /** Writes every interaction of {@code network}, without locations. */
  public static void write(StateNetwork network, Writer out) throws IOException {
    write(network, EventLocations.none(), out);
  }

  /** Writes every interaction of {@code network}, each with its location in {@code locations}. */
  public static void write(StateNetwork network, EventLocations locations, Writer out) throws IOException {
    PloverCodes codes = PloverCodes.load();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    // Not closed: closing the printer would close out, which may be stdout.
    CSVPrinter csv = new CSVPrinter(out, format);
    for (Link l : network.events()) {
      Evidence ev = l.evidence().isEmpty() ? null : l.evidence().get(0);
      EventLocations.Location where = locations.of(l.claim());
      csv.printRecord(
          l.date(),
          network.label(l.sourceActor()),
          code(network, l.source()),
          codes.plover(l.relation()),
          codes.cameoRoot(l.relation()),
          network.label(l.targetActor()),
          code(network, l.target()),
          l.mode(),
          l.modality(),
          ev == null ? "" : ev.document(),
          ev == null ? "" : oneLine(ev.text()),
          where.name(),
          where.country(),
          where.lat(),
          where.lon());
    }
    csv.flush();
  }

  private static String code(StateNetwork network, String iri) {
    Actor a = iri.isEmpty() ? null : network.actor(iri);
    return a == null ? "" : a.code();
  }

  /** Sentences can span lines in the source text; one physical line per row is kinder to tools. */
  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }
}
