import type { NigerActor } from '../niger-rule.js';
import { sources } from '../sources.js';
import { makeSahelAllyRule } from './sahel-ally.js';

/** Mali: suspended from ECOWAS, in solidarity with Niger's junta; may sign a pact and go to war. */
export const maliActor: NigerActor = {
  id: 'mali',
  name: 'Mali',
  description: 'Junta-led, suspended from ECOWAS; declared an intervention in Niger would be war on it.',
  rule: makeSahelAllyRule('mali', 'Mali'),
  sources: [sources.sahelJuntas0731],
};
