package gov.irs.secureaccess.signin;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The end of every sign-in (SIGN-1, SIGN-6): the session id changes, the time of sign-in and the second factor are
 * recorded ({@link SigninAssurance}), and the account becomes the session's principal. Used by {@code /sign-in} and by
 * the move of a legacy e-Services account (REG-10, REG-11), which ends signed in.
 */
@Component
public final class SignedInSession {

	private final Accounts accounts;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignedInSession(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Signs the account in, with {@code factor} ({@code sms}, {@code app} or {@code passkey}) as its second factor. */
	public void establish(long accountId, String factor, HttpServletRequest request, HttpServletResponse response) {
		AccountLogin login = this.accounts.findLogin(accountId).orElseThrow();
		request.getSession().removeAttribute(SigninController.JOURNEY);
		request.changeSessionId();
		request.getSession().setAttribute(SigninController.SIGNED_IN_AT, this.clock.millis());
		request.getSession().setAttribute(SigninAssurance.FACTOR, factor);
		request.getSession()
			.setAttribute(SigninAssurance.PHISHING_RESISTANT, SigninStates.FACTOR_PASSKEY.equals(factor));
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
				new AccountPrincipal(accountId, login.username(), login.loa()), null,
				List.of(new SimpleGrantedAuthority("ROLE_ACCOUNT")));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
