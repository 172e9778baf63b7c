// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** How the anatomy was obtained (`anatomy.source`). */
public enum AnatomySource {
  INVASIVE_ANGIOGRAPHY,
  CCTA,
  OTHER
}
