package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The population profile and the run's settings: {@code population-profile.properties}
 * (the shared profile's numbers, in this module's resources) with any
 * {@code --name=value} of the command line on top. A name the file does not declare is
 * refused, so a misspelt override never passes unnoticed.
 */
public final class Profile {

	public static final String DEFAULTS = "/population-profile.properties";

	private final Map<String, String> values;

	private final Map<String, String> overridden;

	private Profile(Map<String, String> values, Map<String, String> overridden) {
		this.values = values;
		this.overridden = overridden;
	}

	public static Profile defaults() {
		return withOverrides(List.of());
	}

	/**
	 * The defaults with {@code --name=value} arguments applied; other arguments are
	 * refused.
	 */
	public static Profile withOverrides(List<String> args) {
		Map<String, String> values = load();
		Map<String, String> overridden = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				problems.add("not a --name=value setting: " + arg);
				continue;
			}
			String name = arg.substring(2, arg.indexOf('='));
			String value = arg.substring(arg.indexOf('=') + 1).strip();
			if (!values.containsKey(name)) {
				problems.add("unknown setting --" + name + " (see " + DEFAULTS.substring(1) + ")");
				continue;
			}
			values.put(name, value);
			overridden.put(name, value);
		}
		Profile profile = new Profile(values, overridden);
		problems.addAll(profile.check());
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", problems));
		}
		return profile;
	}

	private static Map<String, String> load() {
		Properties properties = new Properties();
		try (InputStream in = Profile.class.getResourceAsStream(DEFAULTS)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> values = new LinkedHashMap<>();
		// Keep the file's order for printing.
		try (InputStream in = Profile.class.getResourceAsStream(DEFAULTS)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				int eq = line.indexOf('=');
				if (!line.startsWith("#") && eq > 0) {
					String name = line.substring(0, eq).strip();
					values.put(name, properties.getProperty(name).strip());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return values;
	}

	private List<String> check() {
		List<String> problems = new ArrayList<>();
		this.values.forEach((name, value) -> {
			if (isShare(name)) {
				try {
					double share = Double.parseDouble(value);
					if (share < 0 || share > 1) {
						problems.add("--" + name + " must be between 0 and 1");
					}
				}
				catch (NumberFormatException ex) {
					problems.add("--" + name + " must be a number between 0 and 1");
				}
			}
		});
		for (String name : List.of("honest", "impostors", "threads", "behaviour.letter-days-min",
				"behaviour.letter-days-max", "impostor.sim-swap-days-min", "impostor.sim-swap-days-max", "seed",
				"service.argon2-memory-kib", "service.argon2-iterations")) {
			try {
				if (Long.parseLong(this.values.get(name)) < 0) {
					problems.add("--" + name + " must not be negative");
				}
			}
			catch (NumberFormatException ex) {
				problems.add("--" + name + " must be a whole number");
			}
		}
		if (problems.isEmpty()) {
			if (integer("behaviour.letter-days-max") < integer("behaviour.letter-days-min")) {
				problems.add("--behaviour.letter-days-max is below --behaviour.letter-days-min");
			}
			if (integer("threads") < 1) {
				problems.add("--threads must be at least 1");
			}
			if (integer("service.argon2-memory-kib") < 8 || integer("service.argon2-iterations") < 1) {
				problems
					.add("--service.argon2-memory-kib must be at least 8 and --service.argon2-iterations at least 1");
			}
			double kinds = share("impostor.breach-basic") + share("impostor.full-identity")
					+ share("impostor.identity-and-card") + share("impostor.identity-card-sim-swap")
					+ share("impostor.identity-and-returns") + share("impostor.credential-stuffing");
			if (Math.abs(kinds - 1) > 1e-9) {
				problems.add("the impostor kinds must add up to 1 (they add up to " + kinds + ")");
			}
			if (share("honest.credit-card") + share("honest.amex-only") + share("honest.corporate-only") > 1) {
				problems.add(
						"credit card, American Express only and corporate only are one trait: they add up to more than 1");
			}
		}
		return problems;
	}

	private static boolean isShare(String name) {
		return (name.startsWith("honest.") || name.startsWith("impostor.") || name.startsWith("behaviour.")
				|| name.startsWith("assumption.")) && !name.contains("days");
	}

	public double share(String name) {
		return Double.parseDouble(require(name));
	}

	public int integer(String name) {
		return Integer.parseInt(require(name));
	}

	public long number(String name) {
		return Long.parseLong(require(name));
	}

	public String text(String name) {
		return require(name);
	}

	public boolean flag(String name) {
		return Boolean.parseBoolean(require(name));
	}

	private String require(String name) {
		String value = this.values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no setting " + name);
		}
		return value;
	}

	/** Every setting in the file's order, as run. */
	public Map<String, String> all() {
		return Map.copyOf(this.values).isEmpty() ? Map.of() : Collections.unmodifiableMap(this.values);
	}

	/** The settings given on the command line. */
	public Map<String, String> overridden() {
		return Collections.unmodifiableMap(this.overridden);
	}

}
