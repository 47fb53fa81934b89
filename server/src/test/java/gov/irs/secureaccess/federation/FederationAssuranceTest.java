package gov.irs.secureaccess.federation;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-4: the level an application needs (its own, raised by {@code acr_values}); a person
 * below it is offered the missing step (an LOA-2 account finishes the financial step and
 * becomes LOA-3) and returns to the application; {@code prompt=login} and {@code max_age}
 * force a fresh sign-in; a phishing-resistant request without a passkey says how to add
 * one; {@code prompt=none} that cannot be met answers the application.
 */
@FederationServerTest
class FederationAssuranceTest {

	static final String LOA_2 = "urn:gov:irs:secure-access:loa-2";

	static final String LOA_3 = "urn:gov:irs:secure-access:loa-3";

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	OutboxReader outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MutableClock clock;

	OIDCProviderMetadata metadata;

	FederationPeople people;

	@BeforeEach
	void discover() throws Exception {
		this.metadata = NimbusClient.discover(FederationServerTest.Port.issuer());
		this.people = new FederationPeople(this.sources, this.accounts, this.hasher);
	}

	@Test
	void FED_4_whenAnLoa2PersonOpensAnLoa3Application_thenTheFinancialStepMakesThemLoa3AndTheyReturnToTheApplication()
			throws Exception {
		FederationPeople.Person person = this.people.withAccount(30, 2, "tax-record,sms");
		NimbusClient app = NimbusClient.portal(this.metadata, "get-transcript");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		HttpResponse<String> response = browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone());
		assertThat(response.uri().getPath()).as("offered the missing step, not a dead end")
			.isEqualTo("/federation/step-up");
		assertThat(browser.page).contains("Finish verifying your identity").contains("Verify a financial account");

		String wrongDigits = person.financial().get("last8").equals("11111111") ? "22222222" : "11111111";
		browser.submit("/federation/step-up",
				Map.of("accountType", person.financial().get("accountType"), "last8", wrongDigits));
		assertThat(browser.page).contains("id=\"error-summary\"");
		assertThat(this.accounts.findLogin(person.accountId()).map(AccountLogin::loa)).contains(2);

		response = browser.follow(browser.submit("/federation/step-up", person.financial()));
		response = browser.acceptAgreementIfAsked(response);
		assertThat(response.uri().getPath()).as("back to the application's request").isEqualTo("/federation/consent");
		IDTokenClaimsSet claims = idToken(app, flow, browser.consent(true));
		assertThat(claims.getACR().getValue()).isEqualTo(LOA_3);
		assertThat(this.accounts.findLogin(person.accountId()).map(AccountLogin::loa)).contains(3);
		assertThat(this.accounts.loaEvidence(person.accountId())).isEqualTo("tax-record,sms,financial");
		assertThat(this.audit.forSubject("account:" + person.accountId(), 30)).extracting(AuditEntry::action)
			.contains("federation.step-up", "federation.step-up.failed");
		assertThat(browser.get("/account").body()).as("the profile shows the new level").contains("Level 3 of 3");
	}

	@Test
	void FED_4_whenAcrValuesAskMoreThanTheApplicationsLevel_thenTheHigherLevelIsRequired() throws Exception {
		FederationPeople.Person person = this.people.withAccount(31, 2, "tax-record,sms");
		NimbusClient app = NimbusClient.portal(this.metadata, "payment-agreement");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		browser.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		IDTokenClaimsSet claims = idToken(app, flow, browser.consent(true));
		assertThat(claims.getACR().getValue()).as("an LOA-2 application takes an LOA-2 person").isEqualTo(LOA_2);

		NimbusClient.Flow higher = app.start(new Scope("openid", "profile"), LOA_3, null);
		HttpResponse<String> response = browser.follow(browser.get(higher.uri().toString()));
		assertThat(response.uri().getPath()).isEqualTo("/federation/step-up");

		NimbusClient.Flow none = app.start(new Scope("openid", "profile"), LOA_3, "none");
		AuthorizationResponse answer = app.response(browser.get(none.uri().toString()));
		assertThat(answer.toErrorResponse().getErrorObject().getCode()).isEqualTo("interaction_required");
	}

	@Test
	void FED_4_whenPromptLoginOrMaxAge_thenAFreshSignInComesFirst() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.fresh");
		NimbusClient app = NimbusClient.portal(this.metadata, "online-account");
		NimbusClient.Flow flow = app.start();
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		browser.acceptAgreementIfAsked(browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone()));
		long firstAuthTime = idToken(app, flow, browser.consent(true)).getAuthenticationTime().getTime();

		this.clock.advance(Duration.ofMinutes(2));
		NimbusClient.Flow login = app.start(new Scope("openid"), null, "login");
		HttpResponse<String> response = browser.follow(browser.get(login.uri().toString()));
		assertThat(response.uri().getPath()).as("prompt=login: sign in again").isEqualTo("/sign-in");
		response = browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone());
		IDTokenClaimsSet fresh = idToken(app, login, response);
		assertThat(fresh.getAuthenticationTime().getTime()).isGreaterThan(firstAuthTime);

		this.clock.advance(Duration.ofMinutes(5));
		NimbusClient.Flow recent = app.start(new Scope("openid"), null, null);
		String maxAge = recent.uri().toString() + "&max_age=60";
		response = browser.follow(browser.get(maxAge));
		assertThat(response.uri().getPath()).as("max_age=60 after 5 minutes: sign in again").isEqualTo("/sign-in");
		response = browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone());
		assertThat(idToken(app, recent, response).getAuthenticationTime().getTime())
			.isGreaterThan(fresh.getAuthenticationTime().getTime());
	}

	@Test
	void FED_4_whenAPhishingResistantSignInIsAskedAndThePersonHasNoPasskey_thenAPageSaysHowToAddOne() throws Exception {
		TestAccounts.Made person = TestAccounts.active(this.accounts, this.hasher, "fed.nopasskey");
		NimbusClient app = NimbusClient.portal(this.metadata, "tin-matching");
		NimbusClient.Flow flow = app.start(new Scope("openid"), "urn:gov:irs:secure-access:aal2:phishing-resistant",
				null);
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), this.outbox);
		browser.follow(browser.get(flow.uri().toString()));
		assertThat(browser.page).as("the sign-in offers a passkey alone").contains("id=\"passkey-alone-link\"");
		HttpResponse<String> response = browser.signIn(person.username(), TestAccounts.PASSWORD, person.phone());
		assertThat(response.uri().getPath()).isEqualTo("/federation/passkey-needed");
		assertThat(browser.page).contains("This application needs a passkey").contains("href=\"/account/passkeys\"");
	}

	private IDTokenClaimsSet idToken(NimbusClient app, NimbusClient.Flow flow, HttpResponse<String> redirect)
			throws Exception {
		OIDCTokenResponse tokens = (OIDCTokenResponse) app.exchange(app.code(flow, redirect), flow.verifier())
			.toSuccessResponse();
		return app.validate(tokens.getOIDCTokens().getIDToken(), flow.nonce());
	}

}
