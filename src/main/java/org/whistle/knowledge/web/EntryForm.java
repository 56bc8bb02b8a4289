package org.whistle.knowledge.web;

import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.knowledge.entry.EntryDraft;

/** What the entry form sends: the draft and the version the editor started from. */
class EntryForm {

	private String title = "";
	private String answer = "";
	private String keywords = "";
	private String categoryCode = "";
	private Long unitId;
	private int version;

	static EntryForm of(KnowledgeEntry entry) {
		var form = new EntryForm();
		form.title = entry.title();
		form.answer = entry.answer();
		form.keywords = entry.keywords();
		form.categoryCode = entry.categoryCode() == null ? "" : entry.categoryCode();
		form.unitId = entry.unitId();
		form.version = entry.version();
		return form;
	}

	EntryDraft draft() {
		return new EntryDraft(title, answer, keywords, categoryCode, unitId);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
