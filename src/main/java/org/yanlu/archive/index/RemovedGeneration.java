package org.yanlu.archive.index;

/**
 * A generation folder that was deleted, for the summary of a build.
 *
 * @param name the folder's name under {@code generations/}
 * @param bytes what it took on disk
 * @param reason why it went: {@link #DEAD_BUILD} or {@link #SUPERSEDED}
 */
public record RemovedGeneration(String name, long bytes, String reason) {
  /** A build that died before publishing it; nothing ever searched it. */
  public static final String DEAD_BUILD = "partial generation of a dead build";

  /** Older than the generation kept for {@code index --rollback}. */
  public static final String SUPERSEDED = "superseded";

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s (%.1f MB, %s)", name, bytes / 1e6, reason);
  }
}
