package gov.irs.secureaccess.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.assisted.AssistedTestSupport;
import gov.irs.secureaccess.assisted.StaffAccounts;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of every controller's form handling: every GET and POST mapping of the
 * service (found from Spring's handler mappings, so a new controller is fuzzed without
 * touching this test), as a stranger, as a signed-in person and as an assistor, with
 * fuzzed parameter names and values (the fields the forms really have among them).
 * Whatever is sent, the answer is a page, a redirect or a client error, never a 500 or a
 * stack trace (the team's rule: bad input gets a clear message, never a 500). Control
 * characters, NUL, very long values and odd Unicode included.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FormFuzzTest {

	/**
	 * Field names the forms use, so that fuzzed values reach the binders and not only
	 * unknown parameters.
	 */
	private static final String[] FIELDS = { "step", "username", "password", "passwordConfirm", "code", "email",
			"firstName", "lastName", "ssn", "dobMonth", "dobDay", "dobYear", "filingStatus", "line1", "line2", "city",
			"state", "zip", "postalCode", "country", "phone", "financialType", "accountNumber", "last8", "routing",
			"cardNumber", "loanNumber", "question1", "answer1", "question2", "answer2", "question3", "answer3",
			"answer0", "phrase", "image", "siteImage", "sitePhrase", "currentPassword", "newPassword", "caseNumber",
			"noticeNumber", "name", "lang", "accept", "choice", "secret", "credential", "response", "tin", "tinType",
			"client_id", "scope", "state", "redirect_uri", "response_type", "consent_action", "refundAccount",
			"refundRouting", "amount", "months", "day", "year", "reason", "outcome", "document", "_method" };

	/**
	 * Paths that are not forms (the outbox page of embedded mode, static files, the OAuth
	 * endpoints fuzzed apart).
	 */
	private static final List<String> SKIPPED = List.of("/dev/", "/error", "/oauth2/", "/api/");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	StaffAccounts staff;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	private static List<Endpoint> endpoints;

	private static SigninDriver person;

	private static SigninDriver assistor;

	record Endpoint(String method, String path) {
	}

	@FuzzTest(maxDuration = "60s")
	void anyParametersAtAnyForm_neverGiveA500(FuzzedDataProvider data) throws Exception {
		List<Endpoint> all = endpoints();
		Endpoint endpoint = all.get(data.consumeInt(0, all.size() - 1));
		int who = data.consumeInt(0, 2);
		SigninDriver browser = switch (who) {
			case 1 -> person();
			case 2 -> assistor();
			default -> new SigninDriver(this.mvc, this.outbox);
		};
		String path = fill(endpoint.path(), data);
		Map<String, String> params = new LinkedHashMap<>();
		int count = data.consumeInt(0, 8);
		for (int i = 0; i < count; i++) {
			String name = data.consumeBoolean() ? data.pickValue(FIELDS) : data.consumeString(20);
			params.put(name, data.consumeString(data.consumeBoolean() ? 40 : 2000));
		}
		MockHttpServletResponse response = endpoint.method().equals("GET") ? browser.get(withQuery(path, params))
				: browser.post(path, params);
		String body = response.getContentAsString();
		assertThat(response.getStatus()).as("%s %s %s as %d", endpoint.method(), path, params.keySet(), who)
			.isLessThan(500);
		assertThat(body).doesNotContain("Exception").doesNotContain("at gov.irs.");
		if (who == 1 && "POST".equals(endpoint.method())
				&& (path.startsWith("/sign-out") || path.startsWith("/account"))) {
			person = null; // it may have signed out, changed the password or phone: a
							// fresh one next time
		}
		if (who == 2 && "POST".equals(endpoint.method())) {
			assistor = null;
		}
	}

	private List<Endpoint> endpoints() {
		if (endpoints == null) {
			List<Endpoint> found = new ArrayList<>();
			for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (SKIPPED.stream().anyMatch(pattern::startsWith)) {
						continue;
					}
					if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
						found.add(new Endpoint("GET", pattern));
					}
					if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
						found.add(new Endpoint("POST", pattern));
					}
				}
			}
			found.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
			endpoints = List.copyOf(found);
		}
		return endpoints;
	}

	/** Path variables: a fuzzed value, or one of the values the flows use. */
	private static String fill(String pattern, FuzzedDataProvider data) {
		String path = pattern.replace("{flow:forgot-username|forgot-password}",
				data.consumeBoolean() ? "forgot-username" : "forgot-password");
		while (path.contains("{")) {
			int start = path.indexOf('{');
			int end = path.indexOf('}', start);
			String value = data.consumeBoolean() ? Integer.toString(data.consumeInt(-1, 3000))
					: data.consumeAsciiString(12).replaceAll("[^A-Za-z0-9._-]", "x");
			path = path.substring(0, start) + (value.isEmpty() ? "x" : value) + path.substring(end + 1);
		}
		return path;
	}

	private static String withQuery(String path, Map<String, String> params) {
		if (params.isEmpty()) {
			return path;
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		params.forEach((name, value) -> uri.queryParam(name, value));
		return uri.build().encode().toUriString();
	}

	private SigninDriver person() throws Exception {
		if (person == null) {
			person = SigninDriver.signedInAsNewAccount(this.mvc, this.outbox, this.accounts, this.hasher, "fuzz");
		}
		return person;
	}

	private SigninDriver assistor() throws Exception {
		if (assistor == null) {
			AssistedTestSupport support = new AssistedTestSupport(this.staff, this.hasher, this.audit);
			AssistedTestSupport.Staff made = support.staff("ASSISTOR");
			SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
			browser.page("/sign-in");
			browser.submit("username", Map.of("username", made.username()));
			browser.submit("password", Map.of("password", made.password()));
			this.clock.advance(Duration.ofSeconds(30));
			browser.submit("code", Map.of("code", support.totp(made.secret(), this.clock.instant())));
			assistor = browser;
		}
		return assistor;
	}

}
