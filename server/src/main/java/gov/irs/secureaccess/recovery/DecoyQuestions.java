package gov.irs.secureaccess.recovery;

import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.registration.steps.CredentialsStep;

import org.springframework.stereotype.Component;

/**
 * SIGN-7: when what was typed matches no account on the mail path, the secret-questions
 * page still shows two questions, drawn from a keyed hash of what was typed so they stay
 * the same for it, in the order the real ones are shown. No answer fits them.
 */
@Component
class DecoyQuestions {

	private final KeyedHash keyedHash;

	DecoyQuestions(KeyedHash keyedHash) {
		this.keyedHash = keyedHash;
	}

	List<String> forKey(String key) {
		String hash = this.keyedHash.of("recovery.decoy-questions", key);
		List<String> pool = new ArrayList<>(CredentialsStep.SECRET_QUESTIONS);
		String first = pool.remove(Integer.parseInt(hash.substring(0, 4), 16) % pool.size());
		String second = pool.get(Integer.parseInt(hash.substring(4, 8), 16) % pool.size());
		return List.of(first, second).stream().sorted().toList();
	}

}
