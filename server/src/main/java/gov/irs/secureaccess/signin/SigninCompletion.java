package gov.irs.secureaccess.signin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/**
 * What another capability has to say when a sign-in has passed its second factor, before
 * the session is signed in (beans of this type are asked in order):
 * <ul>
 * <li>{@link #holdAt}: a page the person must pass first, e.g. a temporary password to
 * change. The session is then not signed in; it holds the finished sign-in until
 * {@link SessionSignIn#release} (the password alone reaches nothing else).</li>
 * <li>{@link #authorities}: authorities beyond {@code ROLE_ACCOUNT}, e.g. staff roles
 * (AST-4), which may depend on the second factor used ({@link SigninStates#FACTOR_SMS},
 * {@code app} or {@code passkey}).</li>
 * <li>{@link #landing}: where to go after signing in instead of {@code /account}.</li>
 * </ul>
 */
public interface SigninCompletion {

	default Optional<String> holdAt(long accountId) {
		return Optional.empty();
	}

	default Collection<? extends GrantedAuthority> authorities(long accountId, String factor) {
		return List.of();
	}

	default Optional<String> landing(Collection<? extends GrantedAuthority> authorities) {
		return Optional.empty();
	}

}
