package gov.irs.secureaccess.assisted;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.signin.SigninCompletion;

import org.springframework.core.annotation.Order;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * AST-4: a staff account's roles become authorities of its session only when it signed in
 * with strong multi-factor authentication: an authenticator app or a passkey. A sign-in
 * with a texted code (were a staff account ever to have a phone) gets no staff role, so
 * {@code /assist} and {@code /tac} stay closed to it. Staff land on their role's page.
 */
@Component
@Order(20)
class StaffSignin implements SigninCompletion {

	/**
	 * The second factors strong enough for staff: {@code SigninStates.FACTOR_APP} and
	 * {@code FACTOR_PASSKEY}.
	 */
	static final Set<String> STRONG_FACTORS = Set.of("app", "passkey");

	private final StaffRoles roles;

	StaffSignin(StaffRoles roles) {
		this.roles = roles;
	}

	@Override
	public Collection<? extends GrantedAuthority> authorities(long accountId, String factor) {
		if (!STRONG_FACTORS.contains(factor)) {
			return List.of();
		}
		return this.roles.of(accountId).stream().map(StaffRole::authority).toList();
	}

	@Override
	public Optional<String> landing(Collection<? extends GrantedAuthority> authorities) {
		for (StaffRole role : StaffRole.values()) {
			if (authorities.stream()
				.anyMatch((granted) -> granted.getAuthority().equals(role.authority().getAuthority()))) {
				return Optional.of(role.home());
			}
		}
		return Optional.empty();
	}

}
