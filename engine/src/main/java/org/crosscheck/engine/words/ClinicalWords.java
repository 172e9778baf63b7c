// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The codes of case format v1, the evaluation and the audit in clinical words (outcomes, tiers,
 * procedures, reasons, case fields, derived categories, interpretations, audit groups and
 * measures), from {@code docs/clinical-words.json} (copied beside this class at build time): the
 * one mapping that the self-check page, the audit report and the CDS Hooks cards use. A code
 * without words is shown as readable text, never as the raw code.
 */
public final class ClinicalWords {

  private static final Map<String, Object> WORDS = load();

  private ClinicalWords() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load() {
    try (InputStream in = ClinicalWords.class.getResourceAsStream("clinical-words.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "clinical-words.json is missing beside " + ClinicalWords.class.getName());
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
  public static String outcome(String code) {
    return orReadable(lookup("outcomeLabels", code), code);
  }

  /** "RARELY_APPROPRIATE" -> "Rarely appropriate"; "NONE" -> "Pending: no tier yet". */
  public static String tier(String code) {
    return sentence(orReadable(lookup("tiers", code), code));
  }

  /** An audit group: "NONACUTE" -> "Nonacute revascularization". */
  public static String group(String code) {
    return orReadable(lookup("auditGroups", code), code);
  }

  /** "CCTA" -> "Coronary CT angiography". */
  public static String procedure(String code) {
    return orReadable(value("request.procedure", code), code);
  }

  /**
   * A procedure inside a sentence or a card summary: "STRESS_ECHO" -> "stress echo", "PCI" ->
   * "PCI".
   */
  public static String procedureShort(String code) {
    String words = lookup("procedureShortNames", code);
    return words != null ? words : readable(code).toLowerCase(Locale.ROOT);
  }

  /** A review reason code: "NO_CRITERIA_APPLY" -> "No published criterion covers the scenario". */
  public static String reason(String code) {
    return orReadable(lookup("reasons", code), code);
  }

  /**
   * A case field path: "presentation.ccsClass" -> "Angina class (CCS)"; a list item's field names
   * its item: "anatomy.lesions[1].stenosisPercent" -> "Lesion 2: stenosis (%)".
   */
  public static String field(String path) {
    String label = lookup("fields", path.replaceAll("\\[\\d*]", "[]"));
    if (label == null) {
      label = readable(path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d*]", ""));
    }
    java.util.regex.Matcher item =
        java.util.regex.Pattern.compile("^(.*?)\\[(\\d*)]\\.").matcher(path);
    if (item.find()) {
      String list = lookup("items", item.group(1).replaceAll("\\[\\d*]", "[]"));
      String name =
          (list != null ? list : readable(item.group(1)))
              + (item.group(2).isEmpty() ? "" : " " + (Integer.parseInt(item.group(2)) + 1));
      boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
      return name
          + ": "
          + (abbreviation ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1));
    }
    return label;
  }

  /**
   * A coded value of a case field: ("imaging.question", "SURVEILLANCE") -> "Follow-up or screening
   * ...".
   */
  public static String value(String field, String code, String unknown) {
    if (code == null || "-".equals(code)) {
      return unknown;
    }
    if ("true".equals(code) || "false".equals(code)) {
      return "true".equals(code) ? "yes" : "no";
    }
    return orReadable(value(field, code), code);
  }

  /**
   * A national figure's measure: "FACILITY_MEDIAN_RARELY_APPROPRIATE" -> "Median hospital rate of
   * ...".
   */
  public static String measure(String code) {
    return orReadable(lookup("measures", code), code);
  }

  public static String ruleSet(String id) {
    String name = lookup("ruleSets", id);
    return name != null ? name : id;
  }

  /**
   * "acr-cardiac/chronic-chest-pain-high-probability/1" -> "ACR ..., chronic chest pain high
   * probability, variant 1".
   */
  public static String criterion(String ref) {
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

  /** A derived category's name: "symptomColumn" -> "Symptom column". */
  public static String derivedLabel(String name) {
    Object entry = WORDS.get("derived") instanceof Map<?, ?> m ? m.get(name) : null;
    Object label = entry instanceof Map<?, ?> e ? e.get("label") : null;
    return label instanceof String l ? l : readable(name);
  }

  /**
   * A derived category's value: ("symptomColumn", "CCS_I_II") -> "CCS class I-II angina"; yes/no
   * for flags, numbers and dates as they are.
   */
  @SuppressWarnings("unchecked")
  public static String derivedValue(String name, String code) {
    if (code == null || "true".equals(code) || "false".equals(code)) {
      return value(name, code, "not recorded");
    }
    Object entry = WORDS.get("derived") instanceof Map<?, ?> m ? m.get(name) : null;
    Object values = entry instanceof Map<?, ?> e ? e.get("values") : null;
    if (values instanceof String ref && ref.startsWith("=")) {
      return value(ref.substring(1), code, code);
    }
    if (values instanceof String ref && ref.startsWith("@")) {
      values = ((Map<String, Object>) WORDS.get("shared")).get(ref.substring(1));
    }
    Object v = values instanceof Map<?, ?> map ? map.get(code) : null;
    if (v instanceof String words) {
      return words;
    }
    return code.chars().anyMatch(Character::isLetter) ? readable(code) : code;
  }

  /**
   * An interpretation's clinical wording, or null when it has none (its engine text is then shown).
   */
  public static String interpretation(String id) {
    Object entry = WORDS.get("interpretations") instanceof Map<?, ?> m ? m.get(id) : null;
    Object words = entry instanceof Map<?, ?> e ? e.get("words") : null;
    return words instanceof String w ? w : null;
  }

  /** A what-if value as the engine words it, in the page's words where they differ. */
  public static String whatIfValue(String engineText) {
    String words = lookup("whatIfValues", engineText);
    return words != null ? words : engineText;
  }

  private static final java.util.regex.Pattern PATH =
      java.util.regex.Pattern.compile("\\b[a-z][a-zA-Z]*(?:\\.[a-zA-Z]+|\\[\\d*])+(?![\\w\\[])");

  /**
   * An engine text (a reason, a warning) with the case field paths and rule set ids it names in
   * words: "missing: anatomy.syntaxScore" -> "missing: SYNTAX score".
   */
  @SuppressWarnings("unchecked")
  public static String inText(String text) {
    if (text == null) {
      return null;
    }
    String out =
        PATH.matcher(text)
            .replaceAll(
                m ->
                    java.util.regex.Matcher.quoteReplacement(
                        lookup("fields", m.group().replaceAll("\\[\\d*]", "[]")) != null
                            ? field(m.group())
                            : m.group()));
    for (Map.Entry<String, Object> set : ((Map<String, Object>) WORDS.get("ruleSets")).entrySet()) {
      out = out.replace(set.getKey(), String.valueOf(set.getValue()));
    }
    return out;
  }

  private static String orReadable(String words, String code) {
    return words != null ? words : readable(code);
  }

  /** The last resort: a code as text ("SOME_CODE" -> "Some code"). */
  public static String readable(String code) {
    if (code == null) {
      return "not recorded";
    }
    String spaced = code.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2");
    return sentence(
        spaced.equals(spaced.toUpperCase(Locale.ROOT)) ? spaced.toLowerCase(Locale.ROOT) : spaced);
  }

  public static String sentence(String s) {
    return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
