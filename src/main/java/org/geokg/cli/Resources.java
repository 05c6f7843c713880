package org.geokg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Project files that a checkout has in the working directory ({@code ontology/geokg.ttl}) and the
 * jar has under {@code geokg/}: the working directory's copy wins, so edits in a checkout apply at
 * once.
 */
final class Resources {
  private Resources() {}

  /** An RDF graph read from somewhere, with where, for messages. */
  record Loaded(String origin, Graph graph) {}

  /** Reads {@code relativePath} as RDF from the working directory, else from the classpath. */
  static Optional<Loaded> rdf(String relativePath) {
    Path local = Paths.get(relativePath);
    if (Files.isRegularFile(local)) {
      return Optional.of(rdfFile(local));
    }
    String resource = "geokg/" + relativePath;
    URL url = Resources.class.getClassLoader().getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    Lang lang = RDFLanguages.filenameToLang(relativePath, Lang.TURTLE);
    Graph g = GraphFactory.createDefaultGraph();
    try (InputStream in = url.openStream()) {
      RDFParser.source(in).lang(lang).base(url.toString()).parse(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
    }
    return Optional.of(new Loaded("classpath:" + resource, g));
  }

  /** Reads an RDF file the user named; the language comes from the file extension. */
  static Loaded rdfFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new IOException("no such file: " + file));
    }
    return new Loaded(file.toString(), RDFDataMgr.loadGraph(file.toString()));
  }
}
