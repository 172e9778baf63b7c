// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.crosscheck.api.CrosscheckProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 (problem+json) to a request body over {@code crosscheck.request.max-bytes}, whether
 * it declares its length or is chunked (a chunked body is read up to the limit before the request
 * goes on). CDS Hooks calls carry a patient's record as prefetch and have their own, larger limit
 * ({@code crosscheck.cds-hooks.max-request-bytes}, 16 MiB by default).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final long defaultMaxBytes;
  private final long cdsHooksMaxBytes;

  RequestSizeLimitFilter(
      CrosscheckProperties properties, org.crosscheck.api.cdshooks.CdsHooksProperties cdsHooks) {
    this.defaultMaxBytes = properties.request().maxBytes();
    this.cdsHooksMaxBytes = cdsHooks.maxRequestBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long maxBytes =
        request.getRequestURI().startsWith(request.getContextPath() + "/cds-services/")
            ? cdsHooksMaxBytes
            : defaultMaxBytes;
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      tooLarge(response, maxBytes);
      return;
    }
    if (declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
      byte[] body =
          request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        tooLarge(response, maxBytes);
        return;
      }
      chain.doFilter(new BufferedBody(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONTENT_TOO_LARGE,
            "payload-too-large",
            "Request body too large",
            "The request body exceeds " + maxBytes + " bytes");
    response.setHeader("Connection", "close");
    Problems.write(response, problem);
  }

  /** A request whose body was read ahead. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }
  }
}
