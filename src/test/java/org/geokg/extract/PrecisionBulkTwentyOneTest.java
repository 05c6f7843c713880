package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Precision guards of the session 21 bulk review (s21-prec), with sentences written for this test: a
 * definite tie ("the strong partnership between X and Y") under a plan stands already; a bare numeral
 * that counts the items of a list is no actor; a bare verb the tagger makes a present form after a modal
 * ("will underscore X, thank Y") shares the modal; a relative clause opened by "when" is a time clause,
 * out of reach of the negation of the clause it hangs on.
 */
class PrecisionBulkTwentyOneTest {

  @Test
  void aDefiniteTieUnderAPlanStandsAlready() {
    assertThat(SentenceFacts.interactions("The Norwegian Foreign Minister will travel to Stockholm next week to "
        + "reaffirm the strong partnership between Norway and Sweden."))
        .anyMatch(f -> f.contains("Cooperate") && f.endsWith("Asserted"))
        .noneMatch(f -> f.contains("Cooperate") && f.endsWith("Planned"));
  }

  @Test
  void anIndefiniteOrFoundedTieIsStillPlanned() {
    assertThat(SentenceFacts.interactions("Norway and Sweden will launch the partnership between Norway and "
        + "Sweden next year."))
        .noneMatch(f -> f.contains("Cooperate") && f.endsWith("Asserted"));
    assertThat(SentenceFacts.interactions("Norway plans a new partnership with Sweden."))
        .noneMatch(f -> f.contains("Cooperate") && f.endsWith("Asserted"));
  }

  @Test
  void aBareNumeralCountsItemsNotParties() {
    assertThat(SentenceFacts.interactions("Norway and Sweden met in Oslo on Monday. We set out three goals. "
        + "One was to help the Danish people. Two was to put strong pressure on Finland."))
        .noneMatch(f -> f.contains("Coerce"));
  }

  @Test
  void aNumeralWithItsDeterminerStillNamesTheParties() {
    assertThat(SentenceFacts.interactions("The Norwegian Prime Minister met the Swedish Prime Minister in Oslo "
        + "on Monday. The two condemned Finland's attack on Estonia."))
        .anyMatch(f -> f.contains("Accuse FIN"));
  }

  @Test
  void aBareVerbAfterAModalSharesItEvenWhenTaggedPresent() {
    assertThat(SentenceFacts.interactions("Norway will underscore its support for the talks "
        + "between Sweden and Finland, thank Denmark for humanitarian support to Estonia, and highlight "
        + "the importance of energy security."))
        .anyMatch(f -> f.contains("NOR Support DNK") && f.endsWith("Planned"))
        .noneMatch(f -> f.contains("NOR Support DNK") && f.endsWith("Asserted"));
  }

  @Test
  void aPresentVerbWithNoModalBeforeItKeepsItsOwnTense() {
    assertThat(SentenceFacts.interactions("Norway supports Sweden and thanks Finland for its aid to Estonia."))
        .noneMatch(f -> f.contains("Support") && f.endsWith("Planned"));
  }

  @Test
  void aWhenClauseOnANounIsOutOfReachOfItsNegation() {
    assertThat(SentenceFacts.interactions("We were not in the room when the Norwegian Prime Minister met the "
        + "Swedish Prime Minister, but I would imagine that they talked about fisheries."))
        .anyMatch(f -> f.contains("Consult") && f.endsWith("Asserted"))
        .noneMatch(f -> f.endsWith("Negated"))
        .noneMatch(f -> f.contains("Reject"));
  }
}
