package org.geokg.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.geokg.link.Gazetteer;

/**
 * The organisation a gold actor's text names, for gold records that code a non-state actor by its kind
 * alone: PLOVER writes {@code IGO}, {@code NGO} or {@code IMG} in the code and the actor's name in
 * {@code actorText} ("Amnesty International", "Osama bin Laden's al-Qaeda", "Red Cross operating in Iraq").
 * The name is the gold's own identification of the actor, so the scorer reads it as geokg would: the
 * longest name or alias of a gazetteer organisation, or of a listed non-state actor, that the text holds as
 * whole words, case as written, after any possessor ("X's"). States are never found here (the record's
 * code says the actor is none), and a text naming no known organisation leaves the actor without a key,
 * as before.
 */
public final class OrganisationNames implements Function<String, Optional<String>> {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private final Map<String, String> names = new HashMap<>();

  private OrganisationNames() {}

  /** The organisations and listed non-state actors of {@code gazetteer}. */
  public static OrganisationNames of(Gazetteer gazetteer) {
    OrganisationNames n = new OrganisationNames();
    gazetteer.organizations().values().forEach(o -> n.add(o.id(), o.name(), o.aliases()));
    gazetteer.listedActors().values().stream().filter(a -> !a.isGroup())
        .forEach(a -> n.add(a.id(), a.name(), a.aliases()));
    return n;
  }

  private void add(String key, String name, List<String> aliases) {
    // The first source wins: the curated organisations come before the coders' dictionary.
    for (String s : com.google.common.collect.Iterables.concat(List.of(name), aliases)) {
      // One- and two-letter aliases ("UN" aside, which ActorCodes reads) are too weak inside free text.
      if (s != null && s.strip().length() > 2) {
        names.putIfAbsent(s.strip(), key);
      }
    }
  }

  /** The key of the longest known organisation name {@code actorText} holds as whole words, if any. */
  @Override
  public Optional<String> apply(String actorText) {
    if (actorText == null || actorText.isBlank()) {
      return Optional.empty();
    }
    // A possessor is not the actor: "Osama bin Laden's al-Qaeda" is al-Qaeda.
    int possessive = Math.max(actorText.lastIndexOf("'s "), actorText.lastIndexOf("’s "));
    String text = possessive >= 0 ? actorText.substring(possessive + 3) : actorText;
    String best = null;
    for (String name : names.keySet()) {
      if ((best == null || name.length() > best.length()) && holds(text, name)) {
        best = name;
      }
    }
    return Optional.ofNullable(best).map(names::get);
  }

  private static boolean holds(String text, String name) {
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean startOk = i == 0 || !WORD.matcher(text.substring(i - 1, i)).matches();
      boolean endOk = end == text.length() || !WORD.matcher(text.substring(end, end + 1)).matches();
      if (startOk && endOk) {
        return true;
      }
    }
    return false;
  }
}
