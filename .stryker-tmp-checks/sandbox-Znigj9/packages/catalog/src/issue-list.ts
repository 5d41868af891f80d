// @ts-nocheck
import type { CatalogIssue } from './catalog-issue.js';

/**
 * Issues collected while reading a catalog, up to `max`; past that only counted, so megabytes
 * of junk cannot produce megabytes of messages. Internal to the JSON and CSV readers.
 */
export class IssueList {
  readonly items: CatalogIssue[] = [];
  dropped = 0;
  constructor(private readonly max: number) {}
  add(issue: CatalogIssue): void {
    if (this.items.length < this.max) this.items.push(issue);
    else this.dropped++;
  }
}

/**
 * The one issue that stands for `count` issues left out past `maxIssues`. Internal: the CSV
 * reader merges its own issues with the JSON reader's before truncating.
 */
export function truncationIssue(count: number): CatalogIssue {
  return {
    path: [],
    code: 'issues.truncated',
    severity: 'warning',
    message: {
      id: `…dan ${count} masalah lain yang tidak ditampilkan.`,
      en: `…and ${count} more problems not shown.`,
    },
  };
}
