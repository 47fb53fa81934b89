package gov.irs.secureaccess;

import gov.irs.secureaccess.registration.address.AddressCompareCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Secure Access: identity proofing and multi-factor sign-in for taxpayers and tax
 * professionals.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SecureAccessApplication {

	public static void main(String[] args) {
		String pairs = AddressCompareCommand.fileArgument(args);
		if (pairs != null) {
			// Measures a labelled address corpus and exits; nothing of the service starts
			// (no database, no web).
			System.exit(AddressCompareCommand.run(pairs, System.out, System.err));
		}
		SpringApplication.run(SecureAccessApplication.class, args);
	}

}
