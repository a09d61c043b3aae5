import type { AfricanUnionAction } from './actors/african-union-action.js';
import type { AlgeriaAction } from './actors/algeria-action.js';
import type { BazoumAction } from './actors/bazoum-action.js';
import type { BeninBorderAction } from './actors/benin-border-action.js';
import type { EcowasAction } from './actors/ecowas-action.js';
import type { EcowasMemberAction } from './actors/ecowas-members/ecowas-member-action.js';
import type { NigeriaAction } from './actors/ecowas-members/nigeria-action.js';
import type { EuropeanUnionAction } from './actors/european-union-action.js';
import type { FranceAction } from './actors/france-action.js';
import type { FrenchNoticeAction } from './actors/french-notice-action.js';
import type { GuineaAction } from './actors/guinea-action.js';
import type { JihadistAction } from './actors/jihadist-violence-action.js';
import type { JuntaAction } from './actors/junta-action.js';
import type { Law7008Action } from './actors/law-7008-action.js';
import type { PublicAction } from './actors/nigerien-public-action.js';
import type { MediatorAction } from './actors/regional-mediators-action.js';
import type { RussiaAction } from './actors/russia-action.js';
import type { SahelAllyAction } from './actors/sahel-ally-action.js';
import type { UnitedNationsAction } from './actors/united-nations-action.js';
import type { UnitedStatesAction } from './actors/united-states-action.js';

/** Every action of the Niger scenario; each actor's own union is declared in its `-action.ts` file, beside its rule. */
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
