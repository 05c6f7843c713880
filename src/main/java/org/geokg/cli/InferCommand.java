package org.geokg.cli;

import java.util.concurrent.Callable;
import org.geokg.store.GeoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code geokg infer --all}: graph:inferred and graph:summary computed anew from every document. */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    description = {
      "Computes graph:inferred and graph:summary anew from every stored document, in one transaction.",
      "build and load keep both up to date document by document (what a document implies depends only on"
          + " its own claims and the reference graph); this is the full recomputation, for a store written"
          + " by other tools or to check the incremental one."
    })
final class InferCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Mixin StoreOptions storeOptions;

  @Option(names = "--all", description = "Recompute from every document (required: the only mode).")
  boolean all;

  InferCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!all) {
      throw new ParameterException(spec.commandLine(), "give --all: writes keep graph:inferred up to date;"
          + " infer --all recomputes it from every document");
    }
    long start = System.nanoTime();
    try (GeoStore store = storeOptions.openExisting()) {
      store.recomputeDerived();
      context.out().printf("graph:inferred and graph:summary recomputed from every document in %.1f s%n",
          (System.nanoTime() - start) / 1e9);
    }
    context.out().flush();
    return 0;
  }
}
