package dev.omegacoup.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Settings of the stub that {@link OmegaStubExtension} starts for an annotated class. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OmegaStubConfig {

    /** A data set file; empty for the default one. */
    String dataSet() default "";

    /** A folder of WireMock mappings; empty for the default ones. */
    String mappings() default "";

    /** Where OMEGA's clock starts, e.g. 2027-01-11T09:00:00+01:00; empty for now. */
    String clock() default "";
}
