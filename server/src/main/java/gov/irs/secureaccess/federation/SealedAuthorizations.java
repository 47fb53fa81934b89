package gov.irs.secureaccess.federation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.session.AccountPrincipal;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.jackson.SecurityJacksonModules;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2DeviceCode;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.OAuth2UserCode;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The OpenID provider's authorizations (codes, access, ID and refresh tokens, the consent
 * {@code state}, and what the person's sign-in was) in PostgreSQL, by Spring
 * Authorization Server's own JDBC service, with nothing usable kept in clear (DATA-1):
 * every token and the state are stored only as a keyed hash ({@link KeyedHash}, so a
 * value copied from a dump is not a token: presented, it is hashed again and matches
 * nothing), and the attributes and every token's metadata (the claims: email, names,
 * {@code sub}, {@code acr}) are sealed ({@link PiiCipher}, bound to the column and the
 * row's id). A token is found by the hash of the value presented, which is then put back
 * into the authorization handed to Spring Authorization Server, so revocation,
 * introspection, refresh and logout see the value they were given; the others stay
 * hashes, which is all they need (their claims are in the metadata).
 */
final class SealedAuthorizations implements OAuth2AuthorizationService {

	/**
	 * How a stored hash starts; a token Spring Authorization Server makes (base64url,
	 * JWT) never does.
	 */
	static final String HASHED = "hmac:";

	private static final String PURPOSE = "oauth2.token";

	private final JdbcOAuth2AuthorizationService store;

	private final KeyedHash keyedHash;

	SealedAuthorizations(JdbcTemplate jdbc, RegisteredClientRepository clients, PiiCipher cipher, KeyedHash keyedHash) {
		this.keyedHash = Objects.requireNonNull(keyedHash, "keyedHash");
		JsonMapper json = json();
		this.store = new JdbcOAuth2AuthorizationService(jdbc, clients);
		this.store.setAuthorizationRowMapper(new Opening(
				new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationRowMapper(clients, json), cipher));
		this.store.setAuthorizationParametersMapper(
				new Sealing(new JdbcOAuth2AuthorizationService.JsonMapperOAuth2AuthorizationParametersMapper(json),
						cipher, this::stored));
	}

	/**
	 * The stored authentication's principal is a {@link FederatedSignIn}, which the JSON
	 * mapping must read back.
	 */
	private static JsonMapper json() {
		BasicPolymorphicTypeValidator.Builder types = BasicPolymorphicTypeValidator.builder()
			.allowIfSubType(FederatedSignIn.class)
			.allowIfSubType(AccountPrincipal.class);
		return JsonMapper.builder()
			.addModules(SecurityJacksonModules.getModules(SealedAuthorizations.class.getClassLoader(), types))
			.build();
	}

	@Override
	public void save(OAuth2Authorization authorization) {
		this.store.save(authorization);
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		this.store.remove(authorization);
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return this.store.findById(id);
	}

	/**
	 * The authorization holding the token presented, found by its hash. What is presented
	 * is always hashed, even a value that looks like a stored hash, so a hash copied from
	 * a dump is looked up as hash(hash) and matches nothing.
	 */
	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		String hashed = HASHED + this.keyedHash.of(PURPOSE, token);
		OAuth2Authorization found = this.store.findByToken(hashed, tokenType);
		return (found != null) ? withValue(found, hashed, token) : null;
	}

	/**
	 * The stored form of a value being saved: its keyed hash. A value already hashed (an
	 * authorization read back, whose other tokens stay hashes) is kept as it is; a value
	 * Spring Authorization Server makes (base64url, JWT) never contains a colon, so it
	 * cannot be mistaken for one.
	 */
	private String stored(String value) {
		if (value == null || isHashed(value)) {
			return value;
		}
		return HASHED + this.keyedHash.of(PURPOSE, value);
	}

	private static boolean isHashed(String value) {
		return value.startsWith(HASHED) && value.length() == HASHED.length() + 64;
	}

	/**
	 * Hashes compared in constant time (FindSecBugs UNSAFE_HASH_EQUALS): how much of one
	 * matched is not told.
	 */
	private static boolean sameHash(String hashed, Object stored) {
		return (stored instanceof String text) && MessageDigest.isEqual(hashed.getBytes(StandardCharsets.US_ASCII),
				text.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The authorization with the presented value back in place of its hash (the token, or
	 * the consent state).
	 */
	static OAuth2Authorization withValue(OAuth2Authorization authorization, String hashed, String value) {
		OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
		if (sameHash(hashed, authorization.getAttribute(OAuth2ParameterNames.STATE))) {
			builder.attribute(OAuth2ParameterNames.STATE, value);
		}
		for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
				OidcIdToken.class, OAuth2RefreshToken.class, OAuth2UserCode.class, OAuth2DeviceCode.class)) {
			OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
			if (token != null && sameHash(hashed, token.getToken().getTokenValue())) {
				builder.token(withValue(token.getToken(), value));
			}
		}
		return builder.build();
	}

	private static OAuth2Token withValue(OAuth2Token token, String value) {
		if (token instanceof OAuth2AccessToken access) {
			return new OAuth2AccessToken(access.getTokenType(), value, access.getIssuedAt(), access.getExpiresAt(),
					access.getScopes());
		}
		if (token instanceof OidcIdToken id) {
			return new OidcIdToken(value, id.getIssuedAt(), id.getExpiresAt(), id.getClaims());
		}
		if (token instanceof OAuth2RefreshToken) {
			return new OAuth2RefreshToken(value, token.getIssuedAt(), token.getExpiresAt());
		}
		if (token instanceof OAuth2UserCode) {
			return new OAuth2UserCode(value, token.getIssuedAt(), token.getExpiresAt());
		}
		if (token instanceof OAuth2DeviceCode) {
			return new OAuth2DeviceCode(value, token.getIssuedAt(), token.getExpiresAt());
		}
		return new OAuth2AuthorizationCode(value, token.getIssuedAt(), token.getExpiresAt());
	}

	/**
	 * The columns of Spring Authorization Server's {@code oauth2_authorization} row, in
	 * its parameters' order (its {@code COLUMN_NAMES}): those hashed and those sealed.
	 */
	enum Column {

		ATTRIBUTES(5, "attributes", false), STATE(6, "state", true), CODE(7, "authorization_code_value", true),
		CODE_METADATA(10, "authorization_code_metadata", false), ACCESS(11, "access_token_value", true),
		ACCESS_METADATA(14, "access_token_metadata", false), ID_TOKEN(17, "oidc_id_token_value", true),
		ID_TOKEN_METADATA(20, "oidc_id_token_metadata", false), REFRESH(21, "refresh_token_value", true),
		REFRESH_METADATA(24, "refresh_token_metadata", false), USER_CODE(25, "user_code_value", true),
		USER_CODE_METADATA(28, "user_code_metadata", false), DEVICE_CODE(29, "device_code_value", true),
		DEVICE_CODE_METADATA(32, "device_code_metadata", false);

		static final int COUNT = 33;

		final int index;

		final String name;

		final boolean hashed;

		Column(int index, String name, boolean hashed) {
			this.index = index;
			this.name = name;
			this.hashed = hashed;
		}

		String context(String authorizationId) {
			return "oauth2_authorization." + this.name + ":" + authorizationId;
		}

		static Column sealed(String name) {
			for (Column column : values()) {
				if (!column.hashed && column.name.equalsIgnoreCase(name)) {
					return column;
				}
			}
			return null;
		}

	}

	/**
	 * Writes a row: the values hashed, the JSON sealed, the rest as Spring Authorization
	 * Server made them.
	 */
	private static final class Sealing implements Function<OAuth2Authorization, List<SqlParameterValue>> {

		private final Function<OAuth2Authorization, List<SqlParameterValue>> parameters;

		private final PiiCipher cipher;

		private final Function<String, String> hash;

		Sealing(Function<OAuth2Authorization, List<SqlParameterValue>> parameters, PiiCipher cipher,
				Function<String, String> hash) {
			this.parameters = parameters;
			this.cipher = cipher;
			this.hash = hash;
		}

		@Override
		public List<SqlParameterValue> apply(OAuth2Authorization authorization) {
			List<SqlParameterValue> row = new ArrayList<>(this.parameters.apply(authorization));
			if (row.size() != Column.COUNT) {
				throw new IllegalStateException("Spring Authorization Server's row has " + row.size() + " columns, not "
						+ Column.COUNT + ": check SealedAuthorizations.Column");
			}
			for (Column column : Column.values()) {
				SqlParameterValue parameter = row.get(column.index);
				if (parameter.getValue() instanceof String text) {
					String stored = column.hashed ? this.hash.apply(text)
							: this.cipher.seal(text, column.context(authorization.getId()));
					row.set(column.index, new SqlParameterValue(parameter.getSqlType(), stored));
				}
			}
			return row;
		}

	}

	/**
	 * Reads a row: the sealed JSON opened (for this row's id only) before Spring
	 * Authorization Server parses it.
	 */
	private static final class Opening implements RowMapper<OAuth2Authorization> {

		private final RowMapper<OAuth2Authorization> rows;

		private final PiiCipher cipher;

		Opening(RowMapper<OAuth2Authorization> rows, PiiCipher cipher) {
			this.rows = rows;
			this.cipher = cipher;
		}

		@Override
		public OAuth2Authorization mapRow(ResultSet rs, int rowNum) throws SQLException {
			String id = rs.getString("id");
			ResultSet opened = (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
					new Class<?>[] { ResultSet.class }, (proxy, method, args) -> {
						try {
							Object value = method.invoke(rs, args);
							if (method.getName().equals("getString") && args != null && args.length == 1
									&& args[0] instanceof String name && value instanceof String sealed) {
								Column column = Column.sealed(name);
								return (column != null) ? this.cipher.open(sealed, column.context(id)) : value;
							}
							return value;
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
			return this.rows.mapRow(opened, rowNum);
		}

	}

}
