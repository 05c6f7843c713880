package org.geokg.claim;

import java.math.BigDecimal;

/**
 * What an event coder records of an interaction beside its class: the CAMEO event code the
 * dictionary gave it, and an amount the text states ("$50 million in assistance").
 *
 * @param cameoCode the CAMEO event code ("0311"), or null
 * @param amount the amount stated, in units of {@code currency}, or null
 * @param currency the ISO 4217 code of the amount, or null
 */
public record Coding(String cameoCode, BigDecimal amount, String currency) {
  /** Nothing coded. */
  public static final Coding NONE = new Coding(null, null, null);

  /** This coding with the other's fields where this one has none. */
  public Coding or(Coding other) {
    return new Coding(cameoCode != null ? cameoCode : other.cameoCode(), amount != null ? amount : other.amount(),
        amount != null ? currency : other.currency());
  }

  public boolean isEmpty() {
    return cameoCode == null && amount == null;
  }
}
