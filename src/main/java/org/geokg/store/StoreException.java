package org.geokg.store;

/**
 * A {@link GeoStore} could not be opened, read or written. The message is one line a user can act
 * on, and names the store folder when the folder is the problem.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
