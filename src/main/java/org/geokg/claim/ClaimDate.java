package org.geokg.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a claimed fact held or an interaction happened, at the precision the text gives.
 *
 * @param value the lexical form: {@code 2022-01-10}, {@code 2022-01} or {@code 2022}
 * @param precision which of the three it is
 */
public record ClaimDate(String value, Precision precision) {

  /** The XSD datatype each precision is written with. */
  public enum Precision { DAY, MONTH, YEAR }

  public ClaimDate {
    Objects.requireNonNull(value);
    Objects.requireNonNull(precision);
  }

  public static ClaimDate of(LocalDate day) {
    return new ClaimDate(day.toString(), Precision.DAY);
  }

  public static ClaimDate of(YearMonth month) {
    return new ClaimDate(month.toString(), Precision.MONTH);
  }

  public static ClaimDate ofYear(int year) {
    return new ClaimDate(String.format("%04d", year), Precision.YEAR);
  }
}
