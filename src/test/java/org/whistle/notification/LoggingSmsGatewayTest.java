package org.whistle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsGatewayTest {

	@Test
	void the_logged_sms_shows_its_text_and_only_the_masked_phone(CapturedOutput output) {
		var gateway = new LoggingSmsGateway();

		gateway.send("13812345678", "您反映的问题已受理，工单号 202601010000007，我们将尽快办理。");

		assertThat(output.getAll()).contains("SMS to 138****5678: 您反映的问题已受理，工单号 202601010000007")
			.doesNotContain("13812345678");
		assertThat(gateway.provider()).isEqualTo("log");
	}
}
