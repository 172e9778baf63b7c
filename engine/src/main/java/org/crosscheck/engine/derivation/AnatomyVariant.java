// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

/**
 * The anatomy of a case when some lesions lack a value: the categories of one choice of values for
 * them, worded lesion by lesion ("the LAD_MID lesion (anatomy.lesions[1]): 70% or more").
 */
public record AnatomyVariant(String label, AnatomyCategories categories) implements AnatomyValue {}
