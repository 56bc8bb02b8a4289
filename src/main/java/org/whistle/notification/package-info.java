/**
 * Telling callers what happens to their orders (受理, 并单, 答复 …) by SMS and e-mail. Every
 * message goes through one port, {@link org.whistle.notification.CallerMessages}, which logs it
 * in {@code message_log} and then delivers it; SMS providers plug in as an
 * {@link org.whistle.notification.SmsGateway}.
 */
package org.whistle.notification;
