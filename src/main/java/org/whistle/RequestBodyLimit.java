package org.whistle;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies larger than {@code whistle.api.max-body-bytes} (413) before anything reads
 * them: by their Content-Length or, sent in chunks without one, by reading at most one byte more
 * than the limit first. Multipart uploads (photos) have their own limits.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final ProblemResponses problems = new ProblemResponses();

	RequestBodyLimit(@Value("${whistle.api.max-body-bytes:65536}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (type != null && type.startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > maxBytes) {
			refuse(response);
			return;
		}
		if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
			byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
			if (body.length > maxBytes) {
				refuse(response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes.");
	}

	/** A request whose body was read ahead; the application reads it from memory. */
	static final class ReadBody extends HttpServletRequestWrapper {

		private final int length;

		private final ServletInputStream in;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.length = body.length;
			this.in = new MemoryStream(new ByteArrayInputStream(body));
		}

		@Override
		public int getContentLength() {
			return length;
		}

		@Override
		public long getContentLengthLong() {
			return length;
		}

		/** The same stream on every call, as the servlet API has it. */
		@Override
		public ServletInputStream getInputStream() {
			return in;
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(in, Charset.forName(encoding)));
		}
	}

	/** A body held in memory: always ready; a read listener hears at once that it is all there. */
	private static final class MemoryStream extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		MemoryStream(ByteArrayInputStream bytes) {
			this.bytes = bytes;
		}

		@Override
		public int read() {
			return bytes.read();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			return bytes.read(b, off, len);
		}

		@Override
		public boolean isFinished() {
			return bytes.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			try {
				listener.onDataAvailable();
				listener.onAllDataRead();
			}
			catch (IOException | RuntimeException e) {
				listener.onError(e);
			}
		}
	}
}
