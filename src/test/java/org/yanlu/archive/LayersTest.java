package org.yanlu.archive;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.FileInputStream;
import java.io.FileReader;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of the README's table, checked on the compiled code: a package uses only those above
 * it; only {@code index}, {@code search} and {@code solr} use Lucene, and only {@code solr} uses
 * Solr, so the HTTP layer and the command line see the archive's records, never Lucene or SolrJ;
 * only {@code corpus} reads source files.
 */
class LayersTest {
  /** The packages from the bottom layer up, as the README's layout table lists them. */
  static final List<String> LAYERS =
      List.of(
          "article", "corpus", "enrich", "index", "search", "solr", "cite", "http", "cli", "bench");

  private static JavaClasses classes;

  @BeforeAll
  static void importTheArchive() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.yanlu.archive");
  }

  static List<String> layers() {
    return LAYERS;
  }

  @ParameterizedTest
  @MethodSource("layers")
  void aPackageUsesOnlyThoseBelowItInTheTable(String layer) {
    List<String> above =
        LAYERS.subList(LAYERS.indexOf(layer) + 1, LAYERS.size()).stream()
            .map(p -> "org.yanlu.archive." + p + "..")
            .toList();
    if (above.isEmpty()) {
      return;
    }
    noClasses()
        .that()
        .resideInAPackage("org.yanlu.archive." + layer + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above.toArray(String[]::new))
        .check(classes);
  }

  @Test
  void onlyTheIndexSearchAndSolrLayersUseLucene() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.yanlu.archive.index..", "org.yanlu.archive.search..", "org.yanlu.archive.solr..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(classes);
  }

  @Test
  void onlyTheSolrLayerUsesSolr() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.yanlu.archive.solr..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.solr..")
        .check(classes);
  }

  /**
   * The archive's own state files, which no user writes and no reader of sources should know: each
   * belongs with the code that writes it, not in {@code corpus}.
   */
  private static final List<String> OWN_STATE_FILES =
      List.of(
          // index/CURRENT, the name of the generation in use, written by the same class.
          "org.yanlu.archive.index.IndexSwap",
          // index/build.lock, the process holding the build, written by the same class.
          "org.yanlu.archive.index.BuildLock",
          // index/admin-token, the token `serve` made at its first start, written by the same
          // class.
          "org.yanlu.archive.cli.AdminTokenFile");

  @Test
  void onlyTheCorpusLayerReadsSourceFiles() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.yanlu.archive.corpus..")
        .and()
        .haveNameNotMatching(
            OWN_STATE_FILES.stream().map(Pattern::quote).collect(Collectors.joining("|")))
        .should()
        .callMethodWhere(
            target(owner(equivalentTo(Files.class)))
                .and(
                    target(
                        nameMatching(
                            "readString|readAllLines|lines|newInputStream|newBufferedReader"
                                + "|readAllBytes"))))
        .orShould()
        .dependOnClassesThat()
        .belongToAnyOf(FileInputStream.class, FileReader.class)
        .because(
            "only corpus opens source files: a file a user gives (themes, a batch of queries,"
                + " expected counts) is read by a reader of corpus, which names the file and line"
                + " of what is wrong")
        .check(classes);
  }
}
