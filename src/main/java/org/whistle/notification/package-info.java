/**
 * Telling callers what happens to their orders (受理, 并单, 答复 …) by SMS and e-mail. Every
 * message goes through one port, {@link org.whistle.notification.CallerMessages}, which queues it
 * in {@code message_log} with the change that caused it; the postman delivers it after the
 * commit. SMS providers plug in as an {@link org.whistle.notification.SmsGateway}.
 */
package org.whistle.notification;
