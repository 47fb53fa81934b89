package gov.irs.secureaccess.taxapps.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Document drop limits (FED-5): {@code secure-access.documents.max-file-size} (10 MB) and
 * {@code .max-files} per submission (5). The servlet's multipart limits must be a little
 * above these (application.properties), so a file over the limit reaches the page that
 * explains it.
 */
@ConfigurationProperties("secure-access.documents")
public record DocumentDropProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5") int maxFiles) {
}
