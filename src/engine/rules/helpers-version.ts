// What the contract's apiVersion says, read leniently: deprecation rules must only speak when the version the author
// declared is one where the usage is deprecated, including versions written another way ('3.0.0', 'v3.1') or newer
// than this tool ('v3.3.0').

/** True when the declared apiVersion is `major.minor` or later; undefined when it names no version at all. */
export function declaresAtLeast(apiVersion: string, major: number, minor: number): boolean | undefined {
  const m = /^\s*[vV]?\s*(\d+)(?:\.(\d+))?/.exec(apiVersion);
  if (!m) return undefined;
  const declaredMajor = Number(m[1]);
  const declaredMinor = Number(m[2] ?? '0');
  return declaredMajor > major || (declaredMajor === major && declaredMinor >= minor);
}

/** The usage deprecated in ODCS v3.1.0 is deprecated in the version this contract declares. */
export const deprecatedSinceV31 = (apiVersion: string): boolean => declaresAtLeast(apiVersion, 3, 1) === true;
