package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.geokg.claim.Claim;
import org.geokg.claim.Modality;
import org.geokg.claim.Relation;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;
import org.geokg.link.Gazetteer.PersonRole;
import org.geokg.link.LinkedDocument;
import org.geokg.link.Mention;

/**
 * Finds whom each person represents, from how the text introduces them: a title with a state before
 * the name ("Russian Foreign Minister Sergey Lavrov", "France's Emmanuel Macron", "Kremlin
 * spokesperson Dmitry Peskov"), an apposition ("Lavrov, the Russian foreign minister"), a title that
 * implies its state ("Secretary of State"), a possessive pronoun ("his principal deputy Jon Finer"),
 * and, when the text says none of this, the curated table of office holders at the document's date.
 * "former" makes the claim {@link Modality#FORMER}.
 */
final class RepresentsExtractor {
  static final Relation REPRESENTS = Relation.of("represents");

  private final Gazetteer gazetteer;
  private final Lexicons lex;
  private final DelegationMembers delegations;

  RepresentsExtractor(Gazetteer gazetteer, Lexicons lex) {
    this.gazetteer = gazetteer;
    this.lex = lex;
    this.delegations = new DelegationMembers(lex, this::stateOfBody);
  }

  /**
   * {@code also}: an international body whose office the same title names besides the state ("Senegalese
   * President and African Union Assembly Chairperson X": Senegal, and also the African Union), or null.
   */
  private record Found(Entity actor, String title, boolean former, String rule, double confidence, Entity also) {
    Found(Entity actor, String title, boolean former, String rule, double confidence) {
      this(actor, title, former, rule, confidence, null);
    }
  }

  /** Adds represents claims to {@code out}; returns each person's represented actor. */
  Map<Entity, Entity> extract(LinkedDocument d, ActorResolver actors, ClaimCollector out) {
    Map<Entity, Entity> represented = new HashMap<>();
    Set<Entity> persons = new HashSet<>();
    Set<Entity> delegates = new HashSet<>();
    // The titles the text gives a person without naming the state and without "former": a present office
    // in the text's own words, which the table's ended term cannot turn into a former one.
    Map<Entity, List<String>> presentTitles = new HashMap<>();
    // Once the text calls a person former ("former President Jimmy Carter"), a later courtesy title
    // ("thanked President Carter") is no present office.
    Set<Entity> markedFormer = new HashSet<>();
    for (Mention m : d.mentions()) {
      if (m.entity().kind() != EntityKind.PERSON) {
        continue;
      }
      persons.add(m.entity());
      Found f = fromText(d, m, actors, represented);
      Entity office = representingOffice(d, m);
      if (office != null && (f == null || f.actor() == null)) {
        // "X, representing the OSCE Chairman-in-Office" and nothing else says whom X serves: the body.
        f = new Found(office, f == null ? null : f.title(), false, "represents-body-office", 0.8);
        office = null;
      }
      if (f != null && f.actor() != null && f.also() == null && office != null && !office.equals(f.actor())) {
        f = new Found(f.actor(), f.title(), f.former(), f.rule(), f.confidence(), office);
      }
      if (f != null && delegates.contains(m.entity()) && "represents-title-state".equals(f.rule())) {
        // "The Kenyan delegation included Secretary of the Treasury X. … Secretary of the Treasury X said":
        // the later title's table state (the United States') is no reading of X's state once the text has
        // placed X in another state's delegation.
        continue;
      }
      if (f != null && "represents-delegation-member".equals(f.rule())) {
        delegates.add(m.entity());
      }
      if (f == null || f.actor() == null) {
        if (f != null && f.title() != null) {
          d.setPersonTitle(m.entity(), f.title());
          if (f.former() || formerBefore(d, m)) {
            markedFormer.add(m.entity());
          } else {
            presentTitles.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(f.title());
          }
        }
        continue;
      }
      if (f.title() != null) {
        d.setPersonTitle(m.entity(), f.title());
      }
      represented.putIfAbsent(m.entity(), f.actor());
      out.add(claim(m.entity(), f, m.sentence(), out));
      if (f.also() != null) {
        // The body's office is a second office of the same person: both are whom they serve
        // (CONVENTIONS: every office, with the state or organisation it serves); the state acts.
        out.add(claim(m.entity(), new Found(f.also(), f.title(), f.former(), "represents-body-office", 0.8),
            m.sentence(), out));
      }
    }
    LocalDate day = d.document().date();
    for (Mention m : d.mentions()) {
      Entity p = m.entity();
      if (p.kind() != EntityKind.PERSON || represented.containsKey(p) || gazetteer.roles(p.key()).isEmpty()) {
        continue;
      }
      PersonRole role = role(gazetteer.roles(p.key()), day);
      String rule = "represents-office-holder";
      if (role == null && day != null) {
        // "Prime Minister Mitsotakis" in 2021, whom the tables give the office only from 2023: a leader's
        // table date is where the source starts the current term (the Factbook's "since" of a re-elected
        // leader), so the text's own title, when it is the office of a later role, names that office.
        role = laterOfficeTitled(gazetteer.roles(p.key()), day, d.personTitles().get(p));
        rule = "represents-office-titled";
      }
      Entity actor = role == null ? null : gazetteer.actor(role.represents()).orElse(null);
      if (actor == null) {
        continue;
      }
      boolean former = day != null && !role.heldOn(day) && role.to() != null && role.to().isBefore(day)
          && (markedFormer.contains(p) || !anotherOffice(presentTitles.get(p), role.title()));
      boolean future = day != null && role.from() != null && role.from().isAfter(day);
      if (future && rule.equals("represents-office-holder")) {
        continue;
      }
      d.setPersonTitle(p, role.title());
      represented.put(p, actor);
      out.add(claim(p, new Found(actor, role.title(), former, rule, 0.8), m.sentence(), out));
    }
    // "The following is attributable to Spokesperson Ned Price" in a government's release: the person
    // it is attributed to speaks for the publisher.
    Entity publisher = actors.firstPerson().publisher().orElse(null);
    if (publisher != null && publisher.kind() == EntityKind.STATE) {
      envoysOfPublisher(d, publisher, represented, out);
    }
    for (Entity p : publisher == null ? List.<Entity>of() : actors.firstPerson().attributedPersons()) {
      if (!represented.containsKey(p)) {
        represented.put(p, publisher);
        Mention first = d.mentions().stream().filter(m -> m.entity().equals(p)).findFirst().orElseThrow();
        out.add(claim(p, new Found(publisher, null, false, "represents-publisher", 0.7), first.sentence(), out));
      }
    }
    bodies(d, out);
    return represented;
  }

  /**
   * Whom government bodies represent, where the text says it: a body the text names with its state
   * ("Malawi's Ministry of Health", linked as that state's body), 0.8; a government body of
   * {@code organizations.tsv} after its own state's possessive ("Iran's Islamic Revolutionary Guard
   * Corps"), 0.8, or acting in the text (the subject of a verb, or conjoined with one: "the Department of
   * State has taken steps"; the possessor or compound of a noun of what it issues, {@code bodies.tsv} kind
   * {@code output}: "the Department of the Treasury's press release", "a State Department grant"), 0.75.
   * A body only named in a person's title, as a source ("funding from the State Department") or as a
   * modifier of anything else ("Department of Defense inventories") is not claimed: the annotated releases
   * do not code those.
   */
  private void bodies(LinkedDocument d, ClaimCollector out) {
    Set<Entity> done = new HashSet<>();
    for (Mention m : d.mentions()) {
      Entity e = m.entity();
      if (e.kind() != EntityKind.ORGANIZATION || done.contains(e)) {
        continue;
      }
      Entity state = d.bodyStates().get(e);
      String rule = "represents-body-named";
      double confidence = 0.8;
      if (state == null) {
        Gazetteer.Organization o = gazetteer.organizations().get(e.key());
        state = o != null && o.kind().equalsIgnoreCase("GovernmentBody") ? gazetteer.actsFor(e).orElse(null) : null;
        if (state == null || state.kind() != EntityKind.STATE) {
          continue;
        }
        if (afterOwnState(d, m, state)) {
          rule = "represents-body-of-state";
        } else if (acts(d, m)) {
          rule = "represents-body-acting";
          confidence = 0.75;
        } else {
          continue;
        }
      }
      done.add(e);
      out.add(claim(e, new Found(state, null, false, rule, confidence), m.sentence(), out));
    }
  }

  /** Whether the state's possessive stands right before the body ("Iran's Revolutionary Guard"). */
  private static boolean afterOwnState(LinkedDocument d, Mention m, Entity state) {
    List<CoreLabel> toks = d.tokens(m.sentence());
    if (m.begin() < 2 || !toks.get(m.begin() - 1).tag().equals("POS")) {
      return false;
    }
    Mention before = d.mentionAt(m.sentence(), m.begin() - 2);
    return before != null && before.entity().equals(state);
  }

  /**
   * Whether the body's head word is the subject of a verb (or conjoined with such a subject), or the
   * possessor or compound of a noun of what a body issues.
   */
  private boolean acts(LinkedDocument d, Mention m) {
    SemanticGraph g = graph(d, m.sentence());
    List<CoreLabel> toks = d.tokens(m.sentence());
    // "Department of Justice Deputy Assistant Attorney General X led …": the body names a person's office,
    // and the parse may make it the subject; the person acts, not the body.
    boolean titleAfter = m.end() < toks.size() && (d.titleAt(m.sentence(), m.end()) != null
        || "PERSON".equals(toks.get(m.end()).ner())
        || (Character.isUpperCase(toks.get(m.end()).word().charAt(0)) && toks.get(m.end()).tag().startsWith("NNP")));
    if (g == null || titleAfter) {
      return false;
    }
    for (int i = m.begin(); i < m.end(); i++) {
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      if (w == null) {
        continue;
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        int gi = e.getGovernor().index() - 1;
        if (m.covers(gi)) {
          continue;
        }
        if (bodyActs(g, e)) {
          return true;
        }
        if (e.getRelation().toString().equals("conj")) {
          for (SemanticGraphEdge up : g.incomingEdgeList(e.getGovernor())) {
            if (bodyActs(g, up)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private boolean bodyActs(SemanticGraph g, SemanticGraphEdge e) {
    String rel = e.getRelation().toString();
    IndexedWord gov = e.getGovernor();
    if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
      return gov.tag().startsWith("VB") && !gov.lemma().equals("be");
    }
    if (rel.equals("nmod:poss") || rel.equals("compound")) {
      return gov.tag().startsWith("NN") && gazetteer.bodyOutputs().contains(gov.word().toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** The title kind of envoys and ambassadors, whose bare title a government's own release gives its own. */
  private static final String DIPLOMAT = "diplomat";

  /**
   * "Special Envoy Lenderking traveled to Riyadh", "Ambassador Thomas-Greenfield met with …" in a state's
   * own release (its publisher): a person first named right after a capitalised diplomatic title that
   * names no state, with nothing before the title that names one ("UN Special Envoy", "Kenyan Ambassador",
   * which the walk back reads), and of whom the text says nothing else, is the publisher's envoy, as a
   * release writes its own people's titles bare and another state's with their state.
   */
  private void envoysOfPublisher(LinkedDocument d, Entity publisher, Map<Entity, Entity> represented,
      ClaimCollector out) {
    Set<Entity> seen = new HashSet<>();
    for (Mention m : d.mentions()) {
      Entity p = m.entity();
      if (p.kind() != EntityKind.PERSON || !seen.add(p) || represented.containsKey(p) || partOfAnotherName(d, p)
          || namedBefore(d, m)) {
        continue;
      }
      int s = m.sentence();
      List<CoreLabel> toks = d.tokens(s);
      int end = m.begin() - 1;
      Gazetteer.Title ti = end >= 0 ? d.titleAt(s, end) : null;
      if (ti == null && end > 0) {
        // "Special Envoy for the Horn of Africa Mike Hammer", "Counselor of the Department Derek Chollet": the
        // title's portfolio stands between it and the name, as fromText reads it too.
        int portfolio = portfolioStart(d, s, toks, end);
        if (portfolio > 0) {
          end = portfolio - 1;
          ti = d.titleAt(s, end);
        }
      }
      if (ti == null || !DIPLOMAT.equals(ti.kind()) || !ti.state().isEmpty()
          || !Character.isUpperCase(ti.phrase().charAt(0))) {
        continue;
      }
      int start = end;
      while (start > 0 && d.titleAt(s, start - 1) != null) {
        start--;
      }
      // "Republic of Korea (ROK) Special Representative Noh": a bracketed acronym closes a state's name.
      boolean cue = start > 0 && (d.mentionAt(s, start - 1) != null
          || toks.get(start - 1).tag().equals("POS") || toks.get(start - 1).tag().startsWith("NNP")
          || toks.get(start - 1).tag().equals("-RRB-"));
      if (cue) {
        continue;
      }
      represented.put(p, publisher);
      out.add(claim(p, new Found(publisher, ti.phrase(), false, "represents-publisher-envoy", 0.6), s, out));
    }
  }

  /**
   * The earliest role that starts after {@code day} whose title is {@code title} as the text wrote it before
   * the name, else null: the text calls the person by that office already.
   */
  private static PersonRole laterOfficeTitled(List<PersonRole> roles, LocalDate day, String title) {
    if (title == null) {
      return null;
    }
    PersonRole first = null;
    for (PersonRole r : roles) {
      if (r.from() != null && r.from().isAfter(day) && r.title().equalsIgnoreCase(title.trim())
          && (first == null || r.from().isBefore(first.from()))) {
        first = r;
      }
    }
    return first;
  }

  /**
   * Whether the one-word name of {@code p} is a word of another person's name in the document ("Noh" after
   * "Noh Kyu-duk", "Liu" after "Liu Xiaoming", a family name written first): the text has named that person
   * already, with whatever title it gave them there.
   */
  private static boolean partOfAnotherName(LinkedDocument d, Entity p) {
    String name = p.label();
    if (name == null || name.contains(" ")) {
      return false;
    }
    for (Mention o : d.mentions()) {
      Entity q = o.entity();
      if (q.kind() == EntityKind.PERSON && !q.equals(p) && q.label() != null
          && List.of(q.label().split("[ \\-]")).contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the one-word name of the person {@code m} first links is written before it ("… Special
   * Representative for Korean Peninsula Affairs Liu Xiaoming …", a name the linker did not take as this
   * person's, then "Special Representative Liu"): the text has named the person already.
   */
  private static boolean namedBefore(LinkedDocument d, Mention m) {
    String name = m.entity().label();
    if (name == null || name.contains(" ")) {
      return false;
    }
    for (int s = 0; s <= m.sentence(); s++) {
      List<CoreLabel> toks = d.tokens(s);
      int end = s == m.sentence() ? m.begin() : toks.size();
      for (int i = 0; i < end; i++) {
        if (toks.get(i).word().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether one of the titles the text gives a person, unmarked by "former", names an office other than the
   * table's ended {@code tableTitle}: "President Laurentino Cortizo Cohen of Panama" against a ministry the
   * table closes in 2006, "Special Presidential Envoy for Climate John Kerry" against the Secretary of State
   * of 2013-2017 (session 31: the tables' dictionary terms stop years before the releases, and the gold
   * writes the office the text gives as held). The same office ("President Obama", "Secretary Kerry" for
   * the Secretary of State, one title the start of the other) is the past one the table dates.
   */
  private static boolean anotherOffice(List<String> textTitles, String tableTitle) {
    if (textTitles == null) {
      return false;
    }
    String table = tableTitle == null ? "" : tableTitle.trim().toLowerCase(Locale.ROOT);
    for (String t : textTitles) {
      String text = t.trim().toLowerCase(Locale.ROOT);
      if (text.isEmpty()) {
        continue;
      }
      boolean same = !table.isEmpty() && (text.equals(table) || text.startsWith(table + " ")
          || table.startsWith(text + " "));
      if (!same) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code former_words} stands among the few words before the mention, with no other
   * person between: "former President Jimmy Carter", which an apposition or a preceding-title reading
   * returns without its "former".
   */
  private boolean formerBefore(LinkedDocument d, Mention m) {
    List<CoreLabel> toks = d.tokens(m.sentence());
    for (int i = m.begin() - 1; i >= 0 && m.begin() - i <= 6; i--) {
      Mention other = d.mentionAt(m.sentence(), i);
      if (other != null && other.entity().kind() == EntityKind.PERSON) {
        return false;
      }
      if (lex.contains("former_words", toks.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The role held on the day, else the latest one that ended before it, else null. */
  private static PersonRole role(List<PersonRole> roles, LocalDate day) {
    if (day == null) {
      return roles.get(roles.size() - 1);
    }
    PersonRole ended = null;
    for (PersonRole r : roles) {
      if (r.heldOn(day)) {
        return r;
      }
      if (r.to() != null && r.to().isBefore(day) && (ended == null || r.to().isAfter(ended.to()))) {
        ended = r;
      }
    }
    return ended;
  }

  private static Claim claim(Entity person, Found f, int sentence, ClaimCollector out) {
    return new Claim(person, REPRESENTS, f.actor(), f.former() ? Modality.FORMER : Modality.ASSERTED,
        f.confidence(), null, null, null, null, f.rule(), List.of(out.evidence(sentence)));
  }

  private Found fromText(LinkedDocument d, Mention m, ActorResolver actors, Map<Entity, Entity> represented) {
    List<CoreLabel> toks = d.tokens(m.sentence());
    Entity actor = null;
    boolean former = false;
    List<String> title = new ArrayList<>();
    boolean sawTitleOrPossessive = false;
    Gazetteer.Title titleEntry = null;
    int titleLast = -1;
    int skipped = 0;
    boolean pastAnd = false;
    Entity also = null;
    Entity posted = null;
    for (int i = m.begin() - 1; i >= 0 && m.begin() - i - skipped <= 8; i--) {
      CoreLabel t = toks.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      Mention other = d.mentionAt(m.sentence(), i);
      Gazetteer.Title ti = d.titleAt(m.sentence(), i);
      if (other != null && other.entity().kind() == EntityKind.PERSON) {
        break;
      }
      int open = bracketOpening(toks, i);
      if (open >= 0) {
        // "Republic of Korea (ROK) First Vice Foreign Minister Cho": an acronym in brackets is read
        // through, as the name it follows.
        i = open;
        continue;
      }
      if (other != null) {
        int post = postingPreposition(d, m.sentence(), toks, other.begin());
        if (post < 0 && other.end() == m.begin()) {
          post = listedPosting(d, m.sentence(), toks, other.begin());
          if (post >= 0) {
            // The list counts as one word toward the scan's reach, as a portfolio does.
            skipped += other.begin() - post;
          }
        }
        if (post >= 0 && posted == null && !title.isEmpty() && other.end() < m.begin()
            && d.titleAt(m.sentence(), other.end()) != null && internationalBody(other.entity())) {
          // "Special Adviser to the UN Secretary General X": the posting is an office of the body (its title
          // follows the body), and the adviser of the body's head serves the body, unless a state is named
          // before the first title ("U.S. Special Adviser to …"), which the scan reads on to.
          posted = other.entity();
        }
        if (post >= 0) {
          // "U.S. Ambassador to Russia John Smith", "Representative to the UN", "Special Envoy for Yemen X":
          // the actor after "to" or "for" is where the holder is posted or what they work on; whom they
          // represent is named before the title, if at all.
          title.add(0, toks.get(post - 1).word());
          sawTitleOrPossessive = true;
          i = post - 1;
          continue;
        }
        if (actor == null && other.entity().kind().isActor()) {
          actor = stateOfBody(other.entity());
        }
        i = other.begin();
        continue;
      }
      int of = w.equals("of") ? i : w.equals("the") && i > 0 && toks.get(i - 1).word().equals("of") ? i - 1 : -1;
      // Only "of the": "Secretary of State for Strategic Energy Infrastructure X" is one title of a state
      // whose words a title of the table starts ("Secretary of State"), no office held for another's holder.
      if (of >= 1 && of == i - 1 && actor == null && !title.isEmpty() && d.titleAt(m.sentence(), i + 1) != null
          && d.titleAt(m.sentence(), of - 1) != null && d.mentionAt(m.sentence(), of - 1) == null) {
        // "United Nations Personal Envoy of the Secretary-General X", "Special Representative of the
        // Secretary-General Y": the office is the earlier title's, held for the later one's holder; the scan
        // reads on to that title and to the body named before it.
        for (int k = i; k >= of; k--) {
          title.add(0, toks.get(k).word());
        }
        titleEntry = null;
        i = of;
        continue;
      }
      if (of >= 1 && actor != null && title.isEmpty() && !sawTitleOrPossessive && d.mentionAt(m.sentence(), i + 1) != null
          && (d.titleAt(m.sentence(), of - 1) != null || capitalisedNoun(toks.get(of - 1)))) {
        // "Minister of Foreign Affairs of Ukraine Dmytro X", "Vice Minister of Defense of the Republic of
        // Korea X": the actor "of" which the title is, between the title (or its portfolio) and the name.
        i = of;
        continue;
      }
      if (ti == null && title.isEmpty() && !sawTitleOrPossessive && i == m.begin() - 1
          && lex.contains("name_honorifics", w)) {
        // "Haitian Prime Minister Dr. Ariel Henry": the honorific right before the name hid the title and
        // the state before it, and the minister met stayed a person of no state (session 31, s31-prec2).
        skipped++;
        continue;
      }
      if (ti != null) {
        if (!pastAnd) {
          title.add(0, t.word());
        }
        if (titleEntry == null) {
          titleEntry = ti;
          titleLast = i;
        }
        sawTitleOrPossessive = true;
        continue;
      }
      if (t.tag().equals("POS")) {
        sawTitleOrPossessive = true;
        continue;
      }
      if (w.equals("and") && also == null && actor != null && internationalBody(actor) && !title.isEmpty()
          && d.titleAt(m.sentence(), i - 1) != null && coordinatedTitleState(d, m.sentence(), toks, i)
          && stateBeforeTitle(d, m.sentence(), toks, i) != null) {
        // "Senegalese President and African Union Assembly Chairperson X", "Polish Foreign Minister and OSCE
        // Chairman-in-Office Y": one person holds a state's office and an international body's. The state
        // named before the first title is the holder's (who acts); the body is theirs too (also).
        also = actor;
        actor = stateOfBody(stateBeforeTitle(d, m.sentence(), toks, i));
        break;
      }
      if (w.equals("and") && actor == null && !title.isEmpty() && coordinatedTitleState(d, m.sentence(), toks, i)) {
        // "Jordanian Deputy Prime Minister and Foreign Minister Ayman Safadi": one person holds both
        // offices, and the state named before the first is the holder's. Without a state right before the
        // first title ("the Secretary and Foreign Minister X": two people) the scan stops here as before.
        // The title kept is the one next to the name, as before: "the Foreign Minister" later in the text
        // still finds its holder, which a title with "Deputy" (a lesser office) would not.
        pastAnd = true;
        // The scan's reach starts again at the "and": "Qatari Deputy Prime Minister and Minister of Foreign
        // Affairs X" puts the state nine words before the name, and the words between are titles and their
        // modifiers only (coordinatedTitleState), so the longer reach reads no other phrase (session 31).
        skipped = Math.max(skipped, m.begin() - i - 1);
        continue;
      }
      if (lex.contains("former_words", w)) {
        former = true;
        continue;
      }
      if (t.tag().equals("PRP$") && actor == null) {
        SemanticGraph g = graph(d, m.sentence());
        IndexedWord node = g == null ? null : g.getNodeByIndexSafe(i + 1);
        List<Entity> owner = node == null ? List.of() : actors.resolve(m.sentence(), g, node);
        if (!owner.isEmpty()) {
          Entity o = owner.get(0);
          actor = o.kind() == EntityKind.PERSON ? represented.get(o) : o;
        }
        break;
      }
      if ((t.tag().startsWith("JJ") || t.tag().startsWith("NN")) && lex.contains("title_modifiers", w)) {
        if (!pastAnd) {
          title.add(0, t.word());
        }
        continue;
      }
      if (titleEntry != null && (t.tag().startsWith("JJ") || t.tag().startsWith("NN"))
          && lex.contains("title_bodies", w)) {
        // "French MFA Secretary General X", "Dutch Foreign Ministry State Secretary X": the ministry's name
        // between the state and the title is read through to the state; it is not part of the title.
        continue;
      }
      int portfolio = sawTitleOrPossessive ? -1 : portfolioStart(d, m.sentence(), toks, i);
      if (portfolio >= 0) {
        // "Assistant Secretary for International Organization Affairs Erica Barks-Ruggles": the
        // title's portfolio is read through, to the title and whatever names its state before it.
        skipped += i - portfolio + 1;
        i = portfolio;
        continue;
      }
      break;
    }
    if (actor == null) {
      // "a Zambian delegation that included Secretary of the Treasury X", "X led the Thai delegation": a
      // member of a state's delegation speaks for that state, before any state the title's table gives
      // (the United States' "Secretary of the Treasury") or an apposition reads; a state the title itself
      // names ("U.S. Ambassador X") still wins.
      Entity delegation = delegations.stateOf(d, m);
      if (delegation != null) {
        return new Found(delegation, titleText(title), former, "represents-delegation-member", 0.85, also);
      }
    }
    if (sawTitleOrPossessive || !title.isEmpty()) {
      if (actor == null && titleEntry != null && !titleEntry.state().isEmpty()) {
        Entity byTable = tableState(d, m.sentence(), titleEntry, titleLast + 1);
        if (byTable != null) {
          return new Found(byTable, titleText(title), former, "represents-title-state", 0.8);
        }
      }
      if (actor != null) {
        return new Found(actor, titleText(title), former, "represents-title", 0.9, also);
      }
      if (posted != null) {
        return new Found(posted, titleText(title), former, "represents-body-office", 0.8);
      }
    }
    Found appos = fromApposition(d, m, actors);
    if (appos == null) {
      appos = fromFollowingTitle(d, m);
    }
    if (appos == null) {
      appos = fromPrecedingTitle(d, m);
    }
    if (appos != null) {
      return appos;
    }
    return title.isEmpty() ? null : new Found(null, titleText(title), former, "represents-title", 0.9);
  }

  /**
   * The index of "to" or "for" when the mention starting at {@code begin} is the posting of a title
   * ("Ambassador to the UN", "Special Envoy to Syria") or its portfolio ("Special Representative for the
   * DPRK", "Special Envoy for Yemen": the state the holder works on, not whom they represent): "to" or
   * "for", an optional "the", and before it a title or a capitalised word of one ("Representative"); else
   * -1. "a letter to the Russian President", "a statement for Japan" are no posting.
   */
  private static int postingPreposition(LinkedDocument d, int sentence, List<CoreLabel> toks, int begin) {
    int k = begin - 1;
    if (k >= 0 && toks.get(k).word().equalsIgnoreCase("the")) {
      k--;
    }
    // "UN Special Envoy on Myanmar X" (session 31): "on" names a portfolio as "for" does.
    if (k < 1 || !(toks.get(k).word().equals("to") || toks.get(k).word().equals("for")
        || toks.get(k).word().equals("on"))) {
      return -1;
    }
    CoreLabel before = toks.get(k - 1);
    boolean titled = d.titleAt(sentence, k - 1) != null
        || (Character.isUpperCase(before.word().charAt(0)) && before.tag().matches("NN.*|JJ"));
    return titled && d.mentionAt(sentence, k - 1) == null ? k : -1;
  }

  /**
   * The index of the "for" or "to" of a posting or portfolio that lists several places and ends with the
   * mention at {@code begin} ("UK Minister of State for Europe and North America Robert X", "Special
   * Envoy for the Sahel, Mali and Niger Y"): back from the mention over capitalised words, "the", commas
   * and at least one "and" or comma, at most twelve tokens, to a "for" or "to" that {@link
   * #postingPreposition} accepts; else -1. The last place of such a list is no more the holder's state
   * than the first ("for Europe" is read as a posting already).
   */
  private static int listedPosting(LinkedDocument d, int sentence, List<CoreLabel> toks, int begin) {
    boolean list = false;
    for (int k = begin - 1; k >= Math.max(1, begin - 12); k--) {
      CoreLabel t = toks.get(k);
      String w = t.word();
      if (w.equals("for") || w.equals("to")) {
        return list ? postingPreposition(d, sentence, toks, k + 1) : -1;
      }
      if (w.equals("and") || w.equals(",")) {
        list = true;
        continue;
      }
      Mention inList = d.mentionAt(sentence, k);
      if (inList != null && inList.entity().kind() == EntityKind.PERSON) {
        return -1;
      }
      if (!(w.equals("the") || inList != null || capitalisedNoun(t)
          || (t.tag().startsWith("JJ") && Character.isUpperCase(w.charAt(0))))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the "and" at token {@code and} joins two titles of one holder: right before it a title (with
   * its modifiers) that a state or organisation named in the text opens ("Jordanian Deputy Prime
   * Minister and ...", "UK Minister and ..."), with no person between.
   */
  private boolean coordinatedTitleState(LinkedDocument d, int s, List<CoreLabel> toks, int and) {
    int k = and - 1;
    while (k >= 0 && d.mentionAt(s, k) == null && (d.titleAt(s, k) != null
        || lex.contains("title_modifiers", toks.get(k).word().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    if (k == and - 1 || k < 0 || d.titleAt(s, and - 1) == null) {
      return false;
    }
    Mention before = d.mentionAt(s, k);
    return before != null && before.entity().kind().isActor() && before.entity().kind() != EntityKind.PERSON;
  }

  /** The state named right before the title (and its modifiers) that ends at the "and" at {@code and}, else null. */
  private Entity stateBeforeTitle(LinkedDocument d, int s, List<CoreLabel> toks, int and) {
    int k = and - 1;
    while (k >= 0 && d.mentionAt(s, k) == null && (d.titleAt(s, k) != null
        || lex.contains("title_modifiers", toks.get(k).word().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    Mention before = k >= 0 && k < and - 1 ? d.mentionAt(s, k) : null;
    return before != null && before.entity().kind() == EntityKind.STATE ? before.entity() : null;
  }

  /** An organisation that is no government body of a state (the African Union, the OSCE, the UN). */
  private boolean internationalBody(Entity e) {
    return e.kind() == EntityKind.ORGANIZATION && stateOfBody(e).equals(e);
  }

  /**
   * The international body whose office the person is said to represent right after the name: "X,
   * representing the OSCE Chairman-in-Office", "Y, representing the African Union (AU) Commission
   * Chairperson": ", representing", an optional "the", the body, an optional bracketed acronym and the
   * body's words read through before a title ({@code title_bodies}), then a title. Else null: "X,
   * representing Poland at the OSCE meeting" names no office of the body, and a state's official stays
   * their state's.
   */
  private Entity representingOffice(LinkedDocument d, Mention m) {
    int s = m.sentence();
    List<CoreLabel> toks = d.tokens(s);
    int k = m.end();
    if (k < toks.size() && toks.get(k).word().equals(",")) {
      k++;
    }
    if (k >= toks.size() || !toks.get(k).word().equals("representing")) {
      return null;
    }
    k++;
    if (k < toks.size() && toks.get(k).word().equalsIgnoreCase("the")) {
      k++;
    }
    Mention body = k < toks.size() ? d.mentionAt(s, k) : null;
    if (body == null || body.begin() != k || !internationalBody(body.entity())) {
      return null;
    }
    k = body.end();
    if (k < toks.size() && toks.get(k).tag().equals("-LRB-")) {
      int close = k + 1;
      while (close < toks.size() && close <= k + 3 && !toks.get(close).tag().equals("-RRB-")) {
        close++;
      }
      k = close + 1;
    }
    while (k < toks.size() && d.titleAt(s, k) == null
        && lex.contains("title_bodies", toks.get(k).word().toLowerCase(Locale.ROOT))) {
      k++;
    }
    return k < toks.size() && d.titleAt(s, k) != null ? body.entity() : null;
  }

  /**
   * A government body of the gazetteer (the State Department, the Pentagon) stands for the state it
   * acts for when it precedes a title; any other actor is itself.
   */
  private Entity stateOfBody(Entity e) {
    Gazetteer.Organization o = e.kind() == EntityKind.ORGANIZATION ? gazetteer.organizations().get(e.key()) : null;
    return o != null && o.kind().equalsIgnoreCase("GovernmentBody") ? gazetteer.actsFor(e).orElse(e) : e;
  }

  /**
   * Where a title's portfolio ending at token {@code i}, a capitalised noun right before the name, starts
   * ("for International Organization Affairs", "of Communications and Information Technology" after
   * the title), when the words from "for" or "of" to {@code i} are capitalised names joined by "and",
   * "the", commas and an inner "of"/"for" (at most twelve) and a title word stands right before the
   * first "for"/"of"; else -1.
   */
  private static int portfolioStart(LinkedDocument d, int s, List<CoreLabel> toks, int i) {
    if (!capitalisedNoun(toks.get(i))) {
      // "Minister of Communications, Bill Nelson": a comma or "and" ends a list of people.
      return -1;
    }
    for (int j = i; j >= Math.max(1, i - 12); j--) {
      CoreLabel t = toks.get(j);
      String w = t.word();
      // "Special Representative on Korean Peninsula Affairs Liu Xiaoming" (session 31): "on" opens a
      // portfolio as "for" does, only right after a title.
      if ((w.equals("for") || w.equals("of") || w.equals("on")) && j < i && d.titleAt(s, j - 1) != null) {
        return j;
      }
      if ((w.equals("for") || w.equals("of")) && j < i) {
        // "Under Secretary of Commerce for International Trade": a portfolio in two parts.
        continue;
      }
      boolean name = capitalisedNoun(t) || (t.tag().startsWith("JJ") && Character.isUpperCase(w.charAt(0)));
      if (!(name || w.equals("and") || w.equals("the") || w.equals(",") || w.equals("&"))) {
        return -1;
      }
    }
    return -1;
  }

  /** A proper noun, or a capitalised common noun (the tagger reads "Housing" in a portfolio as one). */
  private static boolean capitalisedNoun(CoreLabel t) {
    return t.tag().startsWith("NN") && Character.isUpperCase(t.word().charAt(0));
  }

  /** Where the bracket closing at token {@code i} opens, when it holds one to three words; else -1. */
  private static int bracketOpening(List<CoreLabel> toks, int i) {
    if (!toks.get(i).tag().equals("-RRB-")) {
      return -1;
    }
    for (int j = i - 2; j >= Math.max(0, i - 4); j--) {
      if (toks.get(j).tag().equals("-LRB-")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The state the title table gives {@code entry}, unless the title is one of {@code portfolio_foreign_titles}
   * and a portfolio follows it (token {@code after} is "for"): the United States' Secretary of State has none,
   * so "Secretary of State for Strategic Energy Infrastructure X", "Secretary of State for Defence X" is
   * another government's office, whose state the text must name.
   */
  private Entity tableState(LinkedDocument d, int s, Gazetteer.Title entry, int after) {
    List<CoreLabel> toks = d.tokens(s);
    if (after >= 0 && after < toks.size() && toks.get(after).word().equals("for")
        && lex.contains("portfolio_foreign_titles", entry.phrase().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return gazetteer.actor(entry.state()).orElse(null);
  }

  private static String titleText(List<String> words) {
    return words.isEmpty() ? null : String.join(" ", words);
  }

  /**
   * Whether reading who the people of sentence {@code s} represent may need its dependency parse:
   * it names a person and holds a title or a possessive pronoun (an apposition, "its envoy").
   */
  static boolean readsParse(LinkedDocument d, int s) {
    boolean person = false;
    for (Mention m : d.mentions()) {
      if (m.sentence() == s && m.entity().kind() == EntityKind.PERSON) {
        person = true;
        break;
      }
    }
    if (!person) {
      return false;
    }
    List<CoreLabel> toks = d.tokens(s);
    for (int i = 0; i < toks.size(); i++) {
      if (d.titleAt(s, i) != null || "PRP$".equals(toks.get(i).tag())) {
        return true;
      }
    }
    return false;
  }

  private static SemanticGraph graph(LinkedDocument d, int s) {
    return d.graph(s);
  }

  /**
   * The title after a comma that follows the name, read on the tokens where the parse of a list of people
   * loses the apposition: a state's name or demonym before the title ("X, Saudi Minister of
   * Communications", "X, the Japanese Ambassador"), the state "of" which the title is ("X, Minister of
   * Foreign Affairs of Japan"; the title and its capitalised portfolio read through), or the state whose
   * mission, embassy or government ({@code mission_nouns}) the title is "for" or "of" ("X, Chargé
   * d'Affaires for the United States Mission to Y"). The state a title is posted "to" is not whom it
   * represents ("X, Ambassador to the United States": nothing), nor is the state of a plain "for"
   * ("Special Envoy for Syria").
   */
  private Found fromFollowingTitle(LinkedDocument d, Mention m) {
    int s = m.sentence();
    List<CoreLabel> toks = d.tokens(s);
    int k = m.end();
    if (k + 1 >= toks.size() || !toks.get(k).word().equals(",")) {
      return null;
    }
    k++;
    if (toks.get(k).tag().equals("DT")) {
      k++;
    }
    boolean former = false;
    if (k < toks.size() && lex.contains("former_words", toks.get(k).word().toLowerCase(Locale.ROOT))) {
      former = true;
      k++;
    }
    Entity actor = null;
    Mention st = k < toks.size() ? d.mentionAt(s, k) : null;
    if (st != null && st.begin() == k && st.entity().kind() == EntityKind.STATE && st.form() != Mention.Form.SEAT) {
      actor = st.entity();
      k = st.end() < toks.size() && toks.get(st.end()).tag().equals("POS") ? st.end() + 1 : st.end();
    }
    int t0 = k;
    Gazetteer.Title entry = null;
    while (k < toks.size() && (d.titleAt(s, k) != null
        || (k > t0 && lex.contains("title_modifiers", toks.get(k).word().toLowerCase(Locale.ROOT))))) {
      entry = entry == null ? d.titleAt(s, k) : entry;
      k++;
    }
    if (entry == null || (k < toks.size() && d.mentionAt(s, k) != null
        && d.mentionAt(s, k).entity().kind() == EntityKind.PERSON)) {
      return null;
    }
    String title = String.join(" ", toks.subList(t0, k).stream().map(CoreLabel::word).toList());
    if (actor == null) {
      // The title's portfolio ("of Foreign Affairs", "for Consular Affairs") read through to an "of"/"for"
      // that names a state.
      int p = k;
      while (p + 1 < toks.size() && p - k < 10 && (toks.get(p).word().equals("of") || toks.get(p).word().equals("for")
          || toks.get(p).word().equals("and") || capitalisedNoun(toks.get(p)))) {
        String prep = toks.get(p).word();
        if (prep.equals("of") || prep.equals("for")) {
          int q = toks.get(p + 1).tag().equals("DT") ? p + 2 : p + 1;
          Mention named = q < toks.size() ? d.mentionAt(s, q) : null;
          if (named != null && named.begin() == q && named.entity().kind() == EntityKind.STATE
              && named.form() == Mention.Form.NAME) {
            boolean body = named.end() < toks.size()
                && lex.contains("mission_nouns", toks.get(named.end()).lemma().toLowerCase(Locale.ROOT));
            boolean ends = named.end() >= toks.size() || !toks.get(named.end()).tag().startsWith("NN");
            if (body || (prep.equals("of") && ends)) {
              actor = named.entity();
            }
            break;
          }
        }
        p++;
      }
    }
    if (actor == null && !entry.state().isEmpty()) {
      actor = tableState(d, s, entry, k);
    }
    return actor == null ? null : new Found(actor, title, former, "represents-apposition", 0.85);
  }

  /**
   * The title before a comma that precedes the name, read on the tokens where the parse hangs the name on
   * the title's last noun ("The Permanent Representative of Brazil to the United Nations, X, said": appos
   * of "Nations"): the state "of" which the title is, read through the title's capitalised portfolio ("the
   * Minister of Foreign Affairs of Japan, X"), or a state's name or demonym right before the title ("the
   * Kenyan Ambassador to the United States, X"). The state after "to" is where the title is posted, not
   * whom it represents. The title phrase holds no comma and no other person, and follows no comma (in a
   * list of names each followed by its title, such a title is the name's before it).
   */
  private Found fromPrecedingTitle(LinkedDocument d, Mention m) {
    int s = m.sentence();
    List<CoreLabel> toks = d.tokens(s);
    int comma = m.begin() - 1;
    if (comma < 2 || !toks.get(comma).word().equals(",")) {
      return null;
    }
    // The name closes its apposition: a comma, the sentence's end, or a verb right after it.
    if (m.end() < toks.size() && !toks.get(m.end()).word().equals(",") && !toks.get(m.end()).tag().startsWith("VB")
        && !toks.get(m.end()).tag().equals(".")) {
      return null;
    }
    // Back from the comma to the title: a posting "to (the) X" and the words "of" a state or a portfolio.
    int k = comma - 1;
    Entity ofState = null;
    int steps = 0;
    while (k >= 0 && steps++ < 16 && d.titleAt(s, k) == null) {
      CoreLabel t = toks.get(k);
      Mention other = d.mentionAt(s, k);
      if (other != null) {
        if (other.entity().kind() == EntityKind.PERSON) {
          return null;
        }
        int b = other.begin() - 1;
        if (b >= 0 && toks.get(b).word().equalsIgnoreCase("the")) {
          b--;
        }
        if (b < 0) {
          return null;
        }
        String prep = toks.get(b).word();
        if (prep.equals("of") && other.entity().kind() == EntityKind.STATE && other.form() == Mention.Form.NAME) {
          ofState = other.entity();
        } else if (!prep.equals("to")) {
          return null;
        }
        k = b - 1;
        continue;
      }
      if (!(capitalisedNoun(t) || t.word().equals("of") || t.word().equals("for") || t.word().equals("and"))) {
        return null;
      }
      k--;
    }
    if (k < 0 || d.titleAt(s, k) == null) {
      return null;
    }
    Gazetteer.Title entry = d.titleAt(s, k);
    int end = k + 1;
    while (k > 0 && d.titleAt(s, k - 1) != null) {
      k--;
    }
    String title = String.join(" ", toks.subList(k, end).stream().map(CoreLabel::word).toList());
    Entity actor = ofState;
    Mention before = k > 0 ? d.mentionAt(s, k - 1) : null;
    if (before == null && k > 1 && toks.get(k - 1).tag().equals("POS")) {
      before = d.mentionAt(s, k - 2);
    }
    if (actor == null && before != null && before.entity().kind() == EntityKind.STATE
        && before.form() != Mention.Form.SEAT) {
      actor = before.entity();
    }
    // "X, Saudi Minister of Communications, Bill Nelson, Administrator of …": in a list of names each
    // followed by its title, a title after a comma is the name's before it, not the next one's.
    int start = before != null && before.entity().kind() == EntityKind.STATE ? before.begin() : k;
    if (start > 0 && toks.get(start - 1).tag().equals("DT")) {
      start--;
    }
    if (start > 0 && toks.get(start - 1).word().equals(",")) {
      return null;
    }
    if (actor == null && !entry.state().isEmpty()) {
      actor = tableState(d, s, entry, end);
    }
    return actor == null ? null : new Found(actor, title, false, "represents-apposition", 0.85);
  }

  private Found fromApposition(LinkedDocument d, Mention m, ActorResolver actors) {
    SemanticGraph g = graph(d, m.sentence());
    if (g == null) {
      return null;
    }
    for (int i = m.begin(); i < m.end(); i++) {
      IndexedWord w = g.getNodeByIndexSafe(i + 1);
      if (w == null) {
        continue;
      }
      List<IndexedWord> described = new ArrayList<>();
      for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
        if (e.getRelation().toString().equals("appos")) {
          described.add(e.getDependent());
        }
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        if (e.getRelation().toString().equals("appos")) {
          described.add(e.getGovernor());
        }
      }
      for (IndexedWord x : described) {
        int xi = x.index() - 1;
        if (d.titleAt(m.sentence(), xi) == null) {
          continue;
        }
        Entity actor = null;
        boolean former = false;
        List<String> title = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
          String rel = e.getRelation().toString();
          IndexedWord dep = e.getDependent();
          Mention dm = d.mentionAt(m.sentence(), dep.index() - 1);
          if (rel.equals("nmod:of") && dm != null && dm.entity().kind() == EntityKind.STATE
              && dm.form() == Mention.Form.NAME) {
            // "The Permanent Representative of Brazil to the United Nations, X": the state "of" which the
            // apposed title is (where it is posted, "to", is not whom it represents).
            actor = actor == null ? dm.entity() : actor;
            continue;
          }
          if (!(rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod"))) {
            continue;
          }
          if (dm != null && dm.entity().kind().isActor() && dm.entity().kind() != EntityKind.PERSON) {
            actor = actor == null ? dm.entity() : actor;
          } else if (lex.contains("former_words", dep.word())) {
            former = true;
          } else if (d.titleAt(m.sentence(), dep.index() - 1) != null) {
            title.add(dep.word());
          }
        }
        title.add(x.word());
        Gazetteer.Title te = d.titleAt(m.sentence(), xi);
        if (actor == null && !te.state().isEmpty()) {
          int after = xi;
          while (after < d.tokens(m.sentence()).size() && d.titleAt(m.sentence(), after) != null) {
            after++;
          }
          actor = tableState(d, m.sentence(), te, after);
        }
        if (actor != null) {
          return new Found(actor, String.join(" ", title), former, "represents-apposition", 0.85);
        }
      }
    }
    return null;
  }
}
