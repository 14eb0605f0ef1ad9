// Snippet bodies as the editor inserts them when every placeholder keeps its default, for service tests.

/** Expands a snippet as VS Code does when every placeholder keeps its default: first choice, mirrors filled in. */
export function expandSnippet(body: string): string {
  const values = new Map<string, string>();
  let i = 0;
  const parse = (stopAtBrace: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (stopAtBrace && c === '}') return out;
      if (c === '\\' && i + 1 < body.length) {
        out += body[i + 1];
        i += 2;
        continue;
      }
      const placeholder = /^\$\{(\d+)([:|])/.exec(body.slice(i));
      if (placeholder) {
        i += placeholder[0].length;
        let text: string;
        if (placeholder[2] === '|') {
          const end = body.indexOf('|}', i);
          text = body.slice(i, end).split(',')[0];
          i = end + 1;
        } else {
          text = parse(true);
        }
        i++; // the closing brace
        values.set(placeholder[1], text);
        out += text;
        continue;
      }
      const tabstop = /^\$(\d+)|^\$\{(\d+)\}/.exec(body.slice(i));
      if (tabstop) {
        out += values.get(tabstop[1] ?? tabstop[2]) ?? '';
        i += tabstop[0].length;
        continue;
      }
      if (c === '{') {
        out += c;
        i++;
        out += parse(true);
        out += body[i] ?? '';
        i++;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  return parse(false);
}
