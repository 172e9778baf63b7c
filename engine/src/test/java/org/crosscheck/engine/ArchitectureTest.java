// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is plain Java: no Spring, no Spark, no servlet API, no database access. */
@AnalyzeClasses(
    packages = "org.crosscheck.engine",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule engineDependsOnNoFramework =
      noClasses()
          .that()
          .resideInAPackage("org.crosscheck.engine..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "org.apache.spark..",
              "scala..",
              "jakarta.servlet..",
              "javax.servlet..",
              "jakarta.persistence..",
              "java.sql..",
              "javax.sql..",
              "org.postgresql..",
              "ca.uhn.fhir..");

  @ArchTest
  static final ArchRule engineReadsNoClock =
      noClasses()
          .that()
          .resideInAPackage("org.crosscheck.engine..")
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .because("evaluation is reproducible: asOf is an input, nothing reads the wall clock");

  @ArchTest
  static final ArchRule caseModelDoesNotDependOnEvaluation =
      noClasses()
          .that()
          .resideInAPackage("org.crosscheck.engine.casefile..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.crosscheck.engine.evaluation..",
              "org.crosscheck.engine.derivation..",
              "org.kie..",
              "org.drools..");
}
