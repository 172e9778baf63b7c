// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Reperfusion already given for a STEMI (`presentation.reperfusion`); absent means NONE. */
public enum Reperfusion {
  NONE,
  FIBRINOLYSIS_SUCCESSFUL,
  FIBRINOLYSIS_FAILED,
  PRIMARY_PCI
}
