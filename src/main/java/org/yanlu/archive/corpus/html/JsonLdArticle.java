package org.yanlu.archive.corpus.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org {@code NewsArticle} (or {@code Article}, {@code ReportageNewsArticle}, …) a page
 * describes itself with in a {@code <script type="application/ld+json">}; fields it lacks are "".
 */
public record JsonLdArticle(
    String headline, String datePublished, String publisher, String articleBody, String url) {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BlogPosting",
          "Report");

  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonLdArticle {
    headline = headline == null ? "" : headline.strip();
    datePublished = datePublished == null ? "" : datePublished.strip();
    publisher = publisher == null ? "" : publisher.strip();
    articleBody = articleBody == null ? "" : articleBody.strip();
    url = url == null ? "" : url.strip();
  }

  /** The first article object in the page's JSON-LD, looking into arrays and {@code @graph}. */
  public static Optional<JsonLdArticle> in(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException e) {
        // Broken JSON-LD is common in saved pages; the page's meta tags and markup still speak.
        continue;
      }
      Optional<JsonLdArticle> found = find(root);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonLdArticle> find(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    List<JsonNode> candidates = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(candidates::add);
    } else if (node.isObject()) {
      if (isArticle(node)) {
        return Optional.of(of(node));
      }
      node.path("@graph").forEach(candidates::add);
    }
    for (JsonNode candidate : candidates) {
      Optional<JsonLdArticle> found = find(candidate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.path("@type");
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static JsonLdArticle of(JsonNode article) {
    JsonNode publisher = article.path("publisher");
    if (publisher.isArray()) {
      publisher = publisher.path(0);
    }
    String publisherName = publisher.isTextual() ? publisher.asText() : text(publisher, "name");
    String url = text(article, "url");
    if (url.isEmpty()) {
      JsonNode page = article.path("mainEntityOfPage");
      url = page.isTextual() ? page.asText() : text(page, "@id");
    }
    return new JsonLdArticle(
        text(article, "headline"),
        text(article, "datePublished"),
        publisherName,
        text(article, "articleBody"),
        url);
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isValueNode() ? value.asText() : "";
  }
}
