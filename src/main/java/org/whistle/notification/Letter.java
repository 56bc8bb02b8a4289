package org.whistle.notification;

/** The words of one notice: as an SMS, and as an e-mail with subject and body. */
record Letter(String sms, String subject, String body) {
}
