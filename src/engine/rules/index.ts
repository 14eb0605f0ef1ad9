// The explicit registry of rules, sorted by code. Add each new rule here (no file-system globbing).
import type { AnyRule } from './define-rule';
import aliasLimit from './alias-limit';
import apiVersionFeature from './api-version-feature';
import arrayItemsDefined from './array-items-defined';
import betweenBoundsOrder from './between-bounds-order';
import contractDescription from './contract-description';
import contractVariables from './contract-variables';
import criticalDataElementQuality from './critical-data-element-quality';
import dcsDeprecated from './dcs-deprecated';
import deprecatedDataProduct from './deprecated-data-product';
import deprecatedQualityRule from './deprecated-quality-rule';
import deprecatedSlaDefaultElement from './deprecated-sla-default-element';
import deprecatedStillUsed from './deprecated-still-used';
import deprecatedTeamArray from './deprecated-team-array';
import duplicateKey from './duplicate-key';
import duplicateSynonym from './duplicate-synonym';
import enumValidValuesAgree from './enum-valid-values-agree';
import examplesMatchType from './examples-match-type';
import idNotEmpty from './id-not-empty';
import invalidValuesArguments from './invalid-values-arguments';
import keyPositionSequence from './key-position-sequence';
import logicalTypeOptionsFit from './logical-type-options-fit';
import measureTransformLogic from './measure-transform-logic';
import minMaxOrder from './min-max-order';
import missingValuesArguments from './missing-values-arguments';
import namingConvention from './naming-convention';
import noDataOwner from './no-data-owner';
import noDataSteward from './no-data-steward';
import noGranularityDescription from './no-granularity-description';
import noSupportChannel from './no-support-channel';
import noTeam from './no-team';
import ownerHasLeft from './owner-has-left';
import ownerNotInCatalogue from './owner-not-in-catalogue';
import odcsVersionUnknown from './odcs-version-unknown';
import odcsVersionUnsupported from './odcs-version-unsupported';
import personalDataNoDpia from './personal-data-no-dpia';
import personalDataNoRetention from './personal-data-no-retention';
import personalDataUnclassified from './personal-data-unclassified';
import physicalTypeMatch from './physical-type-match';
import primaryKeyQualityChecks from './primary-key-quality-checks';
import primaryKeyRequiredUnique from './primary-key-required-unique';
import propertyDescription from './property-description';
import qualityArgumentsPropertiesExist from './quality-arguments-properties-exist';
import qualityDimensionSynonym from './quality-dimension-synonym';
import qualityRuleNotEmpty from './quality-rule-not-empty';
import qualitySingleOperator from './quality-single-operator';
import regexCompiles from './regex-compiles';
import relationshipArity from './relationship-arity';
import relationshipTargetExists from './relationship-target-exists';
import relationshipTypeMatch from './relationship-type-match';
import retentionUnitAmbiguous from './retention-unit-ambiguous';
import rowCountBounds from './row-count-bounds';
import schemaDescription from './schema-description';
import schemaInvalidEnum from './schema-invalid-enum';
import schemaInvalidValue from './schema-invalid-value';
import schemaMissingRequired from './schema-missing-required';
import schemaUnknownKey from './schema-unknown-key';
import schemaWrongType from './schema-wrong-type';
import slaElementExists from './sla-element-exists';
import specialCategoryNoDpia from './special-category-no-dpia';
import sqlSyntax from './sql-syntax';
import sqlUnknownPlaceholder from './sql-unknown-placeholder';
import sqlUnknownReference from './sql-unknown-reference';
import statusValue from './status-value';
import teamMemberLeft from './team-member-left';
import timestampFreshnessSla from './timestamp-freshness-sla';
import todoPlaceholder from './todo-placeholder';
import ukgovAccessRights from './ukgov-access-rights';
import ukgovContactPoint from './ukgov-contact-point';
import ukgovLicence from './ukgov-licence';
import ukgovSecurityClassification from './ukgov-security-classification';
import ukgovUpdateFrequency from './ukgov-update-frequency';
import uniqueCustomProperties from './unique-custom-properties';
import uniqueIds from './unique-ids';
import uniqueNames from './unique-names';
import unknownClassification from './unknown-classification';
import yamlSyntax from './yaml-syntax';

const registered: AnyRule[] = [
  // Syntax and schema: reported by the engine.
  yamlSyntax,
  duplicateKey,
  aliasLimit,
  dcsDeprecated,
  odcsVersionUnsupported,
  odcsVersionUnknown,
  schemaUnknownKey,
  schemaInvalidEnum,
  schemaMissingRequired,
  schemaWrongType,
  schemaInvalidValue,
  apiVersionFeature,
  // Semantic rules: add below, one line per rule.
  noTeam,
  primaryKeyRequiredUnique,
  noDataOwner,
  deprecatedDataProduct,
  deprecatedSlaDefaultElement,
  deprecatedTeamArray,
  deprecatedQualityRule,
  primaryKeyQualityChecks,
  personalDataUnclassified,
  criticalDataElementQuality,
  personalDataNoRetention,
  timestampFreshnessSla,
  invalidValuesArguments,
  qualitySingleOperator,
  namingConvention,
  specialCategoryNoDpia,
  personalDataNoDpia,
  betweenBoundsOrder,
  rowCountBounds,
  qualityDimensionSynonym,
  unknownClassification,
  relationshipTargetExists,
  relationshipArity,
  contractDescription,
  slaElementExists,
  schemaDescription,
  propertyDescription,
  noGranularityDescription,
  uniqueIds,
  uniqueNames,
  todoPlaceholder,
  statusValue,
  teamMemberLeft,
  noSupportChannel,
  noDataSteward,
  ukgovContactPoint,
  keyPositionSequence,
  sqlSyntax,
  sqlUnknownPlaceholder,
  sqlUnknownReference,
  ukgovSecurityClassification,
  ukgovAccessRights,
  logicalTypeOptionsFit,
  ukgovUpdateFrequency,
  ukgovLicence,
  minMaxOrder,
  regexCompiles,
  examplesMatchType,
  retentionUnitAmbiguous,
  relationshipTypeMatch,
  qualityArgumentsPropertiesExist,
  missingValuesArguments,
  ownerNotInCatalogue,
  ownerHasLeft,
  idNotEmpty,
  qualityRuleNotEmpty,
  arrayItemsDefined,
  uniqueCustomProperties,
  physicalTypeMatch,
  enumValidValuesAgree,
  measureTransformLogic,
  contractVariables,
  deprecatedStillUsed,
  duplicateSynonym,
];

export const allRules: readonly AnyRule[] = [...registered].sort((a, b) => a.meta.code.localeCompare(b.meta.code));
export const ruleById: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));
export const ruleByCode: ReadonlyMap<string, AnyRule> = new Map(allRules.map((rule) => [rule.meta.code, rule]));
