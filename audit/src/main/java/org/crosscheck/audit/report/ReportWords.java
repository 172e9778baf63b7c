// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's clinical words: the codes of outcomes, tiers, groups, procedures, reasons, case fields and measures
 * in words, from {@code docs/clinical-words.json} (copied beside this class at build time), the mapping the
 * self-check page uses too. A code without words is shown as readable text, never as the raw code.
 */
final class ReportWords {

  private static final Map<String, Object> WORDS = load();

  private ReportWords() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load() {
    try (InputStream in = ReportWords.class.getResourceAsStream("clinical-words.json")) {
      if (in == null) {
        throw new IllegalStateException("clinical-words.json is missing beside " + ReportWords.class.getName());
      }
      return JsonMapper.builder().build().readValue(in, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lookup(String table, String key) {
    Object t = WORDS.get(table);
    Object v = t instanceof Map<?, ?> m ? m.get(key) : null;
    return v instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  private static String value(String field, String code) {
    Object values = ((Map<String, Object>) WORDS.get("values")).get(field);
    if (values instanceof String ref && ref.startsWith("@")) {
      values = ((Map<String, Object>) WORDS.get("shared")).get(ref.substring(1));
    }
    Object v = values instanceof Map<?, ?> m ? m.get(code) : null;
    return v instanceof String s ? s : null;
  }

  /** "CLEAR" -> "No review needed". */
  static String outcome(String code) {
    return orReadable(lookup("outcomeLabels", code), code);
  }

  /** "RARELY_APPROPRIATE" -> "Rarely appropriate"; "NONE" -> "Pending: no tier yet". */
  static String tier(String code) {
    return sentence(orReadable(lookup("tiers", code), code));
  }

  /** An audit group: "NONACUTE" -> "Nonacute revascularization". */
  static String group(String code) {
    return orReadable(lookup("auditGroups", code), code);
  }

  /** "CCTA" -> "Coronary CT angiography". */
  static String procedure(String code) {
    return orReadable(value("request.procedure", code), code);
  }

  /** A review reason code: "NO_CRITERIA_APPLY" -> "No published criterion covers the scenario". */
  static String reason(String code) {
    return orReadable(lookup("reasons", code), code);
  }

  /**
   * A case field path: "presentation.ccsClass" -> "Angina class (CCS)"; a list item's field names its item:
   * "anatomy.lesions[1].stenosisPercent" -> "Lesion 2: stenosis (%)".
   */
  static String field(String path) {
    String label = lookup("fields", path.replaceAll("\\[\\d*]", "[]"));
    if (label == null) {
      label = readable(path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d*]", ""));
    }
    java.util.regex.Matcher item = java.util.regex.Pattern.compile("^(.*?)\\[(\\d*)]\\.").matcher(path);
    if (item.find()) {
      String list = lookup("items", item.group(1).replaceAll("\\[\\d*]", "[]"));
      String name = (list != null ? list : readable(item.group(1))) + (item.group(2).isEmpty() ? ""
          : " " + (Integer.parseInt(item.group(2)) + 1));
      boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
      return name + ": " + (abbreviation ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1));
    }
    return label;
  }

  /** A coded value of a case field: ("imaging.question", "SURVEILLANCE") -> "Follow-up or screening ...". */
  static String value(String field, String code, String unknown) {
    if (code == null || "-".equals(code)) {
      return unknown;
    }
    if ("true".equals(code) || "false".equals(code)) {
      return "true".equals(code) ? "yes" : "no";
    }
    return orReadable(value(field, code), code);
  }

  /** A national figure's measure: "FACILITY_MEDIAN_RARELY_APPROPRIATE" -> "Median hospital rate of ...". */
  static String measure(String code) {
    return orReadable(lookup("measures", code), code);
  }

  static String ruleSet(String id) {
    String name = lookup("ruleSets", id);
    return name != null ? name : id;
  }

  /** "acr-cardiac/chronic-chest-pain-high-probability/1" -> "ACR ..., chronic chest pain high probability, variant 1". */
  static String criterion(String ref) {
    String[] parts = ref.split("/");
    String set = ruleSet(parts[0]);
    if (parts.length < 2) {
      return set;
    }
    if (parts[0].equals("acr-cardiac") && parts.length >= 3) {
      return set + ", " + parts[1].replace('-', ' ') + ", variant " + parts[2];
    }
    String item = parts[0].startsWith("imaging") ? "scenario" : "indication";
    return set + ", " + item + " " + parts[1];
  }

  private static String orReadable(String words, String code) {
    return words != null ? words : readable(code);
  }

  /** The last resort: a code as text ("SOME_CODE" -> "Some code"). */
  static String readable(String code) {
    if (code == null) {
      return "not recorded";
    }
    String spaced = code.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2");
    return sentence(spaced.equals(spaced.toUpperCase(Locale.ROOT)) ? spaced.toLowerCase(Locale.ROOT) : spaced);
  }

  static String sentence(String s) {
    return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
