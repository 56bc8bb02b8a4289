package org.whistle.city.web;

import org.whistle.city.UnitKind;
import org.whistle.city.UnitRegistry;
import org.whistle.city.UnitRegistry.Entry;

/** What the admin enters for a unit; the code, kind and area are fixed once the unit exists. */
class UnitForm {

	private String code = "";
	private String name = "";
	private UnitKind kind;
	private Long parentId;
	private String areaCode = "";
	private boolean active = true;

	static UnitForm of(Entry entry) {
		var form = new UnitForm();
		form.code = entry.unit().code();
		form.name = entry.unit().name();
		form.kind = entry.unit().kind();
		form.parentId = entry.unit().parentId();
		form.areaCode = entry.unit().areaCode();
		form.active = entry.active();
		return form;
	}

	UnitRegistry.NewUnit toNewUnit() {
		return new UnitRegistry.NewUnit(code, name, kind, parentId, areaCode);
	}

	UnitRegistry.Change toChange() {
		return new UnitRegistry.Change(name, parentId, active);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode == null ? "" : areaCode.strip();
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
