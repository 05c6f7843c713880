package org.geokg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.geokg.link.Gazetteer;
import org.geokg.link.Gazetteer.PersonRole;
import org.junit.jupiter.api.Test;

/**
 * Session 29: office-holders of PETRARCH2's country dictionary whose record is split over several primary
 * phrases. "MIKHAIL_GORBACHEV_  # CountryInfo.txt" has its "+" synonyms and then more names without "+"
 * ("EX-SOVIET_PRESIDENT_MIKHAIL_GORBACHEV", ..., "GENERAL_SECRETARY_GORBACHEV") before its dated codes.
 * PETRARCH's reader moves to a new code slot only when the record before holds a code, so all those names
 * share the codes; {@code tools/gazetteer/make_actors.py} gave the codes to the last name only (a title
 * in it, so no person) and left Gorbachev, Brezhnev and Yeltsin out of the tables. Now unmarked primary
 * phrases after a marked record with no code yet are more names of it.
 */
class CodelessRecordsTwentyNineTest {

  private static final Gazetteer GZ = Gazetteer.load(null);

  private static List<String> states(String slug) {
    return GZ.roles(slug).stream().map(PersonRole::represents).distinct().toList();
  }

  @Test
  void namesWithoutAPlusBeforeTheCodesShareThem() {
    assertThat(states("mikhail-gorbachev")).containsExactly("RUS");
    assertThat(states("leonid-brezhnev")).containsExactly("RUS");
    assertThat(states("boris-yeltsin")).containsExactly("RUS");
  }

  @Test
  void aMarkedRecordAfterACodelessOneStaysItsOwnPerson() {
    // The merge takes only unmarked names: the next "# CountryInfo.txt" record is another person, and the
    // persons before Gorbachev keep their own terms.
    assertThat(states("konstantin-chernenko")).containsExactly("RUS");
    assertThat(states("yury-andropov")).containsExactly("RUS");
    assertThat(GZ.roles("general-secretary-gorbachev")).isEmpty();
  }
}
