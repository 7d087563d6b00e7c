package org.yanlu.archive.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock a full build holds on an index folder for as long as it runs: the file {@value #FILE},
 * locked by the operating system (so a killed build's lock is gone with its process) and holding
 * the owner's process id and start time, for the message a second build gets. Whoever holds it may
 * delete generations; nobody else does.
 */
public final class BuildLock implements AutoCloseable {
  /** The lock file in the index folder; it stays there between builds, unlocked. */
  public static final String FILE = "build.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private BuildLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the folder {@code root}.
   *
   * @throws BuildRunningException when another build holds it, naming its process
   */
  public static BuildLock acquire(Path root) throws IOException {
    Optional<BuildLock> lock = tryAcquire(root);
    if (lock.isPresent()) {
      return lock.get();
    }
    String owner;
    try {
      owner = Files.readString(root.resolve(FILE), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      owner = "";
    }
    throw new BuildRunningException(root.toAbsolutePath(), owner.isEmpty() ? "?" : owner);
  }

  /** Takes the lock if no build holds it; empty when one does. */
  public static Optional<BuildLock> tryAcquire(Path root) throws IOException {
    Files.createDirectories(root);
    FileChannel channel =
        FileChannel.open(
            root.resolve(FILE),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // a build of this very process holds it
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      return Optional.empty();
    }
    try {
      String owner = "pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n";
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
    return Optional.of(new BuildLock(channel, lock));
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      // The file stays: deleting it would let a third build lock a fresh file while a second
      // still waits on the old one.
      channel.close();
    }
  }
}
