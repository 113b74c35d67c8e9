package dev.omegacoup;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The Gherkin suite of features/, run by the build against the embedded stub. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
class RunConformanceSuiteTest {
}
