/**
 * What the compiler reports. Every issue names the file and the field (or `body` with a line), so
 * an author can fix it without reading the compiler.
 */
export interface ContentIssue {
  /** As given to the compiler, e.g. `content/en/foo.md`. */
  file: string;
  /** A front-matter field (`title`, `references[2].url`), `front matter`, `yaml` or `body`. */
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  severity: 'error' | 'warning';
}

/** `content/en/foo.md: body: line 12: raw HTML is not allowed` */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? '' : `line ${issue.line}: `;
  const level = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}: ${issue.field}: ${level}${where}${issue.message}`;
}

/** Collects issues for one file. */
export class IssueList {
  readonly items: ContentIssue[] = [];
  constructor(readonly file: string) {}

  error(field: string, message: string, line?: number): void {
    this.items.push({ file: this.file, field, message, line, severity: 'error' });
  }

  warning(field: string, message: string, line?: number): void {
    this.items.push({ file: this.file, field, message, line, severity: 'warning' });
  }
}

export const hasErrors = (issues: readonly ContentIssue[]): boolean => issues.some((i) => i.severity === 'error');
