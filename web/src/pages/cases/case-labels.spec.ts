import { describe, expect, it } from '@jest/globals';
import type { Subject } from '../../api/types.js';
import { caseSubject } from './case-labels.js';

const subjects = [{ code: 'urban_construction', name: '城乡建设' }] as Subject[];

describe("a case's category in the list", () => {
  it("names the current category, with the import's own words only when they differ", () => {
    expect(caseSubject(subjects, 'urban_construction', 'urban_construction')).toEqual({
      name: '城乡建设',
      importedNote: 'urban_construction',
    });
    expect(caseSubject(subjects, 'urban_construction', '城乡建设')).toEqual({
      name: '城乡建设',
      importedNote: null,
    });
  });

  it('falls back to the imported label for a code the taxonomy does not have', () => {
    expect(caseSubject(subjects, 'gone', '旧分类')).toEqual({ name: '旧分类', importedNote: null });
  });
});
