package org.yanlu.archive.index;

import java.nio.file.Path;

/** A build was asked for while another holds the index folder's {@link BuildLock}. */
public final class BuildRunningException extends IndexFolderException {
  public BuildRunningException(Path root, String owner) {
    super(
        "另一次建索引正在进行 / a build is already running on "
            + root
            + " ("
            + owner
            + "; lock file "
            + root.resolve(BuildLock.FILE)
            + "); try again when it has finished");
  }
}
