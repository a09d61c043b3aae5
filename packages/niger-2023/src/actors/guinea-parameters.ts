import { param } from '@crisis-sim/engine';
import { sources } from '../sources.js';

/** Parameters of Guinea's stance. */
export const guineaParameters = {
  'guinea.leakPerRefusal': param.number({
    default: 0.03,
    min: 0,
    max: 0.3,
    unit: 'share',
    description: 'Added leakage of sanctions each time Guinea refuses to apply a new sanctions step.',
    source: {
      ...sources.guinea0731,
      assumedLevel:
        'Guinea does not border Niger; its refusal matters through trade routes and as a signal, hence a small effect (assumption).',
    },
  }),
};
