package gov.irs.secureaccess.accounts.web;

import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.agreement.AgreementSettings;
import gov.irs.secureaccess.accounts.agreement.UserAgreement;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the e-Services User Agreement (SIGN-8) in front of
 * {@code secure-access.agreement.required-paths}.
 */
@Configuration(proxyBeanMethods = false)
class AgreementWebConfiguration implements WebMvcConfigurer {

	private final AgreementSettings settings;

	private final UserAgreement agreement;

	private final AgreementAcceptances acceptances;

	AgreementWebConfiguration(AgreementSettings settings, UserAgreement agreement, AgreementAcceptances acceptances) {
		this.settings = settings;
		this.agreement = agreement;
		this.acceptances = acceptances;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AgreementInterceptor(this.agreement, this.acceptances))
			.addPathPatterns(this.settings.requiredPaths())
			.excludePathPatterns(AgreementInterceptor.AGREEMENT_PATH, AgreementInterceptor.AGREEMENT_PATH + "/**");
	}

}
