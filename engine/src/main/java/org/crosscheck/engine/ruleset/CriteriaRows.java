// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.derivation.Relevance;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.ScenarioCodes;
import org.crosscheck.engine.facts.ScenarioFields;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The criteria rows of the decision tables, read as data: for each rule (one table row), the
 * scenario fields it tests and the values it allows. The rule bases decide what matches; this index
 * answers the question the completion of unknowns asks before it: given what is known of a case,
 * does any row that could still match test this category? (Unknowns that no remaining row tests are
 * not asked for.) Read from the same {@code .drl.csv} sources that the rule bases are compiled
 * from, so the two cannot disagree.
 */
public final class CriteriaRows implements Relevance {

  /**
   * The condition templates of the tables: {@code forall(||){field == Type.$}}, {@code field ==
   * [Type.]$param}, {@code field in ($param)}, {@code forall(||){$}}.
   */
  private static final Pattern FORALL =
      Pattern.compile("forall\\(\\|\\|\\)\\{(\\w+) == (?:\\w+\\.)?\\$\\}");

  private static final Pattern EQUALS = Pattern.compile("(\\w+) == (?:\\w+\\.)?\\$param");
  private static final Pattern IN = Pattern.compile("(\\w+) in \\(\\$param\\)");
  private static final String ANY_OF = "forall(||){$}";

  /** The one pattern of a criteria rule, and its one action. */
  private static final String SCENARIO_PATTERN = "$s : Scenario...";

  private static final String MATCH_ACTION =
      "matches.add(CriterionMatch.of($s, drools.getRule()));";
  private static final Pattern ANY_OF_TERM = Pattern.compile("(\\w+) == (?:\\w+\\.)?(\\w+)");

  /**
   * One table row: the id of the rule it compiles to (its {@code @id} column) and its conditions
   * (each field with its allowed values; {@code anyOf}: alternatives, one of which must hold).
   */
  public record Row(
      String ruleId, Map<String, Set<String>> conditions, List<Map<String, Set<String>>> anyOf) {

    /** The fields the row tests: those of its conditions and of its alternatives. */
    Set<String> testedFields() {
      Set<String> fields = new HashSet<>(conditions.keySet());
      anyOf.forEach(alternative -> fields.addAll(alternative.keySet()));
      return fields;
    }
  }

  /**
   * One condition of a row: a numbered field and the codes of the values it allows ({@link
   * ScenarioFields.Reader#code}), as a bit mask.
   */
  private record Condition(int field, long allowed) {

    static Condition[] of(Map<String, Set<String>> conditions) {
      return conditions.entrySet().stream()
          .map(c -> of(ScenarioFields.reader(c.getKey()), c.getValue()))
          .toArray(Condition[]::new);
    }

    private static Condition of(ScenarioFields.Reader field, Set<String> texts) {
      long allowed = 0;
      for (String text : texts) {
        allowed |= 1L << field.code(text);
      }
      return new Condition(field.number(), allowed);
    }
  }

  /**
   * A row compiled once for the masks of every procedure it names: its conditions with each of its
   * alternatives (or alone, without alternatives), each a way the row can hold, and the fields it
   * tests.
   */
  private record CompiledRow(List<Condition[]> variants, long tests) {

    static CompiledRow of(Row row) {
      Condition[] all = Condition.of(row.conditions());
      long tests = FieldSet.of(row.testedFields()).bits();
      if (row.anyOf().isEmpty()) {
        return new CompiledRow(List.<Condition[]>of(all), tests);
      }
      List<Condition[]> variants = new ArrayList<>();
      for (Map<String, Set<String>> alternative : row.anyOf()) {
        Condition[] either = Condition.of(alternative);
        Condition[] both = Arrays.copyOf(all, all.length + either.length);
        System.arraycopy(either, 0, both, all.length, either.length);
        variants.add(both);
      }
      return new CompiledRow(variants, tests);
    }
  }

  /**
   * The rows of one procedure as bit masks, each row one bit (a row with alternatives one bit per
   * alternative, with the row's own conditions): for each field, the rows that test it and, for
   * each code of the field, the rows whose conditions on the field allow that code. Whether a row
   * testing a field can still match is then a few ANDs of 64 rows at a time, over the fields known
   * so far, instead of the rows' conditions one by one (the question is asked for every unknown of
   * every case).
   */
  private static final class RowMasks {
    private final int words;

    /** By field number: the rows that test the field (null: none). */
    private final long[][] testing;

    /**
     * By field number: the rows that allow each code of the field, code {@code c} at {@code c *
     * words} (null: no row has a condition on the field, so every row allows every code).
     */
    private final long[][] allowing;

    /** The fields some row has a condition on. */
    private final long conditioned;

    RowMasks(List<CompiledRow> rows) {
      long conditionedFields = 0;
      int variants = 0;
      for (CompiledRow row : rows) {
        for (Condition[] conditions : row.variants()) {
          for (Condition c : conditions) {
            conditionedFields |= 1L << c.field();
          }
          variants++;
        }
      }
      this.conditioned = conditionedFields;
      this.words = Math.max(1, (variants + 63) / 64);
      this.testing = new long[ScenarioFields.count()][];
      this.allowing = new long[ScenarioFields.count()][];
      int[] conditionedNumbers = new FieldSet(conditionedFields).numbers();
      for (int f : conditionedNumbers) {
        allowing[f] = new long[64 * words];
      }
      int bit = 0;
      for (CompiledRow row : rows) {
        for (Condition[] conditions : row.variants()) {
          int word = bit >>> 6;
          long mask = 1L << bit;
          for (int f : new FieldSet(row.tests()).numbers()) {
            if (testing[f] == null) {
              testing[f] = new long[words];
            }
            testing[f][word] |= mask;
          }
          long[] allowed = new long[ScenarioFields.count()];
          Arrays.fill(allowed, -1L);
          for (Condition c : conditions) {
            allowed[c.field()] &= c.allowed();
          }
          for (int f : conditionedNumbers) {
            for (int code = 0; code < 64; code++) {
              if ((allowed[f] & (1L << code)) != 0) {
                allowing[f][code * words + word] |= mask;
              }
            }
          }
          bit++;
        }
      }
    }

    boolean mayTest(long fields) {
      for (long rest = fields; rest != 0; rest &= rest - 1) {
        if (testing[Long.numberOfTrailingZeros(rest)] != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a row that tests one of {@code fields} can still match the scenario, its {@code
     * unknown} fields taking any value: 64 rows at a time, those testing the fields ANDed with
     * those allowing each known field's code.
     */
    boolean testsAny(ScenarioCodes s, long unknown, long fields) {
      long known = conditioned & ~unknown;
      for (int w = 0; w < words; w++) {
        long rows = 0;
        for (long rest = fields; rest != 0; rest &= rest - 1) {
          long[] t = testing[Long.numberOfTrailingZeros(rest)];
          if (t != null) {
            rows |= t[w];
          }
        }
        for (long rest = known; rest != 0 && rows != 0; rest &= rest - 1) {
          int f = Long.numberOfTrailingZeros(rest);
          rows &= allowing[f][s.code(f) * words + w];
        }
        if (rows != 0) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Row> rows;

  /** Every field that some row tests. */
  private final FieldSet testedFields;

  /**
   * The rows of each procedure ({@link #ANY_PROCEDURE}: all rows) as bit masks: the question {@link
   * #testsAny} answers is asked for every unknown of every case.
   */
  private final Map<String, RowMasks> byProcedure = new HashMap<>();

  private static final String ANY_PROCEDURE = "";

  public CriteriaRows(List<Row> rows) {
    this.rows = List.copyOf(rows);
    long tested = 0;
    Map<String, List<CompiledRow>> index = new HashMap<>();
    for (Row row : this.rows) {
      Set<String> procedures = row.conditions().get("procedure");
      if (procedures == null) {
        throw new IllegalArgumentException(
            "criteria row '" + row.ruleId() + "' does not name its procedure");
      }
      CompiledRow compiled = CompiledRow.of(row);
      tested |= compiled.tests();
      for (String p : procedures) {
        index.computeIfAbsent(p, k -> new ArrayList<>()).add(compiled);
      }
      index.computeIfAbsent(ANY_PROCEDURE, k -> new ArrayList<>()).add(compiled);
    }
    this.testedFields = new FieldSet(tested);
    index.forEach(
        (procedure, procedureRows) -> byProcedure.put(procedure, new RowMasks(procedureRows)));
  }

  /** The rows of several rule sets together. */
  public static CriteriaRows of(List<CriteriaRows> parts) {
    List<Row> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.rows));
    return new CriteriaRows(all);
  }

  public List<Row> rows() {
    return rows;
  }

  /**
   * The fields the rows test, together: the rules compiled from these rows read nothing else of a
   * scenario (the catalog checks one rule per row and reads every condition template; an unknown
   * template stops the load), so two scenarios alike in these fields match the same rules.
   */
  public FieldSet testedFields() {
    return testedFields;
  }

  private RowMasks masks(Procedure procedure) {
    return byProcedure.get(procedure == null ? ANY_PROCEDURE : procedure.name());
  }

  @Override
  public boolean testsAny(ScenarioCodes scenario, FieldSet unknownFields, FieldSet fields) {
    RowMasks masks = masks(scenario.scenario().procedure());
    return masks != null && masks.testsAny(scenario, unknownFields.bits(), fields.bits());
  }

  @Override
  public boolean mayTest(Procedure procedure, FieldSet fields) {
    RowMasks masks = masks(procedure);
    return masks != null && masks.mayTest(fields.bits());
  }

  /** Reads the rows of one decision table ({@code *.drl.csv}) from the classpath. */
  static List<Row> read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new RuleBaseLoadException("decision table not found on the classpath: " + resource);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new RuleBaseLoadException("cannot read decision table " + resource, e);
    }
  }

  static List<Row> parse(Reader reader, String name) throws IOException {
    List<String[]> lines = new ArrayList<>();
    CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(reader)) {
      while (it.hasNext()) {
        lines.add(it.next());
      }
    }
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).length > 0 && "NAME".equals(lines.get(i)[0])) {
        header = i;
        break;
      }
    }
    if (header < 0 || header + 3 >= lines.size()) {
      throw new RuleBaseLoadException("decision table " + name + " has no RuleTable header");
    }
    String[] kinds = lines.get(header);
    String[] patterns = lines.get(header + 1);
    String[] templates = lines.get(header + 2);
    for (int col = 1; col < kinds.length; col++) {
      // what lets CriteriaLookup put alike scenarios through the rules once: a rule reads its
      // scenario's tested fields in its conditions and only the scenario's id in its action
      if ("CONDITION".equals(kinds[col])
          && !(col < patterns.length && SCENARIO_PATTERN.equals(patterns[col].trim()))) {
        throw new RuleBaseLoadException(
            "decision table "
                + name
                + ": a condition column is not on the scenario pattern ("
                + SCENARIO_PATTERN
                + ")");
      }
      if ("ACTION".equals(kinds[col])
          && !(col < templates.length && MATCH_ACTION.equals(templates[col].trim()))) {
        throw new RuleBaseLoadException(
            "decision table " + name + ": unknown action template (expected " + MATCH_ACTION + ")");
      }
    }
    int idColumn = -1;
    for (int col = 0; col < templates.length; col++) {
      if ("METADATA".equals(kinds[col]) && templates[col].trim().equals("id(\"$param\")")) {
        idColumn = col;
      }
    }
    if (idColumn < 0) {
      throw new RuleBaseLoadException(
          "decision table " + name + " has no rule id column (id(\"$param\"))");
    }
    List<Row> rows = new ArrayList<>();
    for (String[] line : lines.subList(header + 4, lines.size())) {
      if (line.length == 0 || line[0].isBlank()) {
        continue;
      }
      Map<String, Set<String>> conditions = new LinkedHashMap<>();
      List<Map<String, Set<String>>> anyOf = new ArrayList<>();
      for (int col = 1; col < kinds.length && col < line.length; col++) {
        String cell = line[col].trim();
        if (!"CONDITION".equals(kinds[col]) || cell.isEmpty()) {
          continue;
        }
        condition(templates[col].trim(), cell, conditions, anyOf, name + " row '" + line[0] + "'");
      }
      rows.add(new Row(line[idColumn].trim(), Map.copyOf(conditions), List.copyOf(anyOf)));
    }
    return rows;
  }

  private static void condition(
      String template,
      String cell,
      Map<String, Set<String>> conditions,
      List<Map<String, Set<String>>> anyOf,
      String where) {
    if (template.equals(ANY_OF)) {
      for (String term : cell.split(",")) {
        Matcher m = ANY_OF_TERM.matcher(term.trim());
        if (!m.matches()) {
          throw new RuleBaseLoadException(
              where + ": cannot read the condition '" + term.trim() + "'");
        }
        anyOf.add(Map.of(field(m.group(1), where), Set.of(m.group(2))));
      }
      return;
    }
    Matcher m;
    if ((m = FORALL.matcher(template)).matches() || (m = IN.matcher(template)).matches()) {
      conditions.put(field(m.group(1), where), values(cell));
    } else if ((m = EQUALS.matcher(template)).matches()) {
      conditions.put(field(m.group(1), where), Set.of(cell));
    } else {
      throw new RuleBaseLoadException(where + ": unknown condition template '" + template + "'");
    }
  }

  private static Set<String> values(String cell) {
    return Set.copyOf(
        Arrays.stream(cell.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList());
  }

  private static String field(String name, String where) {
    if (!ScenarioFields.names().contains(name)) {
      throw new RuleBaseLoadException(where + ": '" + name + "' is not a field of Scenario");
    }
    return name;
  }
}
