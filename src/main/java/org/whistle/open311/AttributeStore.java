package org.whistle.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.open311.ServiceAttribute.Datatype;

/** The attributes of services, and the values submitted with requests. */
@Repository
class AttributeStore {

	private final JdbcClient jdbc;

	AttributeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Row(long id, String serviceCode, String code, Datatype datatype, boolean required,
			boolean variable, String description, String datatypeDescription, int order) {
	}

	/** The attributes of one service: those of every service first, then its own, in their order. */
	List<ServiceAttribute> of(String serviceCode) {
		List<Row> rows = jdbc.sql("SELECT * FROM open311_attribute WHERE service_code IS NULL OR service_code = :code "
				+ "ORDER BY sort_order, id")
			.param("code", serviceCode)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("service_code"), rs.getString("code"),
					Datatype.valueOf(rs.getString("datatype").toUpperCase(Locale.ROOT)),
					rs.getBoolean("required"), rs.getBoolean("variable"), rs.getString("description"),
					rs.getString("datatype_description"), rs.getInt("sort_order")))
			.list();
		Map<Long, List<ServiceAttribute.Value>> values = values(rows.stream().map(Row::id).toList());
		return rows.stream()
			.map(r -> new ServiceAttribute(r.code(), r.datatype(), r.required(), r.variable(), r.description(),
					r.datatypeDescription(), r.order(), values.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private Map<Long, List<ServiceAttribute.Value>> values(List<Long> attributeIds) {
		Map<Long, List<ServiceAttribute.Value>> values = new LinkedHashMap<>();
		if (attributeIds.isEmpty()) {
			return values;
		}
		jdbc.sql("SELECT attribute_id, value_key, name FROM open311_attribute_value WHERE attribute_id IN (:ids) "
				+ "ORDER BY attribute_id, sort_order")
			.param("ids", attributeIds)
			.query((rs, n) -> Map.entry(rs.getLong("attribute_id"),
					new ServiceAttribute.Value(rs.getString("value_key"), rs.getString("name"))))
			.list()
			.forEach(e -> values.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
		return values;
	}

	/** The service codes that have attributes of their own. */
	List<String> servicesWithOwnAttributes() {
		return jdbc.sql("SELECT DISTINCT service_code FROM open311_attribute WHERE service_code IS NOT NULL")
			.query(String.class).list();
	}

	boolean anyForEveryService() {
		return jdbc.sql("SELECT COUNT(*) FROM open311_attribute WHERE service_code IS NULL").query(Long.class)
			.single() > 0;
	}
}
