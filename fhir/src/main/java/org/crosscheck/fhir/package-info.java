// SPDX-License-Identifier: Apache-2.0
/**
 * FHIR R4 to case format v1: the mapping used by the CDS Hooks service and by audits of FHIR
 * bundles.
 */
package org.crosscheck.fhir;
