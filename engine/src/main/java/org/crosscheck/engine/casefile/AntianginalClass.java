// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Anti-anginal drug classes (`therapy.antianginalClasses`). */
public enum AntianginalClass {
  BETA_BLOCKER,
  CALCIUM_CHANNEL_BLOCKER,
  LONG_ACTING_NITRATE,
  RANOLAZINE,
  OTHER
}
