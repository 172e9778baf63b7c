// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/** Symptom column of Tables 2-3 (from the CCS angina class: 0 asymptomatic, I-II, III-IV). */
public enum SymptomColumn {
  ASYMPTOMATIC,
  CCS_I_II,
  CCS_III_IV
}
