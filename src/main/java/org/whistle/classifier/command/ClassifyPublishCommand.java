package org.whistle.classifier.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.audit.AuditRecord;
import org.whistle.classifier.ModelVersion;
import org.whistle.classifier.store.ModelStore;

/** {@code classify-publish --model M}: stores a model file as the next version; running servers switch to it. */
@Component
class ClassifyPublishCommand implements Command {

	private final ObjectProvider<ModelStore> store;

	/** The store is fetched when needed: the other commands run without a database. */
	ClassifyPublishCommand(ObjectProvider<ModelStore> store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "classify-publish";
	}

	@Override
	public String summary() {
		return "put a classifier model file into the database; the console uses it from then on";
	}

	@Override
	public String usage() {
		return "classify-publish --model <model file>";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--model"), Set.of());
		Path file = options.existingFile("--model");
		ModelVersion version = store.getObject().publish(ModelFiles.read(file), file.getFileName().toString(), AuditRecord.SYSTEM);
		out.println("published " + file + " as version " + version.version() + " (" + version.categories().size()
				+ " categories)");
		return 0;
	}
}
