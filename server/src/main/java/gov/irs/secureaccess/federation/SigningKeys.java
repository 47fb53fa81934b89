package gov.irs.secureaccess.federation;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
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
import gov.irs.secureaccess.platform.db.AdvisoryLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys that sign ID and access tokens (FED-2): RSA 2048 (RS256), made by Nimbus, kept
 * in {@code federation_signing_key} with the private half sealed under the PII key
 * (context {@value #CONTEXT}), so they survive restarts and are shared by every node. A
 * row's {@code created_at} is when the key begins to sign.
 * <p>
 * Rotation: {@code key-prepublication} before the current key is {@code key-rotation}
 * old, the next key is made and published in the JWKS; it signs only from its time on. An
 * application that cached the JWKS (jose and openid-client keep it for minutes and fetch
 * again for an unknown kid at most every 30 s), and every other node (which reads the
 * keys again within a minute), already holds it when the first token it signed arrives.
 * The key it replaces stays published (in the JWKS, and for verifying) for
 * {@code key-retention}, longer than any token it signed lives, then is deleted.
 * {@link #rotateNow()} (a suspected compromise) does not wait: the new key signs at once.
 * <p>
 * The keys are read from the database once and again only when the next change is due (or
 * a minute has passed, to see another node's new key). Rotation takes a PostgreSQL
 * advisory lock, so two nodes never make two keys at once.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

	static final String CONTEXT = "federation.signing-key";

	private static final Duration RELOAD = Duration.ofMinutes(1);

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
		return current().active();
	}

	/**
	 * Every published key (the next one first, if made), public halves only: what the
	 * JWKS endpoint shows.
	 */
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
	 * Rotates now, whatever the key's age (an operator's command, e.g. after a suspected
	 * compromise): a new key signs from now on, a next key made ahead is dropped (it
	 * never signed), the previous one stays published for {@code key-retention}. Other
	 * nodes pick the new key up at their next check.
	 */
	public synchronized String rotateNow() {
		Instant now = this.clock.instant();
		this.loaded = this.transactions.execute((status) -> {
			lock();
			this.jdbc.sql("delete from federation_signing_key where created_at > :now")
				.param("now", Timestamp.from(now))
				.update();
			insertNext(now, now);
			return loaded(rows(now), now);
		});
		return this.loaded.active().getKeyID();
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
		if (!due(rows, now)) {
			return loaded(rows, now);
		}
		lock();
		rows = rows(now);
		if (due(rows, now)) {
			Instant signsFrom = rows.isEmpty() ? now : later(rotation(active(rows, now)), now.plus(prepublication()));
			insertNext(signsFrom, now);
			rows = rows(now);
		}
		return loaded(rows, now);
	}

	/**
	 * No key yet, or none made ahead while the active one is within
	 * {@code key-prepublication} of its rotation.
	 */
	private boolean due(List<Row> rows, Instant now) {
		if (rows.isEmpty()) {
			return true;
		}
		boolean nextMade = rows.get(0).createdAt().isAfter(now);
		return !nextMade && !now.isBefore(prepareAt(active(rows, now)));
	}

	/**
	 * A new key that signs from {@code signsFrom} (now, or ahead): the key signing until
	 * then is superseded at that time and kept for the retention after it. Under the lock
	 * (any node may do it).
	 */
	private void insertNext(Instant signsFrom, Instant now) {
		this.jdbc
			.sql("update federation_signing_key set superseded_at = :from, retire_after = :retire "
					+ "where superseded_at is null and created_at <= :now")
			.param("from", Timestamp.from(signsFrom))
			.param("retire", Timestamp.from(signsFrom.plus(this.properties.keyRetention())))
			.param("now", Timestamp.from(now))
			.update();
		RSAKey key = generate(signsFrom);
		this.jdbc
			.sql("insert into federation_signing_key (kid, public_jwk, private_sealed, created_at) "
					+ "values (:kid, :public, :private, :from)")
			.param("kid", key.getKeyID())
			.param("public", key.toPublicJWK().toJSONString())
			.param("private", this.cipher.seal(key.toJSONString(), CONTEXT))
			.param("from", Timestamp.from(signsFrom))
			.update();
		this.jdbc.sql("delete from federation_signing_key where retire_after <= :now")
			.param("now", Timestamp.from(now))
			.update();
		this.audit.record(AuditEvent.of("system",
				signsFrom.isAfter(now) ? "federation.signing-key.published" : "federation.signing-key.rotated",
				"signing-key:" + key.getKeyID(), null));
	}

	private void lock() {
		AdvisoryLock.SIGNING_KEY_ROTATION.holdUntilCommit(this.jdbc);
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

	/** The newest key whose time to sign has come. */
	private static Row active(List<Row> rows, Instant now) {
		return rows.stream()
			.filter((row) -> !row.createdAt().isAfter(now))
			.findFirst()
			.orElse(rows.get(rows.size() - 1));
	}

	private Instant rotation(Row active) {
		return active.createdAt().plus(this.properties.keyRotation());
	}

	private Instant prepareAt(Row active) {
		return rotation(active).minus(prepublication());
	}

	private Duration prepublication() {
		return this.properties.keyPrepublication();
	}

	private Loaded loaded(List<Row> rows, Instant now) {
		List<RSAKey> keys = new ArrayList<>();
		Row active = active(rows, now);
		RSAKey signing = null;
		Instant next = now.plus(RELOAD);
		for (Row row : rows) {
			try {
				RSAKey key = RSAKey.parse(this.cipher.open(row.sealed(), CONTEXT));
				keys.add(key);
				if (row == active) {
					signing = key;
				}
			}
			catch (ParseException ex) {
				throw new IllegalStateException("Signing key " + row.kid() + " cannot be read", ex);
			}
			if (row.retireAfter() != null && row.retireAfter().isBefore(next)) {
				next = row.retireAfter();
			}
			if (row.createdAt().isAfter(now) && row.createdAt().isBefore(next)) {
				next = row.createdAt();
			}
		}
		if (prepareAt(active).isAfter(now) && prepareAt(active).isBefore(next)) {
			next = prepareAt(active);
		}
		else if (!prepareAt(active).isAfter(now) && rows.get(0) == active) {
			next = now;
		}
		return new Loaded(List.copyOf(keys), signing, next);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
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

	private record Loaded(List<RSAKey> keys, RSAKey active, Instant nextCheck) {
	}

}
