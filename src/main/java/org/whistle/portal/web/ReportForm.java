package org.whistle.portal.web;

import org.whistle.catalog.RequestType;
import org.whistle.intake.NewRequest;
import org.whistle.workorder.Channel;

/** The report form as the citizen filled it in; the category box's text is only for show. */
public class ReportForm {

	private RequestType type = RequestType.COMPLAINT;
	private String categoryCode;
	private String categoryText;
	private String address;
	private Double lat;
	private Double lon;
	private String title;
	private String content;
	private String callerName;
	private String callerPhone;
	private String callerEmail;

	NewRequest toRequest() {
		return new NewRequest(Channel.WEB, type, callerName, callerPhone, callerEmail, address, lat, lon, categoryCode,
				title, content, null);
	}

	public RequestType getType() {
		return type;
	}

	public void setType(RequestType type) {
		this.type = type;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getCategoryText() {
		return categoryText;
	}

	public void setCategoryText(String categoryText) {
		this.categoryText = categoryText;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Double getLat() {
		return lat;
	}

	public void setLat(Double lat) {
		this.lat = lat;
	}

	public Double getLon() {
		return lon;
	}

	public void setLon(Double lon) {
		this.lon = lon;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getCallerName() {
		return callerName;
	}

	public void setCallerName(String callerName) {
		this.callerName = callerName;
	}

	public String getCallerPhone() {
		return callerPhone;
	}

	public void setCallerPhone(String callerPhone) {
		this.callerPhone = callerPhone;
	}

	public String getCallerEmail() {
		return callerEmail;
	}

	public void setCallerEmail(String callerEmail) {
		this.callerEmail = callerEmail;
	}
}
