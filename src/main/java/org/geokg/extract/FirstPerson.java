package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;
import org.geokg.link.TurnLabels;

/**
 * Who "we", "us" and "our" are. Inside a quotation: the state the quoted speaker represents
 * ({@link QuoteSpeakers}); a quotation of no known speaker is left alone. Elsewhere: the document's
 * authors, either those an attribution near its start names ("The following statement was released by
 * the Governments of X, Y and Z", "X and Y issue the following joint statement"; lexicon
 * {@code release_verbs}; "The following is the text of a joint statement by X and Y", lexicon
 * {@code release_nouns}) or the state or organisation whose
 * web host published it ({@link Gazetteer#publisher}). A document of no known publisher or author (a
 * news report) gives its first person no referent.
 */
final class FirstPerson {
  static final Set<String> PRONOUNS = Set.of("we", "us", "our", "ours", "ourselves");
  /** The singular first person: the one who signs a release, or a quoted speaker ({@link #ofSingular}). */
  static final Set<String> SINGULAR = Set.of("i", "me", "my", "mine", "myself");
  // The attribution of a release comes before its text: read it in the first few sentences only.
  private static final int ATTRIBUTION_SENTENCES = 3;
  // "issue the following joint statement": how far after a release verb its object noun may be.
  private static final int RELEASED_OBJECT_WINDOW = 5;

  private final LinkedDocument doc;
  private final Lexicons lex;
  private final Gazetteer gazetteer;
  private final QuoteSpeakers quotes;
  private Map<Entity, Entity> represented = Map.of();
  private List<Entity> authors;

  FirstPerson(LinkedDocument doc, Lexicons lex, Gazetteer gazetteer, QuoteSpeakers quotes) {
    this.doc = doc;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.quotes = quotes;
  }

  void setRepresented(Map<Entity, Entity> represented) {
    this.represented = represented;
    // The turns' speakers are read through the persons' sides: read them again with the new map.
    this.turnSides = null;
  }

  /** The actors the first-person pronoun at token {@code t} of sentence {@code s} stands for; empty if none. */
  List<Entity> of(int s, int t) {
    if (quotes != null && QuoteSpeakers.insideQuote(doc.tokens(s), t)) {
      Entity speaker = quotes.speaker(s);
      Entity side = speaker == null ? null : side(speaker);
      return side == null ? List.of() : List.of(side);
    }
    if (inQuestionTurn(s)) {
      // "QUESTION: … do we know …": a journalist's turn in a transcript is not the publisher's voice.
      return List.of();
    }
    Entity turn = turnSpeakerSide(s);
    if (turn != null) {
      // "SECRETARY GENERAL STOLTENBERG: … our partners" in a State Department transcript: the speaker's
      // side, not the publisher's.
      return List.of(turn);
    }
    if (inUnplacedTurn(s)) {
      // "PRIME MINISTER KALLAS: … how we can support Ukraine" where no table knows Kallas: another state's
      // official, whose "we" is not the publisher.
      return List.of();
    }
    if (authors == null) {
      authors = authors();
    }
    return authors;
  }

  /**
   * The actors the singular first person ("I", "my") at token {@code t} of sentence {@code s} stands for;
   * empty if none. Inside a quotation, the quoted speaker's side, as for "we". Outside quotations, in a
   * release with no transcript turn labels, the one who signs the release speaks for its authors or
   * publisher ("On behalf of the United States, I congratulate the people of X …" in a State Department
   * release: the United States), as "we" does. In a transcript (any turn label at or before the sentence)
   * "I" is left unread: a turn's "I" is a single speaker whose reading was not measured (session 30).
   */
  List<Entity> ofSingular(int s, int t) {
    if (quotes != null && QuoteSpeakers.insideQuote(doc.tokens(s), t)) {
      return of(s, t);
    }
    if (inTranscript(s)) {
      return List.of();
    }
    if (authors == null) {
      authors = authors();
    }
    return authors;
  }

  private boolean[] transcriptSentences;

  // Whether a transcript turn label ("SECRETARY BLINKEN:", "QUESTION:") comes at or before sentence s.
  private boolean inTranscript(int s) {
    if (transcriptSentences == null) {
      transcriptSentences = flagTurns(toks -> true);
    }
    return s < transcriptSentences.length && transcriptSentences[s];
  }

  private boolean[] questionTurns;

  /**
   * Whether sentence {@code s} lies in a transcript turn whose label ("QUESTION:", "MODERATOR:": lexicon
   * {@code question_turn_labels}) is not the publisher's: the turn runs from its label to the next label.
   */
  boolean inQuestionTurn(int s) {
    if (questionTurns == null) {
      questionTurns = flagTurns(toks -> lex.contains("question_turn_labels", turnLabel(toks)));
    }
    return s < questionTurns.length && questionTurns[s];
  }

  private boolean[] titledTurns;

  /**
   * Whether sentence {@code s} lies in a transcript turn whose label names no speaker the tables place and
   * has a title of lexicon {@code unplaced_turn_titles} ("PRIME MINISTER KALLAS:"): the turn runs from its
   * label to the next label.
   */
  private boolean inUnplacedTurn(int s) {
    if (titledTurns == null) {
      titledTurns = flagTurns(toks -> unplacedTitle(toks) || foreignOfficeHolder(toks));
    }
    return s < titledTurns.length && titledTurns[s] && turnSpeakerSide(s) == null;
  }

  /**
   * One flag per sentence: what {@code label} says of the last transcript turn label at or before it (the
   * turn runs from its label to the next), false before the first label.
   */
  private boolean[] flagTurns(Predicate<List<CoreLabel>> label) {
    boolean[] out = new boolean[doc.sentences().size()];
    boolean current = false;
    for (int si = 0; si < out.length; si++) {
      List<CoreLabel> toks = doc.tokens(si);
      if (turnLabel(toks) != null) {
        current = label.test(toks);
      }
      out[si] = current;
    }
    return out;
  }

  // The label's words before its last one, or an ending of them, in lexicon unplaced_turn_titles.
  private boolean unplacedTitle(List<CoreLabel> toks) {
    return titled(toks, colon(toks), "unplaced_turn_titles");
  }

  // Whether the label's words before its last one, or an ending of them, are in {@code lexicon}.
  private boolean titled(List<CoreLabel> toks, int colon, String lexicon) {
    for (int from = 0; from < colon - 1; from++) {
      StringBuilder title = new StringBuilder();
      for (int i = from; i < colon - 1; i++) {
        title.append(i == from ? "" : " ").append(toks.get(i).word().toLowerCase(Locale.ROOT));
      }
      if (lex.contains(lexicon, title.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a label's title is one of lexicon {@code dated_office_titles} ("PRESIDENT ABBAS:", "VICE PRESIDENT
   * RAMIREZ:"), offices the publisher's own holders also speak in, and its last word is the surname of none of
   * the publisher's holders of any office on the document's date. The gazetteer lists the publisher's heads of
   * state and their deputies with the dates they held office, so such a label is another state's president,
   * a guest in the publisher's transcript. A document of no date or no publisher keeps the publisher's voice.
   */
  private boolean foreignOfficeHolder(List<CoreLabel> toks) {
    int colon = colon(toks);
    LocalDate day = doc.document().date();
    Entity pub = publisher().orElse(null);
    if (day == null || pub == null || pub.kind() != EntityKind.STATE || colon < 2 || !titled(toks, colon, "dated_office_titles")) {
      return false;
    }
    String surname = toks.get(colon - 1).word();
    // About 22,000 dated roles (the coders' terms): test the cheap fields before the name.
    for (Gazetteer.PersonRole role : gazetteer.persons().values()) {
      if (pub.key().equals(role.represents()) && role.heldOn(day) && surname.equalsIgnoreCase(lastWord(role.name()))) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String name) {
    String n = name.strip();
    return n.substring(n.lastIndexOf(' ') + 1);
  }

  private Entity[] turnSides;

  /**
   * The side of the speaker whose transcript turn sentence {@code s} lies in, when the turn's label names
   * a person of the document ("SECRETARY GENERAL STOLTENBERG:": a person mention in the label, else a
   * person named in the document whose name ends with the label's last word) whom the tables give a side;
   * else null, and the publisher's voice stands. The turn runs from its label to the next label.
   */
  private Entity turnSpeakerSide(int s) {
    if (turnSides == null) {
      turnSides = byTurn((si, toks) -> {
        Entity speaker = labelSpeaker(si, toks);
        return speaker == null ? null : side(speaker);
      });
    }
    return s < turnSides.length ? turnSides[s] : null;
  }

  private Entity[] turnPersons;

  /**
   * The person whose transcript turn sentence {@code s} lies in, when the turn's label names one ("MS
   * ORTEGA:": a person mention in the label, else the one person of the document whose name ends with the
   * label's last word), whatever side the tables give; else null. The turn runs from its label to the next.
   */
  Entity turnSpeaker(int s) {
    if (turnPersons == null) {
      turnPersons = byTurn(this::labelPerson);
    }
    return s < turnPersons.length ? turnPersons[s] : null;
  }

  /**
   * One entry per sentence: what {@code fromLabel} makes of the last transcript turn label at or before it
   * (sentence index and tokens of the label's sentence), null before the first label.
   */
  private Entity[] byTurn(BiFunction<Integer, List<CoreLabel>, Entity> fromLabel) {
    Entity[] out = new Entity[doc.sentences().size()];
    Entity current = null;
    for (int si = 0; si < out.length; si++) {
      List<CoreLabel> toks = doc.tokens(si);
      if (turnLabel(toks) != null) {
        current = fromLabel.apply(si, toks);
      }
      out[si] = current;
    }
    return out;
  }

  private Entity labelPerson(int s, List<CoreLabel> toks) {
    return labelled(s, toks, p -> true, doc.mentions().stream().map(Mention::entity).toList());
  }

  private Entity labelSpeaker(int s, List<CoreLabel> toks) {
    return labelled(s, toks, p -> side(p) != null, represented.keySet());
  }

  /**
   * The person a transcript label names: a person mention before its colon that {@code fits}, else the one
   * person among {@code named} whose surname is the label's last word; null when none or several.
   */
  private Entity labelled(int s, List<CoreLabel> toks, Predicate<Entity> fits, Iterable<Entity> named) {
    int colon = colon(toks);
    for (int i = 0; i < colon; i++) {
      Mention m = doc.mentionAt(s, i);
      if (m != null && m.entity().kind() == EntityKind.PERSON && fits.test(m.entity())) {
        return m.entity();
      }
    }
    if (colon == 0 || colon >= toks.size()) {
      return null;
    }
    // Labels are in capitals, which the NER rarely takes for a name: the surname of a person the text
    // names elsewhere ("Secretary General Jens Stoltenberg" in its title or first lines).
    String last = toks.get(colon - 1).word();
    Entity found = null;
    for (Entity p : named) {
      String[] names = p.label().split("\\s+");
      if (p.kind() == EntityKind.PERSON && names[names.length - 1].equalsIgnoreCase(last)) {
        if (found != null && !found.equals(p)) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  /** The index of a sentence's first colon (a speaker label's end), or its length if it has none. */
  private static int colon(List<CoreLabel> toks) {
    int colon = 0;
    while (colon < toks.size() && !toks.get(colon).word().equals(":")) {
      colon++;
    }
    return colon;
  }

  /** The lower-case first word of a speaker label in capitals ("SECRETARY BLINKEN:") opening a sentence, or null. */
  static String turnLabel(List<CoreLabel> toks) {
    return TurnLabels.colon(toks) < 0 ? null : toks.get(0).word().toLowerCase(Locale.ROOT);
  }

  private Entity side(Entity e) {
    if (e.kind() == EntityKind.PERSON) {
      return represented.get(e);
    }
    return e.kind().isActor() ? e : null;
  }

  private List<Entity> authors() {
    int[] span = attribution();
    List<Entity> named = span == null ? List.of() : actorsIn(span[0], span[1], span[2]);
    return !named.isEmpty() ? named : publisher().map(List::of).orElse(List.of());
  }

  /**
   * Whether the words at token {@code t} of sentence {@code s} are said in the publisher's own voice, so that
   * a bare title there can be the publisher's office: not in a transcript's question turn, nor in a quotation
   * or a labelled turn of a speaker whose side is not the publisher (a quotation of no known speaker is no
   * one's for this purpose either: another state's minister says "the Secretary" of his own).
   */
  boolean publisherVoice(int s, int t) {
    Entity pub = publisher().orElse(null);
    if (pub == null || inQuestionTurn(s)) {
      return false;
    }
    if (quotes != null && QuoteSpeakers.insideQuote(doc.tokens(s), t)) {
      Entity speaker = quotes.speaker(s);
      return speaker != null && pub.equals(side(speaker));
    }
    Entity turn = turnSpeakerSide(s);
    return turn == null || turn.equals(pub);
  }

  /** The state or organisation whose web host published the document, if the tables know it. */
  java.util.Optional<Entity> publisher() {
    return gazetteer.publisher(doc.document().source());
  }

  /** The persons the attribution names ("The following is attributable to Spokesperson Ned Price"). */
  List<Entity> attributedPersons() {
    int[] span = attribution();
    List<Entity> out = new ArrayList<>();
    for (int i = span == null ? 0 : span[1]; span != null && i < span[2]; i++) {
      Mention m = doc.mentionAt(span[0], i);
      if (m != null && m.entity().kind() == EntityKind.PERSON && !out.contains(m.entity())) {
        out.add(m.entity());
      }
    }
    return out;
  }

  /**
   * Sentence and token range {@code [s, from, to)} of the authors an attribution near the start names:
   * after "released by" or "attributable to", or the subject of "X and Y issue"; null if none.
   */
  private int[] attribution() {
    for (int s = 0; s < Math.min(ATTRIBUTION_SENTENCES, doc.sentences().size()); s++) {
      List<CoreLabel> toks = doc.tokens(s);
      for (int i = 0; i + 1 < toks.size(); i++) {
        String lemma = toks.get(i).lemma().toLowerCase(Locale.ROOT);
        if (lex.contains("release_nouns", lemma) && toks.get(i).tag().startsWith("NN") && announcesText(toks, i)
            && (isAgentPreposition(toks.get(i + 1)) || toks.get(i + 1).word().equalsIgnoreCase("from"))) {
          // "The following is the text of a joint statement by the Governments of X and Y", "The
          // following is a statement from the Foreign Ministers of X, Y and Z".
          return new int[] {s, i + 2, authorsEnd(toks, i + 2)};
        }
        if (!lex.contains("release_verbs", lemma)) {
          continue;
        }
        if (isAgentPreposition(toks.get(i + 1))) {
          if (toks.get(i).tag().startsWith("NN") && !announcesText(toks, i)) {
            // "welcomes the release by Azerbaijan of 15 detainees": the freeing the text talks about, not
            // a line naming who issued the text ("released by", "attributable to" do).
            continue;
          }
          return new int[] {s, i + 2, authorsEnd(toks, i + 2)};
        }
        if (toks.get(i).tag().startsWith("VB") && releasesText(toks, i) && !actorsIn(s, 0, i).isEmpty()) {
          return new int[] {s, 0, i};
        }
      }
    }
    return null;
  }

  /**
   * Whether the release verb at token {@code i} publishes the text: "X and Y issue the following joint
   * statement", "the two countries released the following statement". Its object is a release noun or
   * "the following" within a few words. "Russian authorities must release those detained", "calls on
   * the government to release the prisoners", "the High Commissioner released a report on …" set
   * someone free or publish something else, and their subjects are not the document's authors.
   */
  private boolean releasesText(List<CoreLabel> toks, int i) {
    for (int k = i + 1; k < Math.min(toks.size(), i + 1 + RELEASED_OBJECT_WINDOW); k++) {
      CoreLabel t = toks.get(k);
      if (t.word().equalsIgnoreCase("following")
          || (t.tag().startsWith("NN") && lex.contains("release_nouns", t.lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a release noun at token {@code i} introduces the text that follows: "The following is …"
   * before it. Elsewhere "a statement by X" is what the document talks about, not who wrote it.
   */
  private static boolean announcesText(List<CoreLabel> toks, int i) {
    for (int k = 0; k < i; k++) {
      if (toks.get(k).word().equalsIgnoreCase("following")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the list of authors after "by" ends: at a relative clause ("…, which met today to discuss the
   * crisis in Syria"), a phrase after a comma that is no list item ("…, on the occasion of …"), or a
   * phrase of time, place or occasion after the list ("… and Iceland following their strategic dialogue
   * in Reykjavik", "… and Croatia on the occasion of …"): a preposition other than "of" or a participle.
   */
  private static int authorsEnd(List<CoreLabel> toks, int from) {
    for (int i = from; i < toks.size(); i++) {
      String tag = toks.get(i).tag();
      if (tag.equals("WDT") || tag.equals("WP")) {
        return i;
      }
      if (i > from && (tag.equals("VBG") || (tag.equals("IN") && !toks.get(i).word().equalsIgnoreCase("of")))) {
        return i;
      }
      if (i > from && toks.get(i - 1).word().equals(",") && (tag.equals("IN") || tag.equals("TO") || tag.startsWith("VB"))) {
        return i;
      }
    }
    return toks.size();
  }

  private static boolean isAgentPreposition(CoreLabel t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return w.equals("by") || w.equals("to");
  }

  /** The states and organisations named in tokens {@code [from, to)} of a sentence, persons as their side. */
  private List<Entity> actorsIn(int s, int from, int to) {
    Set<Entity> out = new LinkedHashSet<>();
    for (int i = from; i < to; i++) {
      Mention m = doc.mentionAt(s, i);
      if (m != null && m.entity().kind().isActor()) {
        // "released by the Governments of X and Y": a government is its state; "… and the European
        // External Action Service": a body that acts for an organisation is that organisation.
        Entity side = m.entity().kind() == EntityKind.GROUP && m.entity().key().endsWith("-GOV")
            ? gazetteer.entity(EntityKind.STATE, m.entity().key().substring(0, m.entity().key().length() - 4))
                .orElse(null)
            : side(m.entity());
        side = gazetteer.actsFor(m.entity()).orElse(side);
        if (side != null) {
          out.add(side);
        }
        i = Math.max(i, m.end() - 1);
      }
    }
    return new ArrayList<>(out);
  }
}
