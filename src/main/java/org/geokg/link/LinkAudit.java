package org.geokg.link;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geokg.link.Gazetteer.PersonRole;

/**
 * The links that can be false, listed for reading by hand: every mention of a known person (one of the
 * gazetteer's, with terms of office) named by a surname alone or without a title before the name, and
 * every city linked as a place (by name, or a capital linked as its state). Each with its sentence, so
 * that a sample can be judged; see {@code docs/QUALITY.md}, "False links".
 */
public final class LinkAudit {
  private LinkAudit() {}

  /** What a row is about. */
  public enum Kind { PERSON, PLACE }

  /**
   * One link.
   *
   * @param document the document's name
   * @param kind person or place
   * @param how for a person {@code surname} or {@code name without title}; for a place {@code name} or
   *     {@code capital as its state}
   * @param text the words linked
   * @param entity the entity's kind and key ({@code person/...}, {@code place/2867714})
   * @param detail for a person, whether the curated table or the coders' list ({@code terms.tsv}) knows
   *     them, and the role held on the document's date ({@code former ...} when only an earlier one); for
   *     a place its name, state and population
   * @param sentence the sentence's text
   */
  public record Row(String document, Kind kind, String how, String text, String entity, String detail,
      String sentence) {
    /** The row as tab-separated cells. */
    public String tsv() {
      return String.join("\t", clean(document), kind.name().toLowerCase(Locale.ROOT), how, clean(text), entity,
          clean(detail), clean(sentence));
    }
  }

  /** The header line of {@link Row#tsv()}. */
  public static final String HEADER = "document\tkind\thow\ttext\tentity\tdetail\tsentence";

  /** The links of one linked document that can be false. */
  public static List<Row> of(LinkedDocument d, Gazetteer gazetteer) {
    List<Row> out = new ArrayList<>();
    LocalDate day = d.document().date();
    for (Mention m : d.mentions()) {
      Entity e = m.entity();
      if (e.kind() == EntityKind.PERSON && !gazetteer.roles(e.key()).isEmpty()) {
        boolean surname = m.end() - m.begin() == 1;
        boolean titled = d.titleAt(m.sentence(), m.begin() - 1) != null;
        if (surname || !titled) {
          out.add(new Row(d.document().name(), Kind.PERSON, (surname ? "surname" : "name") + (titled ? " after title"
              : " without title"), text(d, m.sentence(), m.begin(), m.end()), e.toString(),
              (gazetteer.isListedPerson(e.key()) ? "listed: " : "curated: ") + role(gazetteer.roles(e.key()), day),
              sentence(d, m.sentence())));
        }
      } else if (e.kind() == EntityKind.PLACE || d.placeAt(m.sentence(), m.begin()) != null) {
        Place p = d.placeAt(m.sentence(), m.begin());
        if (p == null) {
          continue;
        }
        out.add(new Row(d.document().name(), Kind.PLACE, e.kind() == EntityKind.PLACE ? "name" : "capital as its state",
            text(d, m.sentence(), m.begin(), m.end()), p.entity().toString(),
            p.name() + ", " + p.iso3() + ", population " + p.population(), sentence(d, m.sentence())));
      }
    }
    return out;
  }

  /** The role held on {@code day}, else the last one before it ({@code former}), else the first. */
  private static String role(List<PersonRole> roles, LocalDate day) {
    PersonRole held = null;
    PersonRole before = null;
    for (PersonRole r : roles) {
      if (day == null || r.heldOn(day)) {
        held = held == null ? r : held;
      } else if (r.to() != null && r.to().isBefore(day) && (before == null || r.to().isAfter(before.to()))) {
        before = r;
      }
    }
    PersonRole r = held != null ? held : before != null ? before : roles.get(0);
    String prefix = held != null ? "" : before != null ? "former " : "not yet ";
    return prefix + r.title() + " of " + r.represents() + " (" + r.name() + ")";
  }

  private static String text(LinkedDocument d, int s, int begin, int end) {
    List<CoreLabel> toks = d.tokens(s);
    StringBuilder sb = new StringBuilder();
    for (int i = begin; i < end; i++) {
      sb.append(i > begin ? " " : "").append(toks.get(i).word());
    }
    return sb.toString();
  }

  private static String sentence(LinkedDocument d, int s) {
    var sentence = d.sentences().get(s);
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    return text == null ? text(d, s, 0, d.tokens(s).size()) : text;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
