// One model per ODCS version, built once when the module loads and then reused.
import { flagsOf, sharedNodes } from './model-shared';
import { qualityNode } from './model-quality';
import { schemaNodes } from './model-schema';
import { serverNode } from './model-server';
import { ODCS_VERSIONS, type Model, type NodeKind, type NodeSpec, type OdcsVersion } from './spec';

const models = new Map<OdcsVersion, Model>();

function build(version: OdcsVersion): Model {
  const flags = flagsOf(version);
  const nodes: NodeSpec[] = [
    ...sharedNodes(version, flags),
    ...schemaNodes(flags),
    qualityNode(flags),
    serverNode(flags, version === 'v3.0.0' || version === 'v3.0.1'),
  ];
  const byKind = {} as Record<NodeKind, NodeSpec>;
  for (const node of nodes) byKind[node.kind] = node;
  return byKind;
}

export function modelFor(version: OdcsVersion): Model {
  let model = models.get(version);
  if (!model) models.set(version, (model = build(version)));
  return model;
}

// Built at module load, so no keystroke pays for it.
for (const version of ODCS_VERSIONS) modelFor(version);
