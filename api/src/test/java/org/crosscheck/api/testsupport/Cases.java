// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test cases in case format v1, built from a clinical scenario with a few knobs. */
public final class Cases {

  private Cases() {}

  /** A vignette of the test-cases module as written, by its path under {@code vignettes/}. */
  public static String vignette(String path) {
    try (InputStream in = Cases.class.getClassLoader().getResourceAsStream("vignettes/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no vignette " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One-vessel circumflex disease, PCI: with {@code ccsClass} 3 and a high-risk test it is
   * appropriate (CLEAR); with a low-risk test and CCS 1 rarely appropriate (SECOND_REVIEW); without
   * ccsClass it pends.
   */
  public static String pci(
      String caseId, String urgency, String risk, Integer ccsClass, String requesterId) {
    return """
        {"caseId": "%s", "asOf": "2026-03-01",
         "request": {"procedure": "PCI", "urgency": "%s", "targets": ["LCX_PROXIMAL"],
                     "requester": {"id": "%s"}, "facility": {"id": "fac-01"}},
         "presentation": {"setting": "STABLE"%s},
         "therapy": {"antianginalClasses": ["BETA_BLOCKER", "LONG_ACTING_NITRATE"]},
         "stressTests": [{"modality": "SPECT_MPI", "date": "2026-01-10", "riskCategory": "%s"}],
         "anatomy": {"lesions": [{"segment": "LCX_PROXIMAL", "stenosisPercent": 85}]},
         "lvef": 58}"""
        .formatted(
            caseId,
            urgency,
            requesterId,
            ccsClass == null ? "" : ", \"ccsClass\": " + ccsClass,
            risk);
  }

  /**
   * Rarely appropriate: low-risk findings, CCS I, minimal therapy (indication 14 I(2)) ->
   * SECOND_REVIEW.
   */
  public static String rarelyAppropriate(String caseId, String urgency, String requesterId) {
    return pci(caseId, urgency, "LOW", 1, requesterId)
        .replace("[\"BETA_BLOCKER\", \"LONG_ACTING_NITRATE\"]", "[]");
  }

  /** Appropriate: high-risk findings, CCS III, maximal therapy (indication 19 A(9)) -> CLEAR. */
  public static String appropriate(String caseId, String requesterId) {
    return pci(caseId, "ELECTIVE", "HIGH", 3, requesterId);
  }

  /** CCS class missing where it matters -> PEND on presentation.ccsClass. */
  public static String pending(String caseId, String requesterId) {
    return rarelyAppropriate(caseId, "ELECTIVE", requesterId).replace(", \"ccsClass\": 1", "");
  }
}
