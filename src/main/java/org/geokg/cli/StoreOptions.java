package org.geokg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geokg.store.GeoStore;
import org.geokg.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option, shared by the commands that use the store. */
final class StoreOptions {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "${env:GEOKG_STORE:-geokg-store}",
      description = "The store folder (TDB2); default: $GEOKG_STORE or ./geokg-store.")
  Path store;

  /** Opens the store, creating it if needed. */
  GeoStore openOrCreate() {
    return GeoStore.open(store);
  }

  /** Opens a store that must already exist, so that a mistyped folder is not created empty. */
  GeoStore openExisting() {
    if (!Files.isDirectory(store)) {
      throw new StoreException("no store at " + store.toAbsolutePath().normalize()
          + " (run 'geokg build' first, or give --store DIR)");
    }
    return GeoStore.open(store);
  }
}
