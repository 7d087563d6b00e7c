package org.yanlu.archive.http;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.Sort;

/**
 * {@code /api/feed}: a search as an Atom 1.0 feed of its newest additions to the archive, so that a
 * feed reader tells a journalist when something new matches. It takes the parameters of {@code
 * /api/search} and answers its errors; the entries are the search's hits newest added first, each
 * with its headline, outlet (as author), publication date, snippet and a link that opens the
 * article in the page, {@code updated} being when it was added. Rome writes the XML.
 */
final class AtomFeed {
  /** Entries when the request gives no {@code size}: what feed readers commonly keep. */
  static final int DEFAULT_ENTRIES = 20;

  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";

  /** Publication dates are Beijing days: a day-precise date is published at its midnight there. */
  private static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Shanghai");

  /** Entry ids stay the same whatever host or port serves the feed. */
  private static final String ENTRY_ID_PREFIX = "tag:yanlu.archive,2026:article:";

  private static final String ARCHIVE_NAME = "言录 News Archive";

  private final Archive archive;

  AtomFeed(Archive archive) {
    this.archive = archive;
  }

  void write(Context ctx) throws FeedException {
    Map<String, List<String>> params = ctx.queryParamMap();
    SearchRequest asked = SearchParams.read(params);
    int size = params.containsKey("size") ? asked.size() : DEFAULT_ENTRIES;
    SearchRequest request = asked.toBuilder().page(1).size(size).sort(Sort.ADDED_DESC).build();
    SearchResult result = archive.search(request);
    String base = ctx.scheme() + "://" + ctx.host();
    ctx.contentType(CONTENT_TYPE);
    ctx.result(new WireFeedOutput().outputString(feed(ctx.fullUrl(), base, request, result)));
  }

  private Feed feed(String self, String base, SearchRequest request, SearchResult result) {
    Feed feed = new Feed("atom_1.0");
    feed.setId(self);
    feed.setTitle(xml("言录 · " + describe(request)));
    Content subtitle = new Content();
    subtitle.setValue(xml("检索的最新收录文章 / the newest additions to the archive matching this search"));
    feed.setSubtitle(subtitle);
    feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", base + pageUrl(request, null), "text/html")));
    Person archiveAuthor = new Person();
    archiveAuthor.setName(ARCHIVE_NAME);
    feed.setAuthors(List.of(archiveAuthor));
    Generator generator = new Generator();
    generator.setValue(ARCHIVE_NAME);
    feed.setGenerator(generator);
    List<Entry> entries = new ArrayList<>();
    Instant newest = null;
    for (Hit hit : result.hits()) {
      entries.add(entry(base, request, hit));
      if (hit.added() != null && (newest == null || hit.added().isAfter(newest))) {
        newest = hit.added();
      }
    }
    feed.setUpdated(Date.from(newest != null ? newest : lastBuilt()));
    feed.setEntries(entries);
    return feed;
  }

  /** When a feed with no entries last changed: when the archive was built, as it knows it. */
  private Instant lastBuilt() {
    Instant built = archive.stats().builtAt();
    return built == null ? Instant.EPOCH : built;
  }

  private static Entry entry(String base, SearchRequest request, Hit hit) {
    Entry entry = new Entry();
    entry.setId(ENTRY_ID_PREFIX + encode(hit.id()));
    entry.setTitle(xml(hit.title().isBlank() ? "（无标题）" : hit.title()));
    entry.setAlternateLinks(
        List.of(link("alternate", base + pageUrl(request, hit.id()), "text/html")));
    if (!hit.source().isBlank()) {
      Person outlet = new Person();
      outlet.setName(xml(hit.source()));
      entry.setAuthors(List.of(outlet));
    }
    Instant published = publishedDay(hit.date());
    if (published != null) {
      entry.setPublished(Date.from(published));
    }
    entry.setUpdated(Date.from(hit.added() != null ? hit.added() : Instant.EPOCH));
    Content summary = new Content();
    summary.setType(Content.HTML);
    // The snippet is escaped text with <mark> only; the line above it says outlet and date.
    String line = escape(hit.source().isBlank() ? "未注明来源" : hit.source());
    if (hit.date() != null) {
      line += " · " + escape(hit.date());
    }
    summary.setValue(xml("<p>" + line + "</p><p>" + hit.snippet() + "</p>"));
    entry.setSummary(summary);
    return entry;
  }

  /** The search as a feed title: its query text and outlets. */
  private static String describe(SearchRequest request) {
    String what = request.query().isEmpty() ? "全部文章" : request.query();
    return request.sources().isEmpty()
        ? what
        : what + "（" + String.join("、", request.sources()) + "）";
  }

  /**
   * The page's URL of the search ({@code /?q=…&source=…}), or of one article opened from it ({@code
   * …&id=…}), as the front end spells them.
   */
  static String pageUrl(SearchRequest request, String articleId) {
    List<String> parts = new ArrayList<>();
    if (!request.query().isEmpty()) {
      parts.add("q=" + encode(request.query()));
    }
    add(parts, "source", request.sources());
    add(parts, "month", request.months());
    add(parts, "speaker", request.speakers());
    add(parts, "theme", request.themes());
    add(parts, "person", request.people());
    add(parts, "organisation", request.organisations());
    add(parts, "place", request.places());
    if (request.from() != null) {
      parts.add("from=" + encode(request.from()));
    }
    if (request.to() != null) {
      parts.add("to=" + encode(request.to()));
    }
    if (articleId != null) {
      parts.add("id=" + encode(articleId));
    }
    return parts.isEmpty() ? "/" : "/?" + String.join("&", parts);
  }

  private static void add(List<String> parts, String name, List<String> values) {
    values.forEach(v -> parts.add(name + "=" + encode(v)));
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }

  /** Midnight in Beijing of a day-precise date; null for a month, a year or no date. */
  private static Instant publishedDay(String date) {
    if (date == null || date.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(date).atStartOfDay(NEWSROOM_ZONE).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * Text without the characters XML 1.0 cannot hold (control characters a source may carry): the
   * XML library refuses the whole feed for one of them, so they are dropped here.
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            cp ->
                cp == 0x9
                    || cp == 0xA
                    || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || cp >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
