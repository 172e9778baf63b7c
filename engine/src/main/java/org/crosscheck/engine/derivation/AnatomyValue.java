// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

/**
 * A value the anatomy may take when it is not fully documented: a representative pattern or a
 * lesion variant.
 */
public interface AnatomyValue extends Category.Labeled {
  AnatomyCategories categories();
}
