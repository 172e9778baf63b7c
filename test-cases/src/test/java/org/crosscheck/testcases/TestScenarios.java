// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.derivation.CaseDerivation;
import org.crosscheck.engine.derivation.Completions;
import org.crosscheck.engine.derivation.DerivedCase;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;

/**
 * Scenarios for the tests of what reads them: those the vignettes complete to, scenarios of random
 * field values, and copies of a scenario with some fields changed. Random values and copies go
 * through the record's components (field number = component index; 0 is the id), not through the
 * engine's own field readers.
 */
final class TestScenarios {

  static final RecordComponent[] FIELDS = Scenario.class.getRecordComponents();

  private TestScenarios() {}

  /** The scenarios of the vignettes' completions, for each criteria rule set. */
  static List<Scenario> ofVignettes(RuleSetCatalog catalog) throws IOException {
    List<Scenario> all = new ArrayList<>();
    for (Path file : Vignettes.all()) {
      DerivedCase d = CaseDerivation.derive(CaseReader.read(Files.readAllBytes(file)).caseFile());
      for (LoadedRuleSet ruleSet : catalog.criteria()) {
        all.addAll(Completions.scenarios(0, d, Completions.of(d, ruleSet.rows())));
      }
    }
    return all;
  }

  static Scenario random(Random random) {
    Object[] args = new Object[FIELDS.length];
    args[0] = 0;
    for (int n = 1; n < FIELDS.length; n++) {
      args[n] = randomValue(FIELDS[n].getType(), random);
    }
    return construct(args);
  }

  /** {@code s} with 1-3 fields changed: fields of {@code among} only, or fields outside it only. */
  static Scenario changed(Scenario s, Random random, FieldSet among, boolean inside) {
    Object[] args = values(s);
    int changes = 1 + random.nextInt(3);
    for (int done = 0, tries = 0; done < changes && tries < 1000; tries++) {
      int n = 1 + random.nextInt(FIELDS.length - 1); // never the id
      if (among.contains(n) == inside) {
        args[n] = randomValue(FIELDS[n].getType(), random);
        done++;
      }
    }
    return construct(args);
  }

  /** {@code s} with the id {@code id}. */
  static Scenario withId(Scenario s, int id) {
    Object[] args = values(s);
    args[0] = id;
    return construct(args);
  }

  private static Object randomValue(Class<?> type, Random random) {
    if (type == int.class) {
      return random.nextInt(5);
    }
    if (type == boolean.class) {
      return random.nextBoolean();
    }
    Object[] constants = type.getEnumConstants();
    int i = random.nextInt(constants.length + 1);
    return i == constants.length ? null : constants[i];
  }

  private static Object[] values(Scenario s) {
    Object[] args = new Object[FIELDS.length];
    try {
      for (int n = 0; n < FIELDS.length; n++) {
        args[n] = FIELDS[n].getAccessor().invoke(s);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return args;
  }

  private static Scenario construct(Object[] args) {
    Class<?>[] types = new Class<?>[FIELDS.length];
    for (int n = 0; n < FIELDS.length; n++) {
      types[n] = FIELDS[n].getType();
    }
    try {
      Constructor<Scenario> c = Scenario.class.getDeclaredConstructor(types);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
