/** Inputs that have broken parsers before: empty, huge, control, bidi, non-ASCII digits, injections. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\n\t\r',
  '0'.repeat(10_000),
  '9'.repeat(10_001),
  'A'.repeat(10_000),
  '/'.repeat(5_000),
  '１８７５１２７５１', // full-width digits
  '١٨٧٥١٢٧٥١', // Arabic-Indic digits
  '187512751\u200B',
  '\u202E187512751',
  '💊💉🩺',
  '\uD800',
  'Ω≈ç√∫',
  '<script>alert(1)</script>',
  "'; DROP TABLE certs; --",
  '%s%n%x',
  '1e9',
  '-187512751',
];
