import type { AfricanUnionAction } from './actors/african-union.js';
import type { AlgeriaAction } from './actors/algeria.js';
import type { BazoumAction } from './actors/bazoum.js';
import type { BeninBorderAction } from './actors/benin-border.js';
import type { EcowasAction } from './actors/ecowas.js';
import type { EcowasMemberAction } from './actors/ecowas-members/ecowas-member.js';
import type { NigeriaAction } from './actors/ecowas-members/nigeria.js';
import type { EuropeanUnionAction } from './actors/european-union.js';
import type { FranceAction } from './actors/france.js';
import type { FrenchNoticeAction } from './actors/french-notice.js';
import type { GuineaAction } from './actors/guinea.js';
import type { JihadistAction } from './actors/jihadist-violence.js';
import type { JuntaAction } from './actors/junta.js';
import type { Law7008Action } from './actors/law-7008.js';
import type { PublicAction } from './actors/nigerien-public.js';
import type { MediatorAction } from './actors/regional-mediators.js';
import type { RussiaAction } from './actors/russia.js';
import type { SahelAllyAction } from './actors/sahel-ally.js';
import type { UnitedNationsAction } from './actors/united-nations.js';
import type { UnitedStatesAction } from './actors/united-states.js';

/** Every action of the Niger scenario; each actor's own union is declared next to its rule. */
export type NigerAction =
  | JuntaAction
  | BazoumAction
  | PublicAction
  | UnitedStatesAction
  | Law7008Action
  | FranceAction
  | EcowasAction
  | EcowasMemberAction
  | NigeriaAction
  | SahelAllyAction
  | GuineaAction
  | AlgeriaAction
  | RussiaAction
  | AfricanUnionAction
  | FrenchNoticeAction
  | MediatorAction
  | EuropeanUnionAction
  | UnitedNationsAction
  | JihadistAction
  | BeninBorderAction;
