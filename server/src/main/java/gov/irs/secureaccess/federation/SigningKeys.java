package gov.irs.secureaccess.federation;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.crypto.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign ID and access tokens (FED-2): RSA 2048 (RS256), made by Nimbus, kept in
 * {@code federation_signing_key} with the private half sealed under the PII key (context
 * {@value #CONTEXT}), so they survive restarts and are shared by every node. A new key is made when the current one
 * is {@code key-rotation} old; the one it replaces stays published (in the JWKS, and for verifying) for
 * {@code key-retention}, longer than any token it signed lives, then is deleted.
 * <p>
 * The keys are read from the database once and again only when the next rotation or retirement is due (or a
 * minute has passed, to see another node's new key). Rotation takes a PostgreSQL advisory lock, so two nodes never
 * make two keys at once.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

	static final String CONTEXT = "federation.signing-key";

	/** The advisory lock of rotation (an arbitrary constant shared by every node). */
	private static final long LOCK = 0x5A_F3_D1_13L;

	private static final java.time.Duration RELOAD = java.time.Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final Clock clock;

	private final FederationProperties properties;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	private volatile Loaded loaded;

	SigningKeys(JdbcClient jdbc, PiiCipher cipher, Clock clock, FederationProperties properties,
			TransactionTemplate transactions, AuditLog audit) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.properties = properties;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** The key new tokens are signed with. */
	public RSAKey activeKey() {
		return current().keys().get(0);
	}

	/** Every published key (the active one first), public halves only: what the JWKS endpoint shows. */
	public JWKSet publishedKeys() {
		return new JWKSet(new ArrayList<JWK>(current().keys())).toPublicJWKSet();
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		return selector.select(new JWKSet(new ArrayList<JWK>(current().keys())));
	}

	private Loaded current() {
		Instant now = this.clock.instant();
		Loaded keys = this.loaded;
		if (keys == null || !now.isBefore(keys.nextCheck())) {
			keys = reload(now);
		}
		return keys;
	}

	/**
	 * Rotates now, whatever the key's age (an operator's command, e.g. after a suspected compromise): a new key signs
	 * from now on, the previous one stays published for {@code key-retention}, as at a scheduled rotation. Other nodes
	 * pick the new key up at their next check.
	 */
	public synchronized String rotateNow() {
		Instant now = this.clock.instant();
		this.loaded = this.transactions.execute((status) -> rotate(now));
		return this.loaded.keys().get(0).getKeyID();
	}

	private synchronized Loaded reload(Instant now) {
		Loaded keys = this.loaded;
		if (keys != null && now.isBefore(keys.nextCheck())) {
			return keys;
		}
		keys = this.transactions.execute((status) -> rotateIfDue(now));
		this.loaded = keys;
		return keys;
	}

	private Loaded rotateIfDue(Instant now) {
		List<Row> rows = rows(now);
		if (!rows.isEmpty() && now.isBefore(rows.get(0).createdAt().plus(this.properties.keyRotation()))) {
			return loaded(rows, now);
		}
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
		rows = rows(now);
		if (rows.isEmpty() || !now.isBefore(rows.get(0).createdAt().plus(this.properties.keyRotation()))) {
			return rotate(now);
		}
		return loaded(rows, now);
	}

	/** A new key; the current one superseded, kept for the retention. Under the lock (any node may do it). */
	private Loaded rotate(Instant now) {
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 1).list();
		Instant retireAfter = now.plus(this.properties.keyRetention());
		this.jdbc.sql("update federation_signing_key set superseded_at = :now, retire_after = :retire "
				+ "where superseded_at is null")
			.param("now", Timestamp.from(now))
			.param("retire", Timestamp.from(retireAfter))
			.update();
		RSAKey key = generate(now);
		this.jdbc.sql("insert into federation_signing_key (kid, public_jwk, private_sealed, created_at) "
				+ "values (:kid, :public, :private, :now)")
			.param("kid", key.getKeyID())
			.param("public", key.toPublicJWK().toJSONString())
			.param("private", this.cipher.seal(key.toJSONString(), CONTEXT))
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("delete from federation_signing_key where retire_after <= :now")
			.param("now", Timestamp.from(now))
			.update();
		this.audit.record(AuditEvent.of("system", "federation.signing-key.rotated", "signing-key:" + key.getKeyID(),
				null));
		return loaded(rows(now), now);
	}

	private List<Row> rows(Instant now) {
		return this.jdbc.sql("""
				select kid, private_sealed, created_at, retire_after from federation_signing_key
				where retire_after is null or retire_after > :now
				order by created_at desc
				""")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Row(rs.getString("kid"), rs.getString("private_sealed"),
					rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("retire_after") != null) ? rs.getTimestamp("retire_after").toInstant() : null))
			.list();
	}

	private Loaded loaded(List<Row> rows, Instant now) {
		List<RSAKey> keys = new ArrayList<>();
		Instant next = now.plus(RELOAD);
		for (Row row : rows) {
			try {
				keys.add(RSAKey.parse(this.cipher.open(row.sealed(), CONTEXT)));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("Signing key " + row.kid() + " cannot be read", ex);
			}
			if (row.retireAfter() != null && row.retireAfter().isBefore(next)) {
				next = row.retireAfter();
			}
		}
		Instant rotation = rows.get(0).createdAt().plus(this.properties.keyRotation());
		if (rotation.isBefore(next)) {
			next = rotation;
		}
		return new Loaded(List.copyOf(keys), next);
	}

	private static RSAKey generate(Instant now) {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.issueTime(Date.from(now))
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not make a signing key", ex);
		}
	}

	private record Row(String kid, String sealed, Instant createdAt, Instant retireAfter) {
	}

	private record Loaded(List<RSAKey> keys, Instant nextCheck) {
	}

}
