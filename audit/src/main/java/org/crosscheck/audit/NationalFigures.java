// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The national figures of {@code national/published-rates.csv} (provenance in {@code
 * national/README.md}).
 */
public final class NationalFigures {

  /**
   * One published figure; {@code lower}/{@code upper} are null when the study gives no interval.
   */
  public record Figure(
      String id,
      String study,
      String population,
      String criteria,
      String years,
      String category,
      String procedure,
      String measure,
      double percent,
      Double lower,
      Double upper) {}

  private NationalFigures() {}

  public static List<Figure> load() {
    CsvMapper csv = CsvMapper.builder().build();
    try (InputStream in =
            NationalFigures.class.getResourceAsStream("/national/published-rates.csv");
        MappingIterator<Map<String, String>> rows =
            csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      List<Figure> figures = new ArrayList<>();
      while (rows.hasNextValue()) {
        Map<String, String> r = rows.nextValue();
        figures.add(
            new Figure(
                r.get("id"),
                r.get("study"),
                r.get("population"),
                r.get("criteria"),
                r.get("years"),
                r.get("category"),
                r.get("procedure"),
                r.get("measure"),
                Double.parseDouble(r.get("percent")),
                number(r.get("lower")),
                number(r.get("upper"))));
      }
      return List.copyOf(figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Double number(String s) {
    return s == null || s.isBlank() ? null : Double.valueOf(s);
  }
}
