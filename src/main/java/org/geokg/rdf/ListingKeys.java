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
 * <p>Why: a listing's page is {@code ORDER BY ?key LIMIT n} over one key per row. With a rank that
 * many rows share (a count, a date), the sort broke ties on the row's IRI, and fetching tens of
 * thousands of IRIs from the node table was most of the query's time; with a key that already tells
 * the rows apart, the sort compares inline numbers only and the IRIs of the page alone are read.
 *
 * <p>A key is {@code rank · 2^33 + h}, where the rank (below 2^21) is what the listing orders by
 * (a count, or a day) and {@code h} is 33 bits of a hash of the row's IRI, a stable order among rows
 * of equal rank. A key depends on its own row only, so it is written with the row's counts, in the
 * document's transaction; nothing is renumbered when rows come or go.
 */
public final class ListingKeys {
  private static final int HASH_BITS = 33;
  private static final long HASH_MASK = (1L << HASH_BITS) - 1;
  /** The greatest rank: larger counts share it (then only the hash orders them). */
  public static final long MAX_RANK = (1L << 21) - 1;
  /** Added to the epoch day: ranks from about 900 BC to about AD 4800 then fit. */
  private static final long DAY_OFFSET = 1L << 20;
  private static final Pattern ISO = Pattern.compile("(-?\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

  private ListingKeys() {}

  /** The key of the row {@code row} of rank {@code rank} (clamped to 0 … {@link #MAX_RANK}). */
  public static Node key(long rank, Node row) {
    long r = Math.max(0, Math.min(MAX_RANK, rank));
    long h = Hashing.murmur3_128().hashString(row.toString(), StandardCharsets.UTF_8).asLong() & HASH_MASK;
    return NodeFactory.createLiteralDT(Long.toString((r << HASH_BITS) | h), XSDDatatype.XSDinteger);
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
