package gov.irs.secureaccess.federation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The admin command that rotates the signing key now, before its time (a suspected
 * compromise, a drill):
 * {@code java -jar secure-access.jar --server.port=0 --secure-access.federation.rotate-signing-key=true}.
 * The new key signs from then on; the previous one stays in the JWKS for
 * {@code key-retention}, so tokens it signed still verify. Audited
 * ({@code federation.signing-key.rotated}); exits 0.
 */
@Component
@Order(21)
class RotateSigningKeyCommand implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(RotateSigningKeyCommand.class);

	private final FederationProperties properties;

	private final SigningKeys keys;

	private final ConfigurableApplicationContext context;

	RotateSigningKeyCommand(FederationProperties properties, SigningKeys keys, ConfigurableApplicationContext context) {
		this.properties = properties;
		this.keys = keys;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.rotateSigningKey()) {
			return;
		}
		LOG.info("Signing key rotated: the new key is {}", this.keys.rotateNow());
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

}
