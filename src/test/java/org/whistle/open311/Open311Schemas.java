package org.whistle.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The Open311 JSON Schemas, read where they lie ({@code /work/shared/open311/schema}, or
 * {@code -Dwhistle.open311.schemas}), and a strict XML parser for the XML answers.
 */
final class Open311Schemas {

	static final Path DIRECTORY = Path.of(System.getProperty("whistle.open311.schemas", "/work/shared/open311/schema"));

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
			builder -> builder.resourceLoaders(loaders -> loaders.resources(Open311Schemas::read)));

	private Open311Schemas() {
	}

	/** Asserts that the JSON is valid against the named schema file (e.g. {@code requests.json}). */
	static void assertValid(String schemaFile, String json) {
		Schema schema = REGISTRY.getSchema(SchemaLocation.of(DIRECTORY.resolve(schemaFile).toUri().toString()));
		List<Error> errors = schema.validate(json, InputFormat.JSON);
		assertThat(errors).as("%s against %s", json, schemaFile).isEmpty();
	}

	/** The text of a schema file named by its {@code file:} IRI; {@code null} for any other IRI. */
	private static String read(String iri) {
		if (!iri.startsWith("file:")) {
			return null;
		}
		try {
			return Files.readString(Path.of(URI.create(iri)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Parses XML strictly (no DTDs, no external entities); a malformed answer fails the test. */
	static Document xml(String body) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new AssertionError("not well-formed XML: " + body, e);
		}
	}
}
