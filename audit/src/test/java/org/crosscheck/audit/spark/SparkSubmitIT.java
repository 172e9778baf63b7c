// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.crosscheck.audit.AuditFixtures;
import org.crosscheck.audit.AuditRun;
import org.crosscheck.audit.output.AuditFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Spark jar as spark-submit runs it: {@code org.apache.spark.deploy.SparkSubmit} (the
 * class behind the spark-submit script) in a new JVM whose classpath is Spark's alone, so every
 * engine, Drools and Jackson class must come from {@code crosscheck-audit-spark.jar}. This catches
 * the shaded-kjar trap (an empty KieBase) and anything the jar lacks; its evaluations must equal
 * the CLI's.
 */
class SparkSubmitIT {

  @TempDir Path dir;

  @Test
  void theSparkJarRunsUnderSparkSubmitAndAgreesWithTheCli()
      throws IOException, InterruptedException {
    Path input = dir.resolve("cases.ndjson");
    List<String> lines = Files.readAllLines(AuditFixtures.input()).subList(0, 3000);
    Files.write(input, lines);
    Path sparkOut = dir.resolve("spark");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
    command.addAll(
        List.of(
            "-Xmx1g",
            "-cp",
            sparkClasspath(),
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            "local[2]",
            "--class",
            "org.crosscheck.audit.spark.SparkAudit",
            System.getProperty("spark.jar"),
            "--in",
            input.toString(),
            "--out",
            sparkOut.toString()));
    Path log = dir.resolve("spark-submit.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("spark-submit finished").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("crosscheck audit: 3000 records = 2998 evaluated + 2 rejected");

    Path cliOut = dir.resolve("cli");
    new AuditRun(AuditFixtures.evaluator(), 2).run(List.of(input), cliOut, (r, b, t) -> {});
    assertThat(parts(sparkOut.resolve(AuditFiles.EVALUATIONS)))
        .isEqualTo(Files.readAllLines(cliOut.resolve(AuditFiles.EVALUATIONS)));
    assertThat(Files.readString(sparkOut.resolve(AuditFiles.SUMMARY)))
        .isEqualTo(Files.readString(cliOut.resolve(AuditFiles.SUMMARY)));
  }

  /**
   * This JVM's classpath without our modules, Drools/KIE, Jackson 3 and the compilers Drools
   * brings: what a Spark distribution has (Spark, Scala, Hadoop and their libraries, some of which
   * Drools shares, as on a cluster).
   */
  private static String sparkClasspath() {
    List<String> keep = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String e = entry.replace('\\', '/');
      boolean ours =
          e.contains("/org/crosscheck/")
              || e.contains("/crosscheck-")
              || e.endsWith("/classes")
              || e.endsWith("/test-classes")
              || e.contains("/org/drools/")
              || e.contains("/org/kie/")
              || e.contains("/tools/jackson/")
              || e.contains("/org/mvel/")
              || e.contains("/com/github/javaparser/")
              || e.contains("/org/eclipse/jdt/")
              || e.contains("/org/junit/")
              || e.contains("/org/assertj/")
              || e.contains("/org/seleniumhq/");
      if (!ours) {
        keep.add(entry);
      }
    }
    return String.join(java.io.File.pathSeparator, keep);
  }

  private static List<String> parts(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }
}
