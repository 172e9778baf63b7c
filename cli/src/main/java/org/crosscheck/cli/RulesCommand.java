// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.crosscheck.engine.ruleset.RuleSetInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosscheck rules}: the loaded rule sets with their source attributes. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description =
        "List the loaded rule sets: id, version, status, developer, citation, dates, rule count, SHA-256.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
  EvaluateCommand.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleSetCatalog catalog = RuleSetCatalog.load();
    if (format == EvaluateCommand.Format.json) {
      out.println(
          EvaluationJson.mapper()
              .writeValueAsString(catalog.ruleSets().stream().map(LoadedRuleSet::info).toList()));
      return 0;
    }
    for (LoadedRuleSet r : catalog.ruleSets()) {
      RuleSetInfo i = r.info();
      out.println(
          i.id()
              + " "
              + i.version()
              + "  ["
              + i.kind()
              + ", "
              + i.status()
              + "]  "
              + i.loadedRules()
              + " rules");
      if (!r.cells().isEmpty()) {
        out.println(
            "  criteria:   "
                + i.criteriaTable()
                + ": "
                + r.cells().size()
                + " published cells, "
                + encoded(r).size()
                + " encoded"
                + notEncoded(r));
      }
      out.println("  title:      " + i.title());
      out.println("  developer:  " + i.developer());
      out.println("  citation:   " + i.citation() + " (published " + i.published() + ")");
      out.println("  released:   " + i.releaseDate() + ", revised " + i.revisionDate());
      if (!i.procedures().isEmpty()) {
        out.println("  procedures: " + String.join(", ", i.procedures()));
      }
      out.println("  sha256:     " + i.sha256());
      if (i.notes() != null) {
        out.println("  notes:      " + i.notes());
      }
      out.println();
    }
    out.flush();
    return 0;
  }

  private static java.util.Set<String> encoded(LoadedRuleSet r) {
    java.util.Set<String> keys = new java.util.TreeSet<>();
    r.kieBase()
        .getKiePackage(r.info().packageName())
        .getRules()
        .forEach(
            rule ->
                keys.add(
                    rule.getMetaData().get("indication") + "/" + rule.getMetaData().get("column")));
    return keys;
  }

  /**
   * The published cells without a rule: listed when few (e.g. indications 68-69 of 2012), else by
   * column, which for the imaging tables names the procedures that map to no request type.
   */
  private static String notEncoded(LoadedRuleSet r) {
    java.util.Set<String> encoded = encoded(r);
    java.util.Set<String> missing = new java.util.TreeSet<>(r.cells().keySet());
    missing.removeAll(encoded);
    if (missing.isEmpty()) {
      return "";
    }
    if (missing.size() <= 10) {
      return "; not encoded (no rating): " + String.join(", ", missing);
    }
    java.util.Set<String> encodedColumns = new java.util.TreeSet<>();
    r.cells().values().stream()
        .filter(c -> encoded.contains(c.key()))
        .forEach(c -> encodedColumns.add(c.column()));
    java.util.Set<String> unmapped = new java.util.TreeSet<>();
    r.cells().values().stream()
        .filter(c -> !encodedColumns.contains(c.column()))
        .forEach(c -> unmapped.add(c.column()));
    return "; "
        + missing.size()
        + " not encoded; "
        + unmapped.size()
        + " unmapped procedures/columns (no request type): "
        + String.join("; ", unmapped);
  }
}
