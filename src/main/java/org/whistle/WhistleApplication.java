package org.whistle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the server, or runs one command-line task when the first argument names one
 * ({@code java -jar whistle.jar help}).
 */
@SpringBootApplication
public class WhistleApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(WhistleApplication.class, args);
	}

	static int runCommand(String[] args) {
		var application = new SpringApplicationBuilder(WhistleApplication.class)
				.web(WebApplicationType.NONE)
				.lazyInitialization(true)
				.logStartupInfo(false)
				.properties("spring.main.banner-mode=off", "logging.level.root=WARN",
						"logging.level.org.whistle=INFO")
				.build();
		try (ConfigurableApplicationContext context = application.run()) {
			return context.getBean(Commands.class).run(args);
		}
	}
}
