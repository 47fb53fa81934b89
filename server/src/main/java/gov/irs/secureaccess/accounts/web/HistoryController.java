package gov.irs.secureaccess.accounts.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.session.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /account/history} (DATA-4): the person's own security events from the audit log,
 * newest first, at most {@value #LIMIT}: when (Eastern time), what happened in plain
 * words ({@code history.action.<action>}, or {@code history.action.other} for an action
 * without its own text) and from which address.
 */
@Controller
class HistoryController {

	static final int LIMIT = 50;

	static final ZoneId EASTERN = ZoneId.of("America/New_York");

	/** One line of the history, ready to show. */
	record Row(String isoTime, String time, String what, String from) {
	}

	private final AuditLog audit;

	private final MessageSource messages;

	HistoryController(AuditLog audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/account/history")
	String history(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, Model model) {
		DateTimeFormatter format = DateTimeFormatter
			.ofPattern(this.messages.getMessage("history.timePattern", null, locale), locale);
		String unknownAddress = this.messages.getMessage("history.noAddress", null, locale);
		String other = this.messages.getMessage("history.action.other", null, locale);
		List<Row> rows = this.audit.forSubject("account:" + principal.accountId(), LIMIT)
			.stream()
			.map((entry) -> row(entry, format, unknownAddress, other, locale))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("limit", LIMIT);
		return "account/history";
	}

	private Row row(AuditEntry entry, DateTimeFormatter format, String unknownAddress, String other, Locale locale) {
		var eastern = entry.occurredAt().atZone(EASTERN);
		String what = this.messages.getMessage("history.action." + entry.action(), null, other, locale);
		String from = (entry.sourceAddress() != null && !entry.sourceAddress().isBlank()) ? entry.sourceAddress()
				: unknownAddress;
		return new Row(eastern.toOffsetDateTime().toString(), format.format(eastern), what, from);
	}

}
