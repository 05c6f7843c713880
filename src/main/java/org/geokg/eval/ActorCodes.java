package org.geokg.eval;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps CAMEO/PLOVER actor codes ({@code USA}, {@code USAGOV}, {@code RUSMIL}, {@code IGOUNO},
 * {@code IGOEUREEC}) to entity keys. Event data codes every sub-state actor by its country in the first
 * three letters, which is the level the scorer compares at; international organisations are mapped for
 * the few the project knows (NATO, EU, UN). Anything else (militant groups, NGOs, unknown countries) has
 * no key, and the fact it is in is reported as skipped rather than guessed.
 */
public final class ActorCodes {
  private static final Set<String> ISO3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  // Codes that older CAMEO dictionaries (and hand-coded records) use in place of the ISO code.
  private static final Map<String, String> LEGACY = Map.of(
      "ROM", "ROU", "ZAR", "COD", "TMP", "TLS", "YUG", "SRB",
      "JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "UKG", "GBR");

  // CAMEO IGO codes: region/kind in the middle, the organisation in the last three letters.
  private static final Map<String, String> IGO_SUFFIX = Map.of("UNO", "UN", "EEC", "EU", "NAT", "NATO");

  private static final Pattern NATO = Pattern.compile("\\bNATO\\b|North Atlantic Treaty");
  private static final Pattern UN = Pattern.compile("United Nations|\\bU\\.N\\.|\\bUN\\b|Security Council");
  private static final Pattern EU = Pattern.compile("European (Union|Community|Commission)|\\bEU\\b|\\bEC\\b");

  private ActorCodes() {}

  /**
   * The key of an actor code, helped by the actor's text where the code alone is too coarse (PLOVER
   * records write a bare {@code IGO}).
   *
   * @param code the actor code; {@code ---} prefixes mean "country unknown"
   * @param actorText the text the actor was coded from, or null
   */
  public static Optional<String> key(String code, String actorText) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.startsWith("IGO")) {
      for (Map.Entry<String, String> e : IGO_SUFFIX.entrySet()) {
        if (c.length() >= 6 && c.substring(3).contains(e.getKey())) {
          return Optional.of(e.getValue());
        }
      }
      return igoFromText(actorText);
    }
    if (c.length() < 3) {
      return Optional.empty();
    }
    String head = c.substring(0, 3);
    if (ISO3.contains(head)) {
      return Optional.of(head);
    }
    return Optional.ofNullable(LEGACY.get(head));
  }

  private static Optional<String> igoFromText(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (NATO.matcher(text).find()) {
      return Optional.of("NATO");
    }
    if (UN.matcher(text).find()) {
      return Optional.of("UN");
    }
    if (EU.matcher(text).find()) {
      return Optional.of("EU");
    }
    return Optional.empty();
  }
}
