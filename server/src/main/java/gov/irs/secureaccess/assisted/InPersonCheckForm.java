package gov.irs.secureaccess.assisted;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.sources.Ssn;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * AST-3: what the Taxpayer Assistance Center officer records of an in-person check, as
 * typed, with the mistakes of form declared as Bean Validation constraints (each message
 * is the key the page shows). Whether the person is on file and the documents match is
 * the desk's business ({@link TacDesk#record}), not the form's. Every value is stripped
 * and cut at 200 characters; the SSN and the last 4 digits of the documents are never
 * shown back.
 */
public record InPersonCheckForm(String caseNumber, String ssn,
		@NotEmpty(message = "assist.error.lastName") String lastName, String firstType, String firstLast4,
		String secondType, String secondLast4,
		@Size(min = 2, max = TacController.MAX_OFFICE, message = "tac.error.office") String office) {

	/**
	 * The order the page reports mistakes in, one at a time, top of the form first: the
	 * first violated property of this list is the one shown.
	 */
	static final List<String> ORDER = List.of("caseNumberReadable", "ssnReadable", "lastName", "typesChosen",
			"typesDifferent", "last4sOnly", "office");

	private static final int LONGEST = 200;

	public InPersonCheckForm {
		caseNumber = clean(caseNumber);
		ssn = (ssn != null) ? ssn : "";
		lastName = clean(lastName);
		firstType = clean(firstType);
		firstLast4 = (firstLast4 != null) ? firstLast4.strip() : "";
		secondType = clean(secondType);
		secondLast4 = (secondLast4 != null) ? secondLast4.strip() : "";
		office = clean(office);
	}

	@AssertTrue(message = "tac.error.caseNumber")
	public boolean isCaseNumberReadable() {
		return CaseNumber.parse(this.caseNumber).isPresent();
	}

	@AssertTrue(message = "assist.error.ssn")
	public boolean isSsnReadable() {
		try {
			Ssn.parse(this.ssn);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@AssertTrue(message = "tac.error.types")
	public boolean isTypesChosen() {
		return idType(this.firstType).isPresent() && idType(this.secondType).isPresent();
	}

	/** Two different documents; only asked once both are chosen. */
	@AssertTrue(message = "tac.error.sameType")
	public boolean isTypesDifferent() {
		return !isTypesChosen() || !this.firstType.equals(this.secondType);
	}

	/**
	 * Only the last 4: anything longer is refused, not cut, so a full number is never
	 * kept by mistake.
	 */
	@AssertTrue(message = "tac.error.last4")
	public boolean isLast4sOnly() {
		return InPersonChecks.isLast4(this.firstLast4) && InPersonChecks.isLast4(this.secondLast4);
	}

	/** The first mistake in {@link #ORDER}, as the key of its message, or empty. */
	Optional<Mistake> firstMistake(Validator validator) {
		Set<ConstraintViolation<InPersonCheckForm>> violations = validator.validate(this);
		return violations.stream()
			.min(Comparator.comparingInt((violation) -> ORDER.indexOf(violation.getPropertyPath().toString())))
			.map((violation) -> new Mistake(violation.getPropertyPath().toString(), violation.getMessage()));
	}

	/** The values the page shows again after a mistake: never the SSN or a last 4. */
	Map<String, String> shownAgain() {
		return Map.of("caseNumber", this.caseNumber, "lastName", this.lastName, "firstType", this.firstType,
				"secondType", this.secondType, "office", this.office);
	}

	IdType first() {
		return idType(this.firstType).orElseThrow();
	}

	IdType second() {
		return idType(this.secondType).orElseThrow();
	}

	CaseNumber number() {
		return CaseNumber.parse(this.caseNumber).orElseThrow();
	}

	Ssn parsedSsn() {
		return Ssn.parse(this.ssn);
	}

	@Override
	public String toString() {
		return "InPersonCheckForm[" + this.caseNumber + "]";
	}

	private static Optional<IdType> idType(String value) {
		return Arrays.stream(IdType.values()).filter((type) -> type.name().equals(value)).findFirst();
	}

	private static String clean(String value) {
		String stripped = (value != null) ? value.strip() : "";
		return (stripped.length() > LONGEST) ? stripped.substring(0, LONGEST) : stripped;
	}

	/** A mistake of form: the property and the message key. */
	record Mistake(String property, String messageKey) {

	}

}
