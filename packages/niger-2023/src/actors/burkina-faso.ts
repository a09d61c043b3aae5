import type { NigerActor } from '../niger-rule.js';
import { sources } from '../sources.js';
import { makeSahelAllyRule } from './sahel-ally.js';

/** Burkina Faso: suspended from ECOWAS, in solidarity with Niger's junta; may sign a pact and go to war. */
export const burkinaFasoActor: NigerActor = {
  id: 'burkina-faso',
  name: 'Burkina Faso',
  description: 'Junta-led, suspended from ECOWAS; declared an intervention in Niger would be war on it.',
  rule: makeSahelAllyRule('burkina-faso', 'Burkina Faso'),
  sources: [sources.sahelJuntas0731],
};
