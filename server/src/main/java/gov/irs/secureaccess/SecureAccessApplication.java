package gov.irs.secureaccess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Secure Access: identity proofing and multi-factor sign-in for taxpayers and tax professionals. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SecureAccessApplication {

	public static void main(String[] args) {
		SpringApplication.run(SecureAccessApplication.class, args);
	}

}
