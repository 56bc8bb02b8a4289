package org.whistle.catalog.web;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Sends a CSV file as a download. */
final class CsvDownload {

	interface Content {

		void writeTo(Writer writer) throws IOException;
	}

	private CsvDownload() {
	}

	static void send(HttpServletResponse response, String filename, Content content) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		content.writeTo(response.getWriter());
	}
}
