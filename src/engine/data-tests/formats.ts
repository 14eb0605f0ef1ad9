// The `format` of logicalTypeOptions as a regular expression the database checks on text values: date and time
// patterns (`yyyy-MM-dd`, `dd/MM/yyyy HH:mm:ss`) and the common string formats (email, uuid).

const STRING_FORMATS: Record<string, string> = {
  email: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
};

/** Date and time letters (java.time / ODCS style) and what each may match. */
const DATE_PARTS: Array<[string, string]> = [
  ['yyyy', '[0-9]{4}'],
  ['YYYY', '[0-9]{4}'],
  ['yy', '[0-9]{2}'],
  ['MM', '(0[1-9]|1[0-2])'],
  ['dd', '(0[1-9]|[12][0-9]|3[01])'],
  ['DD', '(0[1-9]|[12][0-9]|3[01])'],
  ['HH', '([01][0-9]|2[0-3])'],
  ['hh', '(0[1-9]|1[0-2])'],
  ['mm', '[0-5][0-9]'],
  ['ss', '[0-5][0-9]'],
  ['SSS', '[0-9]{3}'],
];

/** The anchored pattern a value in this format matches, or undefined when the format is not one this tool reads. */
export function formatPattern(format: string): string | undefined {
  const known = STRING_FORMATS[format.trim().toLowerCase()];
  if (known) return known;
  if (!/(yy|MM|dd|HH|mm|ss)/.test(format) || format.length > 64) return undefined;
  let out = '';
  let i = 0;
  while (i < format.length) {
    const part = DATE_PARTS.find(([letters]) => format.startsWith(letters, i));
    if (part) {
      out += part[1];
      i += part[0].length;
      continue;
    }
    const c = format[i];
    if (/[A-Za-z]/.test(c)) return undefined; // a letter this tool does not read (e.g. MMM, EEE)
    out += /[0-9 ]/.test(c) ? c : `[${c === '\\' || c === ']' || c === '^' ? `\\${c}` : c}]`;
    i++;
  }
  return `^${out}$`;
}
