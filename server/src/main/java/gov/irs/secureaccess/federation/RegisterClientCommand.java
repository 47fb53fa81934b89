package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The admin command that registers (or updates) an application:
 * {@code java -jar secure-access.jar --server.port=0 --secure-access.federation.register-client=app.json}.
 * It reads the {@link ApplicationDefinition} JSON, registers it (audited as
 * {@code federation.client.registered}), says what happened and exits: 0 when registered,
 * 2 when the file is unreadable or the definition is refused.
 */
@Component
@Order(20)
class RegisterClientCommand implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(RegisterClientCommand.class);

	private final FederationProperties properties;

	private final Applications applications;

	private final ConfigurableApplicationContext context;

	private final JsonMapper json = JsonMapper.builder().build();

	RegisterClientCommand(FederationProperties properties, Applications applications,
			ConfigurableApplicationContext context) {
		this.properties = properties;
		this.applications = applications;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String file = this.properties.registerClient();
		if (file == null || file.isBlank()) {
			return;
		}
		int code = register(Path.of(file));
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	/** Registers the definition in the file; answers the exit code. */
	int register(Path file) {
		try {
			ApplicationDefinition definition = this.json.readValue(Files.readString(file), ApplicationDefinition.class);
			this.applications.register(definition, "admin:register-client");
			LOG.info("Application {} registered (level {}, {} client)", definition.clientId(),
					definition.assuranceLevel().acr(), definition.confidential() ? "confidential" : "public");
			return 0;
		}
		catch (IllegalArgumentException ex) {
			LOG.error("Application not registered: {}", ex.getMessage());
			return 2;
		}
		catch (IOException | RuntimeException ex) {
			// Not the parser's message: it may quote the file, secret included.
			LOG.error("Application not registered: {} could not be read as an application definition ({})", file,
					ex.getClass().getSimpleName());
			return 2;
		}
	}

}
