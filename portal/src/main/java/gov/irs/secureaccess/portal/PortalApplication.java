package gov.irs.secureaccess.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The tax applications portal (FED-1, FED-5): Get Transcript Online, Get an IP PIN, View
 * Balance, Online Payment Agreement, e-Services TIN Matching and the document drop,
 * reading the server's API with the user's access token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
