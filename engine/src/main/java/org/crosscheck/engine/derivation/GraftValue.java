// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

/**
 * A value the graft status may take when it is not fully documented: a representative situation or
 * a variant.
 */
public interface GraftValue extends Category.Labeled {

  /** The graft categories under this value, given the native anatomy (null when unknown). */
  GraftCategories categories(AnatomyCategories anatomy);
}
