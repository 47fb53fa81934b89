package gov.irs.secureaccess.platform.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded mode keeps its state.
 *
 * @param dataDir folder for the embedded PostgreSQL cluster and the development keys
 * ({@code --secure-access.data-dir})
 * @param embeddedDbPort port of the embedded PostgreSQL on loopback; 0 picks a free one
 * @param embeddedDbEphemeral wipe the embedded cluster when the service stops (tests
 * only)
 */
@ConfigurationProperties("secure-access")
public record DataFolderProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedDbPort,
		@DefaultValue("false") boolean embeddedDbEphemeral) {
}
