package org.geokg.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The sort keys of the listings in {@code graph:summary}: one {@code xsd:integer} per row, unique in
 * practice, that TDB2 keeps inside the row's index entry (an inline NodeId: a signed 56-bit integer)
 * rather than in its node table.
 *
 * <p>Why: a listing's page is {@code ORDER BY ?key LIMIT n} over one key per row, unique, so no tie
 * is broken on the row's IRI (which TDB2 would fetch from its node table for every row).
 *
 * <p>A key is {@code rank · 2^33 + h}, where the rank (below 2^21) is what the listing orders by
 * (a count, or a day; taken from 2^21 - 1 for a listing that shows high ranks first, so every listing
 * reads its keys ascending) and {@code h} is 33 bits of a hash of the row's IRI, a stable order among
 * rows of equal rank.
 *
 * <p>Ascending keys are also the order in which TDB2 reads them: its index of a named graph's
 * property values is sorted by value, and an inline integer's value is its index entry. A listing's
 * page is therefore the first rows of a scan of its key property, and {@code geokg query} reads it so,
 * with no sort at all (see {@code org.geokg.query.Paging}); sorting even inline integers costs about
 * as much as the rest of the query (Jena compares them as parsed values, row by row). A key depends on its own row only, so it is written with the row's counts, in the
 * document's transaction; nothing is renumbered when rows come or go.
 */
public final class ListingKeys {
  private static final int HASH_BITS = 33;
  /** The greatest rank: larger counts share it (then only the hash orders them). */
  public static final long MAX_RANK = (1L << 21) - 1;
  /** Added to the epoch day: ranks from about 900 BC to about AD 4800 then fit. */
  private static final long DAY_OFFSET = 1L << 20;
  private static final Pattern ISO = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

  private ListingKeys() {}

  /** The key of the row {@code row} of rank {@code rank} (clamped to 0 … {@link #MAX_RANK}): low ranks first. */
  public static Node key(long rank, Node row) {
    long r = Math.max(0, Math.min(MAX_RANK, rank));
    return literal((r << HASH_BITS) | hash(row.toString(), HASH_BITS));
  }

  /** The key of the row {@code row} of rank {@code rank}, high ranks first (most documents, newest date). */
  public static Node descending(long rank, Node row) {
    return key(MAX_RANK - Math.max(0, Math.min(MAX_RANK, rank)), row);
  }

  /**
   * The key of a row in a listing grouped by something other than a rank (the claims of one fact
   * together): 24 bits of a hash of {@code group}, then {@code rank} in 7 bits (clamped to 0 … 127),
   * then 22 bits of a hash of the row's IRI, then 1 bit for {@code flag} (the listing's reading of
   * the row, which the key thus tells).
   */
  public static Node groupedKey(String group, long rank, Node row, boolean flag) {
    long r = Math.max(0, Math.min(127, rank));
    return literal((hash(group, 24) << 30) | (r << 23) | (hash(row.toString(), 22) << 1) | (flag ? 1 : 0));
  }

  private static long hash(String s, int bits) {
    return Hashing.murmur3_128().hashString(s, StandardCharsets.UTF_8).asLong() & ((1L << bits) - 1);
  }

  private static Node literal(long key) {
    return NodeFactory.createLiteralDT(Long.toString(key), XSDDatatype.XSDinteger);
  }

  /**
   * The rank of a date's text ({@code xsd:date}, {@code gYearMonth} or {@code gYear}: a month or year
   * counts as its first day), in days, from 1 for the earliest; {@code ifNone} when the text is null
   * or is not such a date.
   */
  public static long dayRank(String date, long ifNone) {
    if (date == null) {
      return ifNone;
    }
    Matcher m = ISO.matcher(date.strip());
    if (!m.matches()) {
      return ifNone;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
      return Math.max(1, Math.min(MAX_RANK - 1, d.toEpochDay() + DAY_OFFSET));
    } catch (DateTimeException | NumberFormatException e) {
      return ifNone;
    }
  }
}
