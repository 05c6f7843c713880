package org.geokg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.geokg.store.GeoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportsTest {
  @TempDir static Path dir;
  static GeoStore store;

  @BeforeAll
  static void createStore() {
    store = SampleStore.create(dir.resolve("store"));
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  private static String export(String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exports.write(store, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void networkCollapsesPersonsAndBodiesToTheirState() {
    StateNetwork network = StateNetwork.load(store);
    assertThat(network.links()).extracting(l -> l.source() + " " + l.relation() + " " + l.target())
        .contains(
            "https://w3id.org/geokg/id/state/KOR alliedWith https://w3id.org/geokg/id/state/USA", // symmetric: sorted ends
            "https://w3id.org/geokg/id/state/USA Consult https://w3id.org/geokg/id/state/KOR",   // Blinken → USA
            "https://w3id.org/geokg/id/state/USA opposes https://w3id.org/geokg/id/state/RUS");  // CIA → USA
    assertThat(network.actors()).extracting(StateNetwork.Actor::type).doesNotContain("person");
    // Hypothetical sanctions are links (the page can show them) but not factual edges.
    assertThat(network.edges(true)).extracting(StateNetwork.Edge::relation).doesNotContain("Sanction");
    assertThat(network.edges(false)).extracting(StateNetwork.Edge::relation).contains("Sanction");
  }

  @Test
  void dotIsADigraphWithOneLinePerNodeAndEdge() throws Exception {
    String dot = export("dot");
    List<String> lines = dot.lines().filter(l -> !l.startsWith("//")).toList();
    assertThat(lines.get(0)).isEqualTo("digraph geokg {");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
    Pattern node = Pattern.compile("  \"[^\"]+\" \\[label=\"(?:[^\"\\\\]|\\\\.)*\", .*\\];");
    Pattern edge = Pattern.compile("  \"[^\"]+\" -> \"[^\"]+\" \\[.*\\];");
    for (String l : lines.subList(1, lines.size() - 1)) {
      if (l.startsWith("  graph [") || l.startsWith("  node [") || l.startsWith("  edge [")) {
        continue;
      }
      assertThat(node.matcher(l).matches() || edge.matcher(l).matches()).as(l).isTrue();
      // Every quoted string is closed: an even number of unescaped quotes.
      assertThat(l.replace("\\\"", "").chars().filter(c -> c == '"').count() % 2).as(l).isZero();
    }
    assertThat(dot).contains("\"state/USA\" [label=\"United States\", code=\"USA\", type=\"state\"");
    // The stated alliance and its symmetric closure (graph:inferred, written with the document).
    assertThat(dot).containsPattern("\"state/KOR\" -> \"state/USA\" \\[label=\"alliedWith \\(2\\)\", relation=\"alliedWith\","
        + " kind=\"alliance\", count=2, first_date=\"2022-01\", color=\"#1f77b4\".*dir=none\\];");
    assertThat(dot).contains("\"state/RUS\" -> \"state/UKR\"").contains("kind=\"conflict\"");
    assertThat(dot).doesNotContain("person/");
  }

  @Test
  void graphmlIsWellFormedWithAttributes() throws Exception {
    String xml = export("graphml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    NodeList nodes = doc.getElementsByTagNameNS("*", "node");
    NodeList edges = doc.getElementsByTagNameNS("*", "edge");
    assertThat(nodes.getLength()).isEqualTo(5); // USA KOR RUS UKR gas; the CIA counts as USA, NATO has no claim
    boolean found = false;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      if (e.getAttribute("source").equals("state/KOR") && e.getAttribute("target").equals("state/USA")) {
        found = true;
        assertThat(e.getAttribute("directed")).isEqualTo("false");
        assertThat(data(e, "relation")).isEqualTo("alliedWith");
        assertThat(data(e, "kind")).isEqualTo("alliance");
        assertThat(data(e, "count")).isEqualTo("2"); // with the symmetric closure
        assertThat(data(e, "first_date")).isEqualTo("2022-01");
      }
    }
    assertThat(found).isTrue();
  }

  private static String data(Element e, String key) {
    NodeList d = e.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < d.getLength(); i++) {
      Element x = (Element) d.item(i);
      if (x.getAttribute("key").equals(key)) {
        return x.getTextContent();
      }
    }
    return null;
  }

  @Test
  void eventsCsvHasTheHeaderAndOneRowPerInteraction() throws Exception {
    String csv = export("events-csv");
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
        "date,source_name,source_code,plover_type,cameo_root,target_name,target_code,mode,modality,document,sentence,"
            + "location_name,location_country,location_lat,location_long");
    List<CSVRecord> rows;
    try (CSVParser p = CSVParser.parse(new StringReader(csv),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      rows = p.getRecords();
    }
    assertThat(rows).hasSize(3); // Consult, Threaten, Sanction (hypothetical rows are kept, marked)
    CSVRecord consult = rows.stream().filter(r -> r.get("plover_type").equals("CONSULT")).findFirst().orElseThrow();
    assertThat(consult.get("date")).isEqualTo("2022-01-14");
    assertThat(consult.get("source_name")).isEqualTo("Antony Blinken");
    assertThat(consult.get("source_code")).isEqualTo("USA");
    assertThat(consult.get("cameo_root")).isEqualTo("04");
    assertThat(consult.get("target_name")).isEqualTo("South Korea");
    assertThat(consult.get("target_code")).isEqualTo("KOR");
    assertThat(consult.get("mode")).isEqualTo("Meeting");
    assertThat(consult.get("modality")).isEqualTo("Asserted");
    assertThat(consult.get("document")).isEqualTo(SampleStore.DOCUMENT);
    assertThat(consult.get("sentence")).isEqualTo(SampleStore.QUOTED_SENTENCE);
    assertThat(consult.get("location_name")).isEmpty();
    CSVRecord sanction = rows.stream().filter(r -> r.get("plover_type").equals("SANCTION")).findFirst().orElseThrow();
    assertThat(sanction.get("modality")).isEqualTo("Hypothetical");
    assertThat(sanction.get("cameo_root")).isEqualTo("16");
    assertThat(sanction.get("date")).isEqualTo("2022-01-27"); // no claim date: the document's
  }

  @Test
  void eventsCsvQuotesCommasAndQuotesAsRfc4180() throws Exception {
    String csv = export("events-csv");
    // The sentence is quoted, inner quotes doubled; the row ends with CRLF.
    assertThat(csv).contains(",\"Blinken said, \"\"We stand with Seoul,\"\" after meeting its minister.\",,,,\r\n");
    assertThat(csv).contains("Russia would face severe sanctions should it invade.,,,,\r\n");
    assertThat(csv).contains("\r\n2022-01-14,Antony Blinken,USA,CONSULT,04,South Korea,KOR,Meeting,Asserted,"
        + SampleStore.DOCUMENT + ",");
  }

  @Test
  void eventsCsvCarriesWhereEachEventHappened(@TempDir Path other) throws Exception {
    try (GeoStore located = SampleStore.create(other.resolve("store"), SampleStore.located())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exports.write(located, "events-csv", out);
      List<CSVRecord> rows;
      try (CSVParser p = CSVParser.parse(new StringReader(out.toString(StandardCharsets.UTF_8)),
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
        rows = p.getRecords();
      }
      CSVRecord geneva = rows.stream().filter(r -> r.get("location_name").equals("Geneva")).findFirst().orElseThrow();
      assertThat(geneva.get("location_country")).isEqualTo("CHE");
      assertThat(geneva.get("location_lat")).isEqualTo("46.20222");
      assertThat(geneva.get("location_long")).isEqualTo("6.14569");
      // A state as location: its code, no point.
      assertThat(rows).anySatisfy(r -> {
        assertThat(r.get("location_country")).isEqualTo("UKR");
        assertThat(r.get("location_lat")).isEmpty();
      });
    }
  }
}
