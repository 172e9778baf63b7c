// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * Clinical setting (`presentation.setting`): stable ischemic heart disease or an acute coronary
 * syndrome.
 */
public enum Setting {
  STABLE,
  UNSTABLE_ANGINA,
  NSTEMI,
  STEMI
}
