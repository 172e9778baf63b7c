// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** Bypass graft conduit (`priorCabg.grafts[].conduit`); only SVG is a vein graft. */
public enum Conduit {
  SVG,
  LIMA,
  RIMA,
  RADIAL
}
