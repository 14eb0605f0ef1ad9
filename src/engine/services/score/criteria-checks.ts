// What raises consistency, timeliness and accuracy: references between tables, freshness and checks against reality.
import { str } from '../../contract-nodes';
import type { CriterionGroup, CriterionItem, StepPlan } from './score-types';
import { isV31, type CriteriaContext } from './criteria-context';
import {
  hasCheck,
  hasRelationship,
  isColumn,
  isCritical,
  isPrimaryKey,
  isTemporal,
  likelyReference,
  objectHasCheckAnywhere,
  yamlText,
} from './contract-facts';
import { isPlaceholder, isRealText } from './placeholders';

const FRESHNESS = /^(latency|freshness|frequency|timeofavailability|ttl)$/i;

const textRule = (description: string, dimension: string, extra = '') =>
  `type: text\ndescription: ${yamlText(description)}\ndimension: ${dimension}${extra}`;

export function consistency(ctx: CriteriaContext): CriterionGroup[] {
  const { parts } = ctx;
  const references = isV31(ctx)
    ? parts.properties
        .filter((p) => isColumn(p) && !isPrimaryKey(p))
        .flatMap((p) => {
          const target = likelyReference(p, parts.schemaObjects, parts.properties);
          return target ? [{ p, target }] : [];
        })
    : [];
  return [
    {
      area: 'consistency',
      weight: 2,
      label: 'references to other tables are declared as relationships',
      items: references.map(({ p, target }): CriterionItem => {
        const to = `${target.object.name}.${target.key.name}`;
        return {
          met: hasRelationship(p),
          target: p.label,
          path: p.path,
          action: `Declare that ${p.label} refers to ${to}`,
          plan: { kind: 'add-item', mapPath: p.path, key: 'relationships', itemYaml: `type: foreignKey\nto: ${to}` },
        };
      }),
    },
    {
      area: 'consistency',
      weight: 1,
      label: 'tables have a consistency check',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: objectHasCheckAnywhere(o, parts.properties, 'consistency'),
        target: o.label,
        path: o.path,
        action: `Add a consistency check on ${o.label}`,
        plan: {
          kind: 'add-item',
          mapPath: o.path,
          key: 'quality',
          itemYaml: textRule(
            `Values in ${o.name ?? 'this table'} agree with each other and with the tables they refer to.`,
            'consistency',
          ),
        },
      })),
    },
  ];
}

export function timeliness(ctx: CriteriaContext): CriterionGroup[] {
  const { parts } = ctx;
  const temporal = parts.properties.filter((p) => isColumn(p) && p.parent === undefined && isTemporal(p));
  const element =
    temporal[0] && temporal[0].schemaObject.name && temporal[0].name
      ? `${temporal[0].schemaObject.name}.${temporal[0].name}`
      : undefined;
  // a promise whose value is still a placeholder ("TBD") promises nothing yet
  const freshness = parts.slaProperties.filter(
    (s) => FRESHNESS.test(str(s.value.property) ?? '') && !isPlaceholder(s.value.value),
  );
  // how fresh the data must be is the owner's promise to make: the step leaves the value to fill in
  const slaPlan: StepPlan = {
    kind: 'add-item',
    mapPath: [],
    key: 'slaProperties',
    itemYaml: `property: latency\nvalue: TODO-agreed-value\nunit: d${element ? `\nelement: ${element}` : ''}`,
  };
  const objectsWithTime = parts.schemaObjects.filter((o) => temporal.some((p) => p.schemaObject === o));
  return [
    {
      area: 'timeliness',
      weight: 2,
      label: 'the contract promises how fresh the data is (a latency or frequency SLA)',
      items:
        parts.schemaObjects.length === 0
          ? []
          : [
              {
                met: freshness.length > 0,
                target: 'The contract',
                path: [],
                action: `Add a latency SLA${element ? ` on ${element}` : ''}`,
                plan: slaPlan,
              },
            ],
    },
    {
      area: 'timeliness',
      weight: 1,
      label: 'freshness SLAs name the element they are measured on',
      items: freshness.map((s): CriterionItem => ({
        met: isRealText(s.value.element),
        target: s.label,
        path: s.path,
        ...(element
          ? {
              action: `Name the element ${s.label} is measured on (${element})`,
              plan: { kind: 'set' as const, mapPath: s.path, key: 'element', yaml: element },
            }
          : {}),
      })),
    },
    {
      area: 'timeliness',
      weight: 1,
      label: 'tables with a date or timestamp have a timeliness check',
      items: objectsWithTime.map((o): CriterionItem => {
        const column = temporal.find((p) => p.schemaObject === o);
        return {
          met: objectHasCheckAnywhere(o, parts.properties, 'timeliness'),
          target: o.label,
          path: o.path,
          action: `Add a timeliness check on ${o.label}`,
          plan: {
            kind: 'add-item',
            mapPath: o.path,
            key: 'quality',
            itemYaml: textRule(`TODO - say how old the newest ${column?.name ?? 'record'} may be`, 'timeliness'),
          },
        };
      }),
    },
  ];
}

export function accuracy(ctx: CriteriaContext): CriterionGroup[] {
  const { parts } = ctx;
  const critical = parts.properties.filter((p) => isColumn(p) && isCritical(p));
  const firstKey = parts.properties.find((p) => isColumn(p) && isPrimaryKey(p)) ?? parts.properties.find(isColumn);
  return [
    {
      area: 'accuracy',
      weight: 1,
      label: 'critical data elements are identified',
      items:
        parts.properties.length === 0
          ? []
          : [
              {
                met: critical.length > 0,
                target: 'The contract',
                path: [],
                ...(firstKey
                  ? {
                      action: `Mark ${firstKey.label} as a critical data element`,
                      plan: { kind: 'set' as const, mapPath: firstKey.path, key: 'criticalDataElement', yaml: 'true' },
                    }
                  : {}),
              },
            ],
    },
    {
      area: 'accuracy',
      weight: 2,
      label: 'critical data elements are checked against reality',
      items: critical.map((p): CriterionItem => ({
        met: hasCheck(p.value, 'accuracy'),
        target: p.label,
        path: p.path,
        action: `Add an accuracy check on ${p.label}`,
        plan: {
          kind: 'add-item',
          mapPath: p.path,
          key: 'quality',
          itemYaml: textRule(
            `Values of ${p.name ?? 'this property'} match the system of record.`,
            'accuracy',
            '\nmethod: reconciliation',
          ),
        },
      })),
    },
    {
      area: 'accuracy',
      weight: 1,
      label: 'tables have an accuracy check',
      items: parts.schemaObjects.map((o): CriterionItem => ({
        met: objectHasCheckAnywhere(o, parts.properties, 'accuracy'),
        target: o.label,
        path: o.path,
        action: `Add an accuracy check on ${o.label}`,
        plan: {
          kind: 'add-item',
          mapPath: o.path,
          key: 'quality',
          itemYaml: textRule(
            `Row counts of ${o.name ?? 'this table'} reconcile with the source system.`,
            'accuracy',
            '\nmethod: reconciliation',
          ),
        },
      })),
    },
  ];
}
