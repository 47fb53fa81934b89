package gov.irs.secureaccess.taxapps.api;

import java.time.LocalDate;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.TestPhones;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;

/**
 * Calls the API as an application would, as one caller (account, scopes, level), through
 * MockMvc without the web filter chain: the resource server's chain comes with the OpenID
 * provider (phase 2).
 */
final class ApiClient {

	private final MockMvc mvc;

	private final long accountId;

	private final String scopes;

	private final int loa;

	private ApiClient(MockMvc mvc, long accountId, String scopes, int loa) {
		this.mvc = mvc;
		this.accountId = accountId;
		this.scopes = scopes;
		this.loa = loa;
	}

	static ApiClient as(WebApplicationContext context, long accountId, String scopes, int loa) {
		return new ApiClient(webAppContextSetup(context).build(), accountId, scopes, loa);
	}

	ApiClient withScopes(String scopes) {
		return new ApiClient(this.mvc, this.accountId, scopes, this.loa);
	}

	ApiClient atLoa(int loa) {
		return new ApiClient(this.mvc, this.accountId, this.scopes, loa);
	}

	static MockMvc anonymous(WebApplicationContext context) {
		return webAppContextSetup(context).build();
	}

	/**
	 * An active account for a person of the sources (by SSN), made directly in the store.
	 */
	static long account(Accounts accounts, Ssn ssn, String username) {
		return accounts
			.create(new NewAccount(username, username + "@example.test", "Api", "Caller", LocalDate.of(1980, 1, 1), ssn,
					"$argon2id$v=19$m=16,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo", "Kites over the river", "flight",
					TestPhones.next(), AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
	}

	MockHttpServletResponse get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	MockHttpServletResponse delete(String path) throws Exception {
		return perform(MockMvcRequestBuilders.delete(path));
	}

	MockHttpServletResponse postJson(String path, String json) throws Exception {
		return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.header("X-Test-Account", Long.toString(this.accountId))
			.header("X-Test-Scopes", this.scopes)
			.header("X-Test-Loa", Integer.toString(this.loa));
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
