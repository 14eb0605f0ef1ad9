// Machine-readable output with a stable shape; lines and columns are 1-based.
import type { Formatter } from './types';
import { oneBased, summarize } from './types';

export const formatJson: Formatter = (report, context) => {
  const files = report.files.map(({ file, result }) => ({
    file,
    kind: result.kind,
    apiVersion: result.apiVersion,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      code: f.code,
      severity: f.severity,
      message: f.message,
      // what the short message leaves out (Markdown)
      ...(f.detail ? { detail: f.detail } : {}),
      ...oneBased(f),
      path: f.path,
      docsUrl: f.docsUrl,
      fixable: f.fix !== undefined,
      // A grouped finding: every place it stands for, each with the rule's message about it alone.
      ...(f.related ? { related: f.related.map((r) => ({ message: r.message, ...oneBased(r), path: r.path })) } : {}),
    })),
  }));
  return `${JSON.stringify({ tool: 'dclens', version: context.version, files, summary: summarize(report) })}\n`;
};
