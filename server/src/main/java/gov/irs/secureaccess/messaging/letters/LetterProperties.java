package gov.irs.secureaccess.messaging.letters;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The letter batch (MSG-2).
 *
 * @param batchDir folder the batches are written to, one sub-folder per batch; when
 * unset, {@code <secure-access.data-dir>/letters}
 * @param batchCron when the daily batch runs (Spring cron, server time zone); the default
 * is 02:00
 */
@ConfigurationProperties("secure-access.letters")
public record LetterProperties(Path batchDir, @DefaultValue("0 0 2 * * *") String batchCron) {
}
