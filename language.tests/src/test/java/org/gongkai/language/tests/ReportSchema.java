package org.gongkai.language.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.language.generator.JsonFormat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/** The json format's schema, report.schema.json as the language bundle ships it, read by a JSON Schema validator. */
public final class ReportSchema {

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(Dialects.getDraft202012());
	private static final String TEXT = read();
	private static final Schema SCHEMA = REGISTRY.getSchema(TEXT, InputFormat.JSON);

	/** What the schema finds wrong with a document; empty when it conforms. */
	public static List<String> errors(String json) {
		return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	/** What the draft 2020-12 meta-schema finds wrong with the schema itself. */
	public static List<String> metaSchemaErrors() {
		Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
		return meta.validate(TEXT, InputFormat.JSON).stream().map(Error::toString).toList();
	}

	private static String read() {
		try (InputStream in = JsonFormat.class.getResourceAsStream(JsonFormat.SCHEMA)) {
			if (in == null) {
				throw new IllegalStateException(JsonFormat.SCHEMA + " is not beside JsonFormat in the language bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ReportSchema() {
	}
}
