// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.crosscheck.audit.AuditRun;

/**
 * Progress of an audit on standard error: a bar redrawn in place on a terminal (cases/s, ETA from
 * the share of input bytes read), else a plain line every 10 seconds for logs.
 */
final class ProgressLine implements AuditRun.Progress {

  private static final long LOG_EVERY_NANOS = 10_000_000_000L;
  private static final long DRAW_EVERY_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastShown;
  private boolean drawn;

  ProgressLine(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
    this.lastShown = start;
  }

  @Override
  public void update(long records, long bytesRead, long bytesTotal) {
    long now = System.nanoTime();
    if (now - lastShown < (terminal ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    double seconds = (now - start) / 1e9;
    double rate = records / Math.max(seconds, 1e-9);
    double done = bytesTotal == 0 ? 1.0 : Math.min(1.0, (double) bytesRead / bytesTotal);
    String eta = done <= 0 ? "?" : duration(seconds * (1 - done) / done);
    if (terminal) {
      int filled = (int) Math.round(done * WIDTH);
      err.printf(
          Locale.ROOT,
          "\r[%s%s] %3.0f%%  %,d cases  %,.0f cases/s  ETA %s ",
          "#".repeat(filled),
          " ".repeat(WIDTH - filled),
          100 * done,
          records,
          rate,
          eta);
      drawn = true;
    } else {
      err.printf(
          Locale.ROOT,
          "audit: %,d cases, %.0f%% of input, %,.0f cases/s, ETA %s%n",
          records,
          100 * done,
          rate,
          eta);
    }
    err.flush();
  }

  /** Ends the bar's line and prints the elapsed time. */
  void finish() {
    double seconds = (System.nanoTime() - start) / 1e9;
    if (drawn) {
      err.println();
    }
    err.printf(Locale.ROOT, "audit: done in %s%n", duration(seconds));
    err.flush();
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
