const DIGITS = /^[0-9]+$/;

/** Sum of the Luhn weights (every second digit from the right doubled, minus 9 above 9). */
const luhnSum = (digits: string, doubleFirst: boolean): number => {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
};

/** True when a string of ASCII digits (check digit last) passes Luhn. Anything else is false. */
export const luhnValid = (digits: string): boolean =>
  typeof digits === 'string' && DIGITS.test(digits) && luhnSum(digits, false) % 10 === 0;

/** The Luhn check digit to append to `payload` (ASCII digits), or null if payload is not digits. */
export const luhnCheckDigit = (payload: string): number | null => {
  if (typeof payload !== 'string' || !DIGITS.test(payload)) return null;
  return (10 - (luhnSum(payload, true) % 10)) % 10;
};
