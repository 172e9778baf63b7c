// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

/** Graft situations considered when a prior-CABG patient's grafts or native anatomy are unknown. */
public enum GraftPattern implements GraftValue {
  SVG_DISEASE(
      "a significant stenosis in a saphenous vein graft", new GraftCategories(true, false, false)),
  PATENT_GRAFTS_UNGRAFTED_NATIVE_DISEASE(
      "all grafts patent, a significant native stenosis in an ungrafted territory",
      new GraftCategories(false, true, true)),
  PATENT_GRAFTS_NO_UNGRAFTED_DISEASE(
      "all grafts patent, no significant disease in an ungrafted territory",
      new GraftCategories(false, true, false)),
  ARTERIAL_GRAFT_DISEASE(
      "a significant stenosis in an arterial graft only", new GraftCategories(false, false, false));

  private final String label;
  private final GraftCategories categories;

  GraftPattern(String label, GraftCategories categories) {
    this.label = label;
    this.categories = categories;
  }

  @Override
  public String label() {
    return label;
  }

  public GraftCategories categories() {
    return categories;
  }

  @Override
  public GraftCategories categories(AnatomyCategories anatomy) {
    return categories;
  }
}
