package gov.irs.secureaccess.sources.generator;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * Renders the demo people as the Markdown tables of docs/demo-people.md (a test keeps
 * them equal): who they are, and what each would answer to the e-Help Desk's questions
 * (AST-2), read from the same tax record the desk reads.
 */
public final class DemoPeopleTable {

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private DemoPeopleTable() {
	}

	public static String markdown(List<DemoPerson> demos) {
		StringBuilder out = new StringBuilder();
		out.append("| # | Case | Name | SSN | Date of birth | Filing status | Address on the last return | "
				+ "Financial account to enter | Phone | What it shows |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|\n");
		int n = 1;
		for (DemoPerson demo : demos) {
			TaxRecord record = demo.person().taxRecord();
			StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
			row.add(String.valueOf(n++));
			row.add(demo.label());
			row.add(record.name().fullName());
			row.add(record.ssn().formatted());
			row.add(US_DATE.format(record.dateOfBirth()));
			row.add(words(record.filingStatus().name()));
			row.add(address(record.address()));
			row.add(account(demo.accountToUse()) + demo.person()
				.refundAccountIfAny()
				.map((refund) -> "<br>Last refund deposited to: routing **" + refund.routingNumber()
						+ "**, account ending **" + refund.last4() + "**")
				.orElse(""));
			row.add(phone(demo.person().phone()));
			row.add(demo.shows());
			out.append(row);
		}
		return out.toString();
	}

	/**
	 * The caller's answers to the desk's questions (AST-2,
	 * {@code assisted/QuestionPool}): the adjusted gross income of the last return and of
	 * the prior year, the filing status, the balance due, the ZIP code of a US address,
	 * and each information document's payer and amount. Only people who already have an
	 * e-Services account reach the questions (AST-1): the demo legacy users (#2, #5,
	 * #11).
	 */
	public static String deskAnswers(List<DemoPerson> demos) {
		StringBuilder out = new StringBuilder();
		out.append("| # | Name | Adjusted gross income (last return, prior year) | Filing status | Balance due | ZIP | "
				+ "Information documents (year, form, payer: amount) |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		int n = 1;
		for (DemoPerson demo : demos) {
			TaxRecord record = demo.person().taxRecord();
			StringJoiner row = new StringJoiner(" | ", "| ", " |\n");
			row.add(String.valueOf(n++));
			row.add(record.name().fullName());
			row.add(record.returnYear() + ": $" + record.agiCurrentYear().toPlainString() + "<br>"
					+ (record.returnYear() - 1) + ": $" + record.agiPriorYear().toPlainString());
			row.add(words(record.filingStatus().name()));
			row.add("$" + record.balanceDue().toPlainString());
			row.add(record.address().isAbroad() ? "(abroad: not asked)"
					: record.address().postalCode().substring(0, 5));
			StringJoiner documents = new StringJoiner("<br>");
			documents.setEmptyValue("none");
			for (InformationDocument document : record.documents()) {
				documents.add(document.taxYear() + " " + document.formType().label() + ", " + document.payerName()
						+ ": $" + document.amount().toPlainString());
			}
			row.add(documents.toString());
			out.append(row);
		}
		return out.toString();
	}

	private static String address(Address address) {
		StringJoiner lines = new StringJoiner("<br>");
		lines.add("Line 1: " + address.line1());
		if (address.line2() != null) {
			lines.add("Line 2: " + address.line2());
		}
		lines.add("City: " + address.city());
		if (address.state() != null) {
			lines.add((address.isAbroad() ? "Province/state: " : "State: ") + address.state());
		}
		if (address.postalCode() != null) {
			lines.add((address.isAbroad() ? "Postal code: " : "ZIP: ") + address.postalCode());
		}
		lines.add("Country: " + address.country());
		return lines.toString();
	}

	private static String account(CreditAccount account) {
		String type = (account.type() == AccountType.HELOC) ? "Home equity line of credit"
				: words(account.type().name());
		String network = (account.network() != null) ? " (" + network(account.network()) + ")" : "";
		return type + network + " ending **" + account.last8().digits() + "**";
	}

	private static String phone(PhoneLine line) {
		if (line == null) {
			return "none";
		}
		String number = line.number().e164();
		String shown = number.startsWith("+1")
				? "(" + number.substring(2, 5) + ") " + number.substring(5, 8) + "-" + number.substring(8) : number;
		StringJoiner traits = new StringJoiner(", ", " (", ")");
		traits.add(line.lineType().name().toLowerCase(Locale.ROOT));
		if (line.prepaid()) {
			traits.add("prepaid");
		}
		if (!line.smsCapable()) {
			traits.add("no texts");
		}
		traits.add("billed to " + line.subscriberName());
		if (line.lastSimChange().isPresent()) {
			traits.add("SIM changed 2 days before the first start");
		}
		return shown + traits;
	}

	private static String network(CardNetwork network) {
		return switch (network) {
			case VISA -> "Visa";
			case MASTERCARD -> "Mastercard";
			case DISCOVER -> "Discover";
			case AMERICAN_EXPRESS -> "American Express";
		};
	}

	private static String words(String constant) {
		String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
