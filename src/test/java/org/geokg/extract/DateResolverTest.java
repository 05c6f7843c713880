package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.geokg.claim.ClaimDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate DOC = LocalDate.of(2022, 1, 27);

  @Test
  void daysAndIntersectionsKeepTheirDay() {
    assertThat(DateResolver.value("2022-01-07", DOC, true)).isEqualTo(ClaimDate.of(LocalDate.of(2022, 1, 7)));
    // SUTime's value for "the week of Jan. 10"
    assertThat(DateResolver.value("2022-01-10 INTERSECT P1W", DOC, true))
        .isEqualTo(ClaimDate.of(LocalDate.of(2022, 1, 10)));
  }

  @Test
  void weeksBecomeTheirMonday() {
    assertThat(DateResolver.value("2022-W03", DOC, true)).isEqualTo(ClaimDate.of(LocalDate.of(2022, 1, 17)));
  }

  @Test
  void aPastMonthAfterTheDocumentMovesBackAYear() {
    assertThat(DateResolver.value("2022-12", DOC, true).value()).isEqualTo("2021-12");
    assertThat(DateResolver.value("2022-12", DOC, false).value()).isEqualTo("2022-12");
    assertThat(DateResolver.value("****01", DOC, true)).isEqualTo(new ClaimDate("2022-01", ClaimDate.Precision.MONTH));
    assertThat(DateResolver.value("XXXX-12", DOC, true).value()).isEqualTo("2021-12");
  }

  @Test
  void seasonsAndYearsAreYears() {
    assertThat(DateResolver.value("2022-FA", DOC, true)).isEqualTo(ClaimDate.ofYear(2021));
    assertThat(DateResolver.value("2014", DOC, true)).isEqualTo(ClaimDate.ofYear(2014));
  }

  @Test
  void durationsAndReferencesAreNotDates() {
    assertThat(DateResolver.value("P1W", DOC, true)).isNull();
    assertThat(DateResolver.value("PRESENT_REF", DOC, true)).isNull();
    assertThat(DateResolver.value("PXY", DOC, true)).isNull();
  }
}
