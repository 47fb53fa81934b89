package gov.irs.secureaccess.platform.crypto;

import gov.irs.secureaccess.platform.db.DataFolderProperties;
import gov.irs.secureaccess.platform.db.EmbeddedMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Keys come from settings; in embedded mode with none set, from the development key file.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	@Bean
	KeyRing keyRing(CryptoProperties crypto, DataFolderProperties data, Environment environment) {
		if (crypto.isConfigured()) {
			return new KeyRing(crypto.piiKeys(), crypto.activePiiKey(), crypto.lookupKey());
		}
		if (EmbeddedMode.isActive(environment)) {
			return DevKeyFile.loadOrCreate(data.dataDir());
		}
		throw new IllegalStateException("With an external database, set secure-access.crypto.pii-keys.<id>, "
				+ "secure-access.crypto.active-pii-key and secure-access.crypto.lookup-key (see README, Settings)");
	}

	@Bean
	PiiCipher piiCipher(KeyRing keys) {
		return new PiiCipher(keys);
	}

	@Bean
	SealedJson sealedJson(PiiCipher cipher) {
		return new SealedJson(cipher);
	}

	@Bean
	KeyedHash keyedHash(KeyRing keys) {
		return new KeyedHash(keys);
	}

}
