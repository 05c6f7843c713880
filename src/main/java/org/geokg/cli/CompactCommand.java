package org.geokg.cli;

import java.util.concurrent.Callable;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code geokg compact}: TDB2 compaction, which gives back the space that updates leave behind. */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description = {
      "Compacts the store (TDB2 compaction): copies the live data to a new generation and deletes the old,"
          + " giving back the space every write transaction leaves behind.",
      "The store cannot be used by another process meanwhile (it never can); a crash during compaction"
          + " leaves the old generation in use."
    })
final class CompactCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin StoreOptions storeOptions;

  CompactCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    try (GeoStore store = storeOptions.openExisting()) {
      StoreSpace before = store.space();
      store.compact();
      StoreSpace after = store.space();
      context.out().printf("compacted %s: %,d MB before, %,d MB after, in %.1f s%n", store.location(),
          before.bytes() >> 20, after.bytes() >> 20, (System.nanoTime() - start) / 1e9);
    }
    context.out().flush();
    return 0;
  }
}
