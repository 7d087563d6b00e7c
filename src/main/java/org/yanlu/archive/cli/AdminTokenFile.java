package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.yanlu.archive.http.AdminToken;

/**
 * Where {@code serve} gets the operator's admin token: the environment variable {@value #ENV} when
 * it is set, else the file {@value #FILE} in the index folder, made with a random secret at the
 * first start and printed on the console that once.
 */
final class AdminTokenFile {
  static final String ENV = "YANLU_ADMIN_TOKEN";
  static final String FILE = "admin-token";

  private AdminTokenFile() {}

  /**
   * The token of {@code fromEnvironment} when it is not blank, else of the index folder's file.
   *
   * @param console told the token when it is made
   * @throws UsageException when the environment's token is too short or not one header word
   */
  static AdminToken load(Path index, String fromEnvironment, PrintStream console)
      throws IOException {
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      try {
        return AdminToken.of(fromEnvironment.strip());
      } catch (IllegalArgumentException e) {
        throw new UsageException(ENV + ": " + e.getMessage());
      }
    }
    Path file = index.resolve(FILE);
    try {
      return AdminToken.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (NoSuchFileException e) {
      return create(index, file, console);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage() + "; delete it to get a new one");
    }
  }

  private static AdminToken create(Path index, Path file, PrintStream console) throws IOException {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Files.createDirectories(index);
    Path temp = index.resolve(FILE + ".tmp-" + ProcessHandle.current().pid());
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    // Only the operator's account may read the secret; it is never readable, even for a moment.
    if (posix) {
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temp);
    }
    Files.writeString(temp, secret + "\n", StandardCharsets.UTF_8);
    try {
      // No replace: of two servers starting at once on one folder, the first one's token stays.
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temp);
      return AdminToken.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    }
    console.println("管理令牌已生成（只显示这一次）/ admin token created, shown this once and kept in " + file);
    console.println("  " + secret);
    console.println("  admin requests send it as the header  Authorization: Bearer " + secret);
    return AdminToken.of(secret);
  }
}
