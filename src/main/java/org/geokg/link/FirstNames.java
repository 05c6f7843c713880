package org.geokg.link;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Given names, from the name list CoreNLP's models jar ships for its coreference gender feature
 * ({@code edu/stanford/nlp/models/dcoref/namegender.combine.txt}: about 14,600 given names with a gender).
 * Used only where the NER missed a person next to a title ({@code EntityLinker}); an absent list is an
 * empty one.
 */
final class FirstNames {
  static final String RESOURCE = "/edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private static final Logger LOG = LoggerFactory.getLogger(FirstNames.class);

  private final ImmutableSet<String> names;

  private FirstNames(ImmutableSet<String> names) {
    this.names = names;
  }

  static FirstNames load() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        // Not an error (the rule only adds persons the NER missed), but a models jar without the list
        // would otherwise switch the rule off without a word.
        LOG.warn("given-name list {} not on the class path: names next to a title are not read as persons", RESOURCE);
      } else {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String[] cols = line.trim().split("\\s+");
          if (cols.length == 2 && (cols[1].equals("MALE") || cols[1].equals("FEMALE")) && cols[0].matches("\\p{L}{2,}")) {
            b.add(cols[0].toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FirstNames(b.build());
  }

  /** How many given names the list holds (0 when the models jar lacks it). */
  int size() {
    return names.size();
  }

  /** Whether {@code word} (any case) is a given name of the list. */
  boolean contains(String word) {
    return names.contains(word.toLowerCase(Locale.ROOT));
  }
}
