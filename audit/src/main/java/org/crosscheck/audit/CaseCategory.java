// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Procedure;

/**
 * The groups of the registry studies: acute and nonacute revascularization, and imaging (see
 * AuditDefinition).
 */
public enum CaseCategory {
  ACUTE,
  NONACUTE,
  SETTING_NOT_RECORDED,
  IMAGING;

  /** {@link AuditDefinition#ACUTE_SPLIT} and {@link AuditDefinition#IMAGING_GROUP}. */
  public static CaseCategory of(CaseFile c) {
    Procedure procedure = c.request() == null ? null : c.request().procedure();
    if (procedure != Procedure.PCI && procedure != Procedure.CABG) {
      return IMAGING;
    }
    if (c.presentation() == null || c.presentation().setting() == null) {
      return SETTING_NOT_RECORDED;
    }
    return switch (c.presentation().setting()) {
      case STEMI, NSTEMI, UNSTABLE_ANGINA -> ACUTE;
      case STABLE -> NONACUTE;
    };
  }
}
