// What each ODCS v3.2.0 negative test must be reported as: the 1-based line of the cause (from the file's header
// comment and name, checked against the official schema's errors), the words the error there must contain, and how
// many distinct mistakes the file holds (ajv's follow-on `unevaluatedProperties` and `if`/`oneOf` summaries are not
// mistakes). A missing key is reported on the object that lacks it: the first line of that object.
export interface NegativeExpectation {
  line: number;
  says: RegExp[];
  causes: number;
}

export const NEGATIVE_V32: Record<string, NegativeExpectation> = {
  'additional-unknown-property.odcs.yaml': { line: 9, says: [/'unknownRootField'/], causes: 1 },
  'btrieve-missing-host.odcs.yaml': { line: 15, says: [/'host'/], causes: 1 },
  'deprecated-wrong-type.odcs.yaml': { line: 18, says: [/'deprecated'/, /true or false/], causes: 1 },
  'enum-duplicate-values.odcs.yaml': { line: 17, says: [/enum/i, /repeat|duplicate|twice|more than once/i], causes: 1 },
  'enum-empty.odcs.yaml': { line: 15, says: [/'enum'/, /empty|at least one/i], causes: 1 },
  'enum-missing-value.odcs.yaml': { line: 16, says: [/'value'/, /enum/i], causes: 1 },
  'exasol-missing-host.odcs.yaml': { line: 13, says: [/'host'/], causes: 1 },
  'fastobjects-missing-database.odcs.yaml': { line: 15, says: [/'database'/], causes: 1 },
  'hana-missing-host.odcs.yaml': { line: 13, says: [/'host'/], causes: 1 },
  'iceberg-missing-catalogurl.odcs.yaml': { line: 14, says: [/'catalogUrl'/], causes: 1 },
  'ingres-missing-host.odcs.yaml': { line: 13, says: [/'host'/], causes: 1 },
  'invalid-api-version.odcs.yaml': { line: 5, says: [/v4\.0\.0/], causes: 1 },
  'invalid-kind.odcs.yaml': { line: 6, says: [/'DataModel'/, /DataContract/], causes: 1 },
  'invalid-quality-dimension.odcs.yaml': { line: 20, says: [/'validity'/], causes: 1 },
  'invalid-quality-metric.odcs.yaml': { line: 17, says: [/'invalidMetric'/], causes: 1 },
  'invalid-quality-type.odcs.yaml': { line: 17, says: [/type 'unknown'/], causes: 1 },
  'map-missing-block.odcs.yaml': { line: 13, says: [/'map'/], causes: 1 },
  // the `map` block lacks its key (and value) type: the message must say it is the map, not the property, that lacks it
  'map-missing-key.odcs.yaml': { line: 15, says: [/'key'/, /\bmap\b/i], causes: 1 },
  'map-missing-value.odcs.yaml': { line: 15, says: [/'value'/, /\bmap\b/i], causes: 1 },
  'missing-required-fields.odcs.yaml': { line: 4, says: [/'id'/], causes: 1 },
  'quality-custom-missing-implementation.odcs.yaml': { line: 17, says: [/'implementation'/], causes: 1 },
  // 'element' is no key of a quality rule; 'rule' is only accepted on a library rule, which this one is not
  'quality-element-field.odcs.yaml': { line: 18, says: [/'element'/], causes: 2 },
  'quality-library-missing-metric.odcs.yaml': { line: 17, says: [/'metric'/], causes: 1 },
  'quality-multiple-operators.odcs.yaml': { line: 20, says: [/mustNotBe/], causes: 1 },
  'quality-mustbebetween-wrong-size.odcs.yaml': { line: 15, says: [/'mustBeBetween'/, /two/], causes: 1 },
  'quality-sql-missing-query.odcs.yaml': { line: 17, says: [/'query'/], causes: 1 },
  'relationship-property-level-with-from.odcs.yaml': { line: 17, says: [/'from'/], causes: 1 },
  'relationship-schema-level-missing-from-to.odcs.yaml': { line: 13, says: [/'from'/], causes: 2 },
  'schema-property-invalid-logicaltype.odcs.yaml': { line: 14, says: [/'binary'/], causes: 1 },
  'schema-property-missing-name.odcs.yaml': { line: 13, says: [/'name'/], causes: 1 },
  'server-encoding-wrong-type.odcs.yaml': { line: 17, says: [/'encoding'/, /text/], causes: 1 },
  'server-invalid-type.odcs.yaml': { line: 11, says: [/'mongodb'/], causes: 1 },
  // athena needs 'schema'; since v3.2.0 'stagingDir' is optional
  'server-missing-conditional-fields.odcs.yaml': { line: 10, says: [/'schema'/], causes: 1 },
  'server-missing-required-fields.odcs.yaml': { line: 10, says: [/'server'/], causes: 2 },
  'sla-authoritativedefinition-missing-type.odcs.yaml': {
    line: 19,
    says: [/'type'/, /authoritative definition/i],
    causes: 1,
  },
  'sla-missing-required-value.odcs.yaml': { line: 10, says: [/'value'/, /'latency'/], causes: 1 },
  'stable-id-denied-characters.odcs.yaml': { line: 14, says: [/'id'/, /fdir\.dataset/], causes: 1 },
  'synonym-missing-term.odcs.yaml': { line: 18, says: [/'synonym'/], causes: 1 },
  'teradata-missing-host.odcs.yaml': { line: 13, says: [/'host'/], causes: 1 },
  // a ${VAR} is text, so it cannot stand where a whole number is required (the server port is the one exception)
  'variables-in-integer-field.odcs.yaml': { line: 31, says: [/'primaryKeyPosition'/, /whole number/], causes: 1 },
  'vector-missing-dimensions.odcs.yaml': { line: 18, says: [/'dimensions'/], causes: 1 },
  'vectorwise-missing-database.odcs.yaml': { line: 13, says: [/'database'/], causes: 1 },
  'vendor-wrong-type.odcs.yaml': { line: 15, says: [/'vendor'/, /text/], causes: 1 },
  'versant-missing-database.odcs.yaml': { line: 14, says: [/'database'/], causes: 1 },
};

/** Words that belong to a validator, not to a message for analysts. */
export const NOT_PLAIN = [
  /\w\[\d+\]/,
  /(^|\s)\/\w+\/\d/,
  /#\/\$defs|\$defs\//,
  /unevaluated/i,
  /must NOT/,
  /instancePath|allOf|oneOf|anyOf/,
];
