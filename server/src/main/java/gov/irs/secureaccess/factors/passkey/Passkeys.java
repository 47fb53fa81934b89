package gov.irs.secureaccess.factors.passkey;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;
import gov.irs.secureaccess.accounts.SecurityNotices;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.text.ControlCharacters;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passkeys (WebAuthn level 2 with webauthn4j): the options of the registration and
 * authentication ceremonies, the server-side verification of their results (challenge,
 * origin, relying party id hash, user presence and verification, signature, signature
 * counter), and the account's list of passkeys. Attestation is not asked for
 * ({@code none}): any authenticator the person trusts will do, the point is phishing
 * resistance.
 * <p>
 * Adding and removing a passkey is emailed (SIGN-9) and audited (DATA-4) in the
 * transaction of the change.
 */
@Service
public class Passkeys {

	/**
	 * The longest answer (a {@code PublicKeyCredential} as JSON) any ceremony accepts:
	 * far longer than a real one, refused before it is parsed.
	 */
	public static final int LONGEST_ANSWER = 20_000;

	/** What a registration came to. */
	public enum Registration {

		ADDED, INVALID, DUPLICATE, TOO_MANY

	}

	/** A passkey as the profile page lists it. */
	public record Passkey(long id, String name, Instant createdAt, Instant lastUsedAt) {
	}

	static final int CHALLENGE_BYTES = 32;

	static final int MAX_NAME = 60;

	static final long TIMEOUT_MILLIS = 300_000;

	private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
			new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
			new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
			new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));

	private final JdbcClient jdbc;

	private final PasskeyProperties properties;

	private final SecurityNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Attestation {@code none} is asked for, so no attestation trust is checked
	 * ("non-strict").
	 */
	private final WebAuthnManager webAuthn;

	private final AttestedCredentialDataConverter credentialData;

	Passkeys(JdbcClient jdbc, PasskeyProperties properties, SecurityNotices notices, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
		ObjectConverter converter = new ObjectConverter();
		this.webAuthn = WebAuthnManager.createNonStrictWebAuthnManager(converter);
		this.credentialData = new AttestedCredentialDataConverter(converter);
	}

	/**
	 * A fresh random challenge, to keep (in the session or the sign-in journey) until the
	 * ceremony's result.
	 */
	public byte[] newChallenge() {
		byte[] challenge = new byte[CHALLENGE_BYTES];
		this.random.nextBytes(challenge);
		return challenge;
	}

	public static String encode(byte[] bytes) {
		return B64URL.encodeToString(bytes);
	}

	public static byte[] decode(String text) {
		return B64URL_DECODER.decode(text);
	}

	/**
	 * PublicKeyCredentialCreationOptionsJSON for {@code navigator.credentials.create}.
	 */
	@Transactional
	public Map<String, Object> creationOptions(long accountId, String username, byte[] challenge) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("challenge", encode(challenge));
		options.put("rp", Map.of("id", this.properties.rpId(), "name", this.properties.rpName()));
		options.put("user", Map.of("id", encode(userHandle(accountId)), "name", username, "displayName", username));
		options.put("pubKeyCredParams",
				ALGORITHMS.stream()
					.map((p) -> Map.of("type", "public-key", "alg", p.getAlg().getValue()))
					.collect(Collectors.toList()));
		options.put("timeout", TIMEOUT_MILLIS);
		options.put("excludeCredentials", descriptors(accountId));
		options.put("authenticatorSelection",
				Map.of("residentKey", "preferred", "requireResidentKey", false, "userVerification", "required"));
		options.put("attestation", "none");
		return options;
	}

	/**
	 * PublicKeyCredentialRequestOptionsJSON for {@code navigator.credentials.get}: this
	 * account's passkeys only.
	 */
	public Map<String, Object> requestOptions(long accountId, byte[] challenge) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("challenge", encode(challenge));
		options.put("rpId", this.properties.rpId());
		options.put("timeout", TIMEOUT_MILLIS);
		options.put("allowCredentials", descriptors(accountId));
		options.put("userVerification", "required");
		return options;
	}

	/**
	 * PublicKeyCredentialRequestOptionsJSON for a passkey alone (FED-4, where an
	 * application asks for phishing resistance): no {@code allowCredentials}, so the
	 * authenticator offers the passkeys it holds for this site and the answer names the
	 * account (a discoverable credential and its user handle). Nothing says which
	 * accounts exist.
	 */
	public Map<String, Object> discoverableRequestOptions(byte[] challenge) {
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("challenge", encode(challenge));
		options.put("rpId", this.properties.rpId());
		options.put("timeout", TIMEOUT_MILLIS);
		options.put("allowCredentials", List.of());
		options.put("userVerification", "required");
		return options;
	}

	/**
	 * The account an authentication result claims, for a passkey alone: the account
	 * holding its credential id, when the result carries that account's user handle
	 * (discoverable credentials always do). Nothing is verified yet:
	 * {@link #verifyAssertion} must follow.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> claimedAccount(String responseJson) {
		try {
			AuthenticationData parsed = this.webAuthn.parseAuthenticationResponseJSON(responseJson);
			byte[] userHandle = parsed.getUserHandle();
			if (parsed.getCredentialId() == null || userHandle == null || userHandle.length == 0) {
				return Optional.empty();
			}
			return findByCredentialId(parsed.getCredentialId()).map(Stored::accountId)
				.filter((account) -> Arrays.equals(userHandle, existingUserHandle(account)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private byte[] existingUserHandle(long accountId) {
		return this.jdbc.sql("select user_handle from passkey_user where account_id = :account")
			.param("account", accountId)
			.query(byte[].class)
			.optional()
			.orElse(new byte[0]);
	}

	/**
	 * Verifies a registration result ({@code PublicKeyCredential} as JSON) against the
	 * challenge that was issued and stores the new passkey; emailed and audited.
	 */
	@Transactional
	public Registration register(long accountId, String name, String responseJson, byte[] challenge,
			String sourceAddress, Locale locale) {
		if (count(accountId) >= this.properties.maxPerAccount()) {
			return Registration.TOO_MANY;
		}
		RegistrationData data;
		try {
			data = this.webAuthn.verifyRegistrationResponseJSON(responseJson,
					new RegistrationParameters(serverProperty(challenge), ALGORITHMS, true, true));
		}
		catch (RuntimeException ex) {
			// DataConversionException, VerificationException and their kin: nothing of
			// the response is trusted.
			this.audit.record(AuditEvent.of(actor(accountId), "passkey.add.failed", actor(accountId), sourceAddress)
				.with("reason", ex.getClass().getSimpleName()));
			return Registration.INVALID;
		}
		// webauthn4j's verification refuses a response without these; checked again so a
		// change there is a refusal.
		AttestationObject attestation = data.getAttestationObject();
		AuthenticatorData<?> authenticatorData = (attestation != null) ? attestation.getAuthenticatorData() : null;
		if (authenticatorData == null) {
			return Registration.INVALID;
		}
		AttestedCredentialData attested = authenticatorData.getAttestedCredentialData();
		if (attested == null) {
			return Registration.INVALID;
		}
		byte[] credentialId = attested.getCredentialId();
		if (findByCredentialId(credentialId).isPresent()) {
			return Registration.DUPLICATE;
		}
		Set<AuthenticatorTransport> reported = data.getTransports();
		Set<AuthenticatorTransport> transports = (reported != null) ? reported : Set.of();
		this.jdbc.sql("""
				insert into passkey_credential (account_id, credential_id, name, attested_credential, sign_count,
				    uv_initialized, backup_eligible, backed_up, transports, created_at)
				values (:account, :credential, :name, :attested, :count, :uv, :be, :bs, :transports, :now)
				""")
			.param("account", accountId)
			.param("credential", credentialId)
			.param("name", cleanName(name, count(accountId) + 1))
			.param("attested", this.credentialData.convert(attested))
			.param("count", authenticatorData.getSignCount())
			.param("uv", authenticatorData.isFlagUV())
			.param("be", authenticatorData.isFlagBE())
			.param("bs", authenticatorData.isFlagBS())
			.param("transports",
					transports.stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.joining(",")))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(AuditEvent.of(actor(accountId), "passkey.added", actor(accountId), sourceAddress));
		this.notices.notify(accountId, SecurityNotices.Change.PASSKEY_ADDED, locale);
		return Registration.ADDED;
	}

	/**
	 * Verifies an authentication result ({@code PublicKeyCredential} as JSON) for this
	 * account against the challenge that was issued: the passkey must be one of the
	 * account's, and user verification must have happened. On success the signature
	 * counter and the time of last use are updated.
	 */
	@Transactional
	public boolean verifyAssertion(long accountId, String responseJson, byte[] challenge) {
		try {
			AuthenticationData parsed = this.webAuthn.parseAuthenticationResponseJSON(responseJson);
			Optional<Stored> stored = findByCredentialId(parsed.getCredentialId())
				.filter((s) -> s.accountId() == accountId);
			if (stored.isEmpty()) {
				return false;
			}
			byte[] userHandle = parsed.getUserHandle();
			if (userHandle != null && userHandle.length > 0 && !Arrays.equals(userHandle, userHandle(accountId))) {
				return false;
			}
			Stored credential = stored.get();
			CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(),
					credential.uvInitialized(), credential.backupEligible(), credential.backedUp(),
					credential.signCount(), this.credentialData.convert(credential.attested()), null, null, null,
					credential.transports());
			AuthenticationData verified = this.webAuthn.verify(parsed, new AuthenticationParameters(
					serverProperty(challenge), record, List.of(credential.credentialId()), true, true));
			AuthenticatorData<?> authenticatorData = verified.getAuthenticatorData();
			if (authenticatorData == null) {
				return false;
			}
			this.jdbc.sql("""
					update passkey_credential set sign_count = :count, backed_up = :bs, uv_initialized = true,
					    last_used_at = :now where id = :id
					""")
				.param("count", authenticatorData.getSignCount())
				.param("bs", authenticatorData.isFlagBS())
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", credential.id())
				.update();
			return true;
		}
		catch (VerificationException | IllegalArgumentException ex) {
			return false;
		}
		catch (RuntimeException ex) {
			// A response that does not even parse (DataConversionException) is no passkey
			// either.
			return false;
		}
	}

	public boolean hasPasskeys(long accountId) {
		return count(accountId) > 0;
	}

	public int count(long accountId) {
		return this.jdbc.sql("select count(*) from passkey_credential where account_id = :account")
			.param("account", accountId)
			.query(Integer.class)
			.single();
	}

	public List<Passkey> list(long accountId) {
		return this.jdbc.sql("""
				select id, name, created_at, last_used_at from passkey_credential
				where account_id = :account order by created_at, id
				""")
			.param("account", accountId)
			.query((rs, n) -> new Passkey(rs.getLong("id"), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("last_used_at")).map(Timestamp::toInstant).orElse(null)))
			.list();
	}

	/**
	 * Renames one of the account's passkeys; false when the name is empty or the passkey
	 * is not the account's.
	 */
	@Transactional
	public boolean rename(long accountId, long passkeyId, String name) {
		String clean = (name != null) ? name.strip() : "";
		if (clean.isEmpty() || clean.length() > MAX_NAME || ControlCharacters.any(clean)) {
			return false;
		}
		return this.jdbc.sql("update passkey_credential set name = :name where id = :id and account_id = :account")
			.param("name", clean)
			.param("id", passkeyId)
			.param("account", accountId)
			.update() == 1;
	}

	/**
	 * Removes one of the account's passkeys; emailed and audited. A passkey is never the
	 * last second factor: the phone (or the authenticator app) that gave the code to add
	 * it stays.
	 */
	@Transactional
	public boolean remove(long accountId, long passkeyId, String sourceAddress, Locale locale) {
		int removed = this.jdbc.sql("delete from passkey_credential where id = :id and account_id = :account")
			.param("id", passkeyId)
			.param("account", accountId)
			.update();
		if (removed == 0) {
			return false;
		}
		this.audit.record(AuditEvent.of(actor(accountId), "passkey.removed", actor(accountId), sourceAddress));
		this.notices.notify(accountId, SecurityNotices.Change.PASSKEY_REMOVED, locale);
		return true;
	}

	/**
	 * The origins a ceremony may come from: the relying party id or its subdomains, https
	 * (http for localhost).
	 */
	boolean acceptsOrigin(Origin origin) {
		String host = origin.getHost();
		String rpId = this.properties.rpId();
		if (host == null || !(host.equals(rpId) || host.endsWith("." + rpId))) {
			return false;
		}
		return "https".equals(origin.getScheme()) || ("http".equals(origin.getScheme()) && "localhost".equals(host));
	}

	private ServerProperty serverProperty(byte[] challenge) {
		return ServerProperty.builder()
			.originPredicate(this::acceptsOrigin)
			.rpId(this.properties.rpId())
			.challenge(new DefaultChallenge(challenge))
			.build();
	}

	private List<Map<String, Object>> descriptors(long accountId) {
		List<Map<String, Object>> descriptors = new ArrayList<>();
		this.jdbc
			.sql("select credential_id, transports from passkey_credential where account_id = :account order by id")
			.param("account", accountId)
			.query((rs, n) -> {
				Map<String, Object> descriptor = new LinkedHashMap<>();
				descriptor.put("type", "public-key");
				descriptor.put("id", encode(rs.getBytes("credential_id")));
				String transports = rs.getString("transports");
				if (!transports.isEmpty()) {
					descriptor.put("transports", List.of(transports.split(",")));
				}
				return descriptor;
			})
			.list()
			.forEach(descriptors::add);
		return descriptors;
	}

	/** The account's WebAuthn user handle: random, made on first use. */
	byte[] userHandle(long accountId) {
		Optional<byte[]> existing = this.jdbc.sql("select user_handle from passkey_user where account_id = :account")
			.param("account", accountId)
			.query(byte[].class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] handle = new byte[32];
		this.random.nextBytes(handle);
		this.jdbc
			.sql("insert into passkey_user (account_id, user_handle) values (:account, :handle) "
					+ "on conflict (account_id) do nothing")
			.param("account", accountId)
			.param("handle", handle)
			.update();
		return this.jdbc.sql("select user_handle from passkey_user where account_id = :account")
			.param("account", accountId)
			.query(byte[].class)
			.single();
	}

	private static String cleanName(String name, int ordinal) {
		String clean = (name != null) ? name.strip() : "";
		if (ControlCharacters.any(clean)) {
			clean = "";
		}
		if (clean.length() > MAX_NAME) {
			clean = clean.substring(0, MAX_NAME);
		}
		return clean.isEmpty() ? "Passkey " + ordinal : clean;
	}

	private Optional<Stored> findByCredentialId(byte[] credentialId) {
		return this.jdbc.sql("""
				select id, account_id, credential_id, attested_credential, sign_count, uv_initialized,
				    backup_eligible, backed_up, transports
				from passkey_credential where credential_id = :credential
				""")
			.param("credential", credentialId)
			.query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("account_id"), rs.getBytes("credential_id"),
					rs.getBytes("attested_credential"), rs.getLong("sign_count"), rs.getBoolean("uv_initialized"),
					rs.getBoolean("backup_eligible"), rs.getBoolean("backed_up"),
					transports(rs.getString("transports"))))
			.optional();
	}

	private static Set<AuthenticatorTransport> transports(String text) {
		Set<AuthenticatorTransport> set = new HashSet<>();
		for (String value : new TreeSet<>(List.of(text.split(",")))) {
			if (!value.isEmpty()) {
				set.add(AuthenticatorTransport.create(value));
			}
		}
		return set;
	}

	private static String actor(long accountId) {
		return "account:" + accountId;
	}

	private record Stored(long id, long accountId, byte[] credentialId, byte[] attested, long signCount,
			boolean uvInitialized, boolean backupEligible, boolean backedUp, Set<AuthenticatorTransport> transports) {
	}

}
