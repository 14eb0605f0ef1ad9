// Everything a contract says is untrusted: every string that reaches the page goes through these.

/** Text for an element's content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A relative link to a workspace file: each path segment percent-encoded, so no segment can become a scheme. */
export function fileHref(file: string): string {
  const href = file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  // "a:b" as a first segment is encoded to "a%3Ab", which is still relative; "./" keeps it so for every reader.
  return `./${href}`;
}
