package org.whistle.catalog.input;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What is wrong with one input: a message code of the catalog's bundles and its arguments.
 * Numbers among the arguments are kept as text, so that row 1234 or rule 1001 is not shown
 * with a thousands separator.
 *
 * @param field the form field (or the column) at fault; {@code null} for the input as a whole
 */
public record Violation(String field, String code, List<Object> args) implements MessageSourceResolvable {

	public Violation {
		args = args.stream().map(arg -> arg instanceof Number ? (Object) arg.toString() : arg).toList();
	}

	public static Violation of(String field, String code, Object... args) {
		return new Violation(field, code, List.of(args));
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return code + args;
	}
}
