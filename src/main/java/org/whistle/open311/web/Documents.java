package org.whistle.open311.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;

import com.ctc.wstx.api.InvalidCharHandler;
import com.ctc.wstx.api.WstxOutputProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;
import tools.jackson.dataformat.xml.XmlWriteFeature;

/**
 * Writes an Open311 document (maps, {@link Items}, strings, numbers, booleans, instants, nulls)
 * as JSON or XML with Jackson's serializers, which escape every text; instants become W3C
 * date-times in the city's offset. Characters that XML 1.0 cannot carry are written as U+FFFD.
 */
final class Documents {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final JsonMapper json = JsonMapper.builder().build();
	private final XmlMapper xml;
	private final ZoneId zone;

	Documents(ZoneId zone) {
		this.zone = zone;
		XMLOutputFactory output = XMLOutputFactory.newFactory();
		output.setProperty(WstxOutputProperties.P_OUTPUT_INVALID_CHAR_HANDLER,
				new InvalidCharHandler.ReplacingHandler('\uFFFD'));
		this.xml = XmlMapper.builder(XmlFactory.builder().xmlOutputFactory(output).build())
			.enable(XmlWriteFeature.WRITE_XML_DECLARATION)
			.disable(XmlWriteFeature.UNWRAP_ROOT_OBJECT_NODE, XmlWriteFeature.WRITE_NULLS_AS_XSI_NIL)
			.build();
	}

	byte[] write(Format format, String root, Object document) {
		return switch (format) {
			case JSON -> json.writeValueAsBytes(plain(document));
			case XML -> xml.writer().withRootName(root).writeValueAsBytes(node(document));
		};
	}

	String dateTime(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime()
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private Object plain(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put((String) k, plain(v)));
			return copy;
		}
		if (value instanceof Items items) {
			List<Object> list = new ArrayList<>();
			items.items().forEach(item -> list.add(plain(item)));
			return list;
		}
		if (value instanceof Instant instant) {
			return dateTime(instant);
		}
		return value;
	}

	private JsonNode node(Object value) {
		if (value instanceof Map<?, ?> map) {
			ObjectNode object = NODES.objectNode();
			map.forEach((k, v) -> object.set((String) k, node(v)));
			return object;
		}
		if (value instanceof Items items) {
			ArrayNode array = NODES.arrayNode();
			items.items().forEach(item -> array.add(node(item)));
			ObjectNode wrapper = NODES.objectNode();
			wrapper.set(items.itemName(), array);
			return wrapper;
		}
		if (value == null) {
			return NODES.nullNode();
		}
		if (value instanceof Instant instant) {
			return NODES.stringNode(dateTime(instant));
		}
		if (value instanceof Boolean b) {
			return NODES.booleanNode(b);
		}
		if (value instanceof Integer i) {
			return NODES.numberNode(i);
		}
		if (value instanceof Long l) {
			return NODES.numberNode(l);
		}
		if (value instanceof Double d) {
			return NODES.numberNode(d);
		}
		return NODES.stringNode(value.toString());
	}
}
