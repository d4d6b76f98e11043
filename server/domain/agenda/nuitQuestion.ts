// The question NUIT is asked about next year's tiltak each autumn (sak 35/23), in both languages: one
// wording for the API, the saksunderlag and the slides.
import type { Words } from '../model/index.js';

export const NUIT_QUESTION: Words = {
  nb: 'Kan tiltakene gjennomføres som planlagt?',
  en: 'Can the initiatives be carried out as planned?',
};
