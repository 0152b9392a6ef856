// Shared criteria for the targeting tests.
import { Facet, targeting } from "../../src/targeting/index.js";
import { urn } from "../../src/urn.js";

/** The README's worked example: finance directors in the US who speak English, excluding entry level. */
export const financeDirectors = () =>
  targeting()
    .include(Facet.locations, urn.geo(103644278))
    .include(Facet.interfaceLocales, urn.locale("en_US"))
    .include(Facet.jobFunctions, urn.function(10))
    .include(Facet.seniorities, urn.seniority(6))
    .exclude(Facet.seniorities, urn.seniority(3))
    .build();
