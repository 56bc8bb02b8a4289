package org.whistle.classifier.model;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;


import org.whistle.classifier.Suggestion;

/**
 * A trained classifier: the categories, the feature space and the weights liblinear learnt. Safe
 * for concurrent use; it is never changed once built. Saved as gzip of a header, the categories,
 * the learner, the feature keys with their idf, and the weights.
 */
public final class TextClassifier {

	private static final String FORMAT = "whistle-classifier/2";

	private final List<String> categories;

	private final FeatureSpace features;

	private final Learner learner;

	private final LinearWeights weights;

	/** Per class of the weights (liblinear's label order), the index into {@code categories}. */
	private final int[] categoryOfClass;

	private final ThreadLocal<TextFeatures> extractors = ThreadLocal.withInitial(TextFeatures::new);

	TextClassifier(List<String> categories, FeatureSpace features, Learner learner, LinearWeights weights,
			int[] categoryOfClass) {
		if (weights.classes() != categoryOfClass.length) {
			throw new IllegalArgumentException("the weights are for " + weights.classes() + " classes, not "
					+ categoryOfClass.length);
		}
		this.categories = List.copyOf(categories);
		this.features = features;
		this.learner = learner;
		this.weights = weights;
		this.categoryOfClass = categoryOfClass.clone();
	}

	public List<String> categories() {
		return categories;
	}

	public Learner learner() {
		return learner;
	}

	/** How many features (words and character n-grams) the model knows. */
	public int featureCount() {
		return features.dimensions() - 1;
	}

	/** The most probable category. */
	public String classify(String text) {
		return rank(text).get(0).category();
	}

	/** Every category with its probability, most probable first. */
	public List<Suggestion> rank(String text) {
		return rank(extractors.get().of(text));
	}

	List<Suggestion> rank(TextFeatures.Keys keys) {
		double[] probabilities = learner.probabilities(features.decisionValues(keys, weights));
		List<Suggestion> ranked = new ArrayList<>(probabilities.length);
		for (int i = 0; i < probabilities.length; i++) {
			ranked.add(new Suggestion(categories.get(categoryOfClass[i]), probabilities[i]));
		}
		ranked.sort(Comparator.comparingDouble(Suggestion::probability).reversed()
			.thenComparing(Suggestion::category));
		return ranked;
	}

	public void save(OutputStream target) throws IOException {
		var zip = new GZIPOutputStream(target, 1 << 16);
		var out = new DataOutputStream(new java.io.BufferedOutputStream(zip, 1 << 16));
		out.writeUTF(FORMAT);
		out.writeUTF(learner.name());
		out.writeInt(categories.size());
		for (String category : categories) {
			out.writeUTF(category);
		}
		out.writeFloat(features.wordWeight());
		long[] keys = features.keys();
		float[] idf = features.idf();
		out.writeInt(keys.length);
		for (int i = 0; i < keys.length; i++) {
			out.writeLong(keys[i]);
			out.writeFloat(idf[i]);
		}
		out.writeInt(categoryOfClass.length);
		for (int category : categoryOfClass) {
			out.writeInt(category);
		}
		float[] learnt = weights.weights();
		out.writeInt(learnt.length);
		for (float weight : learnt) {
			out.writeFloat(weight);
		}
		out.flush();
		zip.finish();
	}

	public byte[] bytes() {
		var bytes = new ByteArrayOutputStream();
		try {
			save(bytes);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

	/** Reads what {@link #save} wrote; refuses anything else with an {@link IOException}. */
	public static TextClassifier load(InputStream source) throws IOException {
		DataInputStream in;
		try {
			in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16));
			if (!FORMAT.equals(in.readUTF())) {
				throw new IOException("not a Whistle classifier model");
			}
		}
		catch (java.util.zip.ZipException | java.io.UTFDataFormatException | java.io.EOFException e) {
			throw new IOException("not a Whistle classifier model", e);
		}
		Learner learner = Learner.valueOf(in.readUTF());
		int count = in.readInt();
		List<String> categories = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			categories.add(in.readUTF());
		}
		float wordWeight = in.readFloat();
		int size = in.readInt();
		long[] keys = new long[size];
		float[] idf = new float[size];
		for (int i = 0; i < size; i++) {
			keys[i] = in.readLong();
			idf[i] = in.readFloat();
		}
		int[] categoryOfClass = new int[in.readInt()];
		for (int i = 0; i < categoryOfClass.length; i++) {
			categoryOfClass[i] = in.readInt();
		}
		float[] learnt = new float[in.readInt()];
		for (int i = 0; i < learnt.length; i++) {
			learnt[i] = in.readFloat();
		}
		return new TextClassifier(categories, new FeatureSpace(keys, idf, wordWeight), learner,
				new LinearWeights(learnt, categoryOfClass.length), categoryOfClass);
	}
}
