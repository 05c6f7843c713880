package org.geokg.cli;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.jena.Jena;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code geokg} command line: {@code build}, {@code extract}, {@code query}, {@code queries},
 * {@code dump}, {@code validate}, {@code eval}.
 *
 * <p>Exit codes: 0 success; 1 failure (for {@code build}: some documents failed, the others are
 * stored; for {@code validate}: the data does not conform); 2 usage error. Errors are one line on
 * stderr; {@code --debug} adds the stack trace and more logging.
 */
@Command(
    name = "geokg",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a knowledge graph of states, alliances, energy ties and stances from news"
        + " about international politics, and queries it with SPARQL.",
    subcommands = {
      BuildCommand.class,
      LoadCommand.class,
      InferCommand.class,
      CompactCommand.class,
      ExtractCommand.class,
      QueryCommand.class,
      QueriesCommand.class,
      DumpCommand.class,
      ServeCommand.class,
      ValidateCommand.class,
      EvalCommand.class,
      LinksCommand.class,
      org.geokg.bench.SoakCommand.class,
      org.geokg.bench.QueryBenchCommand.class,
      org.geokg.bench.HostileTrafficCommand.class,
      BenchCommand.class,
      HelpCommand.class
    })
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces and informational logging.")
  boolean debug;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--debug")) {
      // slf4j-simple reads its level once, when the first logger is made: this runs before that.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
    int code = execute(CliContext.system(), args);
    System.out.flush();
    System.exit(code);
  }

  /** Runs the command line with {@code context}'s streams and extractor and returns the exit code. */
  static int execute(CliContext context, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    CommandLine cl = new CommandLine(new Main(), new Factory(context));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(context.out(), true));
    cl.setErr(new PrintWriter(context.err(), true));
    cl.setParameterExceptionHandler((ParameterException ex, String[] a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("error: " + describe(ex));
      if (debug) {
        ex.printStackTrace(c.getErr());
      }
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return c.getCommandSpec().exitCodeOnInvalidInput();
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      c.getErr().println("error: " + describe(ex));
      if (debug) {
        ex.printStackTrace(c.getErr());
      }
      return 1;
    });
    int code = cl.execute(args);
    context.out().flush();
    return code;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command (build, extract, query, queries,"
        + " dump, validate, eval)");
  }

  /** One line for an exception: its message, or its kind when it has none. */
  static String describe(Throwable ex) {
    String msg = ex.getMessage();
    if (msg == null || msg.isBlank()) {
      return ex.getClass().getSimpleName();
    }
    String line = msg.strip().replaceAll("\\s*\\R\\s*", " ");
    boolean ours = ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
        || ex instanceof CommandLine.PicocliException
        || ex.getClass().getName().startsWith("org.geokg.")
        || ex instanceof java.io.UncheckedIOException;
    return ours ? line : ex.getClass().getSimpleName() + ": " + line;
  }

  /** Gives commands that take a {@link CliContext} theirs; builds the others as picocli would. */
  private record Factory(CliContext context) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        Constructor<K> c = cls.getDeclaredConstructor(CliContext.class);
        c.setAccessible(true);
        return c.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }

  /** {@code --version}: the jar's version and the versions of Jena and CoreNLP it runs on. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "geokg " + (v == null ? "(development build)" : v),
        "Apache Jena " + Jena.VERSION + ", Stanford CoreNLP " + coreNlpVersion() + ", Java " + Runtime.version()
      };
    }

    private static String coreNlpVersion() {
      try {
        // Loaded without initialising: CoreNLP's static set-up is not needed to read a manifest.
        Class<?> c = Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false, Main.class.getClassLoader());
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        return v == null ? "(version unknown)" : v;
      } catch (ClassNotFoundException e) {
        return "(not on the class path)";
      }
    }
  }
}
