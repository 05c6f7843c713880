package org.geokg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.claim.Claim;
import org.geokg.claim.Modality;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;
import org.geokg.link.Place;

/**
 * Whom a host the visitor meets represents, when only the stop says it: "The Secretary will then travel to
 * Riga, Latvia, to meet with Foreign Minister Edgars Rinkevics", "In Botswana, the Under Secretary will meet
 * with President Mokgweetsi Masisi". A travel announcement names the host's state once, as the place of the
 * meeting, and gives the host a bare title; no table places the person, so the meeting was aimed at a person
 * of no state and the represents fact was lost (session 28, 11 misses and 8 false positives on 13 travel
 * releases). A person met (a Consult claim's target) whose title is a head's or minister's (lexicon
 * {@code host_office_titles}, or any ending of it: "Deputy Prime Minister"), whom nothing else places, is
 * taken to represent the state of the meeting's place: the city's country, a state the claim is located in,
 * or a state the sentence opens with ("In Botswana, …"). Not when that state is the meeting's other side (a
 * visitor's own capital), nor when the sentence names an organisation or a gathering ({@code
 * host_venue_blockers}: a ministerial, a summit in Brussels hosts other states' ministers).
 */
final class VisitHosts {
  private VisitHosts() {}

  /** {@code claims} with a represents claim added for each unplaced titled host of a placed meeting. */
  static List<Claim> add(List<Claim> claims, Map<Entity, Entity> represented, LinkedDocument d,
      Gazetteer gazetteer, Lexicons lex) {
    Set<Entity> placed = new HashSet<>(represented.keySet());
    for (Claim c : claims) {
      if (c.relation().equals(RepresentsExtractor.REPRESENTS)) {
        placed.add(c.subject());
      }
    }
    List<Claim> out = new ArrayList<>(claims);
    for (Claim c : claims) {
      Entity host = c.object();
      if (!c.relation().isInteraction() || !c.relation().localName().equals("Consult") || host == null
          || host.kind() != EntityKind.PERSON || placed.contains(host) || c.evidence().isEmpty()
          || !hostTitle(d.personTitles().get(host), lex)) {
        continue;
      }
      int s = c.evidence().get(0).sentenceIndex();
      Entity framed = frameState(d, s);
      Entity state = placeState(c, gazetteer);
      if (state == null) {
        state = framed;
      }
      // A stop the release opens with its state ("In Cambodia, …", and the sentences after it in its
      // paragraph) places its hosts whatever organisation the sentence also names ("… to discuss Cambodia's
      // year as ASEAN Chair", "… and officials from the Mekong River Commission"): the writer has said where
      // the meeting is. A gathering still hosts other states' ministers there.
      boolean stop = state != null && state.equals(framed);
      if (stop ? gathering(d, s, lex) : venue(d, s, lex)) {
        continue;
      }
      Entity visitor = represented.getOrDefault(c.subject(), c.subject());
      if (state == null || state.equals(visitor) || state.equals(c.subject())) {
        continue;
      }
      placed.add(host);
      out.add(new Claim(host, RepresentsExtractor.REPRESENTS, state, Modality.ASSERTED, 0.6, null, null, null,
          null, "represents-host-of-visit", List.of(c.evidence().get(0))));
    }
    return out;
  }

  /** A head's or minister's title, or an ending of one ("Deputy Prime Minister" by "prime minister"). */
  static boolean hostTitle(String title, Lexicons lex) {
    if (title == null || title.isBlank()) {
      return false;
    }
    String[] words = title.toLowerCase(Locale.ROOT).trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      if (lex.contains("host_office_titles", String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence names an organisation or a gathering: its hosts need not be the place's. */
  private static boolean venue(LinkedDocument d, int s, Lexicons lex) {
    for (Mention m : d.mentions()) {
      if (m.sentence() == s && m.entity().kind() == EntityKind.ORGANIZATION) {
        return true;
      }
    }
    return gathering(d, s, lex);
  }

  /** Whether the sentence names a gathering ({@code host_venue_blockers}: a summit, a ministerial, margins). */
  private static boolean gathering(LinkedDocument d, int s, Lexicons lex) {
    return d.tokens(s).stream().anyMatch(t -> lex.contains("host_venue_blockers",
        (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT)));
  }

  /** The state of the meeting's place the claim is located in: the state, or the city's country; else null. */
  private static Entity placeState(Claim c, Gazetteer gazetteer) {
    Entity where = c.location();
    if (where != null && where.kind() == EntityKind.STATE) {
      return where;
    }
    if (where != null && where.kind() == EntityKind.PLACE) {
      Place p = gazetteer.places().get(where.key());
      return p == null || p.iso3() == null || p.iso3().isEmpty() ? null
          : gazetteer.actor(p.iso3()).filter(e -> e.kind() == EntityKind.STATE).orElse(null);
    }
    return null;
  }

  /**
   * The state of the stop sentence {@code s} belongs to: a state the sentence opens with ("In Botswana, the
   * Under Secretary will meet …"), else the one an earlier sentence of its paragraph opens with, when no
   * sentence between opens with another place ("In Laos, she will lead the dialogue … . She will meet with
   * Foreign Minister X …"); else null. A travel release gives each stop a paragraph that names its state once.
   */
  static Entity frameState(LinkedDocument d, int s) {
    for (int si = s; si >= 0; si--) {
      if (si < s && paragraphBreakAfter(d, si)) {
        return null;
      }
      List<CoreLabel> toks = d.tokens(si);
      if (toks.size() < 2 || !toks.get(0).word().equalsIgnoreCase("in")) {
        continue;
      }
      Mention m = d.mentionAt(si, 1);
      if (m != null && m.entity().kind() == EntityKind.STATE && m.form() == Mention.Form.NAME) {
        return m.entity();
      }
      if (m != null || d.placeAt(si, 1) != null) {
        // "In Geneva, …", "In the Philippines' capital …": another stop begins.
        return null;
      }
    }
    return null;
  }

  /** Whether a blank line separates sentence {@code si} from the next (as {@code Antecedents} reads it). */
  private static boolean paragraphBreakAfter(LinkedDocument d, int si) {
    if (si + 1 >= d.sentences().size()) {
      return false;
    }
    Integer end = d.sentences().get(si).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    Integer next = d.sentences().get(si + 1).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    if (end == null || next == null) {
      return false;
    }
    String gap = d.document().content().substring(Math.min(end, next), next);
    return gap.indexOf('\n') != gap.lastIndexOf('\n');
  }
}
