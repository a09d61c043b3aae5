import type { NigerReducers } from '../niger-rule.js';
import type { JuntaAction } from './junta-action.js';
import { restoreBazoum } from './restore-bazoum.js';

/** Reducers of the junta's actions. */
export const juntaReducers: NigerReducers<JuntaAction> = {
  'junta/accept-mediation': (draft, _action, { day }) => {
    draft.mediationAcceptedDay = day;
  },
  'junta/announce-timetable': (draft, action, { day }) => {
    draft.transitionMonths = action.months;
    draft.transitionAnnouncedDay = day;
  },
  'junta/charge-bazoum': (draft, _action, { day }) => {
    draft.bazoumChargedDay = day;
  },
  'junta/expel-french-ambassador': (draft, _action, { day }) => {
    draft.frenchAmbassadorExpelledDay = day;
  },
  'junta/invite-russia': (draft, _action, { day }) => {
    draft.russia = 'invited';
    draft.russiaInvitedDay = day;
  },
  'junta/order-us-out': (draft, _action, { day }) => {
    draft.usOrderedOutDay = day;
  },
  'junta/release-bazoum': (draft, _action, { day }) => {
    if (draft.bazoum !== 'detained') return;
    draft.bazoum = 'released';
    draft.bazoumReleasedDay = day;
  },
  'junta/harm-bazoum': (draft, _action, { day }) => {
    if (draft.bazoum !== 'detained') return;
    draft.bazoum = 'harmed';
    draft.bazoumHarmedDay = day;
  },
  'junta/collapse': (draft, _action, { day }) => {
    draft.juntaFellDay = day;
  },
  'junta/hand-power-to-bazoum': (draft, _action, { day }) => restoreBazoum(draft, day),
  'junta/counter-coup': (draft, _action, { day }) => {
    // A new junta takes over the same stance toward ECOWAS (Burkina Faso, September 2022).
    if (draft.counterCoupDay < 0) draft.counterCoupDay = day;
  },
  'junta/mobilise-public': (draft, action, { day }) => {
    draft.publicMobilisedDay = day;
    draft.publicSupport = Math.min(1, draft.publicSupport + action.boost);
  },
  'junta/reopen-airspace': (draft) => {
    draft.airspaceClosed = false;
  },
  'junta/close-airspace': (draft) => {
    draft.airspaceClosed = true;
  },
  'junta/hold-elections': (draft, action, { day }) => {
    draft.electionsDecidedDay = day;
    draft.electionsHeld = action.held;
    if (action.held) draft.electedGovernmentDay = day;
  },
};
