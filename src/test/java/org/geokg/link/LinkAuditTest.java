package org.geokg.link;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.geokg.doc.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The links listed for reading by hand, and the place rules they led to, on sentences tagged by hand
 * (word/TAG/NER), without CoreNLP.
 */
class LinkAuditTest {
  private static Gazetteer gazetteer;
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(null);
    linker = new EntityLinker(gazetteer);
  }

  /** A document of sentences written as "word/TAG/NER" tokens separated by spaces. */
  private static LinkedDocument link(LocalDate date, String... sentences) {
    List<CoreMap> maps = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String s : sentences) {
      List<CoreLabel> toks = new ArrayList<>();
      StringBuilder words = new StringBuilder();
      for (String t : s.split(" ")) {
        String[] p = t.split("/");
        CoreLabel l = new CoreLabel();
        l.setWord(p[0].replace('_', ' '));
        l.setValue(l.word());
        l.setTag(p[1]);
        l.setNER(p[2]);
        l.setLemma(p[0].toLowerCase());
        toks.add(l);
        words.append(words.length() == 0 ? "" : " ").append(l.word());
      }
      CoreMap m = new ArrayCoreMap();
      m.set(CoreAnnotations.TokensAnnotation.class, toks);
      m.set(CoreAnnotations.TextAnnotation.class, words.toString());
      maps.add(m);
      text.append(words).append(' ');
    }
    Annotation a = new Annotation(text.toString());
    a.set(CoreAnnotations.SentencesAnnotation.class, maps);
    return linker.link(Document.plain("d", text.toString(), date), a);
  }

  @Test
  void listsSurnamesWithTheirRoleOnTheDocumentsDateAndCitiesWithTheirState() {
    LinkedDocument d = link(LocalDate.of(2022, 3, 1),
        "Vladimir/NNP/PERSON Putin/NNP/PERSON met/VBD/O officials/NNS/O in/IN/O Kharkiv/NNP/LOCATION ./././O",
        "Putin/NNP/PERSON spoke/VBD/O ./././O");
    List<LinkAudit.Row> rows = LinkAudit.of(d, gazetteer);
    assertThat(rows).extracting(LinkAudit.Row::kind, LinkAudit.Row::how, LinkAudit.Row::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LinkAudit.Kind.PERSON, "name without title", "Vladimir Putin"),
        org.assertj.core.groups.Tuple.tuple(LinkAudit.Kind.PLACE, "name", "Kharkiv"),
        org.assertj.core.groups.Tuple.tuple(LinkAudit.Kind.PERSON, "surname without title", "Putin"));
    assertThat(rows.get(0).detail()).startsWith("curated: President of RUS");
    assertThat(rows.get(1).detail()).startsWith("Kharkiv, UKR");
    assertThat(rows.get(2).tsv()).startsWith("d\tperson\tsurname without title\tPutin\tperson/vladimir-putin\t")
        .endsWith("\tPutin spoke .");
  }

  @Test
  void aSurnameTheNerReadsAsADateIsTheDateNotThePerson() {
    // A full name whose last word is a weekday, then the weekday as a date and the surname with a title.
    LinkedDocument d = link(LocalDate.of(2024, 3, 1),
        "Minister/NNP/O Jonah/NNP/PERSON Friday/NNP/PERSON arrived/VBD/O ./././O",
        "Talks/NNS/O began/VBD/O on/IN/O Friday/NNP/DATE ./././O",
        "Friday/NNP/O said/VBD/O no/DT/O ./././O");
    assertThat(d.mentionAt(0, 1).entity().key()).isEqualTo("jonah-friday");
    assertThat(d.mentionAt(1, 3)).isNull();
    assertThat(d.mentionAt(2, 0).entity().key()).isEqualTo("jonah-friday");
  }

  @Test
  void aFamilyNameWrittenFirstNamesThePersonLater() {
    LinkedDocument d = link(LocalDate.of(2024, 3, 1),
        "Ambassador/NNP/O Zhou/NNP/PERSON Weiguang/NNP/PERSON arrived/VBD/O ./././O",
        "Zhou/NNP/PERSON said/VBD/O no/DT/O ./././O",
        "Envoy/NNP/O Daniel/NNP/PERSON Harrow/NNP/PERSON met/VBD/O Daniel/NNP/PERSON Okafor/NNP/PERSON ./././O");
    assertThat(d.mentionAt(1, 0).entity().key()).isEqualTo("zhou-weiguang");
    // A given name written first is not taken as the family name.
    assertThat(d.mentionAt(2, 4).entity().key()).isEqualTo("daniel-okafor");
  }

  @Test
  void aCapitalInTheNameOfAnAgreementIsTheCityNotTheState() {
    LinkedDocument d = link(LocalDate.of(2022, 3, 1),
        "Russia/NNP/LOCATION violated/VBD/O the/DT/O Minsk/NNP/LOCATION agreements/NNS/O ./././O",
        "Talks/NNS/O resumed/VBD/O in/IN/O Minsk/NNP/LOCATION ./././O",
        "The/DT/O Washington/NNP/ORGANIZATION Post/NNP/ORGANIZATION reported/VBD/O it/PRP/O ./././O");
    assertThat(d.mentionAt(0, 3).entity().kind()).isEqualTo(EntityKind.PLACE);
    assertThat(d.mentionAt(2, 1).entity().kind()).isEqualTo(EntityKind.PLACE);
    assertThat(d.mentionAt(1, 3).entity()).hasToString("state/BLR");
    assertThat(d.placeAt(1, 3).name()).isEqualTo("Minsk");
  }

  @Test
  void aCityNameAlsoInAFullPersonNameNeedsAPrepositionOfPlace() {
    LinkedDocument d = link(LocalDate.of(2003, 3, 1),
        "Ricardo/NNP/PERSON Lagos/NNP/PERSON visited/VBD/O Peru/NNP/LOCATION ./././O",
        "Lagos/NNP/LOCATION said/VBD/O no/DT/O ./././O",
        "Police/NNS/O in/IN/O Lagos/NNP/LOCATION arrested/VBD/O him/PRP/O ./././O");
    assertThat(d.placeAt(1, 0)).isNull();
    assertThat(d.placeAt(2, 2).iso3()).isEqualTo("NGA");
  }

  @Test
  void stPetersburgIsTheRussianCity() {
    LinkedDocument d = link(LocalDate.of(2022, 3, 1),
        "He/PRP/O trained/VBD/O in/IN/O St./NNP/LOCATION Petersburg/NNP/LOCATION ./././O");
    assertThat(d.placeAt(0, 3).iso3()).isEqualTo("RUS");
  }
}
