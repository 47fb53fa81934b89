package gov.irs.secureaccess.assisted;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The staff roles (AST-4): an e-Help Desk assistor, a Taxpayer Assistance Center officer,
 * or an analyst (OUT-1).
 */
public enum StaffRole {

	/** Works {@code /assist}: exception processing by phone (AST-1, AST-2). */
	ASSISTOR("/assist"),

	/** Works {@code /tac}: records an in-person identity check (AST-3). */
	TAC("/tac"),

	/**
	 * Reads {@code /insights}: the verification-rate reports (OUT-1), which hold no PII.
	 */
	ANALYST("/insights");

	private final String home;

	StaffRole(String home) {
		this.home = home;
	}

	/**
	 * The Spring Security authority: {@code ROLE_ASSISTOR}, {@code ROLE_TAC} or
	 * {@code ROLE_ANALYST}.
	 */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The role's first page. */
	public String home() {
		return this.home;
	}

	public static Optional<StaffRole> parse(String text) {
		for (StaffRole role : values()) {
			if (role.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
