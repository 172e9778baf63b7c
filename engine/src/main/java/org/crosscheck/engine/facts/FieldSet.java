// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of {@link Scenario} fields, as a bit mask of their numbers ({@link ScenarioFields}): the
 * completion of unknowns asks many questions about sets of fields per case.
 */
public record FieldSet(long bits) {

  public static FieldSet of(Collection<String> names) {
    long bits = 0;
    for (String name : names) {
      bits |= 1L << ScenarioFields.reader(name).number();
    }
    return new FieldSet(bits);
  }

  public static FieldSet of(String... names) {
    return of(Set.of(names));
  }

  public boolean contains(int number) {
    return (bits & (1L << number)) != 0;
  }

  public boolean contains(String name) {
    return contains(ScenarioFields.reader(name).number());
  }

  public boolean isEmpty() {
    return bits == 0;
  }

  public boolean intersects(FieldSet other) {
    return (bits & other.bits) != 0;
  }

  /** The fields' numbers, in order. */
  public int[] numbers() {
    int[] numbers = new int[Long.bitCount(bits)];
    long rest = bits;
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
    }
    return numbers;
  }

  /** The fields' names, sorted. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    for (int n : numbers()) {
      names.add(ScenarioFields.reader(n).name());
    }
    return names;
  }

  @Override
  public String toString() {
    return names().toString();
  }
}
