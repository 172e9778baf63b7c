// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** `request.urgency`. */
public enum Urgency {
  ELECTIVE,
  URGENT,
  EMERGENT
}
