import type { ProportionClass } from '@crisis-sim/engine';

/**
 * When a junta fell to its own army or was reversed, was the deposed civilian government
 * restored? Burkina Faso 2015 and Sao Tome 2003: yes; Burkina Faso 2022: no (a second junta).
 */
export const counterCoupRestorations: ProportionClass = {
  method: 'proportion',
  name: 'Restorations of the deposed government when a junta fell',
  event: 'the deposed civilian government returns to office',
  observations: [
    {
      case: 'Burkina Faso, coup of 2015-09-16 (Diendere)',
      successes: 1,
      trials: 1,
      date: '2015-09-23',
      source: {
        citation: 'Reuters, 23 September 2015: Burkina Faso interim President Kafando reinstated after the coup collapses',
        date: '2015-09-23',
      },
    },
    {
      case: 'Sao Tome and Principe, coup of 2003-07-16',
      successes: 1,
      trials: 1,
      date: '2003-07-23',
      source: {
        citation:
          'BBC News, 23 July 2003: President Fradique de Menezes returns to Sao Tome under a Nigerian-brokered deal with the coup leaders',
        date: '2003-07-23',
      },
    },
    {
      case: 'Burkina Faso, junta of 2022-01-24 (Damiba)',
      successes: 0,
      trials: 1,
      date: '2022-09-30',
      source: {
        citation: 'Reuters, 30 September 2022: Capt. Ibrahim Traore ousts Lt. Col. Damiba; President Kabore is not restored',
        date: '2022-09-30',
      },
    },
  ],
  weakPrior: { successes: 0.5, failures: 1.5, reason: 'a weak lean against restoration: a falling junta is usually replaced by officers' },
};
