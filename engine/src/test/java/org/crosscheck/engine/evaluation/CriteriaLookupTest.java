// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The key under which {@link CriteriaLookup} puts alike scenarios through the rules once: two
 * scenarios have one key only when they differ in nothing but their id (a field left out of the key
 * would give one scenario's matches to another).
 */
class CriteriaLookupTest {

  private static final RecordComponent[] FIELDS = Scenario.class.getRecordComponents();

  /** Every field but the id (number 0), as ScenarioFields numbers them. */
  private static final FieldSet ALL_BUT_ID = new FieldSet((1L << FIELDS.length) - 2);

  @Test
  void everyFieldButTheIdChangesTheKey() throws Exception {
    Scenario base = scenario(-1, false);
    CriteriaLookup.Key key = CriteriaLookup.Key.of(base, ALL_BUT_ID);
    for (int i = 0; i < FIELDS.length; i++) {
      Scenario changed = scenario(i, false);
      Scenario changedToNull = scenario(i, true);
      if (FIELDS[i].getName().equals("id")) {
        assertThat(CriteriaLookup.Key.of(changed, ALL_BUT_ID)).isEqualTo(key);
      } else {
        assertThat(changed).isNotEqualTo(base);
        assertThat(CriteriaLookup.Key.of(changed, ALL_BUT_ID))
            .as(FIELDS[i].getName())
            .isNotEqualTo(key);
        if (FIELDS[i].getType().isEnum()) {
          assertThat(CriteriaLookup.Key.of(changedToNull, ALL_BUT_ID))
              .as(FIELDS[i].getName() + " null")
              .isNotEqualTo(key)
              .isNotEqualTo(CriteriaLookup.Key.of(changed, ALL_BUT_ID));
        }
      }
    }
  }

  @Test
  void aFieldSetKeysOnItsFieldsOnly() throws Exception {
    Scenario base = scenario(-1, false);
    for (int kept = 1; kept < FIELDS.length; kept++) {
      FieldSet fields = new FieldSet(1L << kept);
      CriteriaLookup.Key key = CriteriaLookup.Key.of(base, fields);
      for (int i = 0; i < FIELDS.length; i++) {
        CriteriaLookup.Key changed = CriteriaLookup.Key.of(scenario(i, false), fields);
        if (i == kept) {
          assertThat(changed).as(FIELDS[i].getName()).isNotEqualTo(key);
        } else {
          assertThat(changed)
              .as(FIELDS[i].getName() + " under " + FIELDS[kept].getName())
              .isEqualTo(key);
        }
      }
    }
  }

  /**
   * A scenario of first values (first enum constant, 0, false, id 7); field {@code changed} takes
   * its second value instead (or null for an enum when {@code toNull}).
   */
  private static Scenario scenario(int changed, boolean toNull) throws Exception {
    Object[] args = new Object[FIELDS.length];
    Class<?>[] types = new Class<?>[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      Class<?> t = FIELDS[i].getType();
      types[i] = t;
      boolean second = i == changed;
      if (t == int.class) {
        args[i] = i == 0 ? (second ? 8 : 7) : (second ? 1 : 0);
      } else if (t == boolean.class) {
        args[i] = second;
      } else if (t.isEnum()) {
        args[i] = second && toNull ? null : t.getEnumConstants()[second ? 1 : 0];
      } else {
        throw new AssertionError(
            "Scenario."
                + FIELDS[i].getName()
                + " is neither an enum, an int"
                + " nor a boolean: CriteriaLookup.Key needs a slot for it");
      }
    }
    Constructor<Scenario> c = Scenario.class.getDeclaredConstructor(types);
    return c.newInstance(args);
  }
}
