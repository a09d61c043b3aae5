import { type ParameterValues, param } from '@crisis-sim/engine';
import { africanUnionParameters } from './actors/african-union-parameters.js';
import { algeriaParameters } from './actors/algeria-parameters.js';
import { bazoumParameters } from './actors/bazoum-parameters.js';
import { beninBorderParameters } from './actors/benin-border-parameters.js';
import { burkinaFasoParameters } from './actors/burkina-faso-parameters.js';
import { memberTableParameters } from './actors/ecowas-members/member-table.js';
import { nigeriaParameters } from './actors/ecowas-members/nigeria-parameters.js';
import { ecowasParameters } from './actors/ecowas-parameters.js';
import { europeanUnionParameters } from './actors/european-union-parameters.js';
import { franceParameters } from './actors/france-parameters.js';
import { frenchNoticeParameters } from './actors/french-notice-parameters.js';
import { guineaParameters } from './actors/guinea-parameters.js';
import { jihadistParameters } from './actors/jihadist-violence-parameters.js';
import { juntaParameters } from './actors/junta-parameters.js';
import { law7008Parameters } from './actors/law-7008-parameters.js';
import { maliParameters } from './actors/mali-parameters.js';
import { publicParameters } from './actors/nigerien-public-parameters.js';
import { mediatorParameters } from './actors/regional-mediators-parameters.js';
import { russiaParameters } from './actors/russia-parameters.js';
import { sahelParameters } from './actors/sahel-parameters.js';
import { unitedNationsParameters } from './actors/united-nations-parameters.js';
import { unitedStatesParameters } from './actors/united-states-parameters.js';
import { withCentredPriors } from './centred-priors.js';
import { dynamicsParameters } from './dynamics-parameters.js';

/**
 * Every parameter of the Niger scenario, keyed `actor.name`. Each actor's parameters live in
 * its own file next to its rule; docs/models/niger-2023.md lists them all with their sources.
 */
export const nigerParameters = withCentredPriors({
  horizonDays: param.integer({
    default: 180,
    prior: { kind: 'fixed' },
    min: 30,
    max: 730,
    unit: 'days',
    description: 'Simulated days from 2023-08-08.',
    source: {
      assumption:
        'Six months covers the questions users ask (intervention, aid cut, withdrawals) without stretching a forecast made on 2023-08-08.',
    },
  }),
  ...juntaParameters,
  ...bazoumParameters,
  ...publicParameters,
  ...unitedStatesParameters,
  ...law7008Parameters,
  ...franceParameters,
  ...ecowasParameters,
  ...nigeriaParameters,
  ...memberTableParameters,
  ...maliParameters,
  ...burkinaFasoParameters,
  ...sahelParameters,
  ...guineaParameters,
  ...algeriaParameters,
  ...russiaParameters,
  ...africanUnionParameters,
  ...dynamicsParameters,
  // v2.2: the notice to French troops, the mediators, the EU, the UN, jihadist violence, Benin's border.
  ...frenchNoticeParameters,
  ...mediatorParameters,
  ...europeanUnionParameters,
  ...unitedNationsParameters,
  ...jihadistParameters,
  ...beninBorderParameters,
});

/** Resolved parameter values of the Niger scenario, as rules read them. */
export type NigerParameters = ParameterValues<typeof nigerParameters>;
