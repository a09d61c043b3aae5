import type { ProportionClass } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/**
 * What Algeria did with its airspace when a foreign military operation in a Sahel neighbour
 * needed it. Inclusion rule: operations in a country bordering Algeria, by forces other than
 * that country's own, for which overflight of Algeria was asked or reported, up to the start
 * date. One case was found: France's operation Serval in Mali (January 2013), which Algeria had
 * argued against for months in favour of a political solution and then let overfly its
 * territory "without limit". Left out: NATO's operation in Libya (2011: Algeria opposed it, but
 * no overflight request was reported). One case is thin, hence the weak prior: Tebboune's
 * statement of 2023-08-05 (force "categorically" rejected, "a direct threat to Algeria"), read
 * as v2.2's 0.7 and given the weight of two cases, more than the single precedent because
 * that operation was against jihadists at Bamako's request, not against a neighbour's army.
 */
export const algeriaOverflight: ProportionClass = {
  method: 'proportion',
  name: "Algeria's airspace and foreign operations in a neighbouring Sahel state",
  event: 'Algeria closes (or refuses) its airspace to the operation',
  observations: [
    {
      case: 'Mali, French operation Serval, January 2013',
      successes: 0,
      trials: 1,
      date: '2013-01-13',
      source: {
        citation:
          'Reuters, 13 January 2013: Algeria, which had pressed for a political solution in Mali rather than an ECOWAS-led intervention, "has authorized unlimited access to fly over its territory" to French aircraft (Foreign Minister Fabius on LCI)',
        date: '2013-01-13',
        url: 'https://www.mcall.com/2013/01/13/france-says-algeria-supportive-of-its-mali-operation/',
      },
    },
  ],
  weakPrior: {
    successes: 1.4,
    failures: 0.6,
    reason: `the stance of 2023-08-05 (${sources.tebboune0805.date}: force rejected as a direct threat to Algeria) read as a 0.7 chance, worth two cases`,
  },
};
