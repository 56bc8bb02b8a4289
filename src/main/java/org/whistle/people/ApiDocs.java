package org.whistle.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description at /v3/api-docs (Swagger UI at /swagger-ui.html): every call sends X-Api-Key. */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	@Bean
	OpenAPI whistleApi() {
		var apiKey = new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
			.name(ApiKeyAuthenticationFilter.HEADER)
			.description("A staff user's API key; the call acts as that user, with their roles and unit.");
		return new OpenAPI()
			.info(new Info().title("Whistle API").version("1")
				.description("接诉即办: requests, work orders, the city and the catalog. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("apiKey", apiKey))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}
}
