package gov.irs.secureaccess.factors.totp;

import java.util.Locale;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SecurityNotices;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person does to their authenticator app from the profile page (APP-1 to
 * APP-4). Each change is stored, emailed (SIGN-9) and audited with the source address
 * (DATA-4) in one transaction.
 */
@Service
public class AuthenticatorChanges {

	/** The answer to a removal. */
	public enum Removal {

		/** The app is gone; the person was emailed. */
		REMOVED,

		/** APP-4: the app is the account's last second factor and stays. */
		REFUSED_LAST_FACTOR,

		/** There was no app. */
		NOTHING_TO_REMOVE

	}

	private final AuthenticatorApps apps;

	private final Accounts accounts;

	private final SecurityNotices notices;

	AuthenticatorChanges(AuthenticatorApps apps, Accounts accounts, SecurityNotices notices) {
		this.apps = apps;
		this.accounts = accounts;
		this.notices = notices;
	}

	/**
	 * Starts setting up an app: a first one, or, when a confirmed app exists, its
	 * replacement (APP-3: never two; the old one keeps signing in until the new one is
	 * confirmed, APP-4). Nothing is emailed until it is confirmed.
	 */
	@Transactional
	public Provisioning start(long accountId) {
		return this.apps.isEnrolled(accountId) ? this.apps.beginReplacement(accountId) : this.apps.begin(accountId);
	}

	/**
	 * Confirms the set-up waiting with its first code; on success the person is emailed
	 * (SIGN-9).
	 */
	@Transactional
	public AppCodeCheck confirm(long accountId, String code, String sourceAddress, Locale locale) {
		boolean replacing = this.apps.state(accountId) == AppState.REPLACING;
		AppCodeCheck check = this.apps.confirm(accountId, code, sourceAddress);
		if (check == AppCodeCheck.ACCEPTED) {
			this.notices.notify(accountId, replacing ? SecurityNotices.Change.AUTHENTICATOR_REPLACED
					: SecurityNotices.Change.AUTHENTICATOR_ADDED, locale);
		}
		return check;
	}

	/**
	 * Whether the app may be removed: only if another second factor stays (APP-4). Today
	 * the only other factor is the registered phone.
	 */
	@Transactional(readOnly = true)
	public boolean mayRemove(long accountId) {
		return otherFactorRemains(this.accounts.findLogin(accountId).orElseThrow());
	}

	/**
	 * Removes the app unless it is the last second factor (APP-4); emailed (SIGN-9) and
	 * audited.
	 */
	@Transactional
	public Removal remove(long accountId, String sourceAddress, Locale locale) {
		AccountLogin login = this.accounts.findLogin(accountId).orElseThrow();
		AppState state = this.apps.state(accountId);
		if (state == AppState.NONE) {
			return Removal.NOTHING_TO_REMOVE;
		}
		if (state != AppState.SETTING_UP && !otherFactorRemains(login)) {
			return Removal.REFUSED_LAST_FACTOR;
		}
		this.apps.remove(accountId, sourceAddress);
		if (state != AppState.SETTING_UP) {
			this.notices.notify(accountId, SecurityNotices.Change.AUTHENTICATOR_REMOVED, locale);
		}
		return Removal.REMOVED;
	}

	private static boolean otherFactorRemains(AccountLogin login) {
		return login.phoneE164() != null;
	}

}
