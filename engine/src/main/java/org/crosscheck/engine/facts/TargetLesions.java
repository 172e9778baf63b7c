// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * Whether every requested target segment has a documented lesion. The criteria rate the documented
 * lesions; a target without one is for the review policy (TARGET_WITHOUT_LESION).
 */
public enum TargetLesions {
  ALL_DOCUMENTED,
  SOME_WITHOUT_LESION
}
