package org.whistle.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through the SMTP server of {@code spring.mail.*}. Spring Boot makes a mail sender only
 * when {@code spring.mail.host} is set; without one, e-mail is not configured.
 */
@Component
class SmtpMail {

	static final String PROVIDER = "smtp";

	private final JavaMailSender sender;
	private final String from;

	@Autowired
	SmtpMail(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
		this(sender.getIfAvailable(), settings.mailFrom());
	}

	SmtpMail(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean configured() {
		return sender != null;
	}

	void send(String to, String subject, String text) {
		var mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(text);
		sender.send(mail);
	}
}
