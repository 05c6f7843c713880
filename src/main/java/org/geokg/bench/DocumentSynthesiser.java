package org.geokg.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.geokg.claim.Claim;
import org.geokg.claim.ClaimDate;
import org.geokg.claim.Evidence;
import org.geokg.doc.Document;
import org.geokg.link.Entity;
import org.geokg.link.EntityKind;
import org.geokg.link.Gazetteer;

/**
 * Makes documents out of real claim-bearing sentences without running CoreNLP: each document is a
 * seeded random draw of {@link ClaimedSentence}s with their claims, most of its states and persons
 * swapped for others of the gazetteer (in the claims and, where the sentence names them, in the
 * text), and a new date, its claims' dates moved with it. Offsets are those of the new text, so every
 * evidence still satisfies {@code text.substring(begin, end) == sentence}.
 *
 * <p>Deterministic: document {@code i} of one seed and pool is always the same text.
 */
final class DocumentSynthesiser {
  /** One synthesised document with the claims to write for it. */
  record Synthetic(Document document, List<Claim> claims, Map<Entity, String> personTitles) {}

  /** Share of a document's states and persons that are swapped for others. */
  private static final double SWAP = 0.75;
  private static final LocalDate NO_DATE = LocalDate.of(2022, 1, 1);

  private final List<ClaimedSentence> pool;
  private final Gazetteer gazetteer;
  private final long seed;
  private final int sentencesPerDocument;
  private final LocalDate firstDay;
  private final int days;
  private final List<Entity> states;
  private final List<Entity> persons;

  /**
   * @param pool the sentences to draw from; not empty
   * @param gazetteer where the substitute states and persons come from
   * @param seed the random seed
   * @param sentencesPerDocument sentences drawn per document
   * @param firstDay the earliest document date
   * @param days document dates are spread over this many days from {@code firstDay}
   */
  DocumentSynthesiser(List<ClaimedSentence> pool, Gazetteer gazetteer, long seed, int sentencesPerDocument,
      LocalDate firstDay, int days) {
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("no claim-bearing sentences to synthesise documents from");
    }
    this.pool = List.copyOf(pool);
    this.gazetteer = gazetteer;
    this.seed = seed;
    this.sentencesPerDocument = sentencesPerDocument;
    this.firstDay = firstDay;
    this.days = days;
    this.states = gazetteer.states().values().stream()
        .map(s -> new Entity(EntityKind.STATE, s.iso3(), s.name())).toList();
    // One entity per known person: the first role's name is the label the reference graph gives.
    Map<String, Entity> ps = new LinkedHashMap<>();
    gazetteer.persons().forEach((slug, role) -> ps.putIfAbsent(slug, new Entity(EntityKind.PERSON, slug, role.name())));
    this.persons = List.copyOf(ps.values());
  }

  /** Document {@code index}. */
  Synthetic document(int index) {
    Random r = new Random(seed * 0x9E3779B97F4A7C15L + index);
    List<ClaimedSentence> drawn = new ArrayList<>();
    for (int i = 0; i < sentencesPerDocument; i++) {
      drawn.add(pool.get(r.nextInt(pool.size())));
    }
    LocalDate date = firstDay.plusDays(r.nextInt(days));
    Map<Entity, Entity> swap = swaps(drawn, r);
    Pattern names = namesOf(swap.keySet());

    StringBuilder text = new StringBuilder();
    int[][] spans = new int[drawn.size()][];
    for (int i = 0; i < drawn.size(); i++) {
      if (i > 0) {
        // Paragraphs of four sentences, as news text has them.
        text.append(i % 4 == 0 ? "\n\n" : " ");
      }
      int begin = text.length();
      text.append(rewrite(drawn.get(i).text(), names, swap));
      spans[i] = new int[] {begin, text.length()};
    }
    String body = text.toString();
    Document doc = Document.plain(String.format("synth-%07d.txt", index), body, date);
    String id = doc.id();

    Map<Claim.Key, Claim> claims = new LinkedHashMap<>();
    Map<Entity, String> titles = new LinkedHashMap<>();
    for (int i = 0; i < drawn.size(); i++) {
      ClaimedSentence s = drawn.get(i);
      Evidence ev = new Evidence(id, i, spans[i][0], spans[i][1], body.substring(spans[i][0], spans[i][1]));
      for (Claim c : s.claims()) {
        Claim moved = new Claim(swapped(c.subject(), swap), c.relation(), swapped(c.object(), swap), c.modality(),
            c.confidence(), shift(c.date(), s.documentDate(), date), c.dateText(), swapped(c.attributedTo(), swap),
            c.mode(), c.extractedBy(), List.of(ev), c.coding(), c.location());
        if (moved.subject().equals(moved.object())) {
          continue; // the extractor never keeps a fact about one actor alone
        }
        claims.merge(moved.key(), moved, Claim::mergedWith);
      }
      s.personTitles().forEach((person, title) -> titles.putIfAbsent(swapped(person, swap), title));
    }
    return new Synthetic(doc, List.copyOf(claims.values()), titles);
  }

  /**
   * Which of the drawn sentences' states and persons are replaced, by what: a substitute is never an
   * actor the document already has nor another's substitute, so no claim ends up about one actor.
   */
  private Map<Entity, Entity> swaps(List<ClaimedSentence> drawn, Random r) {
    Set<Entity> actors = new LinkedHashSet<>();
    for (ClaimedSentence s : drawn) {
      for (Claim c : s.claims()) {
        actors.add(c.subject());
        if (c.object() != null) {
          actors.add(c.object());
        }
        if (c.attributedTo() != null) {
          actors.add(c.attributedTo());
        }
      }
    }
    Set<Entity> taken = new HashSet<>(actors);
    Map<Entity, Entity> swap = new LinkedHashMap<>();
    for (Entity a : actors) {
      List<Entity> candidates = a.kind() == EntityKind.STATE ? states : a.kind() == EntityKind.PERSON ? persons : List.of();
      if (candidates.isEmpty() || r.nextDouble() >= SWAP) {
        continue;
      }
      for (int tries = 0; tries < 8; tries++) {
        Entity b = candidates.get(r.nextInt(candidates.size()));
        if (taken.add(b)) {
          swap.put(a, b);
          break;
        }
      }
    }
    return swap;
  }

  private static Entity swapped(Entity e, Map<Entity, Entity> swap) {
    return e == null ? null : swap.getOrDefault(e, e);
  }

  /**
   * One pattern for the names of the swapped entities, as whole words, longest first, a name's
   * words separated by any white space (a sentence of Markdown may break a line inside a name).
   */
  private Pattern namesOf(Set<Entity> swapped) {
    List<String> alternatives = swapped.stream()
        .flatMap(e -> surfaceForms(e).stream())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Arrays.stream(n.trim().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
        .toList();
    if (alternatives.isEmpty()) {
      return null;
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
  }

  /** The names a text may use for {@code e}: its label, and a state's name and capitalised aliases. */
  private List<String> surfaceForms(Entity e) {
    List<String> forms = new ArrayList<>();
    forms.add(e.label());
    if (e.kind() == EntityKind.STATE && gazetteer.states().containsKey(e.key())) {
      Gazetteer.State s = gazetteer.states().get(e.key());
      forms.add(s.name());
      // Short or lower-case aliases ("US", "us") would hit ordinary words.
      s.aliases().stream().filter(a -> a.length() >= 4 && Character.isUpperCase(a.charAt(0))).forEach(forms::add);
    }
    return forms;
  }

  /** {@code sentence} with each name of a swapped entity replaced by its substitute's label. */
  private String rewrite(String sentence, Pattern names, Map<Entity, Entity> swap) {
    if (names == null) {
      return sentence;
    }
    Matcher m = names.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String found = m.group().replaceAll("\\s+", " ");
      Entity by = null;
      for (Map.Entry<Entity, Entity> e : swap.entrySet()) {
        if (surfaceForms(e.getKey()).contains(found)) {
          by = e.getValue();
          break;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(by == null ? m.group() : by.label()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code date} moved by as much as the document date moved, at its own precision. */
  private static ClaimDate shift(ClaimDate date, LocalDate from, LocalDate to) {
    if (date == null) {
      return null;
    }
    LocalDate base = from != null ? from : NO_DATE;
    return switch (date.precision()) {
      case DAY -> ClaimDate.of(LocalDate.parse(date.value()).plusDays(ChronoUnit.DAYS.between(base, to)));
      case MONTH -> ClaimDate.of(YearMonth.parse(date.value())
          .plusMonths(ChronoUnit.MONTHS.between(YearMonth.from(base), YearMonth.from(to))));
      case YEAR -> ClaimDate.ofYear(Integer.parseInt(date.value()) + to.getYear() - base.getYear());
    };
  }
}
