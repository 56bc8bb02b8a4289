package org.whistle.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {

	/**
	 * Six answers, worked by hand:
	 *
	 * <pre>
	 * expected  answered
	 * A         A        right
	 * A         A        right
	 * A         B        A: FN, B: FP
	 * B         B        right
	 * B         C        B: FN, C: FP
	 * C         C        right
	 * </pre>
	 *
	 * accuracy = 4/6 = 0.6667. A: TP 2, FP 0, FN 1 → F1 = 4/5 = 0.8. B: TP 1, FP 1, FN 1 → 2/4 = 0.5.
	 * C: TP 1, FP 1, FN 0 → 2/3. macro-F1 = (0.8 + 0.5 + 0.6667) / 3 = 0.6556.
	 */
	@Test
	void accuracy_and_macro_f1_of_a_small_hand_checked_set() {
		var evaluation = new Evaluation();
		evaluation.add("A", "A");
		evaluation.add("A", "A");
		evaluation.add("A", "B");
		evaluation.add("B", "B");
		evaluation.add("B", "C");
		evaluation.add("C", "C");

		assertThat(evaluation.total()).isEqualTo(6);
		assertThat(evaluation.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
		assertThat(evaluation.f1("A")).isCloseTo(0.8, within(1e-12));
		assertThat(evaluation.f1("B")).isCloseTo(0.5, within(1e-12));
		assertThat(evaluation.f1("C")).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(evaluation.macroF1()).isCloseTo((0.8 + 0.5 + 2.0 / 3) / 3, within(1e-12));
		assertThat(evaluation.summary()).isEqualTo("accuracy=0.6667 macroF1=0.6556");
	}

	/** A label only ever answered, never expected, counts in the mean with F1 0 (TP 0, FP 1). */
	@Test
	void a_label_answered_but_never_expected_pulls_macro_f1_down() {
		var evaluation = new Evaluation();
		evaluation.add("A", "A");
		evaluation.add("A", "Z");

		// A: TP 1, FN 1 → 2/3; Z: 0 → mean 1/3
		assertThat(evaluation.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(evaluation.summary()).isEqualTo("accuracy=0.5000 macroF1=0.3333");
	}

	@Test
	void nothing_evaluated_is_zero_not_an_error() {
		assertThat(new Evaluation().summary()).isEqualTo("accuracy=0.0000 macroF1=0.0000");
	}
}
