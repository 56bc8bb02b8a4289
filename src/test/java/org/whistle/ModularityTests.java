package org.whistle;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(WhistleApplication.class);

	@Test
	void the_modules_depend_only_on_each_others_published_api() {
		modules.verify();
	}

	@Test
	void the_module_documentation_is_written() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
