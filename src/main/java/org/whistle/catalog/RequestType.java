package org.whistle.catalog;

/** What a caller wants, as Beijing's 2021 regulation on 接诉即办 distinguishes requests. */
public enum RequestType {
	/** 咨询: often answered at once by the operator from the knowledge base. */
	CONSULTATION,
	/** 求助 */
	HELP,
	/** 投诉 */
	COMPLAINT,
	/** 举报: a report of wrongdoing. */
	REPORT,
	/** 建议 */
	SUGGESTION;

	/** The key of the label in the message bundles. */
	public String messageKey() {
		return "catalog.requestType." + name();
	}
}
