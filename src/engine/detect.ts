// Decides by content whether a YAML document is a data contract, and of which standard.

export type Detected =
  | { kind: 'odcs'; apiVersion: string; family: 'v2' | 'v3' | 'unknown' }
  | { kind: 'dcs'; version: string }
  | { kind: 'other' };

const ODCS_VERSION = /^v?(\d+)\.(\d+)\.(\d+)/;

export function detectDocument(value: unknown): Detected {
  if (!isObject(value)) return { kind: 'other' };
  if ('dataContractSpecification' in value)
    return { kind: 'dcs', version: String(value.dataContractSpecification ?? '') };
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  const match = ODCS_VERSION.exec(apiVersion);
  const isDataContractKind = value.kind === 'DataContract';
  // Kubernetes manifests also have apiVersion + kind, so the kind (or an ODCS-shaped version with ODCS keys) decides.
  const odcsShaped =
    match !== null && ('schema' in value || 'dataProduct' in value || 'id' in value || 'uuid' in value);
  if (!isDataContractKind && !odcsShaped) return { kind: 'other' };
  const major = match ? Number(match[1]) : NaN;
  const family = major === 2 ? 'v2' : major === 3 ? 'v3' : 'unknown';
  return { kind: 'odcs', apiVersion, family };
}

/** Cheap check on raw text, for editors that must not parse every YAML file they see. */
export function looksLikeContract(text: string): boolean {
  return (
    /^\s*kind:\s*["']?DataContract\b/m.test(text) ||
    /^dataContractSpecification:/m.test(text) ||
    /^apiVersion:\s*["']?v[23]\.\d+\.\d+/m.test(text)
  );
}

/** File names that promise a contract, so a file that cannot be parsed is still reported. */
export function looksLikeContractName(fileName: string | undefined): boolean {
  if (!fileName) return false;
  const base = fileName.split(/[\\/]/).pop()?.toLowerCase() ?? '';
  return /\.odcs\.ya?ml$/.test(base) || /^datacontract.*\.ya?ml$/.test(base) || /\.datacontract\.ya?ml$/.test(base);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
