import { isFramework, type Framework } from './queries';

export const FIRST_YEAR = 2015;

/** The framework and year in the report page's address; this year's VLR when they are not right. */
export function parseReportParams(
  params: URLSearchParams,
  thisYear: number,
): { framework: Framework; year: number } {
  const framework = params.get('framework');
  const year = Number(params.get('year'));
  return {
    framework: isFramework(framework) ? framework : 'vlr',
    year: Number.isInteger(year) && year >= FIRST_YEAR && year <= thisYear ? year : thisYear,
  };
}

/** The years a report can be for, newest first. */
export function reportYears(thisYear: number): number[] {
  return Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, index) => thisYear - index);
}
