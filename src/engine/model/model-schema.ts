// Schema objects, their properties (with the logicalType branches), array items,
// logicalTypeOptions per logical type, and relationships.
import * as L from './leaves';
import { authDefs, child, context, customProps, field, idField, pick, tags, type VersionFlags } from './model-shared';
import { simpleNode, type FieldSpec, type Fields, type NodeSpec, type Shape } from './spec';

const LOGICAL_TYPES_30 = ['string', 'date', 'number', 'integer', 'object', 'array', 'boolean'];
const LOGICAL_TYPES_31 = ['string', 'date', 'timestamp', 'time', 'number', 'integer', 'object', 'array', 'boolean'];
const LOGICAL_TYPES_32 = [...LOGICAL_TYPES_31, 'map', 'vector'];

function optionsNode(
  fields: Fields,
  open: boolean,
  byType?: Record<string, Fields>,
  required: readonly string[] = [],
): NodeSpec {
  const shape: Shape = { fields, required, open };
  const whereAllowed = (key: string): string | undefined => {
    if (!byType) return undefined;
    const types = Object.keys(byType).filter((t) => key in byType[t]);
    if (types.length === 0) return undefined;
    return (
      `an option for logicalType ${types.join(' or ')}` +
      (Object.keys(fields).length ? '' : '; set a logicalType first')
    );
  };
  return { kind: 'logicalTypeOptions', allFields: fields, shape: () => shape, whereAllowed };
}

/** logicalTypeOptions allowed for each logical type (the if/then blocks of SchemaBaseProperty). */
function optionsByType(f: VersionFlags): Record<string, Fields> {
  const exclusiveDate = f.v31 ? L.text : L.bool;
  const exclusiveNumber = f.v31 ? L.num : L.bool;
  const exclusiveWord = f.v31 ? 'the bound itself not included' : 'true: the bound itself is not included';
  const dateOptions: Fields = {
    format: field(L.text, 'Format of the value, e.g. yyyy-MM-dd.'),
    exclusiveMaximum: field(exclusiveDate, `Upper bound, ${exclusiveWord}.`),
    maximum: field(L.text, 'Latest allowed value.'),
    exclusiveMinimum: field(exclusiveDate, `Lower bound, ${exclusiveWord}.`),
    minimum: field(L.text, 'Earliest allowed value.'),
  };
  const numeric = (formats: string[]): Fields => ({
    multipleOf: field(L.positiveNumber, 'Values must be a multiple of this number.'),
    maximum: field(L.num, 'Largest allowed value.'),
    exclusiveMaximum: field(exclusiveNumber, `Upper bound, ${exclusiveWord}.`),
    minimum: field(L.num, 'Smallest allowed value.'),
    exclusiveMinimum: field(exclusiveNumber, `Lower bound, ${exclusiveWord}.`),
    format: field(L.oneOf(formats), 'Storage format of the number.'),
  });
  const byType: Record<string, Fields> = {
    string: {
      minLength: field(L.nonNegativeInteger, 'Minimum length of the text.'),
      maxLength: field(L.nonNegativeInteger, 'Maximum length of the text.'),
      pattern: field(L.text, 'Regular expression the text must match.'),
      format: field(L.text, 'Format of the text, e.g. email, uuid, uri.'),
    },
    date: dateOptions,
    integer: numeric(['i8', 'i16', 'i32', 'i64', 'i128', 'u8', 'u16', 'u32', 'u64', 'u128']),
    number: numeric(['f32', 'f64']),
    object: {
      maxProperties: field(L.nonNegativeInteger, 'Maximum number of properties.'),
      minProperties: field(L.nonNegativeInteger, 'Minimum number of properties.'),
      required: field(L.distinctTextList, 'Names of the properties that must be present.'),
    },
    array: {
      maxItems: field(L.nonNegativeInteger, 'Maximum number of items.'),
      minItems: field(L.nonNegativeInteger, 'Minimum number of items.'),
      uniqueItems: field(L.bool, 'true: all items must be different.'),
    },
  };
  if (f.v31) {
    const temporal: Fields = {
      ...dateOptions,
      timezone: field(L.bool, 'true: values carry a time zone.'),
      defaultTimezone: field(L.text, 'Time zone assumed when a value has none, e.g. Etc/UTC.'),
    };
    byType.timestamp = temporal;
    byType.time = temporal;
  }
  if (f.v32) {
    byType.vector = {
      dimensions: field(L.positiveInteger, 'Number of dimensions of each vector, e.g. 1536.'),
      elementType: field(
        L.oneOf(['bfloat16', 'binary', 'float16', 'float32', 'float64', 'int8', 'uint8']),
        'Type of each element; float32 when not given.',
      ),
      distanceMetric: field(
        L.oneOf(['cosine', 'dotProduct', 'euclidean', 'hamming', 'manhattan']),
        'How the distance between two vectors is measured.',
      ),
      normalized: field(L.bool, 'true: vectors are normalised to unit length.'),
      embeddingModel: field(L.text, 'Model that produced the embeddings, e.g. text-embedding-3-small.'),
      embeddingModelVersion: field(L.text, 'Version of the embedding model.'),
    };
  }
  return byType;
}

/** Option keys that must be present for a logical type (vector needs its dimensions). */
const REQUIRED_OPTIONS: Record<string, string[]> = { vector: ['dimensions'] };

export function schemaNodes(f: VersionFlags): NodeSpec[] {
  const { v31, v32 } = f;
  const logicalTypes = v32 ? LOGICAL_TYPES_32 : v31 ? LOGICAL_TYPES_31 : LOGICAL_TYPES_30;
  const element = pick([
    ['id', idField, v31],
    ['name', field(L.text, 'Name of the element.')],
    ['physicalType', field(L.text, 'Physical type, e.g. table, view, topic, VARCHAR(20).')],
    ['description', field(L.text, 'Description of the element.')],
    ['businessName', field(L.text, 'Business name of the element.')],
    ['deprecated', field(L.bool, 'true: the element is no longer recommended for use; it stays documented.'), v32],
    ['synonyms', child('synonym', true, 'Other names people or tools use for the element.'), v32],
    ['authoritativeDefinitions', authDefs],
    ['tags', tags],
    ['customProperties', customProps],
  ]);
  const schema: NodeSpec = {
    kind: 'schema',
    allFields: pick([
      ...Object.entries(element),
      ['logicalType', field(L.oneOf(['object']), 'Logical type of a schema object; always object.')],
      ['physicalName', field(L.text, 'Physical name of the table, topic or file.')],
      ['dataGranularityDescription', field(L.text, 'Granularity of the data: what one row stands for.')],
      ['properties', child('property', true, 'The columns or fields of the object.')],
      ['relationships', child('schemaRelationship', true, 'Foreign-key relationships between objects.'), v31],
      ['quality', child('quality', true, 'Data quality rules for the object.')],
      ['context', context, v32],
    ] as Array<[string, FieldSpec, boolean?]>),
    shape() {
      return schemaShape;
    },
  };
  const schemaShape: Shape = { fields: schema.allFields, required: ['name'], open: false };

  const base = pick([
    ...Object.entries(element),
    ['primaryKey', field(L.bool, 'true: the property is part of the primary key.')],
    ['primaryKeyPosition', field(L.integer, 'Position in a composite primary key, starting at 1.')],
    ['logicalType', field(L.oneOf(logicalTypes), 'Logical type of the values.')],
    [
      'logicalTypeOptions',
      child('logicalTypeOptions', false, 'Constraints for the logical type, e.g. maxLength, minimum, format.'),
    ],
    ['physicalName', field(L.text, 'Physical name of the column or field.'), f.v302],
    ['required', field(L.bool, 'true: a value must be present (not null).')],
    ['unique', field(L.bool, 'true: values must be unique.')],
    ['partitioned', field(L.bool, 'true: the data is partitioned by this property.')],
    ['partitionKeyPosition', field(L.integer, 'Position in the partition key, starting at 1.')],
    [
      'semanticType',
      field(
        L.oneOf(['column', 'measure', 'dimension']),
        'The role of the property in analysis: column (default), measure or dimension.',
      ),
      v32,
    ],
    ['classification', field(L.text, 'Data classification, e.g. public, restricted, confidential.')],
    ['encryptedName', field(L.text, 'Name of the encrypted copy of the property.')],
    ['transformSourceObjects', field(L.textList, 'Objects the value is derived from.')],
    ['transformLogic', field(L.text, 'Logic used to derive the value.')],
    ['transformDescription', field(L.text, 'Plain-language description of the transformation.')],
    ['examples', field(L.anyList, 'Example values.')],
    [
      'enum',
      child('enumValue', true, 'The only values the property may take, each with a label and description.', {
        minItems: 1,
        uniqueItems: true,
      }),
      v32,
    ],
    ['criticalDataElement', field(L.bool, 'true: a critical data element.')],
    ['relationships', child('propertyRelationship', true, 'Foreign-key relationships from this property.'), v31],
    ['quality', child('quality', true, 'Data quality rules for the property.')],
  ] as Array<[string, FieldSpec, boolean?]>);
  const nestedProperties = child('property', true, 'The properties of an object value.');
  const itemsField = child('items', false, 'What each item of the array is.');
  const mapField = child(
    'map',
    false,
    'The keys and values of a map: key and value, each described like an array item.',
  );

  const optionFields = optionsByType(f);
  // Without a logicalType every if/then applies at once: only options allowed by all types remain (none).
  const untypedOptions = optionsNode({}, false, optionFields);
  const anyOptions = optionsNode({}, true); // boolean: the schema only asks for a mapping

  const optionsByName = new Map(
    Object.keys(optionFields).map((t) => [t, optionsNode(optionFields[t], false, optionFields, REQUIRED_OPTIONS[t])]),
  );

  function propertyShapes(isItems: boolean): (obj: Record<string, unknown>) => Shape {
    const cache = new Map<string, Shape>();
    const make = (logicalType: string | undefined): Shape => {
      const fields: Record<string, FieldSpec> = { ...base };
      const options =
        logicalType === undefined
          ? untypedOptions
          : optionFields[logicalType]
            ? optionsByName.get(logicalType)!
            : anyOptions;
      fields.logicalTypeOptions = child('logicalTypeOptions', false, base.logicalTypeOptions.description, {
        spec: options,
      });
      // v3.1.0 closes SchemaBaseProperty itself, so the items' own `properties` only counts for object
      // (or untyped) items; v3.0.x leaves it open and the items accept `properties` whatever their type.
      if ((isItems && !v31) || logicalType === undefined || logicalType === 'object')
        fields.properties = nestedProperties;
      if (logicalType === undefined || logicalType === 'array') fields.items = itemsField;
      const required = isItems ? [] : ['name'];
      if (logicalType === 'map' && v32) {
        fields.map = mapField;
        return { fields, required: [...required, 'map'], open: false };
      }
      return { fields, required, open: false };
    };
    return (obj) => {
      const lt = typeof obj.logicalType === 'string' ? obj.logicalType : undefined;
      const key = lt ?? '';
      let shape = cache.get(key);
      if (!shape) cache.set(key, (shape = make(lt)));
      return shape;
    };
  }
  const whereAllowed = (key: string): string | undefined =>
    key === 'properties'
      ? 'only allowed when logicalType is object'
      : key === 'items'
        ? 'only allowed when logicalType is array'
        : key === 'map' && v32
          ? 'only allowed when logicalType is map'
          : undefined;
  const allPropertyFields = {
    ...base,
    properties: nestedProperties,
    items: itemsField,
    ...(v32 ? { map: mapField } : {}),
  };
  const property: NodeSpec = {
    kind: 'property',
    allFields: allPropertyFields,
    discriminator: 'logicalType',
    shape: propertyShapes(false),
    whereAllowed,
  };
  const items: NodeSpec = {
    kind: 'items',
    allFields: allPropertyFields,
    discriminator: 'logicalType',
    shape: propertyShapes(true),
    whereAllowed,
  };
  const logicalTypeOptions = optionsNode(Object.assign({}, ...Object.values(optionFields)), false);

  const nodes = [schema, property, items, logicalTypeOptions];
  if (v31) nodes.push(...relationshipNodes(v32));
  if (v32) nodes.push(...v32Nodes());
  return nodes;
}

/** Enum values, synonyms and the map block of ODCS v3.2.0. */
function v32Nodes(): NodeSpec[] {
  return [
    simpleNode(
      'enumValue',
      pick([
        ['value', field(L.scalar, 'The allowed value: a text, number, true/false or empty.')],
        ['label', field(L.text, 'A readable label for the value.')],
        ['id', idField],
        ['description', field(L.text, 'What the value means.')],
        ['tags', tags],
        ['customProperties', customProps],
        ['authoritativeDefinitions', authDefs],
      ]),
      ['value'],
      false,
    ),
    simpleNode(
      'synonym',
      pick([
        ['id', idField],
        ['synonym', field(L.text, 'The other name.')],
        ['description', field(L.text, 'When or by whom the other name is used.')],
        ['locale', field(L.text, 'Language of the synonym, a BCP 47 tag such as en-GB.')],
        ['source', field(L.text, 'Where the synonym comes from, e.g. a glossary.')],
        ['status', field(L.text, 'Status of the synonym, e.g. approved, proposed.')],
        ['customProperties', customProps],
      ]),
      ['synonym'],
      false,
    ),
    simpleNode(
      'map',
      pick([
        ['key', child('items', false, 'What each key of the map is (logicalType, …).')],
        ['value', child('items', false, 'What each value of the map is (logicalType, …).')],
      ]),
      ['key', 'value'],
      false,
    ),
  ];
}

function relationshipNodes(v32: boolean): NodeSpec[] {
  const reference = v32 ? L.referenceOrList32 : L.referenceOrList;
  const fields = pick([
    ['id', field(L.text, 'Identifier of the relationship, unique among the relationships of this object.'), v32],
    ['type', field(L.oneOf(['foreignKey']), 'Type of relationship; foreignKey.')],
    ['from', field(reference, "Source of the relationship, e.g. 'orders.customer_id'.")],
    ['to', field(reference, "Target of the relationship, e.g. 'customers.id'.")],
    ['customProperties', customProps],
  ] as Array<[string, FieldSpec, boolean?]>);
  const schemaLevel: Shape = { fields, required: ['from', 'to'], open: false };
  const propertyLevel: Shape = { fields, required: ['to'], open: false };
  return [
    {
      kind: 'schemaRelationship',
      allFields: fields,
      shape: () => schemaLevel,
      crossCheck(obj, report) {
        const isEnd = (v: unknown) => typeof v === 'string' || Array.isArray(v);
        if (!isEnd(obj.from) || !isEnd(obj.to)) return;
        if (Array.isArray(obj.from) !== Array.isArray(obj.to))
          report.mismatch('to', "Make 'from' and 'to' both single references or both lists");
      },
    },
    {
      kind: 'propertyRelationship',
      allFields: fields,
      shape: () => propertyLevel,
      crossCheck(obj, report) {
        if ('from' in obj) report.forbidden('from', 'a relationship on a property starts at that property');
      },
    },
  ];
}
