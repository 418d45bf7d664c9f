package org.casewise.analyse.metadata;

/**
 * A child the review is about.
 *
 * @param pseudonym as the report names the child ('Child B', 'Baby F', 'Laura'), or null
 * @param ageYears  age at the incident in years (fractions for babies: three weeks is 0.06), or null
 * @param ageBand   PRIMER §5: unborn, under-1, 1-4, 5-10, 11-15, 16-17, 18-plus; or null
 * @param sex       female, male, or null when the text does not say
 */
public record Child(String pseudonym, Double ageYears, String ageBand, String sex) {
}
