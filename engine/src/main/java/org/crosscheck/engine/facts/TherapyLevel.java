// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Anti-ischemic medical therapy: no or minimal (0-1 anti-anginal class) or maximal (2 or more
 * classes).
 */
public enum TherapyLevel {
  NONE_OR_MINIMAL,
  MAXIMAL
}
