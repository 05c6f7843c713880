package org.geokg.store;

import java.nio.file.Paths;

/** Run as a child process by {@link GeoStoreTest}: holds a store open until its stdin closes. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (GeoStore store = GeoStore.open(Paths.get(args[0]))) {
      store.quadCount();
      System.out.println("open");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close our stdin
      }
    }
  }
}
