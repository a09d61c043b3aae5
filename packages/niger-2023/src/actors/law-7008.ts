import { decide, idle } from '@crisis-sim/engine';
import type { NigerActor, NigerReducers, NigerRule } from '../niger-rule.js';
import { sources } from '../sources.js';
import type { Law7008Action } from './law-7008-action.js';

/**
 * Section 7008 as a rule. After a determination, assistance to the government is cut (democracy,
 * election and humanitarian aid lie outside the restriction and are not modelled as "aid"); it
 * resumes only once a democratically elected government has taken office and the Secretary certifies.
 */
export const law7008Rule: NigerRule = (state, { params }) => {
  // The statute reads only what reducers record: nothing changes its answer until one runs.
  if (state.usDeterminationDay < 0) return idle;
  if (state.usAid !== 'cut' && state.usAidCutDay < 0) {
    return decide({ type: 'law7008/cut-assistance' }, 'section 7008: no funds for the government after a coup determination');
  }
  if (state.usAid === 'cut' && state.electedGovernmentDay >= 0 && (state.electionsHeld || params['law7008.restorationCountsAsElected'])) {
    return decide(
      { type: 'law7008/restore-assistance' },
      'section 7008: a democratically elected government has taken office; the Secretary certifies',
    );
  }
  return idle;
};

/** Reducers of the 7008 actions. */
export const law7008Reducers: NigerReducers<Law7008Action> = {
  'law7008/cut-assistance': (draft, _action, { day }) => {
    draft.usAid = 'cut';
    draft.usAidCutDay = day;
  },
  'law7008/restore-assistance': (draft, _action, { day }) => {
    draft.usAid = 'flowing';
    draft.usAidResumedDay = day;
  },
};

/** Where the 7008 rule comes from. */
const law7008Sources = [sources.section7008];

/** Section 7008 (PL 117-328, Div. K). */
export const law7008Actor: NigerActor = {
  id: 'law-7008',
  name: 'Section 7008 (PL 117-328, Div. K)',
  description: 'The US coup restriction as a rule: cut after a determination, resume only under an elected government.',
  rule: law7008Rule,
  sources: law7008Sources,
};
