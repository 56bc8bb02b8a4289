package org.whistle.classifier.model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Model;

import org.whistle.classifier.Suggestion;

/**
 * A trained classifier: the categories, the feature space and liblinear's model. Safe for
 * concurrent use; it is never changed once built. Saved as gzip: a header, the categories, the
 * feature keys and idf, then liblinear's own model file.
 */
public final class TextClassifier {

	private static final String FORMAT = "whistle-classifier/1";

	private final List<String> categories;

	private final FeatureSpace features;

	private final Learner learner;

	private final Model model;

	/** Per class of the model (liblinear's label order), the index into {@code categories}. */
	private final int[] categoryOfClass;

	private final ThreadLocal<TextFeatures> extractors = ThreadLocal.withInitial(TextFeatures::new);

	TextClassifier(List<String> categories, FeatureSpace features, Learner learner, Model model) {
		this.categories = List.copyOf(categories);
		this.features = features;
		this.learner = learner;
		this.model = model;
		this.categoryOfClass = model.getLabels();
	}

	public List<String> categories() {
		return categories;
	}

	public Learner learner() {
		return learner;
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
		Feature[] vector = features.vector(keys);
		double[] probabilities = learner.probabilities(model, vector);
		List<Suggestion> ranked = new ArrayList<>(probabilities.length);
		for (int i = 0; i < probabilities.length; i++) {
			ranked.add(new Suggestion(categories.get(categoryOfClass[i]), probabilities[i]));
		}
		ranked.sort(Comparator.comparingDouble(Suggestion::probability).reversed()
			.thenComparing(Suggestion::category));
		return ranked;
	}

	public void save(OutputStream target) throws IOException {
		var zip = new GZIPOutputStream(target);
		var out = new DataOutputStream(zip);
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
		var modelText = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(modelText, StandardCharsets.US_ASCII)) {
			model.save(writer);
		}
		out.writeInt(modelText.size());
		modelText.writeTo(out);
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
			in = new DataInputStream(new GZIPInputStream(source));
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
		byte[] modelText = in.readNBytes(in.readInt());
		Model model = Model.load(new InputStreamReader(new java.io.ByteArrayInputStream(modelText),
				StandardCharsets.US_ASCII));
		return new TextClassifier(categories, new FeatureSpace(keys, idf, wordWeight), learner, model);
	}
}
