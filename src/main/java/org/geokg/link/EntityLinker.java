package org.geokg.link;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.doc.Document;
import org.geokg.link.Gazetteer.PersonRole;
import org.geokg.link.Gazetteer.Title;
import org.geokg.link.Mention.Form;

/**
 * Links the tokens of an annotated document to entities: states (by name, alias, demonym, capital or
 * seat of power), organisations, regions, places ({@link PlaceLinker}), known and new persons,
 * sub-state groups ("Russian troops", "Syria's opposition", "police in Lagos"), energy resources and
 * titles. Requires tokenize, ssplit, pos, lemma, ner.
 *
 * <p>Thread-safe after construction.
 */
public final class EntityLinker {
  private final Gazetteer gazetteer;
  private final PhraseIndex<Candidate> names = new PhraseIndex<>();
  private final PhraseIndex<Title> titles = new PhraseIndex<>();
  private final PhraseIndex<String> resources = new PhraseIndex<>();
  private final PhraseIndex<String> knownPersons = new PhraseIndex<>();
  private final PlaceLinker places;
  private final FirstNames firstNames = FirstNames.load();

  private record Candidate(Entity entity, Form form) {}

  public EntityLinker(Gazetteer g) {
    this.gazetteer = g;
    for (Gazetteer.State s : g.states().values()) {
      Entity e = new Entity(EntityKind.STATE, s.iso3(), s.name());
      names.add(s.name(), new Candidate(e, Form.NAME));
      s.aliases().forEach(a -> names.add(a, new Candidate(e, Form.NAME)));
      s.demonyms().forEach(a -> names.add(a, new Candidate(e, Form.DEMONYM)));
      s.capitals().forEach(a -> names.add(a, new Candidate(e, Form.SEAT)));
    }
    for (Gazetteer.Organization o : g.organizations().values()) {
      Entity e = new Entity(EntityKind.ORGANIZATION, o.id(), o.name());
      names.add(o.name(), new Candidate(e, Form.NAME));
      o.aliases().forEach(a -> names.add(a, new Candidate(e, Form.NAME)));
    }
    for (Gazetteer.Region r : g.regions().values()) {
      Entity e = new Entity(EntityKind.REGION, r.slug(), r.label());
      names.add(r.label(), new Candidate(e, Form.NAME));
      r.aliases().forEach(a -> names.add(a, new Candidate(e, Form.NAME)));
    }
    for (Gazetteer.Infrastructure i : g.infrastructure().values()) {
      Entity e = new Entity(EntityKind.INFRASTRUCTURE, i.slug(), i.name());
      names.add(i.name(), new Candidate(e, Form.NAME));
      i.aliases().forEach(a -> names.add(a, new Candidate(e, Form.NAME)));
    }
    for (Gazetteer.ListedActor a : g.listedActors().values()) {
      Entity e = a.isGroup() ? new Entity(EntityKind.GROUP, a.id(), a.name())
          : new Entity(EntityKind.ORGANIZATION, a.id(), a.name());
      names.add(a.name(), new Candidate(e, Form.NAME));
      a.aliases().forEach(x -> names.add(x, new Candidate(e, Form.NAME)));
    }
    places = new PlaceLinker(g);
    g.titles().values().forEach(t -> titles.add(t.phrase(), t));
    g.resources().forEach((id, words) -> words.forEach(w -> resources.add(w.toLowerCase(Locale.ROOT), id)));
    for (PersonRole p : g.persons().values()) {
      knownPersons.add(p.name(), p.slug());
      p.aliases().forEach(a -> knownPersons.add(a, p.slug()));
    }
  }

  /** Links one annotated document. */
  public LinkedDocument link(Document document, Annotation annotation) {
    LinkedDocument d = new LinkedDocument(document, annotation);
    Surnames surnames = new Surnames();
    int n = d.sentences().size();
    for (int s = 0; s < n; s++) {
      linkNamesAndTitles(d, s);
    }
    places.link(d);
    for (int s = 0; s < n; s++) {
      linkBodies(d, s);
    }
    // Full names first, so that a later bare surname ("Lavrov") finds the person it belongs to.
    for (int s = 0; s < n; s++) {
      linkTitledNames(d, s, surnames);
      linkPersons(d, s, surnames, true);
    }
    for (int s = 0; s < n; s++) {
      linkTurnLabel(d, s, surnames);
      linkPersons(d, s, surnames, false);
      linkGroups(d, s);
    }
    d.sortMentions();
    return d;
  }

  // Words of a speaker label that are a form of address, not an office: "MS ORTEGA:" names no office-holder.
  private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.");
  // Small words of a title kept in lower case when a label in capitals is read as a title ("MINISTER OF …").
  private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "for", "and", "the", "on", "to");

  /**
   * "SECRETARY BLINKEN:", "FOREIGN MINISTER HAYASHI:": a transcript's speaker label in capitals, which the
   * NER seldom reads as a name, names the person of its last word. That is the person the document named in
   * full with that surname; else, when the label carries an office word (not only "MR" or "MS"), the one
   * person of the curated office-holder table in office on the document's date whose name ends with that
   * surname, under a title of the label's that fits the person's office ("FOREIGN MINISTER HAYASHI" on
   * 2022-02-11: Yoshimasa Hayashi) or, when the label's title is no title of the tables ("SECRETARY"), whose
   * surname alone the table lists as a name ("Blinken"). The coders' dated terms are not asked: their open
   * terms would place namesakes of past decades. Without this, a transcript that names its speakers only in
   * the labels had no represents claim for them and no side for their "we" (sessions 30-31: 7 misses in four
   * fresh-gold transcripts).
   */
  private void linkTurnLabel(LinkedDocument d, int s, Surnames surnames) {
    List<CoreLabel> toks = d.tokens(s);
    int colon = TurnLabels.colon(toks);
    if (colon < 1) {
      return;
    }
    int last = colon - 1;
    if (d.mentionAt(s, last) != null) {
      return;
    }
    String name = labelName(toks.get(last).word());
    if (name == null) {
      return;
    }
    Entity named = surnames.at(name, s);
    if (named != null) {
      d.add(new Mention(named, s, last, colon, Form.NAME));
      return;
    }
    LocalDate day = d.document().date();
    boolean office = false;
    for (int i = 0; i < last; i++) {
      office |= !HONORIFICS.contains(toks.get(i).word().toLowerCase(Locale.ROOT));
    }
    if (!office || day == null) {
      return;
    }
    Gazetteer.Title title = labelTitle(toks, last);
    String slug = null;
    if (title != null) {
      for (PersonRole r : gazetteer.persons().values()) {
        if (!gazetteer.isListedPerson(r.slug()) && r.heldOn(day) && lastWordIs(r.name(), name)
            && titleFits(title, r.slug())) {
          if (slug != null && !slug.equals(r.slug())) {
            return;
          }
          slug = r.slug();
        }
      }
    } else {
      PhraseIndex.Match<String> known = knownPersons.longestAt(List.of(name), 0);
      if (known != null && known.values().size() == 1 && !gazetteer.isListedPerson(known.values().get(0))) {
        slug = known.values().get(0);
      }
    }
    if (slug == null || outOfOffice(d, slug)) {
      return;
    }
    Entity person = gazetteerPerson(slug);
    d.add(new Mention(person, s, last, colon, Form.NAME));
    for (String part : person.label().split(" ")) {
      surnames.add(part, s, person);
    }
  }

  /** A surname in capitals as a name is written ("BLINKEN" → "Blinken", "AL-SABAH" → "al-Sabah"), or null. */
  private static String labelName(String word) {
    if (word.length() < 2 || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : word.split("-", -1)) {
      if (out.length() > 0) {
        out.append('-');
      }
      String low = part.toLowerCase(Locale.ROOT);
      boolean particle = out.length() == 0 && (low.equals("al") || low.equals("el")) && word.contains("-");
      out.append(particle || low.isEmpty() ? low : Character.toUpperCase(low.charAt(0)) + low.substring(1));
    }
    return out.toString();
  }

  /** The longest title of the tables the label's words before {@code last} end with, or null. */
  private Gazetteer.Title labelTitle(List<CoreLabel> toks, int last) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      String low = toks.get(i).word().toLowerCase(Locale.ROOT);
      words.add(i > 0 && TITLE_SMALL_WORDS.contains(low) || low.isEmpty() ? low
          : Character.toUpperCase(low.charAt(0)) + low.substring(1));
    }
    for (int i = 0; i < last; i++) {
      PhraseIndex.Match<Title> t = titles.longestAt(words, i);
      if (t != null && t.end() == last) {
        return t.values().get(0);
      }
    }
    return null;
  }

  private static boolean lastWordIs(String fullName, String surname) {
    String n = fullName.strip();
    return n.substring(n.lastIndexOf(' ') + 1).equalsIgnoreCase(surname);
  }

  private static List<String> words(List<CoreLabel> toks) {
    List<String> w = new ArrayList<>(toks.size());
    for (CoreLabel t : toks) {
      w.add(PhraseIndex.normalize(t.word()));
    }
    return w;
  }

  private void linkNamesAndTitles(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    List<String> words = words(toks);
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    for (int i = 0; i < toks.size(); ) {
      PhraseIndex.Match<Candidate> m = names.longestAt(words, i);
      // A name inside a person's name ("Jordan" in "Michael Jordan") is not the state.
      if (m != null && !insidePerson(toks, m.begin(), m.end())
          && !(best(m.values()).entity().kind() == EntityKind.REGION && runsOnIntoLongerName(toks, words, m.end()))) {
        Candidate c = best(m.values());
        d.add(new Mention(c.entity(), s, m.begin(), m.end(), c.form()));
        i = m.end();
        continue;
      }
      i++;
    }
    for (int i = 0; i < toks.size(); ) {
      PhraseIndex.Match<Title> t = titles.longestAt(words, i);
      if (t != null && d.mentionAt(s, i) == null) {
        d.addTitle(s, t.begin(), t.end(), t.values().get(0));
        i = t.end();
        continue;
      }
      i++;
    }
    for (int i = 0; i < toks.size(); ) {
      PhraseIndex.Match<String> r = resources.longestAt(lower, i);
      if (r != null) {
        for (int k = r.begin(); k < r.end(); k++) {
          toks.get(k).set(GeokgAnnotations.ResourceAnnotation.class, r.values().get(0));
        }
        i = r.end();
        continue;
      }
      i++;
    }
  }

  /**
   * "the West Bank", "Africa Dana Banks": a region's name that runs on into a proper noun no other name
   * starts with is the first words of a longer name (a place, a person), not the region.
   */
  private boolean runsOnIntoLongerName(List<CoreLabel> toks, List<String> words, int end) {
    if (end >= toks.size()) {
      return false;
    }
    CoreLabel next = toks.get(end);
    return next.tag().startsWith("NNP") && capitalised(next) && names.longestAt(words, end) == null;
  }

  private static Candidate best(List<Candidate> cs) {
    // Prefer a state over an organisation or region sharing the same surface form.
    return cs.stream().min((a, b) -> Integer.compare(a.entity().kind().ordinal(), b.entity().kind().ordinal()))
        .orElseThrow();
  }

  private static boolean insidePerson(List<CoreLabel> toks, int begin, int end) {
    boolean before = begin > 0 && "PERSON".equals(toks.get(begin - 1).ner()) && "PERSON".equals(toks.get(begin).ner());
    boolean after = end < toks.size() && "PERSON".equals(toks.get(end).ner()) && "PERSON".equals(toks.get(end - 1).ner());
    return before || after;
  }

  private void linkPersons(LinkedDocument d, int s, Surnames surnames, boolean fullNames) {
    List<CoreLabel> toks = d.tokens(s);
    List<String> words = words(toks);
    for (int i = 0; i < toks.size(); ) {
      if (d.mentionAt(s, i) != null) {
        i++;
        continue;
      }
      int j = i;
      while (j < toks.size() && "PERSON".equals(toks.get(j).ner()) && d.mentionAt(s, j) == null) {
        j++;
      }
      if (j > i && hyphenatedModifier(toks, j)) {
        // "a Trump-like figure", "Obama-era rules": the name describes, it does not refer.
        i = j;
        continue;
      }
      if (j > i) {
        // "State Councilor Wang": the NER takes the last word of a title that begins before the name into
        // the name ("Councilor Wang"); the name starts after the title (session 31).
        int from = i;
        while (from < j && from > 0 && d.titleAt(s, from) != null && d.titleAt(s, from) == d.titleAt(s, from - 1)
            && !"PERSON".equals(toks.get(from - 1).ner())) {
          from++;
        }
        if (from < j && fullNames == (j - from > 1) && !splitOwnerState(d, s, from, j, toks, words, surnames)) {
          linkPersonSpan(d, s, from, j, words, surnames);
        }
        i = j;
        continue;
      }
      // Bare surnames the NER missed or mistyped ("Nuland" as a place), once the full name is known; a
      // word the NER reads as a date is the date ("Prime Minister Godwin Friday ... on Friday").
      if (!fullNames && toks.get(i).tag().startsWith("NNP") && surnames.at(words.get(i), s) != null
          && !"DATE".equals(toks.get(i).ner())
          && !hyphenatedModifier(toks, i + 1)
          && (i + 1 >= toks.size() || !toks.get(i + 1).tag().startsWith("NNP"))) {
        d.add(new Mention(surnames.at(words.get(i), s), s, i, i + 1, Form.NAME));
      } else if (!fullNames && isPossessedName(d, s, i, toks)) {
        // "the CIA's Burns": a proper noun owned by an organisation or state is one of its people.
        linkPersonSpan(d, s, i, i + 1, words, surnames);
      } else if (!fullNames && curatedNameNerMissed(d, s, i, toks, words)) {
        // "concern regarding the Lukashenka regime": the NER does not see a person in a name used as a
        // modifier; a curated leader's name (never a common word: see SOURCES.md) is one still.
        linkPersonSpan(d, s, i, i + 1, words, surnames);
      }
      i++;
    }
  }

  /**
   * "Italian Minister of Foreign Affairs and International Cooperation Luigi Di Maio", "Martina Strong,
   * Chargé d'Affaires for …": a name the NER typed as part of an organisation or a place, right after a
   * title (and its portfolio) or right before a comma and a title, is a person when it starts with a
   * given name of {@link FirstNames} and runs on in two to four capitalised words to the end of the
   * phrase. A span the NER already typed as a person is left to {@link #linkPersons}.
   */
  private void linkTitledNames(LinkedDocument d, int s, Surnames surnames) {
    List<CoreLabel> toks = d.tokens(s);
    List<String> words = words(toks);
    for (int i = 0; i + 1 < toks.size(); i++) {
      CoreLabel first = toks.get(i);
      if (!first.tag().startsWith("NNP") || d.mentionAt(s, i) != null || d.titleAt(s, i) != null
          || !firstNames.contains(first.word())) {
        continue;
      }
      int j = i + 1;
      // A plural proper noun ("Marine Resources", "Royal Technologies") names a thing, not a person.
      while (j < toks.size() && capitalised(toks.get(j)) && d.mentionAt(s, j) == null && d.titleAt(s, j) == null
          && (toks.get(j).tag().equals("NNP") || toks.get(j).tag().equals("JJ"))) {
        j++;
      }
      boolean person = false;
      for (int k = i; k < j; k++) {
        person |= "PERSON".equals(toks.get(k).ner());
      }
      if (j == i + 1 || j - i > 4 || person || (j < toks.size() && capitalised(toks.get(j)))) {
        continue;
      }
      boolean before = titleBefore(d, s, toks, i);
      boolean after = j + 1 < toks.size() && toks.get(j).word().equals(",") && titleAfter(d, s, toks, j + 1);
      // A JJ word ("Martina Strong") only in a name a title's apposition vouches for.
      boolean adjective = toks.subList(i + 1, j).stream().anyMatch(t -> t.tag().equals("JJ"));
      if (!(after || (before && !adjective))) {
        continue;
      }
      linkPersonSpan(d, s, i, j, words, surnames);
      i = j;
    }
  }

  private static boolean capitalised(CoreLabel t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  /**
   * Whether a title ends right before token {@code i}, or a title's portfolio of capitalised words (with
   * "of", "for", "and", "the") does, at most ten words back: "Minister of Foreign Affairs and International
   * Cooperation Luigi …".
   */
  private static boolean titleBefore(LinkedDocument d, int s, List<CoreLabel> toks, int i) {
    if (i == 0 || !(d.titleAt(s, i - 1) != null || capitalised(toks.get(i - 1)))) {
      // "Minister of Fisheries and Marine Resources": a given name after a joiner starts a portfolio's word.
      return false;
    }
    for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
      if (d.titleAt(s, k) != null) {
        return true;
      }
      String w = toks.get(k).word();
      boolean joiner = w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the");
      if (!(joiner || (capitalised(toks.get(k)) && toks.get(k).tag().startsWith("NNP")))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a title starts at token {@code k}, after an optional article and a state's name or demonym. */
  private static boolean titleAfter(LinkedDocument d, int s, List<CoreLabel> toks, int k) {
    if (k < toks.size() && toks.get(k).tag().equals("DT")) {
      k++;
    }
    Mention m = k < toks.size() ? d.mentionAt(s, k) : null;
    if (m != null && m.begin() == k && m.entity().kind() == EntityKind.STATE) {
      k = m.end();
      if (k < toks.size() && toks.get(k).tag().equals("POS")) {
        k++;
      }
    }
    return k < toks.size() && d.titleAt(s, k) != null;
  }

  /**
   * "discussed with Secretary General Delattre France's plans": the NER may run a surname and the name of
   * the state that owns the next noun into one person. A two-word person run whose first word is the
   * surname of a person named in full before and whose second is a state's name followed by "'s" is
   * that person and the state. Returns whether it split the run (and linked both).
   */
  private boolean splitOwnerState(LinkedDocument d, int s, int i, int j, List<CoreLabel> toks, List<String> words,
      Surnames surnames) {
    if (j - i != 2 || j >= toks.size() || !toks.get(j).tag().equals("POS") || surnames.at(words.get(i), s) == null) {
      return false;
    }
    PhraseIndex.Match<Candidate> state = names.longestAt(words, i + 1);
    if (state == null || state.end() != j) {
      return false;
    }
    Candidate c = best(state.values());
    if (c.entity().kind() != EntityKind.STATE) {
      return false;
    }
    d.add(new Mention(surnames.at(words.get(i), s), s, i, i + 1, Form.NAME));
    d.add(new Mention(c.entity(), s, i + 1, j, c.form()));
    return true;
  }

  private static boolean hyphenatedModifier(List<CoreLabel> toks, int end) {
    return end + 1 < toks.size() && toks.get(end).word().equals("-")
        && Character.isLowerCase(toks.get(end + 1).word().charAt(0));
  }

  /**
   * Whether token i is a one-word name of one curated person that the NER left untyped: a proper noun
   * of no other entity type, not part of a longer run of proper nouns nor of a hyphenated compound
   * ("Trump-like", "the Biden-Harris Administration").
   */
  private boolean curatedNameNerMissed(LinkedDocument d, int s, int i, List<CoreLabel> toks, List<String> words) {
    // As the modifier of a common noun ("concern regarding the Lukashenka regime"), the NER may also have
    // typed it as a place; no place of that name was linked (a linked token is never tried here).
    boolean modifier = i + 1 < toks.size() && toks.get(i + 1).tag().startsWith("NN")
        && !toks.get(i + 1).tag().startsWith("NNP");
    if (!toks.get(i).tag().startsWith("NNP") || !("O".equals(toks.get(i).ner()) || modifier)
        || (i > 0 && (toks.get(i - 1).tag().startsWith("NNP") || toks.get(i - 1).word().equals("-")))
        || (i + 1 < toks.size() && toks.get(i + 1).word().equals("-"))) {
      return false;
    }
    PhraseIndex.Match<String> known = knownPersons.longestAt(words, i);
    return known != null && known.end() == i + 1 && known.values().size() == 1
        && !gazetteer.isListedPerson(known.values().get(0));
  }

  private static boolean isPossessedName(LinkedDocument d, int s, int i, List<CoreLabel> toks) {
    return i >= 2 && toks.get(i).tag().equals("NNP") && "O".equals(toks.get(i).ner())
        && toks.get(i - 1).tag().equals("POS") && d.mentionAt(s, i - 2) != null
        && d.mentionAt(s, i - 2).entity().kind() == EntityKind.ORGANIZATION
        && (i + 1 >= toks.size() || !toks.get(i + 1).tag().startsWith("NN"))
        // "the ILO's Committee of Experts": a capitalised word that runs on through "of", "for" or "on" heads
        // a body's or office's name, not a person's (session 31).
        && (i + 1 >= toks.size() || !RUN_ON.contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> RUN_ON = Set.of("of", "for", "on");

  private void linkPersonSpan(LinkedDocument d, int s, int i, int j, List<String> words, Surnames surnames) {
    String name = String.join(" ", words.subList(i, j));
    PhraseIndex.Match<String> known = knownPersons.longestAt(words, i);
    if (known != null && (known.end() != j || !surelyNamed(d, s, i, known))) {
      known = null;
    }
    // A surname alone is first the person the text itself named in full: "Foreign Minister Bujar Osmani
    // ... Foreign Minister Osmani" is not the listed President Osmani of another state.
    Entity named = j - i == 1 ? surnames.at(name, s) : null;
    if (named != null && known != null && (Surnames.sameName(named, gazetteerPerson(known.values().get(0)))
        || titleIsOffice(i > 0 ? d.titleAt(s, i - 1) : null, known.values().get(0)))) {
      // "Antony J. Blinken … Secretary Blinken": the listed person himself, with the offices the tables give.
      // "Ambassador Mike Herzog … President Herzog": a title of the listed person's own office names them,
      // not the namesake the text named first.
      named = null;
    }
    if (named == null && known == null && j - i == 1 && addressed(d, s, i, words)) {
      // "You know, Tony, Turkey has …", "And Rina, to you …": a given name set off by commas is the
      // person spoken to in a transcript, who does nothing in the sentence.
      return;
    }
    Entity person;
    if (named != null) {
      person = named;
      known = null;
    } else if (known != null) {
      person = gazetteerPerson(known.values().get(0));
    } else {
      person = new Entity(EntityKind.PERSON, j - i == 1 ? unlistedKey(name) : Entity.slug(name), name);
    }
    d.add(new Mention(person, s, i, j, Form.NAME));
    if (j - i > 1 || known != null) {
      surnames.add(words.get(j - 1), s, person);
      if (known == null && j - i == 2 && d.titleAt(s, i) == null && !firstNames.contains(words.get(i))
          && words.get(i).matches("\\p{Lu}\\p{Ll}+")) {
        // "Ambassador Liu Xiaoming ... Liu said": a two-word name whose first word is no given name may
        // be written family name first; a later bare first word names the same person.
        surnames.add(words.get(i), s, person);
      }
      if (known != null) {
        for (String part : person.label().split(" ")) {
          surnames.add(part, s, person);
        }
      }
    }
  }

  /**
   * Whether the one-word name at token i of sentence s is a vocative: a given name (not a surname the text
   * gave in full) between commas, or opening the sentence (after at most a conjunction, interjection
   * or adverb: "And Rina, …") before a comma, with no other person or "and" after that comma (a list of names).
   */
  private boolean addressed(LinkedDocument d, int s, int i, List<String> words) {
    if (!firstNames.contains(words.get(i)) || i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1);
    List<CoreLabel> toks = d.tokens(s);
    String opener = i == 1 ? toks.get(0).tag() : "";
    boolean before = i == 0 || words.get(i - 1).equals(",")
        || opener.equals("CC") || opener.equals("UH") || opener.equals("RB");
    if (!before) {
      return false;
    }
    if (next.equals(".") || next.equals("?") || next.equals("!")) {
      return i > 0;
    }
    if (!next.equals(",") || i + 2 >= words.size()) {
      return false;
    }
    String after = words.get(i + 2).toLowerCase(Locale.ROOT);
    // "Rina, who …": a relative clause describes a subject, it is no address.
    return !after.equals("and") && !after.equals("or") && !after.equals("who") && !after.equals("whose") && !"PERSON".equals(toks.get(i + 2).ner())
        && !(i > 0 && words.get(i - 1).equals(",") && i >= 2 && "PERSON".equals(toks.get(i - 2).ner()));
  }

  /**
   * The key of a person the tables do not know, named by one word: the name's slug, unless that is the key
   * of a person they do know (a one-word name of the coders' list) whom the text was not taken to name.
   * "Foreign Minister Hussein" in a 2021 release is not the listed King Hussein of Jordan (key
   * {@code hussein}), yet under the same key every later step (whom a person represents, a turn label's
   * voice) would read him as that person: the namesake gets its own key. A full name the linker did not
   * take ("Ibrahim al- Jaafari", split by the tokenizer) keeps its slug: it is likelier the listed person.
   */
  private String unlistedKey(String name) {
    String key = Entity.slug(name);
    return gazetteer.roles(key).isEmpty() ? key : key + "-namesake";
  }

  private Entity gazetteerPerson(String slug) {
    return new Entity(EntityKind.PERSON, slug, gazetteer.roles(slug).get(0).name());
  }

  /**
   * Whether a known name surely names its person: a full name of one person; a surname alone only of a
   * curated person, or of a listed office-holder after a title ("President Bouteflika"); after a title
   * of another kind than the person's offices, not at all ({@link #titleFits}).
   */
  private boolean surelyNamed(LinkedDocument d, int s, int i, PhraseIndex.Match<String> known) {
    if (known.values().size() > 1) {
      return false;
    }
    if (known.end() - known.begin() > 1) {
      return true;
    }
    Gazetteer.Title title = i > 0 ? d.titleAt(s, i - 1) : null;
    if (title != null && !titleFits(title, known.values().get(0))) {
      return false;
    }
    if (gazetteer.isListedPerson(known.values().get(0)) && outOfOffice(d, known.values().get(0))) {
      // "Foreign Minister Hussein" in a 2021 transcript is not the listed King Hussein of Jordan (to 1999):
      // the coders' list has ~22,000 dated office-holders, many sharing a surname with today's officials,
      // and a surname alone, titled or not, names someone in office on the document's date.
      return false;
    }
    return !gazetteer.isListedPerson(known.values().get(0)) || title != null;
  }

  /**
   * Whether the document has a date and the tables give person {@code slug} no role held on it: every
   * dated role ended before it or begins after it.
   */
  private boolean outOfOffice(LinkedDocument d, String slug) {
    LocalDate day = d.document().date();
    List<PersonRole> roles = gazetteer.roles(slug);
    return day != null && !roles.isEmpty() && roles.stream().noneMatch(r -> r.heldOn(day))
        && roles.stream().allMatch(r -> r.from() != null || r.to() != null);
  }

  /**
   * Whether a title before a listed surname can be that person's: "Foreign Minister Osmani" is not the
   * listed President Osmani of another state. A title or a role of a kind the tables do not give fits;
   * a head of state's and of government's titles fit each other (news mixes them).
   */
  private boolean titleFits(Gazetteer.Title title, String slug) {
    String kind = leaderKind(title.kind());
    return officeTitles(slug).stream().anyMatch(own -> kind == null || own == null
        || kind.equals(leaderKind(own.kind())));
  }

  /** Whether {@code title} is of the kind of one of the offices the tables give the person {@code slug}. */
  private boolean titleIsOffice(Gazetteer.Title title, String slug) {
    String kind = title == null ? null : leaderKind(title.kind());
    return kind != null && officeTitles(slug).stream().anyMatch(own -> own != null
        && kind.equals(leaderKind(own.kind())));
  }

  /** The titles of the offices the tables give person {@code slug}, one per role, null for a role with none. */
  private List<Gazetteer.Title> officeTitles(String slug) {
    return gazetteer.roles(slug).stream()
        .map(r -> r.title() == null ? null : gazetteer.titles().get(r.title())).toList();
  }

  private static String leaderKind(String kind) {
    return kind == null || kind.isEmpty() ? null : kind.startsWith("head-of-") ? "leader" : kind;
  }

  /** "Russian troops", "Afghan guerrillas": a demonym or state before a sector noun is a group. */
  private void linkGroups(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 0; i < toks.size(); i++) {
      Mention m = d.mentionAt(s, i);
      if (m != null && m.end() - 1 == i && m.entity().kind() == EntityKind.ORGANIZATION && i + 1 < toks.size()
          && d.mentionAt(s, i + 1) == null && toks.get(i + 1).tag().startsWith("NN")
          && gazetteer.sectors().containsKey(toks.get(i + 1).lemma().toLowerCase(Locale.ROOT))
          && !(i + 2 < toks.size() && "PERSON".equals(toks.get(i + 2).ner()))) {
        // "UN peacekeepers", "NATO troops": the organisation's own people act for it.
        d.add(new Mention(m.entity(), s, m.begin(), i + 2, Form.DESCRIPTION));
        i++;
        continue;
      }
      if (m == null || m.end() - 1 != i || m.entity().kind() != EntityKind.STATE || m.form() == Form.SEAT) {
        continue;
      }
      // "Syria's opposition": the possessive marker between the state and its people.
      int k = i + 1 < toks.size() && toks.get(i + 1).tag().equals("POS") ? i + 2 : i + 1;
      int first = k;
      while (k < toks.size() && toks.get(k).tag().startsWith("JJ") && d.mentionAt(s, k) == null && k - first < 2) {
        k++;
      }
      int afterAdjectives = k;
      // "Colombian riot police": the head is the last noun of a short compound.
      while (k + 1 < toks.size() && toks.get(k).tag().startsWith("NN") && toks.get(k + 1).tag().startsWith("NN")
          && d.mentionAt(s, k + 1) == null && k - first < 3) {
        k++;
      }
      if (k >= toks.size() || d.mentionAt(s, k) != null || !toks.get(k).tag().startsWith("NN")) {
        continue;
      }
      Gazetteer.Sector sector = gazetteer.sectors().get(toks.get(k).lemma().toLowerCase(Locale.ROOT));
      if (sector == null) {
        sector = gazetteer.sectors().get(toks.get(k).word().toLowerCase(Locale.ROOT));
      }
      if (sector == null && k > afterAdjectives && toks.get(k).tag().equals("NNS")) {
        // "Ugandan opposition candidates", "South Korean army officers": people named by what they do
        // for a sector are that sector's, as the coders' agent phrases read.
        Gazetteer.Sector modifier = gazetteer.sectors().get(toks.get(k - 1).lemma().toLowerCase(Locale.ROOT));
        sector = modifier == null || modifier.listed() ? null : modifier;
      } else if (sector != null && GOVERNMENT.equals(sector.code()) && k > first) {
        // "Afghan rebel leaders", "Syrian opposition officials": a government noun heading a compound is
        // the modifier's people when the modifier names another sector, as the coders' agent phrases read
        // (REBEL_LEADER, OPPOSITION_LEADER, BUSINESS_LEADER): the rebels' leaders are no government.
        Gazetteer.Sector modifier = gazetteer.sectors().get(toks.get(k - 1).lemma().toLowerCase(Locale.ROOT));
        if (modifier != null && !modifier.listed() && !GOVERNMENT.equals(modifier.code())) {
          sector = modifier;
        }
      }
      if (sector != null && k > afterAdjectives
          && gazetteer.equipment().contains(toks.get(k).lemma().toLowerCase(Locale.ROOT))) {
        // "a Syrian army helicopter", "Israeli air force jets": the force the equipment belongs to is named
        // before it; any other compound ("Russian cargo aircraft") stays no group.
        sector = forceBefore(toks, k, first);
      }
      boolean titleOfPerson = k + 1 < toks.size() && "PERSON".equals(toks.get(k + 1).ner());
      // A listed agent noun only right after its state: "America's alliance community" is no group.
      boolean plain = first == i + 1 && k == afterAdjectives;
      if (sector == null || titleOfPerson || d.titleAt(s, k) != null || (sector.listed() && !plain)) {
        continue;
      }
      d.add(new Mention(sector.groupOf(m.entity()), s, m.begin(), k + 1, Form.DESCRIPTION));
      linkCoordinatedGroups(d, s, m.begin(), sector);
      i = k;
    }
    linkGroupsByPlace(d, s);
    linkPeoples(d, s);
    linkNationals(d, s);
    linkArmedPeoples(d, s);
    linkGovernmentForces(d, s);
  }

  /**
   * The curated sector noun right before token {@code k}, of one word ("army") or two ("air force"), not
   * reaching before {@code first}; null for none or for an agent noun of the coders' list.
   */
  private Gazetteer.Sector forceBefore(List<CoreLabel> toks, int k, int first) {
    Gazetteer.Sector one = gazetteer.sectors().get(toks.get(k - 1).lemma().toLowerCase(Locale.ROOT));
    if (one == null && k - 2 >= first) {
      one = gazetteer.sectors().get((toks.get(k - 2).word() + " " + toks.get(k - 1).word()).toLowerCase(Locale.ROOT));
    }
    return one == null || one.listed() ? null : one;
  }

  /** The sector codes of a state's own forces, which a government noun before them ("government troops") owns. */
  private static final Set<String> FORCES = Set.of("MIL", "COP");

  /**
   * "Kachin guerrillas attacked government troops in northern Myanmar": forces a government noun qualifies
   * and no state or owner names are the forces of the state where the sentence places the act, else of
   * the one state whose group it names, as the coders read GOVERNMENT TROOPS (the local state's MIL).
   */
  private void linkGovernmentForces(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    for (int k = 1; k < toks.size(); k++) {
      CoreLabel noun = toks.get(k);
      CoreLabel mod = toks.get(k - 1);
      if (!noun.tag().equals("NNS") || d.mentionAt(s, k) != null || d.mentionAt(s, k - 1) != null
          || d.titleAt(s, k - 1) != null || !mod.tag().equals("NN")) {
        continue;
      }
      Gazetteer.Sector owner = gazetteer.sectors().get(mod.lemma().toLowerCase(Locale.ROOT));
      Gazetteer.Sector sector = gazetteer.sectors().get(noun.lemma().toLowerCase(Locale.ROOT));
      if (sector == null) {
        sector = gazetteer.sectors().get(noun.word().toLowerCase(Locale.ROOT));
      }
      if (owner == null || !GOVERNMENT.equals(owner.code()) || sector == null || !FORCES.contains(sector.code())) {
        continue;
      }
      // "Syria's government troops", "rebel-held government bases": an owner before is no bare government.
      if (k > 1) {
        CoreLabel before = toks.get(k - 2);
        if (d.mentionAt(s, k - 2) != null || before.tag().equals("POS") || before.tag().startsWith("NNP")
            || before.tag().equals("PRP$")) {
          continue;
        }
      }
      Entity where = stateWhere(d, s);
      if (where == null) {
        where = onlyStateNamed(d, s);
      }
      if (where != null) {
        d.add(new Mention(sector.groupOf(where), s, k - 1, k + 1, Form.DESCRIPTION));
      }
    }
  }

  /**
   * "Tamil rebels attacked an army camp in northern Sri Lanka": an armed group (a noun the sector tables mark
   * {@code armed}: rebels, insurgents, separatists, gunmen) named by a people that is no
   * state (a capitalised modifier no table links, one word) is that sector of the state where the sentence
   * says things happen: the one state named, or whose city is named, after a preposition of place
   * ({@code place_context.tsv}'s locatives), as the
   * event coders place a people's rebels in the state they fight in (LKA REB). No such place, or places of
   * two states: no group.
   */
  private void linkArmedPeoples(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    Entity where = null;
    boolean looked = false;
    for (int k = 1; k < toks.size(); k++) {
      CoreLabel noun = toks.get(k);
      CoreLabel mod = toks.get(k - 1);
      if (!noun.tag().equals("NNS") || d.mentionAt(s, k) != null || d.mentionAt(s, k - 1) != null
          || d.titleAt(s, k - 1) != null || !Character.isUpperCase(mod.word().charAt(0)) || mod.word().length() < 3
          || !(mod.tag().equals("NNP") || (mod.tag().startsWith("JJ") && k > 1)) || !ARMED_PEOPLE_NER.contains(mod.ner())
          || (k > 1 && (d.mentionAt(s, k - 2) != null || toks.get(k - 2).tag().startsWith("NNP")))) {
        continue;
      }
      Gazetteer.Sector sector = gazetteer.sectors().get(noun.lemma().toLowerCase(Locale.ROOT));
      if (sector == null || !sector.armed()) {
        continue;
      }
      if (!looked) {
        where = stateWhere(d, s);
        if (where == null) {
          // "The Mozambique government accepted demands from Shona rebels": with no place, the one state
          // the sentence names at all is where the people's rebels fight, as the coders read it.
          where = onlyStateNamed(d, s);
        }
        looked = true;
      }
      if (where != null) {
        d.add(new Mention(sector.groupOf(where), s, k - 1, k + 1, Form.DESCRIPTION));
      }
    }
  }

  /**
   * The entity types CoreNLP gives a people's name before an armed noun: besides a people's own, a place or an
   * organisation ("Shona rebels" ORGANIZATION, "Kachin guerrillas" LOCATION), which no table links; a person's
   * name ("Karen rebels" read as a woman) stays out.
   */
  private static final Set<String> ARMED_PEOPLE_NER = Set.of("O", "NATIONALITY", "RELIGION", "MISC", "LOCATION",
      "ORGANIZATION");

  /** The one state a sentence names as a place after a preposition of place (itself or a city of it), else null. */
  private Entity stateWhere(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    Set<Entity> found = new LinkedHashSet<>();
    for (int i = 1; i < toks.size(); i++) {
      Mention m = d.mentionAt(s, i);
      if (m == null || m.begin() != i || m.form() == Form.DEMONYM) {
        continue;
      }
      int j = i - 1;
      while (j > 0 && i - j <= 2 && (toks.get(j).tag().equals("DT") || toks.get(j).tag().startsWith("JJ"))) {
        j--;
      }
      if (!gazetteer.locatives().contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Entity state = switch (m.entity().kind()) {
        case STATE -> m.entity();
        case PLACE -> gazetteer.places().containsKey(m.entity().key())
            ? gazetteer.entity(EntityKind.STATE, gazetteer.places().get(m.entity().key()).iso3()).orElse(null)
            : null;
        default -> null;
      };
      if (state != null) {
        found.add(state);
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * The one state a sentence names in any way (its name, demonym or seat, a city of it, a group of it) when
   * a group of it (its government, army, police) is named, else null: no state, or two (a foreign army's
   * fight with the rebels it names is no domestic event), or the bare state only ("Tamil rebels accused
   * India": rebels speaking to a state are not therefore its own).
   */
  private Entity onlyStateNamed(LinkedDocument d, int s) {
    Set<String> found = new LinkedHashSet<>();
    boolean group = false;
    for (int i = 0; i < d.tokens(s).size(); i++) {
      Mention m = d.mentionAt(s, i);
      if (m == null || m.begin() != i) {
        continue;
      }
      switch (m.entity().kind()) {
        case STATE -> found.add(m.entity().key());
        case GROUP -> {
          String key = m.entity().key();
          int dash = key.indexOf('-');
          if (dash > 0 && gazetteer.states().containsKey(key.substring(0, dash))) {
            found.add(key.substring(0, dash));
            group = true;
          }
        }
        case PLACE -> {
          if (gazetteer.places().containsKey(m.entity().key())) {
            found.add(gazetteer.places().get(m.entity().key()).iso3());
          }
        }
        default -> { }
      }
    }
    return group && found.size() == 1 ? gazetteer.entity(EntityKind.STATE, found.iterator().next()).orElse(null) : null;
  }

  /**
   * "Iraqi Kurds", "Syrian Christians", "Bosnian Serbs": a state's demonym before a plural proper noun of a
   * people (one the NER reads as no person, organisation or place; or another state's plural demonym) is
   * a people of that
   * state, its civilians' group (sector "civilians"), as the coders read an ethnic group (CVL) and
   * place it in the state the adjective names (BIH for the Bosnian Serbs, IRQ for the Iraqi Kurds).
   */
  private void linkPeoples(LinkedDocument d, int s) {
    Gazetteer.Sector people = gazetteer.civilians();
    if (people == null) {
      return;
    }
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 0; i + 1 < toks.size(); i++) {
      Mention m = d.mentionAt(s, i);
      if (m == null || m.end() - 1 != i || m.form() != Form.DEMONYM || m.entity().kind() != EntityKind.STATE
          || !(toks.get(i).tag().startsWith("JJ") || toks.get(i).tag().equals("NNP"))) {
        continue;
      }
      CoreLabel noun = toks.get(i + 1);
      Mention next = d.mentionAt(s, i + 1);
      // "American NGOs", "British MPs": an acronym's plural names an organisation or office, no people.
      boolean plural = noun.tag().equals("NNPS") && noun.word().endsWith("s")
          && !noun.word().substring(0, noun.word().length() - 1).chars().allMatch(Character::isUpperCase);
      boolean peopleNoun = next == null && PEOPLE_NER.contains(noun.ner());
      boolean otherDemonym = next != null && next.begin() == i + 1 && next.end() == i + 2
          && next.form() == Form.DEMONYM && next.entity().kind() == EntityKind.STATE
          && !next.entity().equals(m.entity());
      // "Iraqi Kurdish forces": the modifier of a longer phrase; "the Palestinian Territories": a name.
      boolean definite = m.begin() > 0 && toks.get(m.begin() - 1).word().equalsIgnoreCase("the");
      if (!plural || !(peopleNoun || otherDemonym) || definite
          || (i + 2 < toks.size() && toks.get(i + 2).tag().startsWith("NN"))) {
        continue;
      }
      d.add(new Mention(people.groupOf(m.entity()), s, m.begin(), i + 2, Form.DESCRIPTION));
      i++;
    }
  }

  /** CoreNLP's entity types of a plural people noun ("Kurds", "Shiites": none in the 3-class model). */
  private static final Set<String> PEOPLE_NER = Set.of("O", "NATIONALITY", "RELIGION", "MISC");

  /**
   * "Young Algerians blocked roads", "thousands of Ukrainians": a plural demonym heading its own phrase,
   * with no definite article ("the Russians" is often the state's side), is the state's people, its
   * civilians' group (sector "civilians"), so a state acting on its own people is a domestic event.
   */
  private void linkNationals(LinkedDocument d, int s) {
    Gazetteer.Sector people = gazetteer.civilians();
    if (people == null) {
      return;
    }
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 0; i < toks.size(); i++) {
      Mention m = d.mentionAt(s, i);
      int last = m == null ? -1 : m.end() - 1;
      if (m == null || last != i || m.form() != Form.DEMONYM || m.entity().kind() != EntityKind.STATE || !toks.get(last).tag().startsWith("NN")
          || !toks.get(last).word().endsWith("s")) {
        continue;
      }
      boolean modifies = last + 1 < toks.size() && toks.get(last + 1).tag().startsWith("NN");
      boolean definite = false;
      for (int j = m.begin() - 1; j >= 0 && j >= m.begin() - 3; j--) {
        String tag = toks.get(j).tag();
        if (tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS")) {
          definite = !toks.get(j).word().equalsIgnoreCase("no");
          break;
        }
        if (!(tag.startsWith("JJ") || tag.equals("CD") || tag.equals("RB"))) {
          break;
        }
      }
      // "ethnic Albanians demonstrated in Serbia": an ethnicity, not the nationals of the state.
      boolean ethnic = m.begin() > 0 && toks.get(m.begin() - 1).word().equalsIgnoreCase("ethnic");
      if (!modifies && !definite && !ethnic) {
        d.add(new Mention(people.groupOf(m.entity()), s, m.begin(), m.end(), Form.DESCRIPTION));
      } else if (ethnic && !modifies) {
        // The coders place an ethnic minority in the state it lives in (the Albanians of Serbia, SRB CVL):
        // when the sentence places its act in one other state, the ethnicity is that state's people.
        Entity where = stateWhere(d, s);
        if (where != null && !where.equals(m.entity())) {
          d.add(new Mention(people.groupOf(where), s, m.begin() - 1, m.end(), Form.DESCRIPTION));
        }
      }
    }
  }

  /** The sector code of a state's government, whose nouns ("leaders", "officials") yield to a modifier's. */
  private static final String GOVERNMENT = "GOV";


  /**
   * "US and British activists", "French, German and Italian troops": the states coordinated before the
   * one that heads the group are groups of the same sector; the actor resolver takes them from the
   * group's head ({@code ActorResolver}).
   */
  private static void linkCoordinatedGroups(LinkedDocument d, int s, int begin, Gazetteer.Sector sector) {
    List<CoreLabel> toks = d.tokens(s);
    int j = begin - 1;
    while (j > 0 && (toks.get(j).tag().equals("CC") || toks.get(j).word().equals(","))) {
      Mention before = d.mentionAt(s, j - 1);
      if (before == null || before.entity().kind() != EntityKind.STATE || before.form() == Form.SEAT
          || before.end() != j) {
        return;
      }
      d.add(new Mention(sector.groupOf(before.entity()), s, before.begin(), before.end(), Form.DESCRIPTION));
      j = before.begin() - 1;
    }
  }

  /**
   * "police in Lagos", "rebels in Syria", "the opposition of Venezuela", "students throughout Indonesia":
   * a sector noun followed by a preposition of place and a state or city is a group of that state.
   */
  private void linkGroupsByPlace(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    for (int k = 0; k + 2 < toks.size(); k++) {
      CoreLabel noun = toks.get(k);
      String prep = toks.get(k + 1).word().toLowerCase(Locale.ROOT);
      if (d.mentionAt(s, k) != null || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")
          || d.titleAt(s, k) != null || !gazetteer.groupPlacePrepositions().contains(prep)) {
        continue;
      }
      Gazetteer.Sector sector = gazetteer.sectors().get(noun.lemma().toLowerCase(Locale.ROOT));
      int at = toks.get(k + 2).tag().equals("DT") ? k + 3 : k + 2;
      Mention where = d.mentionAt(s, at);
      if (sector == null || sector.listed() || where == null || where.begin() != at) {
        continue;
      }
      Entity state = switch (where.entity().kind()) {
        case STATE -> where.entity();
        case PLACE -> gazetteer.entity(EntityKind.STATE, gazetteer.places().get(where.entity().key()).iso3())
            .orElse(null);
        default -> null;
      };
      if (state != null) {
        d.add(new Mention(sector.groupOf(state), s, k, k + 1, Form.DESCRIPTION));
      }
    }
  }

  /**
   * "Malawi's Ministry of Health", "the Lebanese Armed Forces and Internal Security Forces", "U.S. Centers
   * for Disease Control": a capitalised name no table lists, right after a state's name, demonym or
   * possessive, ending on a body's head noun ({@code bodies.tsv}) or running on from it through "of"/"for"/"on"
   * and capitalised words, is a body of that state (an organisation keyed by the slug of its name as
   * written, the possessive marker dropped). So is a capitalised body name conjoined right after it, which
   * the text gives the same state. A name that runs on past its head ("the Saudi Space Commission Summit",
   * a gathering or programme of the body) and a name before a person's name (a title) are no body; a
   * seat of power ("White House Office of …") is no state's name here, nor the second of a hyphenated
   * pair of actors ("the NATO-Russia Council": a joint body).
   */
  private void linkBodies(LinkedDocument d, int s) {
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 0; i < toks.size(); i++) {
      Mention m = d.mentionAt(s, i);
      if (m == null || m.end() - 1 != i || m.entity().kind() != EntityKind.STATE
          || (m.form() != Form.NAME && m.form() != Form.DEMONYM)) {
        continue;
      }
      if (m.begin() >= 2 && toks.get(m.begin() - 1).word().equals("-")
          && (d.mentionAt(s, m.begin() - 2) != null || toks.get(m.begin() - 2).tag().startsWith("NNP"))) {
        // "the NATO-Russia Council", "a U.S.-Ghana Commission": a body named by a hyphenated pair of actors
        // is theirs together, not a body of the second.
        continue;
      }
      int k = i + 1 < toks.size() && toks.get(i + 1).tag().equals("POS") ? i + 2 : i + 1;
      int end = bodyEnd(d, s, k);
      if (end < 0) {
        continue;
      }
      StringBuilder label = new StringBuilder();
      for (int t = m.begin(); t <= i; t++) {
        label.append(t > m.begin() ? " " : "").append(toks.get(t).word());
      }
      String name = label + " " + words(toks, k, end);
      Entity state = m.entity();
      d.addBody(new Mention(new Entity(EntityKind.ORGANIZATION, Entity.slug(name), name), s, m.begin(), end,
          Form.NAME), state);
      // "… and Internal Security Forces": a body conjoined right after is the same state's.
      while (end + 1 < toks.size() && toks.get(end).word().equalsIgnoreCase("and")) {
        int next = end + 1 < toks.size() && toks.get(end + 1).tag().equals("DT") ? end + 2 : end + 1;
        int nextEnd = bodyEnd(d, s, next);
        if (nextEnd < 0) {
          break;
        }
        String other = words(toks, next, nextEnd);
        d.addBody(new Mention(new Entity(EntityKind.ORGANIZATION, Entity.slug(other), other), s, next, nextEnd,
            Form.NAME), state);
        end = nextEnd;
      }
      i = end - 1;
    }
  }

  /**
   * The end (exclusive) of a body's name starting at token {@code k}: capitalised words no entity holds,
   * up to five, the last a head noun of {@code bodies.tsv}, optionally run on by "of"/"for"/"on" (and "the")
   * and capitalised words ("Ministry of Health", "Centers for Disease Control"); -1 when there is none.
   */
  private int bodyEnd(LinkedDocument d, int s, int k) {
    List<CoreLabel> toks = d.tokens(s);
    int head = -1;
    int j = k;
    while (j < toks.size() && j - k < 5 && capitalisedFree(d, s, j)) {
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      if (gazetteer.bodyNot().contains(w)) {
        return -1;
      }
      if (gazetteer.bodyHeads().contains(w)) {
        head = j;
      }
      j++;
    }
    if (head < 0) {
      return -1;
    }
    int end = head + 1;
    if (end < j) {
      // Capitalised words after the head that are no "of"/"for"/"on" complement: the name of something else.
      return -1;
    }
    String w = end < toks.size() ? toks.get(end).word() : "";
    if (w.equals("of") || w.equals("for") || w.equals("on")) {
      int c = end + 1 < toks.size() && toks.get(end + 1).word().equals("the") ? end + 2 : end + 1;
      int r = c;
      // The complement stops at a person's name: "… for National Reconciliation Chairman Abdullah Abdullah"
      // is a title and its holder after the body's name, which the check below then refuses.
      while (r < toks.size() && r - c < 6 && !"PERSON".equals(toks.get(r).ner()) && (capitalisedFree(d, s, r)
          || (r > c && toks.get(r).word().equals("and") && r + 1 < toks.size() && capitalisedFree(d, s, r + 1)))) {
        r++;
      }
      if (r > c) {
        end = r;
      }
    }
    if (end < toks.size() && ("PERSON".equals(toks.get(end).ner()) || d.titleAt(s, end) != null)) {
      return -1;
    }
    return end;
  }

  private static boolean capitalisedFree(LinkedDocument d, int s, int j) {
    CoreLabel t = d.tokens(s).get(j);
    // "Armed" in "the Lebanese Armed Forces" is tagged an adjective or participle.
    return d.mentionAt(s, j) == null && d.titleAt(s, j) == null && t.tag().matches("NN.*|JJ|VBN")
        && Character.isUpperCase(t.word().charAt(0));
  }

  private static String words(List<CoreLabel> toks, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int t = from; t < to; t++) {
      b.append(t > from ? " " : "").append(toks.get(t).word());
    }
    return b.toString();
  }
}
