// One side of a comparison: the contract's value and the line of any path in its text.
import { isObject } from '../detect';
import type { Obj } from '../contract-nodes';
import { parseYamlFile } from '../parse/yaml-file';
import { locate, rangeOfPath } from '../parse/locate';
import { isScalar } from 'yaml';
import type { JsonPath } from '../types';

export interface Side {
  value: Obj;
  /** 1-based line of the path, or of the deepest part of it the file has. */
  lineOf(path: JsonPath): number;
  /** The version as written (`1.0` stays `1.0`, where YAML reads the number 1). */
  version: string | undefined;
}

export type ReadSide = { side: Side } | { problem: string };

export function readSide(text: string): ReadSide {
  const file = parseYamlFile(text);
  if (file.documents.some((d) => isObject(d.value) && 'dataContractSpecification' in d.value))
    return { problem: 'uses the Data Contract Specification; dclens diff compares ODCS v3 contracts' };
  const document = file.documents.find(
    (d) => isObject(d.value) && (d.value.kind === 'DataContract' || 'schema' in d.value || 'apiVersion' in d.value),
  );
  if (!document || !isObject(document.value)) return { problem: 'is not a data contract that can be read' };
  const error = document.problems.find((p) => p.severity === 'error');
  if (error) return { problem: `is not valid YAML (line ${error.range.start.line + 1}: ${error.message})` };
  const doc = document.doc;
  const versionNode = locate(doc, ['version']).node;
  const version =
    isScalar(versionNode) && versionNode.range && typeof versionNode.value !== 'object'
      ? typeof versionNode.value === 'string'
        ? versionNode.value
        : text.slice(versionNode.range[0], versionNode.range[1]).trim()
      : undefined;
  return {
    side: {
      value: document.value,
      lineOf: (path) => rangeOfPath(file, doc, path, 'key').start.line + 1,
      version,
    },
  };
}
