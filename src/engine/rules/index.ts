// The rule registry, sorted by code. Generated from the rule files by `npm run gen:rules`; do not edit by hand.
import type { AnyRule } from './define-rule';
import yamlSyntax from './yaml-syntax';
import duplicateKey from './duplicate-key';
import aliasLimit from './alias-limit';
import dcsDeprecated from './dcs-deprecated';
import odcsVersionUnsupported from './odcs-version-unsupported';
import odcsVersionUnknown from './odcs-version-unknown';
import schemaUnknownKey from './schema-unknown-key';
import schemaInvalidEnum from './schema-invalid-enum';
import schemaMissingRequired from './schema-missing-required';
import schemaWrongType from './schema-wrong-type';
import schemaInvalidValue from './schema-invalid-value';
import apiVersionFeature from './api-version-feature';
import noTeam from './no-team';
import noDataOwner from './no-data-owner';
import teamMemberLeft from './team-member-left';
import noSupportChannel from './no-support-channel';
import noDataSteward from './no-data-steward';
import ukgovContactPoint from './ukgov-contact-point';
import contractDescription from './contract-description';
import schemaDescription from './schema-description';
import propertyDescription from './property-description';
import noGranularityDescription from './no-granularity-description';
import todoPlaceholder from './todo-placeholder';
import ukgovUpdateFrequency from './ukgov-update-frequency';
import ukgovLicence from './ukgov-licence';
import statusValue from './status-value';
import personalDataUnclassified from './personal-data-unclassified';
import personalDataNoRetention from './personal-data-no-retention';
import specialCategoryNoDpia from './special-category-no-dpia';
import personalDataNoDpia from './personal-data-no-dpia';
import unknownClassification from './unknown-classification';
import ukgovSecurityClassification from './ukgov-security-classification';
import ukgovAccessRights from './ukgov-access-rights';
import primaryKeyRequiredUnique from './primary-key-required-unique';
import primaryKeyQualityChecks from './primary-key-quality-checks';
import criticalDataElementQuality from './critical-data-element-quality';
import timestampFreshnessSla from './timestamp-freshness-sla';
import invalidValuesArguments from './invalid-values-arguments';
import qualitySingleOperator from './quality-single-operator';
import betweenBoundsOrder from './between-bounds-order';
import rowCountBounds from './row-count-bounds';
import qualityDimensionSynonym from './quality-dimension-synonym';
import missingValuesArguments from './missing-values-arguments';
import relationshipTargetExists from './relationship-target-exists';
import relationshipArity from './relationship-arity';
import slaElementExists from './sla-element-exists';
import uniqueIds from './unique-ids';
import uniqueNames from './unique-names';
import keyPositionSequence from './key-position-sequence';
import logicalTypeOptionsFit from './logical-type-options-fit';
import minMaxOrder from './min-max-order';
import regexCompiles from './regex-compiles';
import examplesMatchType from './examples-match-type';
import retentionUnitAmbiguous from './retention-unit-ambiguous';
import relationshipTypeMatch from './relationship-type-match';
import qualityArgumentsPropertiesExist from './quality-arguments-properties-exist';
import deprecatedDataProduct from './deprecated-data-product';
import deprecatedSlaDefaultElement from './deprecated-sla-default-element';
import deprecatedTeamArray from './deprecated-team-array';
import deprecatedQualityRule from './deprecated-quality-rule';
import namingConvention from './naming-convention';
import sqlSyntax from './sql-syntax';
import sqlUnknownPlaceholder from './sql-unknown-placeholder';
import sqlUnknownReference from './sql-unknown-reference';
import ownerNotInCatalogue from './owner-not-in-catalogue';
import ownerHasLeft from './owner-has-left';
import idNotEmpty from './id-not-empty';
import qualityRuleNotEmpty from './quality-rule-not-empty';
import arrayItemsDefined from './array-items-defined';
import uniqueCustomProperties from './unique-custom-properties';
import physicalTypeMatch from './physical-type-match';
import enumValidValuesAgree from './enum-valid-values-agree';
import measureTransformLogic from './measure-transform-logic';
import contractVariables from './contract-variables';
import deprecatedStillUsed from './deprecated-still-used';
import duplicateSynonym from './duplicate-synonym';

/** Every rule, sorted by code. */
export const allRules: readonly AnyRule[] = [
  yamlSyntax, // DCL001
  duplicateKey, // DCL002
  aliasLimit, // DCL003
  dcsDeprecated, // DCL004
  odcsVersionUnsupported, // DCL005
  odcsVersionUnknown, // DCL006
  schemaUnknownKey, // DCL010
  schemaInvalidEnum, // DCL011
  schemaMissingRequired, // DCL012
  schemaWrongType, // DCL013
  schemaInvalidValue, // DCL014
  apiVersionFeature, // DCL015
  noTeam, // DCL100
  noDataOwner, // DCL101
  teamMemberLeft, // DCL102
  noSupportChannel, // DCL103
  noDataSteward, // DCL104
  ukgovContactPoint, // DCL105
  contractDescription, // DCL120
  schemaDescription, // DCL121
  propertyDescription, // DCL122
  noGranularityDescription, // DCL123
  todoPlaceholder, // DCL124
  ukgovUpdateFrequency, // DCL125
  ukgovLicence, // DCL126
  statusValue, // DCL127
  personalDataUnclassified, // DCL140
  personalDataNoRetention, // DCL141
  specialCategoryNoDpia, // DCL142
  personalDataNoDpia, // DCL143
  unknownClassification, // DCL144
  ukgovSecurityClassification, // DCL145
  ukgovAccessRights, // DCL146
  primaryKeyRequiredUnique, // DCL160
  primaryKeyQualityChecks, // DCL161
  criticalDataElementQuality, // DCL162
  timestampFreshnessSla, // DCL163
  invalidValuesArguments, // DCL164
  qualitySingleOperator, // DCL165
  betweenBoundsOrder, // DCL166
  rowCountBounds, // DCL167
  qualityDimensionSynonym, // DCL168
  missingValuesArguments, // DCL169
  relationshipTargetExists, // DCL190
  relationshipArity, // DCL191
  slaElementExists, // DCL192
  uniqueIds, // DCL193
  uniqueNames, // DCL194
  keyPositionSequence, // DCL195
  logicalTypeOptionsFit, // DCL196
  minMaxOrder, // DCL197
  regexCompiles, // DCL198
  examplesMatchType, // DCL199
  retentionUnitAmbiguous, // DCL200
  relationshipTypeMatch, // DCL201
  qualityArgumentsPropertiesExist, // DCL202
  deprecatedDataProduct, // DCL220
  deprecatedSlaDefaultElement, // DCL221
  deprecatedTeamArray, // DCL222
  deprecatedQualityRule, // DCL223
  namingConvention, // DCL240
  sqlSyntax, // DCL250
  sqlUnknownPlaceholder, // DCL251
  sqlUnknownReference, // DCL252
  ownerNotInCatalogue, // DCL270
  ownerHasLeft, // DCL271
  idNotEmpty, // DCL280
  qualityRuleNotEmpty, // DCL281
  arrayItemsDefined, // DCL282
  uniqueCustomProperties, // DCL283
  physicalTypeMatch, // DCL284
  enumValidValuesAgree, // DCL300
  measureTransformLogic, // DCL301
  contractVariables, // DCL302
  deprecatedStillUsed, // DCL303
  duplicateSynonym, // DCL304
];
export const ruleById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));
export const ruleByCode: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.code, rule]));
