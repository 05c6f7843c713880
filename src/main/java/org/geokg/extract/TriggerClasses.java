package org.geokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.geokg.claim.Relation;

/**
 * Decides which relations a rule's match stands for: the rule's own; for a table rule, the classes
 * its predicate table gives the trigger's lemma in the matched frame, particle, object noun and
 * modifiers (with the CAMEO code when the table has one); for a modifier rule, the relations its
 * modifiers name ("financial and military ties" → two).
 *
 * <p>Within a table, a row that names a constraint the match meets (an object noun: "exchange fire";
 * a modifier: "visa restrictions") is more specific than one that names none, and wins over it, as
 * a longer pattern wins in the event coders' dictionaries.
 */
final class TriggerClasses {
  /** A relation with the CAMEO code the table gave it (or null). */
  record Coded(Relation relation, String cameoCode) {}

  private static final String HAND_VERBS = "interaction_verbs";
  private static final String CAMEO_VERBS = "cameo_verbs";

  private final Lexicons lex;

  TriggerClasses(Lexicons lex) {
    this.lex = lex;
  }

  /**
   * The relations of a match of {@code r} at {@code trigger}; {@code prepReln} is the relation named
   * {@code prep} in the pattern, {@code noun} the verb's object (the node named {@code noun}, else for
   * an {@code obj} frame the object itself), or null.
   */
  List<Coded> of(Rule r, SemanticGraph g, IndexedWord trigger, String prepReln, IndexedWord noun) {
    if (r.relationTable() != null) {
      return fromTable(r, g, trigger, prepReln, noun);
    }
    List<Coded> out = new ArrayList<>();
    if (r.modifierTable() != null) {
      for (IndexedWord mod : modifiers(g, trigger)) {
        for (String key : new String[] {mod.lemma() == null ? mod.word() : mod.lemma(), mod.word()}) {
          for (Map<String, String> row : lex.rows(r.modifierTable(), key)) {
            addOnce(out, new Coded(Relation.of(row.get("relation")), null));
          }
        }
      }
      if (out.isEmpty() && r.relation() != null) {
        out.add(new Coded(r.relation(), null));
      }
      return out;
    }
    return List.of(new Coded(r.relation(), null));
  }

  private List<Coded> fromTable(Rule r, SemanticGraph g, IndexedWord trigger, String prepReln, IndexedWord noun) {
    String particle = null;
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      if (e.getRelation().toString().equals("compound:prt")) {
        particle = e.getDependent().word().toLowerCase(Locale.ROOT);
      }
    }
    String prep = prepReln == null ? null : prepReln.substring(prepReln.indexOf(':') + 1);
    boolean passive = "passive".equals(r.frame());
    // obj-noun: an object that is a common noun; only rows that name it apply ("attacked the government").
    boolean nounOnly = "obj-noun".equals(r.frame());
    // reciprocal: "X and Y agreed", "signed an agreement": only a reading the parties can hold toward
    // each other (no target, or one after "with"); "X and Y sought to …" is no demand on each other.
    boolean reciprocal = "reciprocal".equals(r.frame());
    // recipient: "X received assurances from Y": only a reading given to someone (target after "to").
    boolean recipient = "recipient".equals(r.frame());
    // pp: the noun after one of the verb's prepositions decides ("advised against travel to Y"); only
    // rows of that preposition and noun apply, the target being found as for the verb's other frames.
    // pp-passive: a pattern's passive code on an active verb whose subject undergoes the act ("came under
    // fire from Y", CAMEO COME * (UNDER FIRE) [:111]): only the rows of voice passive apply.
    boolean ppPassive = "pp-passive".equals(r.frame());
    boolean pp = ppPassive || "pp".equals(r.frame());
    // noun-pp: the target hangs on the noun after the object's preposition ("announced the restoration
    // of relations with Y"); only rows that name both nouns apply.
    boolean nounPp = "noun-pp".equals(r.frame());
    String wanted = r.frame() == null || reciprocal || recipient ? null
        : r.frame().equals("prep") ? (prep == null ? null : "prep:" + prep)
        : pp ? (prep == null ? "pp:" : "pp:" + prep)
        : passive || nounOnly ? "obj" : r.frame();
    String nounLemma = noun == null ? null : lemma(noun).toLowerCase(Locale.ROOT);
    String nounSingular = nounLemma == null ? null : singular(noun, nounLemma);
    List<String> mods = null;
    List<Coded> general = new ArrayList<>();
    List<Coded> specific = new ArrayList<>();
    List<Coded> passiveRows = new ArrayList<>();
    // A row that also names a preposition's noun ("staged a demonstration in solidarity") is the most
    // specific, as the longer pattern wins in the coders' dictionaries.
    List<Coded> withPp = new ArrayList<>();
    boolean stopped = false;
    for (Map<String, String> row : lex.rows(r.relationTable(), trigger.lemma())) {
      String frame = row.getOrDefault("frame", "");
      String rowNoun = row.getOrDefault("noun", "");
      String rowModifier = row.getOrDefault("modifier", "");
      String preps = row.get("preps");
      // "@NAME" names a lexicon of object nouns rather than one ("meet	none	obj		@goal_nouns").
      boolean nounOk = rowNoun.isEmpty() ? !"noun".equals(frame)
          : rowNoun.startsWith("@") ? nounLemma != null && (lex.contains(rowNoun.substring(1), nounLemma)
              || lex.contains(rowNoun.substring(1), nounSingular))
          : rowNoun.equals(nounLemma) || rowNoun.equals(nounSingular);
      boolean targetPrep = prep != null && lex.contains("target_prepositions", prep);
      // A bare verb's code ("any") holds for its object or a target preposition of the verb itself,
      // not for a preposition of some object noun ("weighing their ties to Russia").
      boolean frameOk = nounPp ? frame.equals("noun") && !row.getOrDefault("pp", "").isEmpty()
          : pp ? frame.equals(wanted) && !rowNoun.isEmpty()
          : reciprocal
          ? frame.equals("none") || frame.equals("prep:with")
              || (preps != null && Arrays.asList(preps.split("\\|")).contains("with"))
          : recipient ? frame.equals("prep:to") || (preps != null && Arrays.asList(preps.split("\\|")).contains("to"))
          : wanted == null || frame.equals(wanted)
          || ("noun".equals(frame) && ("obj".equals(wanted) || targetPrep))
          || ("any".equals(frame) && ("obj".equals(wanted) || (targetPrep && noun == null)))
          || (preps != null && prep != null && Arrays.asList(preps.split("\\|")).contains(prep));
      String rowParticle = row.getOrDefault("particle", "");
      boolean particleOk = rowParticle.isEmpty() ? particle == null || !lex.contains("verb_particles", particle)
          : rowParticle.equalsIgnoreCase(particle);
      boolean modifierOk = true;
      if (!rowModifier.isEmpty()) {
        if (mods == null) {
          mods = modifiers(g, trigger).stream().map(w -> lemma(w).toLowerCase(Locale.ROOT)).toList();
        }
        modifierOk = Arrays.stream(rowModifier.split("\\|")).anyMatch(mods::contains);
      }
      String rowPp = row.getOrDefault("pp", "");
      boolean ppOk = rowPp.isEmpty() || hasPp(g, trigger, noun, rowPp);
      String cls = row.containsKey("class") ? row.get("class") : row.get("relation");
      if (!(frameOk && nounOk && particleOk && modifierOk && ppOk && cls != null && !cls.isEmpty())) {
        continue;
      }
      if (cls.equals("none")) {
        // A null code of the dictionary: this object noun stops the verb being coded.
        stopped = true;
        continue;
      }
      Coded c = new Coded(Relation.of(cls), emptyToNull(row.get("cameo")));
      if ((passive || ppPassive) && "passive".equals(row.get("voice"))) {
        addOnce(passiveRows, c);
      } else if (!"passive".equals(row.getOrDefault("voice", ""))) {
        addOnce(!rowPp.isEmpty() ? withPp : !rowNoun.isEmpty() || !rowModifier.isEmpty() ? specific : general, c);
      }
    }
    if (ppPassive) {
      return passiveRows;
    }
    if (passiveRows.isEmpty() && withPp.isEmpty() && specific.isEmpty() && !general.isEmpty()
        && HAND_VERBS.equals(r.relationTable()) && hasSubject(g, trigger)
        && !general.stream().map(Coded::relation).toList().containsAll(patternClasses(g, trigger))) {
      // One precedence across the two tables: a CAMEO pattern with a noun after the verb's
      // preposition that the clause meets ("engaged Y in a firefight", "hit Y with drones") is more
      // specific than a hand-written row with no noun, and the CAMEO rules read it (they need the
      // verb's subject: a participle with none keeps the hand reading). A pattern that gives the
      // hand rows' own class changes nothing.
      return List.of();
    }
    return !passiveRows.isEmpty() ? passiveRows : !withPp.isEmpty() ? withPp : !specific.isEmpty() ? specific
        : stopped || nounOnly || pp || nounPp ? List.of() : general;
  }

  /**
   * The classes of the CAMEO table's rows for {@code trigger}'s lemma with a noun after a preposition
   * ({@code pp:P} frame: "ENGAGE * (IN FIREFIGHT)") whose noun hangs on the trigger after that
   * preposition; empty when none does.
   */
  private List<Relation> patternClasses(SemanticGraph g, IndexedWord trigger) {
    List<Relation> out = new ArrayList<>();
    if (!lex.hasTable(CAMEO_VERBS)) {
      return out;
    }
    List<Map<String, String>> rows = lex.rows(CAMEO_VERBS, lemma(trigger));
    if (rows.isEmpty()) {
      return out;
    }
    for (SemanticGraphEdge e : g.outgoingEdgeList(trigger)) {
      String rel = e.getRelation().toString();
      if (!rel.startsWith("obl:")) {
        continue;
      }
      String frame = "pp:" + rel.substring(4);
      IndexedWord n = e.getDependent();
      String l = lemma(n).toLowerCase(Locale.ROOT);
      String singular = singular(n, l);
      for (Map<String, String> row : rows) {
        String noun = row.getOrDefault("noun", "");
        String cls = row.getOrDefault("class", "");
        if (frame.equals(row.get("frame")) && !cls.isEmpty() && !cls.equals("none")
            && !"passive".equals(row.get("voice")) && (noun.equals(l) || noun.equals(singular))
            && !out.contains(Relation.of(cls))) {
          out.add(Relation.of(cls));
        }
      }
    }
    return out;
  }

  /** Whether the verb has a subject of its own or from the clause that controls it. */
  private static boolean hasSubject(SemanticGraph g, IndexedWord trigger) {
    return g.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
  }

  /**
   * Whether {@code pp} ("in solidarity") is a preposition of the trigger, or of its object noun, with a
   * noun of that lemma after it.
   */
  private static boolean hasPp(SemanticGraph g, IndexedWord trigger, IndexedWord noun, String pp) {
    int space = pp.indexOf(' ');
    String prep = pp.substring(0, space);
    String lemma = pp.substring(space + 1);
    for (IndexedWord head : noun == null ? List.of(trigger) : List.of(trigger, noun)) {
      String rel = head == trigger ? "obl:" + prep : "nmod:" + prep;
      for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
        if (e.getRelation().toString().equals(rel) && lemma.equalsIgnoreCase(lemma(e.getDependent()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static void addOnce(List<Coded> out, Coded c) {
    if (out.stream().noneMatch(o -> o.relation().equals(c.relation()))) {
      out.add(c);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String lemma(IndexedWord w) {
    return w.lemma() == null ? w.word() : w.lemma();
  }

  /** CoreNLP leaves some plurals as their own lemma ("troops"); the tables hold singulars. */
  private static String singular(IndexedWord noun, String lemma) {
    return "NNS".equals(noun.tag()) && lemma.endsWith("s") && !lemma.endsWith("ss")
        ? lemma.substring(0, lemma.length() - 1) : lemma;
  }

  /**
   * The adjectives and nouns that modify a word, their conjuncts ("financial and military") and the
   * first halves of hyphenated ones ("military-technical").
   */
  static List<IndexedWord> modifiers(SemanticGraph g, IndexedWord w) {
    List<IndexedWord> out = new ArrayList<>();
    for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
      String rel = e.getRelation().toString();
      if (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod:npmod")) {
        out.add(e.getDependent());
        boolean hyphenated = g.outgoingEdgeList(e.getDependent()).stream()
            .anyMatch(c -> c.getRelation().toString().equals("punct") && c.getDependent().word().equals("-"));
        for (SemanticGraphEdge c : g.outgoingEdgeList(e.getDependent())) {
          String cr = c.getRelation().toString();
          // "military-technical" is split by the tokenizer: its first half modifies the second.
          if (cr.startsWith("conj") || (hyphenated && (cr.equals("amod") || cr.equals("compound")))) {
            out.add(c.getDependent());
          }
        }
      }
    }
    return out;
  }
}
