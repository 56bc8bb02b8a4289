package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadBodyTest {

	private final byte[] body = "{\"title\":\"暖气不热\"}".getBytes(StandardCharsets.UTF_8);
	private final RequestBodyLimit.ReadBody request = new RequestBodyLimit.ReadBody(new MockHttpServletRequest(), body);

	@Test
	void a_body_read_ahead_is_read_once_from_the_same_stream() throws IOException {
		assertThat(request.getContentLengthLong()).isEqualTo(body.length);
		assertThat(request.getInputStream().readAllBytes()).isEqualTo(body);
		assertThat(request.getInputStream()).isSameAs(request.getInputStream());
		assertThat(request.getInputStream().isFinished()).isTrue();
	}

	@Test
	void an_asynchronous_reader_hears_that_the_body_is_all_there() throws IOException {
		List<String> heard = new ArrayList<>();
		ServletInputStream in = request.getInputStream();
		in.setReadListener(new ReadListener() {
			@Override
			public void onDataAvailable() throws IOException {
				heard.add("available:" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}

			@Override
			public void onAllDataRead() {
				heard.add("all read");
			}

			@Override
			public void onError(Throwable t) {
				heard.add("error");
			}
		});
		assertThat(heard).containsExactly("available:{\"title\":\"暖气不热\"}", "all read");
	}
}
