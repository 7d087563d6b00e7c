package org.yanlu.archive.corpus.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yanlu.archive.article.ArticleDate;

/**
 * What a news page says about its article: title, outlet, site, date, body paragraphs and canonical
 * URL, each taken from the most reliable signal the page carries.
 *
 * <p>The order of signals, most trusted first:
 *
 * <ul>
 *   <li>title: {@code og:title} (without a trailing site name), JSON-LD {@code headline}, {@code
 *       <meta name="ArticleTitle">}, the longest {@code <h1>}, the {@code <title>}'s first part;
 *   <li>date: {@code article:published_time}, the {@code publishdate}/{@code PubDate}/{@code
 *       datePublished}/{@code dc.date} meta tags, JSON-LD {@code datePublished}, {@code <time
 *       datetime>}, a {@code <time>}'s text, a dated byline above the body ({@code 发布时间：…});
 *   <li>outlet: a {@code 来源：} line in the body (then removed from it), {@code <meta
 *       name="source">}, a {@code 来源：} byline outside the body, the site;
 *   <li>site: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code <meta name="SiteName">},
 *       {@code application-name}, the {@code <title>}'s last part, the URL's host;
 *   <li>body: the {@code <article>} or {@code itemprop=articleBody} with the most paragraph text,
 *       else the element whose {@code <p>} children hold the most text, else JSON-LD {@code
 *       articleBody} (also when it is more than twice the markup's text, as on script-rendered
 *       pages), all after navigation, ads, comments and scripts are removed ({@link PageNoise}).
 * </ul>
 *
 * @param title "" when the page has none
 * @param outlet the outlet credited with the story, "" when none is named
 * @param site the site the page was saved from, "" when unknown
 * @param paragraphs empty when no article body was recognised
 * @param url the canonical URL, "" when the page gives none
 */
public record ArticlePage(
    String title,
    String outlet,
    String site,
    ArticleDate date,
    List<String> paragraphs,
    String url) {

  private static final String[] DATE_META = {
    "article:published_time",
    "og:article:published_time",
    "publishdate",
    "PubDate",
    "pubdate",
    "publish-date",
    "publish_date",
    "datePublished",
    "dc.date.issued",
    "dc.date",
    "date",
  };

  /** The attributes that name a meta tag, Open Graph's first. */
  private static final String[] META_KEYS = {"property", "name", "itemprop"};

  /** A byline is short; a longer text that holds a date is body text that mentions one. */
  private static final int MAX_BYLINE_LENGTH = 80;

  /**
   * What parts a {@code <title>}: {@code _}, {@code |}, {@code --}, or a dash between spaces. Not a
   * bare {@code ——}, which Chinese headlines use as a dash of their own.
   */
  private static final String TITLE_SEPARATORS = "\\s*[_|｜]\\s*|\\s*-{2,}\\s*|\\s+[-–—]\\s+";

  public ArticlePage {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(date, "date");
    paragraphs = List.copyOf(paragraphs);
    Objects.requireNonNull(url, "url");
  }

  /** Reads a parsed page; the page is not changed. */
  public static ArticlePage of(Document page) {
    Optional<JsonLdArticle> ld = JsonLdArticle.in(page);
    Document clean = PageNoise.removedFrom(page);
    Element body = PageBody.find(clean);

    List<String> found = body == null ? List.of() : PageBody.paragraphs(body);
    String ldBody = ld.map(JsonLdArticle::articleBody).orElse("");
    // A page that renders its text by script, or shows a teaser, still carries it in JSON-LD.
    if (ldBody.length() > 2 * length(found)) {
      found = ldParagraphs(ldBody);
    }
    List<String> paragraphs = new ArrayList<>();
    String creditLine = "";
    for (String p : found) {
      Optional<String> credited = OutletLine.creditedBy(p);
      if (credited.isPresent()) {
        creditLine = credited.get();
      } else if (!OutletLine.isEditorLine(p)) {
        paragraphs.add(p);
      }
    }

    String siteName =
        first(
            () -> meta(page, "og:site_name"),
            () -> ld.map(JsonLdArticle::publisher).orElse(""),
            () -> meta(page, "SiteName"),
            () -> meta(page, "application-name"),
            () -> titleSuffix(page));
    String url =
        first(
            () -> absolute(page.select("link[rel=canonical]").attr("href")),
            () -> absolute(meta(page, "og:url")),
            () -> absolute(ld.map(JsonLdArticle::url).orElse("")));
    String credit = creditLine;
    String outlet =
        first(
            () -> credit,
            () -> meta(page, "source"),
            () -> bylineOutlet(clean, body),
            () -> siteName);
    return new ArticlePage(
        title(page, clean, ld, siteName),
        outlet,
        siteName.isEmpty() ? host(url) : siteName,
        date(page, clean, body, ld),
        paragraphs,
        url);
  }

  private static String title(
      Document page, Document clean, Optional<JsonLdArticle> ld, String site) {
    String og = withoutSite(meta(page, "og:title"), site);
    String headline = ld.map(JsonLdArticle::headline).orElse("");
    String h1 =
        clean.select("h1").stream()
            .map(e -> PageBody.normalise(e.text()))
            .max((a, b) -> Integer.compare(a.length(), b.length()))
            .orElse("");
    String[] titleParts = PageBody.normalise(page.title()).split(TITLE_SEPARATORS);
    return first(
        () -> og, () -> headline, () -> meta(page, "ArticleTitle"), () -> h1, () -> titleParts[0]);
  }

  /** The last part of a {@code <title>} such as {@code 标题_工作动态_河南省工业和信息化厅}. */
  private static String titleSuffix(Document page) {
    String[] parts = PageBody.normalise(page.title()).split(TITLE_SEPARATORS);
    return parts.length > 1 ? parts[parts.length - 1] : "";
  }

  private static String withoutSite(String title, String site) {
    if (site.isEmpty()) {
      return title;
    }
    String[] parts = title.split(TITLE_SEPARATORS);
    return parts.length > 1 && parts[parts.length - 1].equals(site)
        ? title
            .substring(0, title.lastIndexOf(site))
            .replaceFirst("(" + TITLE_SEPARATORS + ")$", "")
        : title;
  }

  private static ArticleDate date(
      Document page, Document clean, Element body, Optional<JsonLdArticle> ld) {
    List<String> candidates = new ArrayList<>();
    for (String name : DATE_META) {
      candidates.add(meta(page, name));
    }
    candidates.add(ld.map(JsonLdArticle::datePublished).orElse(""));
    clean.select("time[datetime]").forEach(t -> candidates.add(t.attr("datetime")));
    clean.select("time").forEach(t -> candidates.add(t.text()));
    for (String candidate : candidates) {
      Optional<ArticleDate> date = PageDate.find(candidate);
      if (date.isPresent()) {
        return date.get();
      }
    }
    return bylineDate(clean, body).orElse(ArticleDate.UNKNOWN);
  }

  /** The date of a byline above the body: a short text that is a date or says it gives one. */
  private static Optional<ArticleDate> bylineDate(Document clean, Element body) {
    for (Element e : clean.body().getAllElements()) {
      if (e == body) {
        break;
      }
      String text = PageBody.normalise(e.ownText());
      if (text.isEmpty()
          || text.length() > MAX_BYLINE_LENGTH
          || e.closest("h1, h2, h3, title") != null) {
        continue;
      }
      if (PageDate.isMostlyDate(text) || text.matches(".*(发布|时间|日期|发表|更新).*")) {
        Optional<ArticleDate> date = PageDate.find(text);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** The outlet a 来源 byline outside the body names, its name often in a child link. */
  private static String bylineOutlet(Document clean, Element body) {
    for (Element e : clean.body().getElementsMatchingOwnText("来\\s*源\\s*[：:]")) {
      if (body != null && isInside(e, body)) {
        continue;
      }
      String text = PageBody.normalise(e.text());
      if (text.length() <= MAX_BYLINE_LENGTH) {
        Optional<String> outlet = OutletLine.findIn(text);
        if (outlet.isPresent()) {
          return outlet.get();
        }
      }
    }
    return "";
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static List<String> ldParagraphs(String body) {
    List<String> paragraphs = new ArrayList<>();
    for (String line : body.split("\\n+")) {
      String p = PageBody.normalise(line);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs;
  }

  private static int length(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(String::length).sum();
  }

  private static String meta(Document page, String name) {
    for (Element meta : page.select("meta[content]")) {
      for (String key : META_KEYS) {
        if (meta.attr(key).equalsIgnoreCase(name)) {
          return PageBody.normalise(meta.attr("content"));
        }
      }
    }
    return "";
  }

  private static String absolute(String url) {
    String u = url.strip();
    return u.startsWith("http://") || u.startsWith("https://") ? u : "";
  }

  private static String host(String url) {
    if (url.isEmpty()) {
      return "";
    }
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  @SafeVarargs
  private static String first(Supplier<String>... candidates) {
    for (Supplier<String> candidate : candidates) {
      String value = candidate.get();
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return "";
  }
}
