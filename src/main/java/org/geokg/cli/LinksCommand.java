package org.geokg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.doc.Document;
import org.geokg.doc.DocumentSink;
import org.geokg.doc.DocumentSource;
import org.geokg.link.EntityLinker;
import org.geokg.link.Gazetteer;
import org.geokg.link.LinkAudit;
import org.geokg.nlp.NlpPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code geokg links}: the person and place links of some texts that can be false, one a line with its
 * sentence, for reading a sample by hand ({@link LinkAudit}).
 */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {"Lists, as TSV, every known person named by a surname alone or without a title and every"
        + " city linked as a place, each with its sentence, so that a sample can be judged by hand.",
        "Columns: document, kind (person|place), how, text, entity, detail (curated or listed person and the"
            + " role on the document's date; the place's name, state, population), sentence."})
final class LinksCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin DataOptions dataOptions;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "all",
      description = "person, place or all (default).")
  String kind;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders, as geokg build reads them.")
  List<String> inputs;

  LinksCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    LinkAudit.Kind only = switch (kind) {
      case "all" -> null;
      case "person" -> LinkAudit.Kind.PERSON;
      case "place" -> LinkAudit.Kind.PLACE;
      default -> throw new IllegalArgumentException("--kind " + kind + ": expected person, place or all");
    };
    List<Document> documents = new ArrayList<>();
    DocumentSource.read(inputs, DocumentSink.of(documents::add, e -> context.err().println(e)));
    Path data = dataOptions.folder();
    Gazetteer gazetteer = Gazetteer.load(data);
    EntityLinker linker = new EntityLinker(gazetteer);
    Path nlpFile = data != null && Files.isRegularFile(data.resolve("corenlp.properties"))
        ? data.resolve("corenlp.properties") : null;
    NlpPipeline nlp = NlpPipeline.create(nlpFile);
    PrintStream to = out == null ? context.out() : new PrintStream(Files.newOutputStream(out), false,
        StandardCharsets.UTF_8);
    int[] counts = new int[2];
    try {
      to.println(LinkAudit.HEADER);
      for (Document d : documents) {
        for (LinkAudit.Row r : LinkAudit.of(linker.link(d, nlp.annotate(d)), gazetteer)) {
          if (only == null || r.kind() == only) {
            to.println(r.tsv());
            counts[r.kind().ordinal()]++;
          }
        }
      }
    } finally {
      if (out != null) {
        to.close();
      }
    }
    context.err().printf("links: %d documents, %d person links, %d place links%n", documents.size(), counts[0],
        counts[1]);
    return 0;
  }
}
