// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * A scenario's field codes ({@link ScenarioFields.Reader#code}), each read once: the completion of
 * unknowns asks several questions of the same partly known scenario, each reading many of its
 * fields. Not thread-safe (one per question-asking thread).
 */
public final class ScenarioCodes {
  private final Scenario scenario;
  private final int[] codes = new int[ScenarioFields.count()];
  private long read;

  public ScenarioCodes(Scenario scenario) {
    this.scenario = scenario;
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The code of the field numbered {@code field}. */
  public int code(int field) {
    if ((read & (1L << field)) == 0) {
      codes[field] = ScenarioFields.reader(field).code(scenario);
      read |= 1L << field;
    }
    return codes[field];
  }
}
