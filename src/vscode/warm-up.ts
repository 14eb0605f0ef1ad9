// The first lint of a session pays for compiling the engine (schema validators, rule code): about 250 ms more
// than the next one. When the extension activates before any contract is open (a workspace that holds
// contracts), it lints a small contract of its own once, in the background, so the first contract the user
// opens shows its problems at once. With a contract already open, that contract's own lint does the job.
import * as vscode from 'vscode';
import type { LanguageService } from '../engine';
import { isCandidate } from './engine-bridge';
import { log } from './log';

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

export interface WarmUp extends vscode.Disposable {
  /** Resolves once the warm-up has run (or was not needed). */
  readonly done: Promise<void>;
}

/**
 * Schedules the warm-up unless a contract is open already; never delays activation. `prepareConfig` reads the
 * configuration of the first workspace folder, so the first contract's lint finds it cached too.
 */
export function warmUpLater(service: LanguageService, prepareConfig: () => void): WarmUp {
  if (vscode.workspace.textDocuments.some((d) => isCandidate(d)))
    return { done: Promise.resolve(), dispose: () => undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      const started = performance.now();
      try {
        prepareConfig();
        service.lint({ uri: WARM_UP_URI, text: WARM_UP_CONTRACT, version: 1 });
        service.forget(WARM_UP_URI);
        log.info(`Checks prepared in ${Math.round(performance.now() - started)} ms.`);
      } catch (error) {
        log.warn(`Could not prepare the checks in advance: ${error instanceof Error ? error.message : String(error)}`);
      }
      resolve();
    }, 0);
  });
  return { done, dispose: () => clearTimeout(timer) };
}
