package org.geokg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.geokg.claim.ClaimDate;

/**
 * Turns the time expression nearest a trigger into a claim date, from SUTime's normalised values
 * (CoreNLP was given the document date): {@code 2022-01-10} → a day, {@code 2021-12} → a month,
 * {@code 2022-W03} → the Monday of that week, {@code XXXX-01} → that month of the document's year.
 * A past-tense fact dated after the document is moved back a year ("in December", written in January).
 */
final class DateResolver {
  private static final Pattern DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2}).*");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?:-(?:SP|SU|FA|WI|H\\d|Q\\d))?$");
  private static final Pattern ANY_YEAR_MONTH = Pattern.compile("^(?:XXXX-|\\*\\*\\*\\*)(\\d{2})$");

  /** A resolved date and the words it came from. */
  record Dated(ClaimDate date, String text) {}

  /** The date of the time expression closest to token {@code trigger}, or null. */
  static Dated resolve(List<CoreLabel> tokens, int trigger, LocalDate docDate, boolean pastTense, String docText) {
    return resolve(tokens, trigger, docDate, pastTense, docText, null);
  }

  /**
   * As above, but only time expressions whose first token is in {@code allowed} (0-based token
   * indexes) count; null allows all.
   */
  static Dated resolve(List<CoreLabel> tokens, int trigger, LocalDate docDate, boolean pastTense, String docText,
      java.util.Set<Integer> allowed) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      String v = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (!"DATE".equals(tokens.get(i).ner()) || v == null) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && "DATE".equals(tokens.get(j).ner())
          && v.equals(tokens.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
        j++;
      }
      spans.add(new int[] {i, j});
      i = j;
    }
    Dated best = null;
    int bestDist = Integer.MAX_VALUE;
    for (int[] sp : spans) {
      String v = tokens.get(sp[0]).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      if (allowed != null && !allowed.contains(sp[0]) && !allowed.contains(sp[1] - 1)) {
        continue;
      }
      ClaimDate d = value(v, docDate, pastTense);
      if (d == null) {
        continue;
      }
      int dist = trigger < sp[0] ? sp[0] - trigger : Math.max(0, trigger - (sp[1] - 1));
      if (dist < bestDist) {
        bestDist = dist;
        int b = tokens.get(sp[0]).beginPosition();
        int e = tokens.get(sp[1] - 1).endPosition();
        best = new Dated(d, docText.substring(b, e));
      }
    }
    return best;
  }

  static ClaimDate value(String v, LocalDate docDate, boolean pastTense) {
    Matcher m;
    if ((m = DAY.matcher(v)).matches()) {
      return ClaimDate.of(LocalDate.parse(m.group(1)));
    }
    if ((m = WEEK.matcher(v)).matches()) {
      LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2))).with(DayOfWeek.MONDAY);
      return ClaimDate.of(monday);
    }
    if ((m = MONTH.matcher(v)).matches()) {
      YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      if (docDate != null && pastTense && ym.isAfter(YearMonth.from(docDate))) {
        ym = ym.minusYears(1);
      }
      return ClaimDate.of(ym);
    }
    if ((m = ANY_YEAR_MONTH.matcher(v)).matches() && docDate != null) {
      YearMonth ym = YearMonth.of(docDate.getYear(), Integer.parseInt(m.group(1)));
      if (pastTense && ym.isAfter(YearMonth.from(docDate))) {
        ym = ym.minusYears(1);
      }
      return ClaimDate.of(ym);
    }
    if ((m = YEAR.matcher(v)).matches()) {
      int y = Integer.parseInt(m.group(1));
      // A season starts later in its year than January: "last fall", written in January 2022, is 2021.
      int startMonth = v.endsWith("-SP") ? 3 : v.endsWith("-SU") ? 6 : v.endsWith("-FA") ? 9 : v.endsWith("-WI") ? 12 : 1;
      if (docDate != null && pastTense && YearMonth.of(y, startMonth).isAfter(YearMonth.from(docDate))) {
        y--;
      }
      return ClaimDate.ofYear(y);
    }
    return null;
  }
}
