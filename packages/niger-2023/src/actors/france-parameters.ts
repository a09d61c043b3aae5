import { param, parameterFromReferenceClass } from '@crisis-sim/engine';
import { frenchWithdrawals } from '../precedents/french-withdrawals.js';
import { sources } from '../sources.js';

/** Parameters of France's garrison decision. */
export const franceParameters = {
  'france.withdrawalMedianDays': parameterFromReferenceClass(frenchWithdrawals, {
    description:
      'Median days until France announces it will withdraw, with the accords denounced but the ambassador still in place (the ambassador factor and protests raise the rate).',
    unit: 'days',
    scale: 'median-days',
    min: 1,
    max: 100000,
  }),
  'france.ambassadorFactor': param.number({
    default: 8,
    min: 1,
    max: 20,
    unit: 'multiplier',
    description: 'Multiplier on the withdrawal hazard once the ambassador is expelled.',
    source: {
      ...sources.franceLeavesMali,
      note: "In Mali the withdrawal was announced 17 days after the ambassador's expulsion; in Burkina Faso about a week after the notice; 365 / 8 gives a median of about 6 weeks, allowing for Paris's refusal to recognise the junta.",
    },
  }),
  'france.protestFactor': param.number({
    default: 1.5,
    min: 1,
    max: 10,
    unit: 'multiplier',
    description: 'Further multiplier once crowds protest at the French base.',
    source: { assumption: 'Protests raise the cost of staying; a modest effect.' },
  }),
  'france.withdrawalLagDays': param.integer({
    default: 90,
    min: 1,
    max: 730,
    unit: 'days',
    description: 'Days from the announcement to the last French troops leaving.',
    source: {
      ...sources.franceLeavesBurkina,
      note: 'About one month for ~400 special forces in Burkina Faso (2023) and six months for Barkhane in Mali (2022, Elysee declaration of 2022-02-17); 1,500 troops sit between.',
    },
  }),
};
