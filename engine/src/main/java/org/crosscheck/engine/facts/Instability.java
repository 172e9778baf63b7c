// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Clinical instability of an acute coronary syndrome: severe heart failure, persistent ischemic
 * symptoms, hemodynamic or electrical instability, or cardiogenic shock.
 */
public enum Instability {
  PRESENT,
  ABSENT
}
