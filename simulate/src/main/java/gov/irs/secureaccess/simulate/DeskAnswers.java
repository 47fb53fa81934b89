package gov.irs.secureaccess.simulate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import gov.irs.secureaccess.assisted.DeskQuestion;
import gov.irs.secureaccess.assisted.QuestionPool;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.context.MessageSource;

/**
 * The caller's side of the e-Help Desk's questions (AST-2): the assistor reads each
 * question from the page; the caller, with their returns at hand, answers from their own
 * return (the record the simulation wrote for them), all right or, with the profile's
 * odds, one wrong. The simulation matches a question's text to the return's facts by the
 * same wording the page uses.
 */
final class DeskAnswers {

	private final MessageSource messages;

	/**
	 * The service's own keyed hash: the desk's choices are drawn with it, so the caller
	 * sees the same ones.
	 */
	private final KeyedHash keys;

	DeskAnswers(MessageSource messages, KeyedHash keys) {
		this.messages = messages;
		this.keys = keys;
	}

	Map<String, String> of(TaxRecord record, Browser.Page page, boolean allRight, Random random) {
		Map<String, List<DeskQuestion>> byText = new HashMap<>();
		for (DeskQuestion question : QuestionPool.of(record, this.keys).all()) {
			byText.computeIfAbsent(text(question), (t) -> new ArrayList<>()).add(question);
		}
		Map<String, String> answers = new HashMap<>();
		List<String> names = page.document().select("form[action=/assist/answers] [name^=answer]").eachAttr("name");
		names = names.stream().distinct().toList();
		int wrong = allRight ? -1 : random.nextInt(Math.max(1, names.size()));
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			String asked = asked(page, name);
			List<String> shown = page.document().select("input[type=radio][name=" + name + "]").eachAttr("value");
			// Two documents of one form and year read the same: the choices shown tell
			// which one is asked.
			DeskQuestion question = byText.getOrDefault(asked, List.of())
				.stream()
				.filter((q) -> shown.isEmpty() || new HashSet<>(q.choices()).equals(new HashSet<>(shown)))
				.findFirst()
				.orElseGet(() -> byChoices(byText, shown));
			String answer = (question != null) ? question.expected() : "0";
			if (i == wrong && question != null) {
				answer = wrongAnswer(question);
			}
			answers.put(name, answer);
		}
		return answers;
	}

	/**
	 * A choice question whose wording did not match: the one the choices shown belong to,
	 * if only one.
	 */
	private static DeskQuestion byChoices(Map<String, List<DeskQuestion>> byText, List<String> shown) {
		if (shown.isEmpty()) {
			return null;
		}
		List<DeskQuestion> matching = byText.values()
			.stream()
			.flatMap(List::stream)
			.filter((q) -> new HashSet<>(q.choices()).equals(new HashSet<>(shown)))
			.toList();
		return (matching.size() == 1) ? matching.get(0) : null;
	}

	private static String asked(Browser.Page page, String name) {
		Element label = page.document().selectFirst("label[for=" + name + "]");
		if (label != null) {
			return label.text();
		}
		Element input = page.document().selectFirst("input[name=" + name + "]");
		Element fieldset = (input != null) ? input.closest("fieldset") : null;
		Element legend = (fieldset != null) ? fieldset.selectFirst("legend") : null;
		return (legend != null) ? legend.text() : "";
	}

	private String text(DeskQuestion question) {
		return Jsoup
			.parse(this.messages.getMessage(question.messageKey(), question.arguments().toArray(), Locale.ENGLISH))
			.text();
	}

	private static String wrongAnswer(DeskQuestion question) {
		return switch (question.kind()) {
			case AMOUNT -> new BigDecimal(question.expected()).add(new BigDecimal("1250")).toPlainString();
			case ZIP -> question.expected().startsWith("9") ? "10001" : "94110";
			case CHOICE -> question.choices()
				.stream()
				.filter((choice) -> !choice.equals(question.expected()))
				.findFirst()
				.orElse(question.expected());
		};
	}

}
