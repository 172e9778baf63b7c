// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

class ScenarioFieldsTest {

  private static final RecordComponent[] COMPONENTS = Scenario.class.getRecordComponents();

  /**
   * Scenarios whose fields differ pairwise in at least one of them: field i takes, in scenario k, a
   * value chosen by bit k of i (enums, booleans) or i * 10 + k (numbers), so that two fields
   * swapped in {@link ScenarioFields#value} would be read wrong in one of the scenarios.
   */
  private static Scenario scenario(int k) throws ReflectiveOperationException {
    Object[] args = new Object[COMPONENTS.length];
    Class<?>[] types = new Class<?>[COMPONENTS.length];
    for (int i = 0; i < COMPONENTS.length; i++) {
      Class<?> type = COMPONENTS[i].getType();
      types[i] = type;
      boolean bit = ((i >> k) & 1) == 1;
      if (type == int.class) {
        args[i] = i * 10 + k;
      } else if (type == boolean.class) {
        args[i] = bit;
      } else if (type.isEnum()) {
        Object[] constants = type.getEnumConstants();
        args[i] = constants[(bit ? 1 : 0) + (i % Math.max(1, constants.length - 1))];
      } else {
        throw new AssertionError("a Scenario field of an unexpected type: " + type);
      }
    }
    return Scenario.class.getDeclaredConstructor(types).newInstance(args);
  }

  @Test
  void eachNumberReadsItsOwnField() throws ReflectiveOperationException {
    assertThat(ScenarioFields.count()).isEqualTo(COMPONENTS.length);
    for (int k = 0; k < 6; k++) {
      Scenario s = scenario(k);
      for (int i = 0; i < COMPONENTS.length; i++) {
        assertThat(ScenarioFields.value(s, i))
            .as("field %d (%s)", i, COMPONENTS[i].getName())
            .isEqualTo(COMPONENTS[i].getAccessor().invoke(s));
        assertThat(ScenarioFields.reader(COMPONENTS[i].getName()).number()).isEqualTo(i);
      }
    }
  }

  @Test
  void aValueAndItsTableTextHaveOneCode() throws ReflectiveOperationException {
    Scenario s = scenario(0);
    for (String name : ScenarioFields.names()) {
      ScenarioFields.Reader r = ScenarioFields.reader(name);
      if (r.code(s) == ScenarioFields.ABSENT) {
        continue; // this scenario's numbers (i * 10) are beyond the codes: checked below
      }
      assertThat(r.code(r.text(s))).as(name).isEqualTo(r.code(s));
    }
    assertThat(ScenarioFields.reader("vessels").code("-1")).isZero();
    assertThat(ScenarioFields.reader("vessels").code("3")).isEqualTo(4);
    assertThat(ScenarioFields.reader("leftMain").code("true")).isEqualTo(1);
  }

  @Test
  void aTextThatIsNotAValueOfTheFieldIsRefused() {
    assertThatThrownBy(() -> ScenarioFields.reader("setting").code("TUESDAY"))
        .hasMessageContaining("'TUESDAY' is not a value of the field setting");
    assertThatThrownBy(() -> ScenarioFields.reader("leftMain").code("yes"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScenarioFields.reader("vessels").code("99"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldSetsNameTheirFields() {
    FieldSet set = FieldSet.of("vessels", "leftMain");
    assertThat(set.names()).containsExactly("leftMain", "vessels");
    assertThat(set.contains("vessels")).isTrue();
    assertThat(set.contains("setting")).isFalse();
    assertThat(set.intersects(FieldSet.of("setting"))).isFalse();
    assertThat(set.numbers()).hasSize(2);
  }
}
