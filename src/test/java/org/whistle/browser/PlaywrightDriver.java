package org.whistle.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import org.opentest4j.TestAbortedException;

/**
 * Everything Playwright needs to run here without its 200 MB {@code driver-bundle} and without
 * downloading a browser: the Playwright JS package ({@code playwright-core}, the same version as
 * the Playwright Java jar) run by the machine's Node.js, and Debian's Chromium.
 * <p>
 * {@code playwright-core} has no dependencies; {@code npm pack} fetches it from the npm registry
 * once and it is unpacked to {@code ~/.cache/whistle/playwright-core-VERSION/package}, the layout
 * Playwright's {@code PreinstalledDriver} expects under {@code -Dplaywright.cli.dir}. An explicit
 * {@code -Dplaywright.cli.dir} (with {@code PLAYWRIGHT_NODEJS_PATH} when Node.js is not next to
 * it) is used as it is.
 * <p>
 * Overrides: {@code WHISTLE_CHROMIUM} (default {@code /usr/bin/chromium}),
 * {@code WHISTLE_PLAYWRIGHT_CACHE} (default {@code ~/.cache/whistle}), {@code PLAYWRIGHT_NODEJS_PATH}
 * (default: {@code node} on the PATH).
 * <p>
 * A missing Chromium, Node.js or npm fails the tests when {@code CI=true} and skips them
 * otherwise; a failing npm download always fails them.
 */
final class PlaywrightDriver {

	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static Map<String, String> driverEnv;

	private PlaywrightDriver() {
	}

	/** A new Playwright whose driver is {@code playwright-core} run by the machine's Node.js. */
	static Playwright create() {
		return Playwright.create(new Playwright.CreateOptions().setEnv(ensureInstalled()));
	}

	/** Launch options for Debian's Chromium, headless. */
	static BrowserType.LaunchOptions chromium() {
		return new BrowserType.LaunchOptions().setExecutablePath(chromiumPath())
			.setHeadless(true)
			.setArgs(CHROMIUM_ARGS)
			.setTimeout(60_000);
	}

	static Path chromiumPath() {
		Path chromium = Path.of(env("WHISTLE_CHROMIUM", "/usr/bin/chromium"));
		if (!Files.isExecutable(chromium)) {
			missing("Chromium is not at " + chromium + ": install Debian's chromium package "
					+ "(apt-get install -y chromium fonts-wqy-microhei) or set WHISTLE_CHROMIUM");
		}
		return chromium;
	}

	/**
	 * Makes sure {@code playwright-core} is unpacked, points {@code playwright.cli.dir} at it and
	 * returns the environment for the driver process.
	 */
	static synchronized Map<String, String> ensureInstalled() {
		if (driverEnv != null) {
			return driverEnv;
		}
		chromiumPath();
		Map<String, String> env = new HashMap<>();
		env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		if (System.getProperty("playwright.cli.dir") == null) {
			String node = env("PLAYWRIGHT_NODEJS_PATH", null);
			if (node == null) {
				node = onPath("node");
				if (node == null) {
					missing("Node.js (node) is not on the PATH: the Playwright driver runs on it "
							+ "(apt-get install -y nodejs npm, or set PLAYWRIGHT_NODEJS_PATH)");
				}
			}
			env.put("PLAYWRIGHT_NODEJS_PATH", node);
			System.setProperty("playwright.cli.dir", install(playwrightVersion()).toString());
		}
		driverEnv = Map.copyOf(env);
		return driverEnv;
	}

	/** The version of the Playwright Java jar on the class path, e.g. 1.58.0. */
	static String playwrightVersion() {
		try (InputStream in = Playwright.class
			.getResourceAsStream("/META-INF/maven/com.microsoft.playwright/playwright/pom.properties")) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version");
				if (version != null && !version.isBlank()) {
					return version.trim();
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		String version = Playwright.class.getPackage().getImplementationVersion();
		if (version == null) {
			throw new IllegalStateException("Cannot tell the version of the Playwright jar");
		}
		return version;
	}

	/** The driver directory for {@code version}: it holds {@code package/cli.js}. */
	private static Path install(String version) {
		Path cache = Path.of(env("WHISTLE_PLAYWRIGHT_CACHE",
				System.getProperty("user.home") + File.separator + ".cache" + File.separator + "whistle"));
		if (!Files.isDirectory(cache)) {
			try {
				Files.createDirectories(cache);
			}
			catch (IOException e) {
				// a home without a writable cache: keep the driver with the build instead
				cache = Path.of("target", "playwright-driver").toAbsolutePath();
			}
		}
		Path dir = cache.resolve("playwright-core-" + version);
		if (Files.isRegularFile(dir.resolve("package/cli.js"))) {
			return dir;
		}
		String npm = onPath("npm");
		if (npm == null) {
			missing("npm is not on the PATH: it fetches playwright-core@" + version
					+ " for the Playwright driver (apt-get install -y npm)");
		}
		Path staging = null;
		try {
			Files.createDirectories(cache);
			staging = Files.createTempDirectory(cache, "playwright-core-" + version + "-");
			run(staging, npm, "pack", "playwright-core@" + version, "--pack-destination", staging.toString(),
					"--silent", "--no-fund", "--no-audit", "--no-update-notifier");
			Path tarball;
			try (Stream<Path> files = Files.list(staging)) {
				tarball = files.filter(f -> f.getFileName().toString().endsWith(".tgz"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("npm pack left no .tgz in the staging directory"));
			}
			run(staging, "tar", "-xzf", tarball.getFileName().toString());
			Files.delete(tarball);
			if (!Files.isRegularFile(staging.resolve("package/cli.js"))) {
				throw new IllegalStateException("playwright-core@" + version + " has no package/cli.js");
			}
			try {
				Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system
			}
			try {
				Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
				staging = null;
			}
			catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
				// another build installed it at the same time
				if (!Files.isRegularFile(dir.resolve("package/cli.js"))) {
					throw e;
				}
			}
			return dir;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Installing playwright-core@" + version + " into " + dir + " failed", e);
		}
		finally {
			if (staging != null) {
				deleteQuietly(staging);
			}
		}
	}

	private static void run(Path dir, String... command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put("npm_config_update_notifier", "false");
		builder.environment().put("npm_config_fund", "false");
		Process process = builder.start();
		String output;
		try {
			output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " took over 5 minutes");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n" + output);
		}
	}

	private static String onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String entry : path.split(File.pathSeparator)) {
			if (entry.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(entry, program);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}

	/** Fails in CI, skips on a developer's machine. */
	private static void missing(String message) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("Browser tests cannot run: " + message);
		}
		throw new TestAbortedException("Browser tests skipped: " + message + " (with CI=true this fails)");
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
			for (Path p : all) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException e) {
			// best effort
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
