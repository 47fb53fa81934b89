package gov.irs.secureaccess.simulate;

/**
 * An impostor (the profile's impostor table): a kind, the victim they target, and their
 * own name, email, phone and address, which they use wherever they can type one. They
 * never get the victim's mail, email or texts, except texts to a number whose SIM they
 * swapped.
 */
final class Impostor {

	enum Kind {

		/** Name, SSN and date of birth from a breach; an old or guessed address. */
		BREACH_BASIC("impostor.breach-basic"),
		/** Name, SSN, date of birth, filing status and the address on the last return. */
		FULL_IDENTITY("impostor.full-identity"),
		/** The full identity and the victim's credit card number. */
		IDENTITY_AND_CARD("impostor.identity-and-card"),
		/**
		 * The full identity, the card, and a SIM swap of the victim's mobile number 1 to
		 * 3 days ago.
		 */
		IDENTITY_CARD_SIM_SWAP("impostor.identity-card-sim-swap"),
		/**
		 * The full identity and the victim's last two returns (for the e-Help Desk's
		 * questions).
		 */
		IDENTITY_AND_RETURNS("impostor.identity-and-returns"),
		/**
		 * The username and password of a registered victim, from another site's breach.
		 */
		CREDENTIAL_STUFFING("impostor.credential-stuffing");

		final String setting;

		Kind(String setting) {
			this.setting = setting;
		}

	}

	final int index;

	final Kind kind;

	final Person victim;

	final String ownFirstName;

	final String ownLastName;

	final String ownEmail;

	/** The impostor's own mobile, in their own name. */
	final String ownPhone;

	/** For a SIM swap: the victim's number, now in the impostor's hands. */
	final String swappedPhone;

	Impostor(int index, Kind kind, Person victim, String ownFirstName, String ownLastName, String ownEmail,
			String ownPhone, String swappedPhone) {
		this.index = index;
		this.kind = kind;
		this.victim = victim;
		this.ownFirstName = ownFirstName;
		this.ownLastName = ownLastName;
		this.ownEmail = ownEmail;
		this.ownPhone = ownPhone;
		this.swappedPhone = swappedPhone;
	}

	boolean holdsCard() {
		return this.kind == Kind.IDENTITY_AND_CARD || this.kind == Kind.IDENTITY_CARD_SIM_SWAP;
	}

	boolean holdsFullIdentity() {
		return this.kind != Kind.BREACH_BASIC && this.kind != Kind.CREDENTIAL_STUFFING;
	}

	@Override
	public String toString() {
		return "Impostor#" + this.index + "[" + this.kind + "]";
	}

}
