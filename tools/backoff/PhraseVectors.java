// Computes the embeddings of the predicate dictionary's phrases (extract/PhraseIndex) into
// src/main/resources/geokg/backoff/phrase-vectors.bin, so that the semantic back-off does not embed
// 5,000-odd phrases at every start-up (about 25 s on one core). Run after changing
// interaction_verbs.tsv, interaction_nouns.tsv or cameo_verbs.tsv, from the project folder, after
// `mvn -o -q -DskipTests package` (which fills target/classes and target/lib):
//
//   java -cp 'target/classes:target/lib/*' tools/backoff/PhraseVectors.java
//
// Phrases missing from the file are embedded at start-up, so a stale file costs time, not results.
import java.nio.file.Path;
import org.geokg.extract.Lexicons;
import org.geokg.extract.PhraseIndex;

public class PhraseVectors {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/geokg/backoff/phrase-vectors.bin");
    int n = PhraseIndex.writeVectors(Lexicons.load(null), out);
    System.out.println(out + ": " + n + " phrases");
  }
}
