package gov.irs.secureaccess.platform.web;

import java.util.Collection;

/**
 * Origins a form of this site may end up at after its redirects: the applications a
 * sign-in continues to (FED-2). Browsers apply the page's {@code form-action} to every
 * redirect that follows a form's submission, so the pages whose forms can end at an
 * application (sign-in, the user agreement, step-up and consent) allow these origins too.
 */
public interface FormActionTargets {

	/**
	 * Origins such as {@code https://apps.example.gov} ({@code scheme://host[:port]}).
	 */
	Collection<String> origins();

}
