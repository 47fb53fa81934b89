package gov.irs.secureaccess.accounts.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.platform.web.SupportedLanguages;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The current e-Services User Agreement (SIGN-8): its version and its text in each
 * language, read once at start-up from
 * {@code classpath:agreements/<version>/<language>.txt}. A missing text stops the start,
 * so nobody is ever asked to accept a version they cannot read. In the files, paragraphs
 * are separated by a blank line; a paragraph starting with {@code "# "} is a heading.
 */
@Component
public class UserAgreement {

	/** A piece of the text: a heading or a paragraph. */
	public record Block(boolean heading, String text) {
	}

	private final String version;

	private final Map<String, List<Block>> texts;

	UserAgreement(AgreementSettings settings) {
		this.version = settings.currentVersion();
		Map<String, List<Block>> byLanguage = new HashMap<>();
		for (Locale language : SupportedLanguages.ALL) {
			byLanguage.put(language.getLanguage(), read(this.version, language.getLanguage()));
		}
		this.texts = Map.copyOf(byLanguage);
	}

	public String currentVersion() {
		return this.version;
	}

	/**
	 * The text in the person's language (English when the language is not one we serve).
	 */
	public List<Block> text(Locale locale) {
		return this.texts.get(SupportedLanguages.supportedOrDefault(locale).getLanguage());
	}

	static List<Block> read(String version, String language) {
		ClassPathResource resource = new ClassPathResource("agreements/" + version + "/" + language + ".txt");
		if (!resource.exists()) {
			throw new IllegalStateException("No text for e-Services User Agreement version " + version + " in "
					+ language + ": add " + resource.getPath() + " or set secure-access.agreement.current-version");
		}
		String text;
		try (InputStream in = resource.getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Block> blocks = new ArrayList<>();
		for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
			String joined = paragraph.strip().replaceAll("\\s*\n\\s*", " ");
			if (joined.startsWith("# ")) {
				blocks.add(new Block(true, joined.substring(2).strip()));
			}
			else if (!joined.isEmpty()) {
				blocks.add(new Block(false, joined));
			}
		}
		if (blocks.isEmpty()) {
			throw new IllegalStateException(
					"The text of e-Services User Agreement version " + version + " in " + language + " is empty");
		}
		return List.copyOf(blocks);
	}

}
