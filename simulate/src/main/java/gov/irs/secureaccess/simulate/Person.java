package gov.irs.secureaccess.simulate;

import java.time.Instant;
import java.util.List;

import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * One synthetic person as the simulation knows them: the tax record the IRS holds, what
 * they have at hand (accounts, phones, their refund account, an e-Services login) and the
 * traits the profile drew for them. The sources are written from this, so they agree with
 * the traits.
 */
final class Person {

	/** A card or loan in the person's name, and whether the bureau's file lists it. */
	record Account(String type, String network, String last8) {

		boolean isCard() {
			return this.type.endsWith("_CARD");
		}

	}

	/**
	 * A phone line the person holds; {@code subscriberSince}: since when the carrier has
	 * had the subscriber's name on it (prepaid lines only; null otherwise).
	 */
	record Phone(String e164, String lineType, String subscriberName, boolean prepaid, Instant simChangedAt,
			Instant subscriberSince) {

		Phone(String e164, String lineType, String subscriberName, boolean prepaid, Instant simChangedAt) {
			this(e164, lineType, subscriberName, prepaid, simChangedAt, null);
		}

		boolean isMobile() {
			return "MOBILE".equals(this.lineType);
		}

	}

	/** The bank account of the last refund (REG-14), as the return names it. */
	record Refund(String routingNumber, String last4) {
	}

	/**
	 * The first-try slips of the profile: which part of the identity form is typed wrong
	 * first.
	 */
	enum Typo {

		NONE, SSN, DATE_OF_BIRTH, ADDRESS

	}

	final int index;

	final TaxRecord record;

	/** Where the person lives now: the record's address, or a new one after a move. */
	final Address livesAt;

	final boolean moved;

	final boolean otherForm;

	final Typo typo;

	final boolean wrongFilingStatus;

	/** False: credit invisible, the bureau has no file. */
	final boolean creditFile;

	final boolean frozen;

	final List<Account> accounts;

	final Refund refund;

	final Phone mobile;

	final Phone landline;

	final String email;

	/** The legacy e-Services login (AST-1), or null. */
	final String eServicesUsername;

	Person(int index, TaxRecord record, Address livesAt, boolean moved, boolean otherForm, Typo typo,
			boolean wrongFilingStatus, boolean creditFile, boolean frozen, List<Account> accounts, Refund refund,
			Phone mobile, Phone landline, String email, String eServicesUsername) {
		this.index = index;
		this.record = record;
		this.livesAt = livesAt;
		this.moved = moved;
		this.otherForm = otherForm;
		this.typo = typo;
		this.wrongFilingStatus = wrongFilingStatus;
		this.creditFile = creditFile;
		this.frozen = frozen;
		this.accounts = accounts;
		this.refund = refund;
		this.mobile = mobile;
		this.landline = landline;
		this.email = email;
		this.eServicesUsername = eServicesUsername;
	}

	String fullName() {
		return this.record.name().fullName();
	}

	boolean isEServicesUser() {
		return this.eServicesUsername != null;
	}

	boolean abroad() {
		return this.record.address().isAbroad();
	}

	@Override
	public String toString() {
		return "Person#" + this.index;
	}

}
