import type { ProportionClass } from '@crisis-sim/engine';

const suspended = (country: string, coup: string, date: string) => ({
  case: `${country}, coup of ${coup}`,
  successes: 1,
  trials: 1,
  date,
  source: {
    citation: `African Union Peace and Security Council, communique of ${date} suspending ${country} from all AU activities (Constitutive Act, Art. 30)`,
    date,
  },
});

/**
 * Whether the AU Peace and Security Council suspended a member after a military takeover.
 * Chad 2021 is the exception: the PSC chose not to suspend it. Zimbabwe 2017 is left out
 * because the PSC did not treat it as a coup.
 */
export const auSuspensions: ProportionClass = {
  method: 'proportion',
  name: 'AU suspensions after military takeovers',
  event: 'the Peace and Security Council suspends the country',
  observations: [
    suspended('Mauritania', '2008-08-06', '2008-08-09'),
    suspended('Niger', '2010-02-18', '2010-02-19'),
    suspended('Mali', '2012-03-22', '2012-03-23'),
    suspended('Guinea-Bissau', '2012-04-12', '2012-04-17'),
    suspended('Egypt', '2013-07-03', '2013-07-05'),
    suspended('Mali', '2020-08-18', '2020-08-19'),
    suspended('Mali', '2021-05-24', '2021-06-01'),
    suspended('Guinea', '2021-09-05', '2021-09-10'),
    suspended('Sudan', '2021-10-25', '2021-10-27'),
    suspended('Burkina Faso', '2022-01-24', '2022-01-31'),
    {
      case: 'Chad, military council of 2021-04-20',
      successes: 0,
      trials: 1,
      date: '2021-05-14',
      source: {
        citation:
          'African Union Peace and Security Council, communique on Chad of 14 May 2021 (no suspension; an 18-month transition demanded)',
        date: '2021-05-14',
      },
    },
  ],
  weakPrior: { successes: 1, failures: 1, reason: 'a uniform prior: no view before the record' },
};
