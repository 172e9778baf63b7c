// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.derivation.Interpretation;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Finds the rule sets on the classpath (every {@value #INDEX} lists the {@code ruleset.json} files
 * of one jar), loads their KieBases ({@link ModelKieBases}) and checks them before anything is
 * evaluated: a KieBase with fewer or more rules than its metadata declares, a rule without the
 * metadata a finding needs, or an interpretation the engine does not know stops start-up (an empty
 * KieBase would otherwise rate nothing without an error).
 */
public final class RuleSetCatalog {

  /** Classpath resource listing the rule sets of a jar. */
  public static final String INDEX = "crosscheck/rulesets.json";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final List<LoadedRuleSet> ruleSets;

  private RuleSetCatalog(List<LoadedRuleSet> ruleSets) {
    this.ruleSets = List.copyOf(ruleSets);
  }

  public List<LoadedRuleSet> ruleSets() {
    return ruleSets;
  }

  public List<LoadedRuleSet> criteria() {
    return ruleSets.stream().filter(r -> r.info().kind() == RuleSetKind.CRITERIA).toList();
  }

  /** The policy rule set with this id. */
  public LoadedRuleSet policy(String id) {
    return ruleSets.stream()
        .filter(r -> r.info().kind() == RuleSetKind.POLICY && r.info().id().equals(id))
        .findFirst()
        .orElseThrow(
            () -> new RuleBaseLoadException("no policy rule set '" + id + "' on the classpath"));
  }

  public static RuleSetCatalog load() {
    return load(
        Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader()
            : RuleSetCatalog.class.getClassLoader());
  }

  public static RuleSetCatalog load(ClassLoader loader) {
    ModelKieBases kieBases = ModelKieBases.load(loader);
    List<LoadedRuleSet> loaded = new ArrayList<>();
    for (String path : indexEntries(loader)) {
      RuleSetInfo info = readJson(loader, path, RuleSetInfo.class);
      KieBase kieBase;
      try {
        kieBase = kieBases.kieBase(info.kbase());
      } catch (RuntimeException e) {
        throw new RuleBaseLoadException(
            "rule set " + info.id() + ": KieBase '" + info.kbase() + "' failed to load", e);
      }
      int rules = checkRules(info, kieBase);
      Map<String, CriteriaCell> cells =
          info.criteriaTable() == null ? Map.of() : readCells(loader, info.criteriaTable());
      CriteriaRows rows =
          info.kind() == RuleSetKind.CRITERIA
              ? rows(loader, info, kieBase)
              : new CriteriaRows(List.of());
      loaded.add(new LoadedRuleSet(info.loaded(sha256(loader, info), rules), kieBase, cells, rows));
    }
    if (loaded.stream().noneMatch(r -> r.info().kind() == RuleSetKind.CRITERIA)) {
      throw new RuleBaseLoadException(
          "no criteria rule set found on the classpath (" + INDEX + ")");
    }
    return new RuleSetCatalog(loaded);
  }

  private static List<String> indexEntries(ClassLoader loader) {
    List<String> entries = new ArrayList<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        try (InputStream in = indexes.nextElement().openStream()) {
          for (String entry : JSON.readValue(in, String[].class)) {
            entries.add(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new RuleBaseLoadException("cannot read " + INDEX, e);
    }
    return entries;
  }

  private static int checkRules(RuleSetInfo info, KieBase kieBase) {
    KiePackage pkg = kieBase.getKiePackage(info.packageName());
    List<Rule> rules = pkg == null ? List.of() : List.copyOf(pkg.getRules());
    if (rules.size() != info.expectedRules()) {
      throw new RuleBaseLoadException(
          "rule set "
              + info.id()
              + ": KieBase '"
              + info.kbase()
              + "' loaded "
              + rules.size()
              + " rules in package "
              + info.packageName()
              + ", its metadata declares "
              + info.expectedRules());
    }
    for (Rule rule : rules) {
      Object interpretations = rule.getMetaData().get("interpretations");
      if (interpretations != null) {
        for (String id : interpretations.toString().split(",")) {
          if (!id.isBlank()) {
            try {
              Interpretation.valueOf(id.trim());
            } catch (IllegalArgumentException e) {
              throw new RuleBaseLoadException(
                  "rule '" + rule.getName() + "' names an unknown interpretation " + id);
            }
          }
        }
      }
      if (info.kind() == RuleSetKind.CRITERIA
          && (rule.getMetaData().get("indication") == null
              || rule.getMetaData().get("column") == null
              || rule.getMetaData().get("id") == null)) {
        throw new RuleBaseLoadException(
            "criteria rule '" + rule.getName() + "' lacks @indication, @column or @id");
      }
      if (info.kind() == RuleSetKind.CRITERIA
          && !rule.getName().startsWith(rule.getMetaData().get("id") + " ")) {
        throw new RuleBaseLoadException(
            "criteria rule '"
                + rule.getName()
                + "' does not start with its @id "
                + rule.getMetaData().get("id"));
      }
      if (info.kind() == RuleSetKind.POLICY && rule.getMetaData().get("code") == null) {
        throw new RuleBaseLoadException("policy rule '" + rule.getName() + "' lacks @code");
      }
    }
    return rules.size();
  }

  /**
   * The rows of a criteria rule set's decision tables, checked against its KieBase: one rule per
   * row, joined by the rule id ({@code @id}), so that a table and the rules compiled from it cannot
   * drift apart.
   */
  private static CriteriaRows rows(ClassLoader loader, RuleSetInfo info, KieBase kieBase) {
    List<CriteriaRows.Row> rows = new ArrayList<>();
    for (String source : info.sources()) {
      if (source.endsWith(".drl.csv")) {
        rows.addAll(CriteriaRows.read(loader, source));
      }
    }
    java.util.Set<String> ruleNames = new java.util.HashSet<>();
    kieBase
        .getKiePackage(info.packageName())
        .getRules()
        .forEach(r -> ruleNames.add(r.getMetaData().get("id").toString()));
    java.util.Set<String> rowNames = new java.util.HashSet<>();
    rows.forEach(r -> rowNames.add(r.ruleId()));
    if (rowNames.size() != rows.size()) {
      throw new RuleBaseLoadException(
          "rule set " + info.id() + ": two decision table rows share a rule id");
    }
    if (!rowNames.equals(ruleNames)) {
      java.util.Set<String> onlyRows = new java.util.TreeSet<>(rowNames);
      onlyRows.removeAll(ruleNames);
      java.util.Set<String> onlyRules = new java.util.TreeSet<>(ruleNames);
      onlyRules.removeAll(rowNames);
      throw new RuleBaseLoadException(
          "rule set "
              + info.id()
              + ": decision table rows and rules differ; rows without"
              + " a rule: "
              + onlyRows
              + "; rules without a row: "
              + onlyRules);
    }
    return new CriteriaRows(rows);
  }

  private static Map<String, CriteriaCell> readCells(ClassLoader loader, String resource) {
    CsvMapper csv = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    Map<String, CriteriaCell> cells = new HashMap<>();
    try (InputStream in = open(loader, resource);
        MappingIterator<Map<String, String>> rows =
            csv.readerForMapOf(String.class).with(schema).readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        CriteriaCell cell =
            new CriteriaCell(
                row.get("indication"),
                either(row, "column", "ccs_column"),
                row.get("table"),
                row.get("description"),
                row.get("verification"),
                either(row, "rating", "revasc_rating"),
                either(row, "score", "revasc_score"));
        cells.put(cell.key(), cell);
      }
    } catch (IOException e) {
      throw new RuleBaseLoadException("cannot read criteria table " + resource, e);
    }
    return cells;
  }

  /** A criteria table's column under its generic name or the name the source table uses. */
  private static String either(Map<String, String> row, String generic, String alias) {
    String value = row.containsKey(generic) ? row.get(generic) : row.get(alias);
    return value == null || value.isBlank() ? null : value;
  }

  private static <T> T readJson(ClassLoader loader, String resource, Class<T> type) {
    try (InputStream in = open(loader, resource)) {
      return JSON.readValue(in, type);
    } catch (IOException | RuntimeException e) {
      throw new RuleBaseLoadException(
          "cannot read rule set metadata " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads a classpath resource as JSON (a policy's settings, say). */
  public static <T> T readResource(String resource, Class<T> type) {
    return readJson(RuleSetCatalog.class.getClassLoader(), resource, type);
  }

  private static String sha256(ClassLoader loader, RuleSetInfo info) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String source : info.sources()) {
        digest.update(source.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        try (InputStream in = open(loader, source)) {
          digest.update(in.readAllBytes());
        }
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new RuleBaseLoadException("cannot hash the sources of rule set " + info.id(), e);
    }
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource not found on the classpath: " + resource);
    }
    return in;
  }
}
