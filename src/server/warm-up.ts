// The first lint of a session pays for compiling the engine (schema validators, rule code): about 250 ms more than
// the next one. The server lints a small contract of its own once, right after it starts, so the first contract the
// user opens shows its problems at once.
import type { ServerService } from './service';

const WARM_UP_URI = 'untitled:/dclens-warm-up.odcs.yaml';

/** A contract that exercises the schema checks and the usual rules (a property, a check, a team, an SLA). */
const WARM_UP_CONTRACT = `apiVersion: v3.1.0
kind: DataContract
id: warm-up
version: 1.0.0
status: draft
name: Warm up
domain: general
description:
  purpose: Prepares the checks.
team:
  name: general-data
  members:
    - username: someone
      role: Data Owner
schema:
  - name: records
    physicalType: table
    description: Records.
    properties:
      - name: record_id
        logicalType: string
        primaryKey: true
        required: true
        unique: true
        description: Identifier.
      - name: updated_at
        logicalType: date
        description: Last change.
    quality:
      - type: library
        metric: rowCount
        mustBeGreaterThan: 0
slaProperties:
  - property: latency
    value: 1
    unit: d
    element: records.updated_at
`;

/** Lints the warm-up contract in the next turn (never delaying the answer to initialize); resolves when done. */
export function warmUp(
  service: ServerService,
  log?: (message: string) => void,
  /** Reads what the first contract will need besides the checks (the workspace's configuration). */
  prepare?: () => void,
): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const started = performance.now();
      try {
        prepare?.();
        service.lint({ uri: WARM_UP_URI, text: WARM_UP_CONTRACT, version: 1 });
        service.forget(WARM_UP_URI);
        log?.(`Checks prepared in ${Math.round(performance.now() - started)} ms.`);
      } catch (error) {
        log?.(`Could not prepare the checks in advance: ${error instanceof Error ? error.message : String(error)}`);
      }
      resolve();
    }, 0);
  });
}
