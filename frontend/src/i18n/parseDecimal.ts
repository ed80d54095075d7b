const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/**
 * A decimal number as a reader may type it: Persian or Arabic digits, a comma
 * or the Arabic decimal separator (٫) for the point, a minus sign. NaN when it
 * is not a number.
 */
export function parseDecimal(text: string): number {
  const western = [...text.trim()]
    .map((char) => {
      const persian = PERSIAN_DIGITS.indexOf(char);
      if (persian >= 0) return String(persian);
      const arabic = ARABIC_DIGITS.indexOf(char);
      if (arabic >= 0) return String(arabic);
      if (char === ',' || char === '٫') return '.';
      if (char === '−' || char === '\u2212') return '-';
      return char;
    })
    .join('');
  if (!/^-?\d+(\.\d+)?$/.test(western)) return Number.NaN;
  return Number(western);
}
