package org.yanlu.archive.corpus.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The parts of a page that are never the article: scripts, navigation, ads, comments, share bars,
 * related links, footers, recognised by tag, by ARIA role and by the words of their class and id.
 */
public final class PageNoise {
  private static final String NOISE_TAGS =
      "script, style, noscript, template, iframe, object, embed, canvas, svg, form, button, select,"
          + " input, textarea, nav, footer, aside, [role=navigation], [role=complementary],"
          + " [role=contentinfo], [role=banner], [hidden]";

  /**
   * Words of a class or id that mark page furniture. Whole words only: "ad" must not hit "header"
   * or "thread", so class and id are split at every non-letter first.
   */
  private static final Set<String> NOISE_WORDS =
      Set.of(
          ("nav navbar navigation menu footer foot comment comments cmt reply ad ads advert"
                  + " advertisement adv gg banner sponsor share sharing social related recommend"
                  + " recommended sidebar breadcrumb breadcrumbs crumb crumbs copyright hot rank"
                  + " ranking tags login toolbar pager pagination qrcode subscribe popup modal")
              .split(" "));

  private PageNoise() {}

  /** A copy of the page with its furniture removed; the page itself is left as it is. */
  public static Document removedFrom(Document page) {
    Document clean = page.clone();
    clean.select(NOISE_TAGS).remove();
    for (Element e : clean.body().select("[class], [id]")) {
      if (e.parent() != null && isNoise(e) && !holdsArticle(e)) {
        e.remove();
      }
    }
    return clean;
  }

  /**
   * A wrapper whose name has a furniture word ("hot-news-wrap") but holds the article is layout.
   */
  private static boolean holdsArticle(Element e) {
    return e.select("article, [itemprop=articleBody]").stream().anyMatch(inner -> inner != e);
  }

  private static boolean isNoise(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : names.split("[^a-z0-9]+")) {
      if (NOISE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
