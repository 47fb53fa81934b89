package gov.irs.secureaccess.factors;

/**
 * What a journey keeps for checking an answer: the subject its codes were issued to and,
 * when a passkey ceremony was started, its challenge (base64url), or null.
 */
public record FactorChallenge(String codeSubject, String passkeyChallenge) {

}
