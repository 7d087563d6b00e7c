package org.yanlu.archive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layers of the README's table, checked on the compiled code: a package uses only those above
 * it; only {@code index}, {@code search} and {@code solr} use Lucene, and only {@code solr} uses
 * Solr, so the HTTP layer and the command line see the archive's records, never Lucene or SolrJ.
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
}
