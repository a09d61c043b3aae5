/**
 * Categorical colours of every chart: the Okabe-Ito palette (Okabe and Ito, "Color Universal
 * Design", 2008), chosen because its colours stay distinct under the common forms of colour
 * blindness. Black is left out so that marks stay visible on the dark theme; yellow comes
 * last because it is faint on white. Lines also differ by dash, so no series is told apart by
 * colour alone.
 */
export const PALETTE: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442'];

/** Dash patterns paired with {@link PALETTE} for line charts. */
export const DASHES: readonly (readonly number[])[] = [
  [1, 0],
  [6, 3],
  [2, 2],
  [8, 3, 2, 3],
  [4, 4],
  [10, 2],
  [2, 6],
];
