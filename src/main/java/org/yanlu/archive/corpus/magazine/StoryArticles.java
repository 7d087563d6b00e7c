package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Section;
import org.yanlu.archive.corpus.IssueMetadata;

/**
 * Turns collected stories into articles: headline and subtitle, paragraphs (subheadings kept as
 * paragraphs, captions repeated at the end dropped), the sections of a series, the event date, and
 * an id made of the file, the first page and the story's place on that page, so that it stays the
 * same each time the index is rebuilt.
 */
public final class StoryArticles {
  /** A venue named before a lead's comma ({@code 在2020世界人工智能大会上，}) is a phrase. */
  private static final int VENUE_MAX_CHARS = 30;

  /** A section's lead: a dateline ({@code 7月9日晚间，}) or a venue ({@code 在…大会上，}). */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^((19|20)\\d{2}年)?\\d{1,2}月\\d{1,2}日.{0,"
              + StorySegmenter.DATELINE_TAIL_MAX_CHARS
              + "}[，,]|^在.{2,"
              + VENUE_MAX_CHARS
              + "}(上|中)，.*");

  /**
   * A series section's heading names its speaker before a colon, name and title in at most 12
   * characters (上交所副总经理阙波：, 9); a colon further in belongs to a sentence.
   */
  private static final int SPEAKER_MAX_CHARS = 12;

  private final ParagraphBuilder paragraphs;
  private final EventDateFinder dates = new EventDateFinder();

  /**
   * A report without headline names itself in its preface, in one of the publication's forms:
   * 《月报》之“报告·互联网发展基础信息”版块.
   */
  private final Pattern partName;

  /** Articles of an issue whose untitled parts name themselves as {@code conventions} say. */
  public StoryArticles(ParagraphBuilder paragraphs, LayoutConventions conventions) {
    this.paragraphs = paragraphs;
    this.partName = Pattern.compile(PrintedForms.regex(conventions.partNames()));
  }

  /** Articles of an issue with the default conventions. */
  public StoryArticles(ParagraphBuilder paragraphs) {
    this(paragraphs, LayoutConventions.DEFAULTS);
  }

  public List<Article> articles(List<StoryDraft> stories, String stem, IssueMetadata meta) {
    List<Article> articles = new ArrayList<>();
    Map<Integer, Integer> perPage = new HashMap<>();
    for (StoryDraft story : stories) {
      Article a = article(story, stem, meta, perPage);
      if (a != null) {
        articles.add(a);
      }
    }
    return articles;
  }

  private Article article(
      StoryDraft story, String stem, IssueMetadata meta, Map<Integer, Integer> perPage) {
    List<ParagraphBuilder.Block> blocks = new ArrayList<>(paragraphs.build(story.body()));
    String title = "";
    String subtitle = "";
    if (story.hasHeadline()) {
      List<DumpLine> main = new ArrayList<>();
      for (DumpLine line : story.headline().lines()) {
        // The series mark (【连载四】) stays in the title: it tells this part from the others.
        if (line.text().startsWith("——")) {
          subtitle = new SpacingNormaliser().normalise(line.text(), true);
        } else {
          main.add(line);
        }
      }
      if (!main.isEmpty()) {
        title = paragraphs.headingText(new LayoutItem.Heading(main));
      }
    }
    // Headings before the first or after the last paragraph are captions or section heads, not
    // body text: a body runs from the story's first sentence to its last.
    while (!blocks.isEmpty() && blocks.get(blocks.size() - 1).heading()) {
      blocks.remove(blocks.size() - 1);
    }
    if (title.isEmpty()) {
      title = untitledName(blocks);
    }
    if (title.isEmpty()) {
      // No heading broke the flow: the first plain heading inside the story is its headline.
      for (ParagraphBuilder.Block b : blocks) {
        if (b.heading() && !LayoutReader.isNumbered(b.text())) {
          title = b.text();
          break;
        }
      }
    }
    String bare = squeeze(title);
    blocks.removeIf(b -> b.heading() && squeeze(b.text()).equals(bare));
    if (blocks.stream().noneMatch(b -> !b.heading())) {
      return null;
    }
    if (subtitle.isEmpty() && !story.deck().isEmpty()) {
      List<LayoutItem> deck = new ArrayList<>(story.deck());
      subtitle = String.join("", paragraphs.build(deck).stream().map(b -> b.text()).toList());
    }
    List<Section> sections = story.isSeries() ? sections(blocks) : List.of();
    List<String> texts =
        blocks.stream()
            .filter(b -> !b.heading() || !isSectionHead(b, sections))
            .dropWhile(ParagraphBuilder.Block::heading)
            .map(ParagraphBuilder.Block::text)
            .toList();
    List<String> prose = blocks.stream().filter(b -> !b.heading()).map(b -> b.text()).toList();
    int page = story.firstPage();
    int ordinal = perPage.merge(page, 1, Integer::sum);
    String id = String.format("%s-p%02d-%d", stem, page, ordinal);
    return Article.read(
        id,
        title,
        subtitle,
        story.source(),
        dates.find(prose, meta.issueDate()),
        meta.publication(),
        meta.issueDate().toString(),
        story.pages(),
        texts,
        sections,
        "");
  }

  /**
   * The sections of a series: one per speaker or event. A heading opens a section when it is the
   * first, names a speaker ({@code 朱啸虎：…}), carries a ——subtitle, or is followed by a dateline;
   * other headings are subheadings inside the section.
   */
  private static List<Section> sections(List<ParagraphBuilder.Block> blocks) {
    List<Section> sections = new ArrayList<>();
    String heading = null;
    List<String> body = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ParagraphBuilder.Block b = blocks.get(i);
      String next = i + 1 < blocks.size() ? squeeze(blocks.get(i + 1).text()) : "";
      if (b.heading() && (heading == null || opensSection(b, next))) {
        if (heading != null) {
          sections.add(new Section(heading, body));
        }
        heading = b.text();
        body = new ArrayList<>();
      } else if (heading != null) {
        body.add(b.text());
      }
    }
    if (heading != null) {
      sections.add(new Section(heading, body));
    }
    return sections;
  }

  private static boolean opensSection(ParagraphBuilder.Block b, String nextParagraph) {
    String first = b.source().first().text();
    int colon = first.indexOf('：');
    boolean speaker = colon > 0 && colon <= SPEAKER_MAX_CHARS;
    boolean dashed = b.source().lines().stream().anyMatch(l -> l.text().startsWith("——"));
    return speaker || dashed || DATELINE.matcher(nextParagraph).find();
  }

  private static boolean isSectionHead(ParagraphBuilder.Block b, List<Section> sections) {
    return sections.stream().anyMatch(s -> s.heading().equals(b.text()));
  }

  private String untitledName(List<ParagraphBuilder.Block> blocks) {
    for (ParagraphBuilder.Block b : blocks) {
      if (!b.heading()) {
        Matcher m = partName.matcher(b.text());
        return m.find() ? PrintedForms.varyingPart(m) : "";
      }
    }
    return "";
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
