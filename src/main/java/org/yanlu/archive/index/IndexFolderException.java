package org.yanlu.archive.index;

import java.io.IOException;

/**
 * What the index folder cannot do now, for a reason its operator can act on (a build is running,
 * there is no previous index to roll back to); the command line prints the message and exits 1.
 */
public class IndexFolderException extends IOException {
  public IndexFolderException(String message) {
    super(message);
  }
}
