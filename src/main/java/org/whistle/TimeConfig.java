package org.whistle;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the city's time zone; tests replace it to move time. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

	@Bean
	Clock clock(@Value("${whistle.zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}
