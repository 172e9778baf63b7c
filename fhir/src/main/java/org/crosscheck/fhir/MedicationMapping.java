// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.engine.casefile.AntianginalClass;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * MedicationRequest and MedicationStatement to {@code therapy.antianginalClasses}: ingredient and
 * ATC codes through {@code medications.csv}, RxNorm drug products through {@code
 * rxnorm-products.csv} (product to ingredients to class), and, as a labelled reading, a drug name
 * naming an anti-anginal ingredient. Only active ones count ({@link
 * Interpretations#MEDICATION_CURRENT}). therapy is set only when a current drug is recognized as
 * anti-anginal, or a case-finding Observation documents the classes or "none" ({@link
 * Interpretations#MEDICATION_LIST_MEANS_THERAPY_KNOWN} is false): a list of unrecognized codes
 * proves nothing. Current medications that are not recognized get ONE aggregated warning per case,
 * and so do anti-anginal drugs that are not current; a medication without any coding or text is
 * warned about on its own.
 */
final class MedicationMapping {

  private final CodeTable medications;
  private final Set<AntianginalClass> classes = EnumSet.noneOf(AntianginalClass.class);

  /**
   * Current medications none of whose codes is in the table, by name, for the aggregated warning.
   */
  private final List<String> unrecognized = new ArrayList<>();

  /**
   * Anti-anginal medications that are not current, for one aggregated warning (at most {@link
   * #MAX_NAMED}).
   */
  private final List<String> notCurrent = new ArrayList<>();

  private int notCurrentCount;
  private final RxNormProducts products;
  private boolean known;
  private boolean fromList;

  /**
   * At most this many resources are named in an aggregated warning (a record may hold hundreds).
   */
  static final int MAX_NAMED = 5;

  MedicationMapping(CodeTable medications, RxNormProducts products) {
    this.medications = medications;
    this.products = products;
  }

  void request(MedicationRequest m, MappingContext ctx) {
    add(m, m.hasStatus() ? m.getStatus().toCode() : null, m.getMedication(), ctx);
  }

  void statement(MedicationStatement m, MappingContext ctx) {
    add(m, m.hasStatus() ? m.getStatus().toCode() : null, m.getMedication(), ctx);
  }

  /**
   * A class documented without a drug code (case-finding Observation), or null to document "none".
   */
  void documented(AntianginalClass c) {
    known = true;
    if (c != null) {
      classes.add(c);
    }
  }

  private void add(Resource r, String status, Type medication, MappingContext ctx) {
    boolean current = status != null && Interpretations.MEDICATION_CURRENT.contains(status);
    CodeableConcept code =
        medication instanceof CodeableConcept cc
            ? cc
            : medication instanceof Reference ref && ctx.resolve(ref) instanceof Medication med
                ? med.getCode()
                : null;
    String element =
        medication instanceof Reference ? "medicationReference" : "medicationCodeableConcept";
    if (code == null || (!code.hasCoding() && !code.hasText())) {
      ctx.warn(r, element, "a medication without coding cannot be classified");
      return;
    }
    Recognized recognized = recognize(r, code, element, ctx);
    if (recognized == null) {
      if (current) {
        unrecognized.add(ctx.name(r));
        if (Interpretations.MEDICATION_LIST_MEANS_THERAPY_KNOWN) {
          known = true;
          fromList = true;
        }
      }
      return;
    }
    if (recognized.classes().isEmpty()) {
      return; // a known drug that is no anti-anginal (e.g. sublingual nitroglycerin): neither
      // counted nor unknown
    }
    if (!current) {
      if (notCurrent.size() < MAX_NAMED) {
        notCurrent.add(ctx.name(r) + " (" + recognized.what() + ", status '" + status + "')");
      }
      notCurrentCount++;
      return;
    }
    classes.addAll(recognized.classes());
    ctx.used.add(recognized.note());
    known = true;
    fromList = true;
  }

  /**
   * What a medication's codes (or, failing them, its name) say: the anti-anginal classes and the
   * reading used.
   */
  private record Recognized(
      Set<AntianginalClass> classes, String what, Interpretations.Note note) {}

  /**
   * Ingredient or ATC code (medications.csv), else an RxNorm product (rxnorm-products.csv: its
   * ingredients' classes), else the name: a coding's display or the text naming an anti-anginal
   * ingredient ({@code Interpretations#MEDICATION_BY_NAME}, warned about). Null when nothing is
   * recognized.
   */
  private Recognized recognize(
      Resource r, CodeableConcept code, String element, MappingContext ctx) {
    List<Coding> codings = code.getCoding();
    for (int i = 0; i < codings.size(); i++) {
      Coding c = codings.get(i);
      if (!c.hasSystem()) {
        ctx.warn(r, element + ".coding[" + i + "]", "a coding without system cannot be classified");
        continue;
      }
      CodeTable.Row row = medications.lookup(c.getSystem(), c.getCode());
      if (row != null) {
        return new Recognized(
            EnumSet.of(AntianginalClass.valueOf(row.value())),
            row.display(),
            Interpretations.MEDICATION_LIST_NOTE);
      }
      RxNormProducts.Product product = products.get(c.getSystem(), c.getCode());
      if (product != null) {
        Set<AntianginalClass> found = EnumSet.noneOf(AntianginalClass.class);
        product
            .ingredients()
            .forEach(
                ing -> {
                  CodeTable.Row ingredient = medications.lookup(CodeSystems.RXNORM, ing);
                  if (ingredient != null) {
                    found.add(AntianginalClass.valueOf(ingredient.value()));
                  }
                });
        return new Recognized(found, product.display(), Interpretations.MEDICATION_PRODUCT_NOTE);
      }
    }
    return byName(r, code, element, ctx);
  }

  private Recognized byName(Resource r, CodeableConcept code, String element, MappingContext ctx) {
    List<String> names = new ArrayList<>();
    code.getCoding().forEach(c -> names.add(c.getDisplay()));
    names.add(code.getText());
    for (String name : names) {
      CodeTable.Row row = name == null ? null : ingredientNamed(name);
      if (row != null) {
        ctx.warn(
            r,
            element,
            "'"
                + name
                + "': no code in the tables; read by its name as "
                + row.display()
                + " ("
                + row.value()
                + ")");
        return new Recognized(
            EnumSet.of(AntianginalClass.valueOf(row.value())),
            row.display() + " (by name)",
            Interpretations.MEDICATION_BY_NAME_NOTE);
      }
    }
    return null;
  }

  /**
   * The medications.csv ingredient row whose name appears as whole words in a drug name, or null.
   */
  private CodeTable.Row ingredientNamed(String name) {
    String lower = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    for (CodeTable.Row row : medications.rows()) {
      if (row.system().equals(CodeSystems.RXNORM)
          && lower.contains(" " + row.display().toLowerCase(Locale.ROOT) + " ")) {
        return row;
      }
    }
    return null;
  }

  void finish(MappingContext ctx) {
    if (notCurrentCount > 0) {
      ctx.warnings.add(
          new MappingWarning(
              notCurrent.get(0).split(" ")[0],
              "status",
              notCurrentCount
                  + " anti-anginal medication(s) not counted as current therapy (only "
                  + Interpretations.MEDICATION_CURRENT
                  + " counts): "
                  + String.join(", ", notCurrent)
                  + (notCurrentCount > notCurrent.size() ? ", ..." : "")));
    }
    if (!unrecognized.isEmpty()) {
      List<String> named = unrecognized.subList(0, Math.min(MAX_NAMED, unrecognized.size()));
      ctx.warnings.add(
          new MappingWarning(
              unrecognized.get(0),
              "medication[x]",
              unrecognized.size()
                  + " active medication(s) "
                  + named
                  + (unrecognized.size() > named.size() ? " and more" : "")
                  + " have codes in no table (medications.csv, rxnorm-products.csv) and no anti-anginal name: they are not "
                  + "counted as anti-anginal therapy"
                  + (known ? "" : "; anti-anginal therapy left unknown")));
    }
    if (known) {
      if (fromList) {
        ctx.used.add(Interpretations.MEDICATION_LIST_NOTE);
      }
      var array = ctx.array("therapy.antianginalClasses");
      classes.forEach(c -> array.add(c.name()));
    }
  }
}
