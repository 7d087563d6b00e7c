package org.yanlu.archive.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@code POST /api/admin/reindex}: takes in the corpus folder's changes now. Only a client on this
 * machine may ask, since indexing costs the server its cores; any other gets a 403.
 */
final class AdminReindex {
  private final CorpusReindex reindex;

  AdminReindex(CorpusReindex reindex) {
    this.reindex = reindex;
  }

  void handle(Context ctx) {
    if (!isLoopback(ctx.req().getRemoteAddr())) {
      ApiErrors.write(
          ctx,
          new ApiErrors.Reply(
              403, "forbidden", "只能在本机上重建索引 / reindexing is allowed from localhost only"));
      return;
    }
    if (reindex == null) {
      ApiErrors.write(
          ctx,
          new ApiErrors.Reply(
              404, "not_found", "这个服务器不监视语料文件夹 / this server watches no corpus folder"));
      return;
    }
    ctx.json(reindex.reindex());
  }

  /** Whether a request's remote address is this machine's loopback; anything unreadable is not. */
  static boolean isLoopback(String address) {
    try {
      // A literal address parses without a name lookup; an empty one would parse as localhost.
      return address != null
          && !address.isBlank()
          && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
