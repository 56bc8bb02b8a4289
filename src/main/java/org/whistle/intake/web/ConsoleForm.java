package org.whistle.intake.web;

import java.util.UUID;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.intake.NewRequest;
import org.whistle.workorder.Channel;

/**
 * The operator console's form. {@code key} is a fresh idempotency key per blank form, so that a
 * double click or a resent form registers the request once. {@code category} is what the operator
 * picked or typed: {@code 010208 冬季采暖}, a code, or a level-3 name; the page resolves it to a code.
 */
public class ConsoleForm {

	private Channel channel = Channel.PHONE;
	private RequestType type = RequestType.COMPLAINT;
	private String callerName;
	private String callerPhone;
	private String callerEmail;
	private String address;
	private Double lat;
	private Double lon;
	private String category;
	private String title;
	private String content;
	private Urgency urgency = Urgency.NORMAL;
	private String key = UUID.randomUUID().toString();

	NewRequest toRequest(String categoryCode, RequestType asType) {
		return new NewRequest(channel, asType, callerName, callerPhone, callerEmail, address, lat, lon, categoryCode,
				title, content, urgency);
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public RequestType getType() {
		return type;
	}

	public void setType(RequestType type) {
		this.type = type;
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

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
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

	public Urgency getUrgency() {
		return urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}
}
