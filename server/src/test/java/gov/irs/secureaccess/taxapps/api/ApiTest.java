package gov.irs.secureaccess.taxapps.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import gov.irs.secureaccess.support.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the tax applications' API against the whole service, with callers from
 * {@link HeaderApiCallers}. The API's classes share this one context (and its database);
 * only they register people in it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@Import({ TestClockConfiguration.class, HeaderApiCallers.class })
public @interface ApiTest {

}
