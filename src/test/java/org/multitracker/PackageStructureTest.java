package org.multitracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package graph stays a graph without cycles, and the wire stays below the features. */
class PackageStructureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.multitracker");

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.multitracker.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /** The protocol package knows the core types only, never a feature built on top of it. */
  @Test
  void theWireDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.multitracker.wire..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.multitracker.announce..", "org.multitracker.scrape..",
            "org.multitracker.t2t..", "org.multitracker.aggregator..",
            "org.multitracker.forwarding..", "org.multitracker.admin..",
            "org.multitracker.allowed..", "org.multitracker.infopage..")
        .check(MAIN);
  }
}
