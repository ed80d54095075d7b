import { describe, expect, it } from 'vitest';
import { reportFileUrl } from './queries';
import { parseReportParams, reportYears } from './reportParams';

describe('the report page’s address', () => {
  it('reads the framework and the year', () => {
    expect(parseReportParams(new URLSearchParams('framework=ccc&year=2025'), 2026)).toEqual({
      framework: 'ccc',
      year: 2025,
    });
  });

  it('falls back to this year’s voluntary local review', () => {
    expect(parseReportParams(new URLSearchParams('framework=cdp&year=2099'), 2026)).toEqual({
      framework: 'vlr',
      year: 2026,
    });
  });

  it('offers the years newest first', () => {
    expect(reportYears(2017)).toEqual([2017, 2016, 2015]);
  });

  it('asks for a file in the reader’s language', () => {
    expect(reportFileUrl('izmir', 'ccc', 2026, 'pdf', 'fa')).toBe(
      '/api/v1/cities/izmir/report?framework=ccc&year=2026&format=pdf&lang=fa',
    );
  });
});
