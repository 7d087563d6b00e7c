package org.yanlu.archive.http;

import io.javalin.http.Context;

/**
 * {@code POST /api/admin/reindex}: takes in the corpus folder's changes now. Indexing costs the
 * server its cores, so only the operator may ask: the request must carry the admin token.
 */
final class AdminReindex {
  private final CorpusReindex reindex;
  private final AdminToken token;

  AdminReindex(CorpusReindex reindex, AdminToken token) {
    this.reindex = reindex;
    this.token = token;
  }

  void handle(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (!token.admits(authorization)) {
      boolean missing = AdminToken.isMissing(authorization);
      if (missing) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"yanlu-admin\"");
      }
      throw new AdminAuthException(missing);
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
}
