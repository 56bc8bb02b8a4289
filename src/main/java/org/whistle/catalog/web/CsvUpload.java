package org.whistle.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whistle.catalog.input.ImportResult;
import org.whistle.catalog.input.Violation;

/** Imports an uploaded CSV file, the same way on every catalog page that takes one. */
@Component
class CsvUpload {

	interface Import {

		ImportResult from(InputStream content) throws IOException;
	}

	private final PageMessages messages;

	CsvUpload(PageMessages messages) {
		this.messages = messages;
	}

	/**
	 * Imports the file. When it is accepted, flashes the result as {@code imported} and
	 * redirects to {@code done}; otherwise shows why as {@code importErrors} on the page
	 * {@code failed} renders, having written nothing.
	 */
	String receive(MultipartFile file, Import importer, String done, Supplier<String> failed, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importErrors", messages.all(List.of(Violation.of(null, "catalog.import.noFile")), locale));
			return failed.get();
		}
		ImportResult result;
		try (InputStream content = file.getInputStream()) {
			result = importer.from(content);
		}
		if (!result.accepted()) {
			model.addAttribute("importErrors", messages.all(result.violations(), locale));
			return failed.get();
		}
		redirect.addFlashAttribute("imported", result);
		return "redirect:" + done;
	}
}
