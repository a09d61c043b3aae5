/**
 * Half a unit in the last decimal place of `value` as JavaScript prints it: `0.35` gives
 * 0.005, `52` gives 0.5, `1e-7` gives 5e-8. Two numbers that differ by less than this show
 * the same digits, which is what "equal to the displayed precision" means.
 */
export function displayedPrecision(value: number): number {
  const text = String(Math.abs(value));
  const [mantissa = '', exponent = '0'] = text.split('e');
  const decimals = (mantissa.split('.')[1] ?? '').length - Number(exponent);
  return 0.5 * 10 ** -decimals;
}
