// What the criteria of the score read: the contract, its parts and the settings that name roles.
import type { ContractParts, Obj } from '../../contract-nodes';
import type { SharedSettings } from '../../config/settings';

export interface CriteriaContext {
  contract: Obj;
  parts: ContractParts;
  apiVersion: string;
  settings: SharedSettings;
  today?: string;
}

/** Relationships and several newer keys exist from ODCS v3.1.0 on. */
export const isV31 = (ctx: CriteriaContext): boolean => /^v?3\.(1|[2-9])\./.test(ctx.apiVersion);
