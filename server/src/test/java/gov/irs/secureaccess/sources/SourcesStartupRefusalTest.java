package gov.irs.secureaccess.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import gov.irs.secureaccess.SecureAccessApplication;
import gov.irs.secureaccess.sources.csv.SourceLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An operator who points the service at a bad extract finds out at once: the service does
 * not start.
 */
class SourcesStartupRefusalTest {

	@TempDir
	private Path folder;

	@Test
	void whenCsvFolderHasABadFile_thenTheServiceRefusesToStartNamingFileLineAndReason() throws IOException {
		Files.writeString(this.folder.resolve("credit_files.csv"), "ssn,frozen\n999-46-0001,maybe\n",
				StandardCharsets.UTF_8);
		SpringApplicationBuilder service = new SpringApplicationBuilder(SecureAccessApplication.class).profiles("test");

		assertThatThrownBy(() -> service.run("--server.port=0", "--spring.main.banner-mode=off",
				"--secure-access.sources.csv-dir=" + this.folder))
			.isInstanceOf(SourceLoadException.class)
			.hasMessageContaining("credit_files.csv line 2: frozen must be true or false");
	}

}
