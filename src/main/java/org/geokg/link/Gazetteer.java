package org.geokg.link;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference tables of {@code geokg/gazetteer/} (see its SOURCES.md): states, organisations,
 * memberships, regions, known persons and their terms of office, titles, energy resources, actor
 * sectors and agent nouns, the organisations and groups of the event coders' dictionaries, and places.
 * Immutable once loaded; safe to share between threads.
 */
public final class Gazetteer {
  static final String FOLDER = "/geokg/gazetteer/";

  /** A sovereign state. */
  public record State(String iso3, String iso2, String name, String wikidata,
      List<String> aliases, List<String> demonyms, List<String> capitals) {}

  /**
   * An organisation; {@code represents} is the state or organisation a government body acts for;
   * {@code country} the state a non-state group is active in, as the event coders place it (ISO3), or empty.
   */
  public record Organization(String id, String kind, String name, String wikidata,
      List<String> aliases, String represents, String country) {
    public boolean isAlliance() {
      return kind.equalsIgnoreCase("Alliance");
    }
  }

  /** A state's membership of an organisation, with its dates as written (year or ISO date). */
  public record Membership(String org, String iso3, String since, String until) {
    /** Whether the membership covers any of {@code year}: no date bounds it, or its bounds' years hold it. */
    public boolean heldIn(int year) {
      String y = String.valueOf(year);
      return (blank(since) || yearOf(since).compareTo(y) <= 0) && (blank(until) || yearOf(until).compareTo(y) >= 0);
    }

    private static boolean blank(String date) {
      return date == null || date.isEmpty();
    }

    // Compared as text, so that a hand-edited table's odd date bounds nothing rather than failing the load.
    private static String yearOf(String date) {
      return date.substring(0, Math.min(4, date.length()));
    }
  }

  /** A region and the states it takes in. */
  public record Region(String slug, String label, List<String> aliases, List<String> members) {}

  /** One role a known person held: whom they represented, with which title, and when. */
  public record PersonRole(String slug, String name, List<String> aliases, String title,
      String represents, LocalDate from, LocalDate to, String wikidata) {
    /** Whether the role was held on {@code day}. */
    public boolean heldOn(LocalDate day) {
      return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
  }

  /** A pipeline, terminal or plant, and the states it connects. */
  public record Infrastructure(String slug, String name, List<String> aliases, String kind, List<String> connects) {}

  /**
   * An organisation or national institution of the event coders' dictionaries ({@code actors.tsv}).
   *
   * @param kind an ontology class: {@code IntergovernmentalOrganization}, {@code NonGovernmentalOrganization},
   *     {@code Company}, {@code NonStateArmedGroup}, or {@code Group} for a state's institution, whose
   *     {@code id} is then its group key ({@code AFG-MIL})
   * @param country where it is based or active (ISO3), or empty
   */
  public record ListedActor(String id, String kind, String name, List<String> aliases, String country) {
    public boolean isGroup() {
      return kind.equals("Group");
    }
  }

  /** A title word or phrase; {@code state} is set when the title alone implies one. */
  public record Title(String phrase, String kind, String state) {}

  /**
   * An actor sector (CAMEO code) named by a noun such as "troops".
   *
   * @param listed whether the noun comes from the event coders' agent list ({@code agents.tsv}) rather than
   *     the curated table: such nouns make a group only right after their state ("Chinese farmers")
   * @param armed whether the table's {@code armed} column marks the noun a group that fights outside a state's
   *     forces (rebels, insurgents, separatists, gunmen): such a group of a people is placed where it fights
   */
  public record Sector(String code, String label, boolean listed, boolean armed) {
    /** This sector's group of {@code state} ("Russian troops": RUS-MIL, "Russia military"). */
    public Entity groupOf(Entity state) {
      return new Entity(EntityKind.GROUP, state.key() + "-" + code, state.label() + " " + label);
    }
  }

  private final ImmutableMap<String, State> states;
  private final ImmutableMap<String, Organization> organizations;
  private final ImmutableList<Membership> memberships;
  private final ImmutableMap<String, Region> regions;
  private final ImmutableListMultimap<String, PersonRole> persons;
  private final ImmutableMap<String, Title> titles;
  private final ImmutableMap<String, List<String>> resources;
  private final ImmutableMap<String, String> resourceLabels;
  private final ImmutableMap<String, Sector> sectors;
  private final ImmutableSet<String> equipment;
  private final ImmutableMap<String, Infrastructure> infrastructure;
  private final ImmutableMap<String, ListedActor> listed;
  private final ImmutableMap<String, Place> places;
  private final ImmutableSet<String> listedPersons;
  private final ImmutableList<String> placeContext;
  private final ImmutableSet<String> locatives;
  private final ImmutableSet<String> placeNameNouns;
  private final ImmutableSet<String> placeEventNouns;
  private final ImmutableSet<String> placeNouns;
  private final ImmutableSet<String> placeMarginNouns;
  private final ImmutableSet<String> groupPlacePrepositions;
  private final ImmutableMap<String, String> publishers;
  private final ImmutableSet<String> bodyHeads;
  private final ImmutableSet<String> bodyOutputs;
  private final ImmutableSet<String> bodyNot;

  private Gazetteer(Path dataDir) {
    Map<String, State> st = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "states.tsv")) {
      st.put(r.get("iso3"), new State(r.get("iso3"), r.get("iso2"), r.get("name"), r.get("wikidata"),
          r.list("aliases"), r.list("demonyms"), r.list("capitals")));
    }
    states = ImmutableMap.copyOf(st);
    Map<String, Organization> orgs = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "organizations.tsv")) {
      orgs.put(r.get("id"), new Organization(r.get("id"), r.get("class"), r.get("name"),
          r.get("wikidata"), r.list("aliases"), r.get("represents"), r.get("country")));
    }
    organizations = ImmutableMap.copyOf(orgs);
    memberships = Tsv.read(dataDir, FOLDER, "memberships.tsv").stream()
        .map(r -> new Membership(r.get("org"), r.get("iso3"), r.get("since"), r.get("until")))
        .collect(ImmutableList.toImmutableList());
    Map<String, Region> reg = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "regions.tsv")) {
      reg.put(r.get("slug"), new Region(r.get("slug"), r.get("label"), r.list("aliases"), r.list("members")));
    }
    regions = ImmutableMap.copyOf(reg);
    ListMultimap<String, PersonRole> ps = MultimapBuilder.linkedHashKeys().arrayListValues().build();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "persons.tsv")) {
      String slug = r.get("slug").isEmpty() ? Entity.slug(r.get("name")) : r.get("slug");
      ps.put(slug, new PersonRole(slug, r.get("name"), r.list("aliases"), r.get("title"),
          r.get("represents"), date(r.get("from")), date(r.get("to")), r.get("wikidata")));
    }
    listedPersons = readTerms(dataDir, ps);
    persons = ImmutableListMultimap.copyOf(ps);
    Map<String, Title> ti = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "titles.tsv")) {
      ti.putIfAbsent(r.get("title"), new Title(r.get("title"), r.get("kind"), r.get("state")));
    }
    titles = ImmutableMap.copyOf(ti);
    Map<String, List<String>> res = new LinkedHashMap<>();
    Map<String, String> resLabels = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "resources.tsv")) {
      res.put(r.get("id"), r.list("words"));
      resLabels.put(r.get("id"), r.get("label").isEmpty() ? r.get("id") : r.get("label"));
    }
    resources = ImmutableMap.copyOf(res);
    resourceLabels = ImmutableMap.copyOf(resLabels);
    Map<String, Sector> sec = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "sectors.tsv")) {
      sec.putIfAbsent(r.get("word"), new Sector(r.get("sector"), r.get("label"), false, yes(r.get("armed"))));
    }
    // The coders' agent nouns after the curated ones, which win.
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "agents.tsv")) {
      sec.putIfAbsent(r.get("word"), new Sector(r.get("sector"), r.get("label"), true, yes(r.get("armed"))));
    }
    // Equipment nouns read as agent nouns: "Russian aircraft" are Russia's forces only right after the state.
    Set<String> gear = new LinkedHashSet<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "equipment.tsv")) {
      sec.putIfAbsent(r.get("word"), new Sector(r.get("sector"), r.get("label"), true, false));
      gear.add(r.get("word"));
    }
    equipment = ImmutableSet.copyOf(gear);
    sectors = ImmutableMap.copyOf(sec);
    Map<String, Infrastructure> inf = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "infrastructure.tsv")) {
      inf.put(r.get("slug"), new Infrastructure(r.get("slug"), r.get("name"), r.list("aliases"), r.get("kind"),
          r.list("connects")));
    }
    infrastructure = ImmutableMap.copyOf(inf);
    Map<String, ListedActor> la = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "actors.tsv")) {
      if (!organizations.containsKey(r.get("id"))) {
        la.putIfAbsent(r.get("id"), new ListedActor(r.get("id"), r.get("class"), r.get("name"), r.list("aliases"),
            r.get("country")));
      }
    }
    listed = ImmutableMap.copyOf(la);
    Map<String, Place> pl = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "places.tsv")) {
      pl.put(r.get("id"), new Place(r.get("id"), r.get("name"), r.get("iso3"), Double.parseDouble(r.get("lat")),
          Double.parseDouble(r.get("long")), Integer.parseInt(r.get("population")), r.get("capital").equals("1"), ""));
      placeAliases.putAll(r.get("id"), r.list("aliases"));
    }
    // Regions and territories are places like cities (a location, or the state that holds them as a
    // target), keyed by slug; most have no coordinates in any source, so none are made up.
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "territories.tsv")) {
      pl.put(r.get("id"), new Place(r.get("id"), r.get("name"), r.get("iso3"), coordinate(r.get("lat")),
          coordinate(r.get("long")), 0, false, r.get("wikidata")));
      placeAliases.putAll(r.get("id"), r.list("aliases"));
    }
    places = ImmutableMap.copyOf(pl);
    // One table, several word lists by kind: read it once.
    List<Tsv.Row> context = Tsv.read(dataDir, FOLDER, "place_context.tsv");
    placeContext = context.stream().filter(r -> r.get("kind").equals("locative") || r.get("kind").equals("direction"))
        .map(r -> r.get("word")).collect(ImmutableList.toImmutableList());
    placeEventNouns = lowerCaseWords(context, "event");
    placeMarginNouns = lowerCaseWords(context, "margin");
    placeNameNouns = lowerCaseWords(context, "name");
    // The rules' lexicon of settlement nouns ("the Lebanese city of X"), shared with the extraction rules.
    placeNouns = ImmutableSet.copyOf(Tsv.words(dataDir == null ? null : dataDir.resolve("rules/lexicons"),
        "/geokg/rules/lexicons/", "place_nouns.txt"));
    groupPlacePrepositions = lowerCaseWords(context, "group");
    locatives = context.stream().filter(r -> r.get("kind").equals("locative"))
        .map(r -> r.get("word")).collect(ImmutableSet.toImmutableSet());
    Map<String, String> pub = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "publishers.tsv")) {
      pub.putIfAbsent(r.get("host"), r.get("actor"));
    }
    publishers = ImmutableMap.copyOf(pub);
    List<Tsv.Row> bodies = Tsv.read(dataDir, FOLDER, "bodies.tsv");
    bodyHeads = lowerCaseWords(bodies, "head");
    bodyOutputs = lowerCaseWords(bodies, "output");
    bodyNot = lowerCaseWords(bodies, "not");
  }

  /** The words of {@code rows} of one kind, lower-cased. */
  private static ImmutableSet<String> lowerCaseWords(List<Tsv.Row> rows, String kind) {
    return rows.stream().filter(r -> r.get("kind").equals(kind))
        .map(r -> r.get("word").toLowerCase(java.util.Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
  }

  private final ListMultimap<String, String> placeAliases = MultimapBuilder.hashKeys().arrayListValues(1).build();

  /**
   * Adds the terms of {@code terms.tsv} to {@code persons} and returns the slugs of the persons added (a
   * row under a curated person's slug adds a term to that person, who stays curated). A row without a
   * name continues the person above it.
   */
  private static ImmutableSet<String> readTerms(Path dataDir, ListMultimap<String, PersonRole> persons) {
    ImmutableSet.Builder<String> added = ImmutableSet.builder();
    java.util.Set<String> curated = new java.util.HashSet<>(persons.keySet());
    java.util.Set<String> moreTerms = new java.util.LinkedHashSet<>();
    String name = "";
    List<String> aliases = List.of();
    String last = "";
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "terms.tsv")) {
      String slug = r.get("slug");
      if (!slug.equals(last)) {
        name = r.get("name");
        aliases = r.list("aliases");
        last = slug;
      }
      if (name.isEmpty()) {
        continue;
      }
      PersonRole role = new PersonRole(slug, name, aliases, r.get("office"), r.get("of"), date(r.get("start")),
          date(r.get("end")), "");
      if (curated.contains(slug)) {
        // A curated person's other office from the coders' dictionary (the converter writes it under the
        // curated slug): one more term, while the person stays curated (linked by surname alone).
        persons.put(slug, role);
        moreTerms.add(slug);
        continue;
      }
      persons.put(slug, role);
      added.add(slug);
    }
    // In time order, as the curated rows are, so that "the latest role" is still the latest.
    for (String slug : moreTerms) {
      List<PersonRole> all = new java.util.ArrayList<>(persons.get(slug));
      all.sort(java.util.Comparator.comparing(PersonRole::from,
          java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
      persons.replaceValues(slug, all);
    }
    return added.build();
  }

  /** Loads the tables, taking any table found in {@code dataDir} (may be null) over the bundled one. */
  public static Gazetteer load(Path dataDir) {
    return new Gazetteer(dataDir);
  }

  /**
   * The own ISO 3166 alpha-3 code of each territory that has one ({@code greenland} → {@code GRL}), by
   * slug: a gold may place an event in a territory by its code where geokg names the territory's place.
   * Reads only {@code territories.tsv} ({@code dataDir}'s over the bundled one), not the whole gazetteer.
   */
  public static Map<String, String> territoryCodes(Path dataDir) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.read(dataDir, FOLDER, "territories.tsv")) {
      if (!r.get("alpha3").isEmpty()) {
        out.put(r.get("id"), r.get("alpha3").toUpperCase(java.util.Locale.ROOT));
      }
    }
    return Map.copyOf(out);
  }

  /** A flag column's cell: "yes" (also "true" or "1", any case) is set, anything else (empty) is not. */
  private static boolean yes(String cell) {
    return cell.equalsIgnoreCase("yes") || cell.equalsIgnoreCase("true") || cell.equals("1");
  }

  private static LocalDate date(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 4) {
      return LocalDate.of(Integer.parseInt(s), 1, 1);
    }
    return LocalDate.parse(s);
  }

  public ImmutableMap<String, State> states() {
    return states;
  }

  public ImmutableMap<String, Organization> organizations() {
    return organizations;
  }

  public ImmutableList<Membership> memberships() {
    return memberships;
  }

  public ImmutableMap<String, Region> regions() {
    return regions;
  }

  public ImmutableListMultimap<String, PersonRole> persons() {
    return persons;
  }

  public ImmutableMap<String, Title> titles() {
    return titles;
  }

  /** Resource id ({@code oil}) → the words that name it. */
  public ImmutableMap<String, List<String>> resources() {
    return resources;
  }

  /** The single words that name an energy resource, lower-case ("oil", "gas", "lng" …). */
  public java.util.Set<String> resourceWords() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    resources.values().forEach(words -> words.stream().filter(w -> !w.contains(" "))
        .map(w -> w.toLowerCase(java.util.Locale.ROOT)).forEach(out::add));
    return out;
  }

  public String resourceLabel(String id) {
    return resourceLabels.getOrDefault(id, id);
  }

  public ImmutableMap<String, Infrastructure> infrastructure() {
    return infrastructure;
  }

  /** The last nouns of a government body's name ({@code bodies.tsv}, kind {@code head}), lower case. */
  public ImmutableSet<String> bodyHeads() {
    return bodyHeads;
  }

  /** Nouns of what a government body issues or does ({@code bodies.tsv}, kind {@code output}), lower case. */
  public ImmutableSet<String> bodyOutputs() {
    return bodyOutputs;
  }

  /** Words that make a body's name a movement's, not a state's ({@code bodies.tsv}, kind {@code not}). */
  public ImmutableSet<String> bodyNot() {
    return bodyNot;
  }

  /** Lower-case noun → sector. */
  public ImmutableMap<String, Sector> sectors() {
    return sectors;
  }

  /** The military equipment nouns of {@code equipment.tsv} ("tank", "helicopter"), lower-case lemmas. */
  public ImmutableSet<String> equipment() {
    return equipment;
  }

  /**
   * The sector of a state's people that no sector noun names ("thousands of Iraqis", "Iraqi Kurds",
   * "prisoners"), as the coders' CVL; null when the sector table lacks it.
   */
  public Sector civilians() {
    return sectors.get(CIVILIANS);
  }

  /** The sector table's noun for {@link #civilians()}. */
  private static final String CIVILIANS = "civilians";

  /**
   * The region whose name is {@code word} followed by one of {@code stateNouns} ("Gulf" and "states" →
   * the Gulf states), for a word that qualifies a noun of partners or allies ("our Gulf partners"). The
   * nouns are the lexicon {@code region_state_nouns}, so that the words stay data.
   */
  public Optional<Entity> regionOfStates(String word, Collection<String> stateNouns) {
    for (Region r : regions.values()) {
      for (String a : r.aliases()) {
        for (String noun : stateNouns) {
          if (a.equalsIgnoreCase(word + " " + noun)) {
            return Optional.of(new Entity(EntityKind.REGION, r.slug(), r.label()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The entity for a state, organisation or region key, if the tables know it. */
  public Optional<Entity> entity(EntityKind kind, String key) {
    return switch (kind) {
      case STATE -> Optional.ofNullable(states.get(key)).map(s -> new Entity(kind, s.iso3(), s.name()));
      case ORGANIZATION -> Optional.ofNullable(organizations.get(key)).map(o -> new Entity(kind, o.id(), o.name()))
          .or(() -> Optional.ofNullable(listed.get(key)).filter(a -> !a.isGroup()).map(a -> new Entity(kind, a.id(), a.name())));
      case REGION -> Optional.ofNullable(regions.get(key)).map(r -> new Entity(kind, r.slug(), r.label()));
      case RESOURCE -> resources.containsKey(key)
          ? Optional.of(new Entity(kind, key, resourceLabel(key))) : Optional.empty();
      case INFRASTRUCTURE -> Optional.ofNullable(infrastructure.get(key)).map(i -> new Entity(kind, i.slug(), i.name()));
      case PLACE -> Optional.ofNullable(places.get(key)).map(Place::entity);
      default -> Optional.empty();
    };
  }

  /**
   * The state or organisation whose release a document at {@code url} is ({@code publishers.tsv}): the
   * row of the URL's host or of the longest suffix of it ({@code www.state.gov} → state.gov → USA).
   */
  public Optional<Entity> publisher(String url) {
    for (String h = host(url).orElse(""); !h.isEmpty();
        h = h.indexOf('.') < 0 ? "" : h.substring(h.indexOf('.') + 1)) {
      String key = publishers.get(h);
      if (key != null) {
        return actor(key);
      }
    }
    return Optional.empty();
  }

  /** The lower-case web host of a document's source {@code url} ("www.state.gov"); empty for none or a malformed one. */
  public static Optional<String> host(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(java.net.URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The entity a state ISO3 or organisation id names, whichever it is. */
  public Optional<Entity> actor(String key) {
    return entity(EntityKind.STATE, key).or(() -> entity(EntityKind.ORGANIZATION, key));
  }

  /**
   * The state or organisation that the organisation {@code e} acts for ({@code represents}: the State
   * Department the United States, the European Commission the EU); empty for any other entity.
   */
  public Optional<Entity> actsFor(Entity e) {
    if (e.kind() != EntityKind.ORGANIZATION) {
      return Optional.empty();
    }
    Organization o = organizations.get(e.key());
    return o == null || o.represents().isEmpty() ? Optional.empty() : actor(o.represents());
  }

  /** The organisations and national institutions of the event coders' dictionaries, by id. */
  public ImmutableMap<String, ListedActor> listedActors() {
    return listed;
  }

  private static double coordinate(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  /** Places by GeoNames id (cities) or slug (regions and territories of {@code territories.tsv}). */
  public ImmutableMap<String, Place> places() {
    return places;
  }

  /**
   * Prepositions after a sector noun that make it a group of the place after them ("police in Lagos"):
   * {@code place_context.tsv}, kind {@code group}, lower case.
   */
  public ImmutableSet<String> groupPlacePrepositions() {
    return groupPlacePrepositions;
  }

  /** The words before a proper noun that make it read as a place ("in", "near" …). */
  public ImmutableList<String> placeContext() {
    return placeContext;
  }

  /**
   * The nouns that make a city's name part of the name of a thing ("the Minsk agreements", "the Paris
   * Agreement", "the OSCE Minsk Group"), lower-case: there a capital does not stand for its state.
   */
  public ImmutableSet<String> placeNameNouns() {
    return placeNameNouns;
  }

  /**
   * The nouns that make a city's name the name of a gathering held there ("the Munich Security
   * Conference", "the Vilnius Summit"), lower-case: the city is where what happens at it happens.
   */
  public ImmutableSet<String> placeEventNouns() {
    return placeEventNouns;
  }

  /** The settlement nouns of the rules' lexicon {@code place_nouns} ("city", "town"), lower-case. */
  public ImmutableSet<String> placeNouns() {
    return placeNouns;
  }

  /** The nouns "on the … of" puts beside a gathering ("on the sidelines of", "on the margins of"), lower-case. */
  public ImmutableSet<String> placeMarginNouns() {
    return placeMarginNouns;
  }

  /** The prepositions that say where something happens ("in", "at", "near" …), lower-case. */
  public ImmutableSet<String> locatives() {
    return locatives;
  }

  /** The other names of a place (ASCII spellings, exonyms), empty if none. */
  public List<String> placeAliases(String id) {
    return java.util.Collections.unmodifiableList(placeAliases.get(id));
  }

  /**
   * Whether a person comes from the event coders' dictionary of office-holders ({@code terms.tsv})
   * rather than the curated table: their surnames alone are not enough to name them.
   */
  public boolean isListedPerson(String slug) {
    return listedPersons.contains(slug);
  }

  /** The roles of a known person, empty if unknown. */
  public List<PersonRole> roles(String slug) {
    return persons.get(slug);
  }

  /** For readers of other datasets: the key (ISO3, org id) a plain name stands for, if known. */
  public Optional<String> keyOf(String name) {
    for (State s : states.values()) {
      if (s.name().equals(name) || s.aliases().contains(name) || s.demonyms().contains(name)
          || s.capitals().contains(name) || s.iso3().equals(name)) {
        return Optional.of(s.iso3());
      }
    }
    for (Organization o : organizations.values()) {
      if (o.name().equals(name) || o.aliases().contains(name) || o.id().equals(name)) {
        return Optional.of(o.id());
      }
    }
    return Optional.empty();
  }
}
