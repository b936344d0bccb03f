import type { Confidence, Localized } from './localized.js';
import { foldLabel } from './text-normalize.js';

/** A profession code of the ANS terminology TRE_G15 (used in idNat_PS data and in certificates). */
export type Profession = {
  readonly code: string;
  readonly label: Localized;
  /** H: listed in our domain brief; M: from our knowledge of TRE_G15, to be checked against the ANS terminology server. */
  readonly confidence: Confidence;
};

const p = (code: string, fr: string, en: string, confidence: Confidence): Profession => ({
  code,
  label: { fr, en },
  confidence,
});

// A subset: the full list is published on the ANS terminology server. Unknown codes are
// shown as they are, never rejected.
export const PROFESSIONS: readonly Profession[] = [
  p('10', 'Médecin', 'Physician', 'H'),
  p('21', 'Pharmacien', 'Pharmacist', 'H'),
  p('26', 'Audioprothésiste', 'Hearing-aid specialist', 'M'),
  p('28', 'Opticien-lunetier', 'Optician', 'M'),
  p('40', 'Chirurgien-dentiste', 'Dental surgeon', 'H'),
  p('50', 'Sage-femme', 'Midwife', 'H'),
  p('60', 'Infirmier', 'Nurse', 'H'),
  p('70', 'Masseur-kinésithérapeute', 'Physiotherapist', 'H'),
  p('80', 'Pédicure-podologue', 'Podiatrist', 'H'),
  p('91', 'Orthophoniste', 'Speech therapist', 'H'),
  p('92', 'Orthoptiste', 'Orthoptist', 'H'),
  p('93', 'Psychologue', 'Psychologist', 'M'),
  p('94', 'Ergothérapeute', 'Occupational therapist', 'M'),
  p('95', 'Diététicien', 'Dietitian', 'M'),
  p('96', 'Psychomotricien', 'Psychomotor therapist', 'M'),
  p('98', 'Manipulateur ERM', 'Radiographer', 'M'),
];

export const getProfession = (code: string): Profession | undefined =>
  PROFESSIONS.find((x) => x.code === code);

/** Finds a profession from the `title` of a PS certificate ("Médecin", "MEDECIN"…). */
export const professionFromLabel = (label: string): Profession | undefined => {
  if (typeof label !== 'string' || label.length === 0 || label.length > 200) return undefined;
  const folded = foldLabel(label);
  return PROFESSIONS.find((x) => foldLabel(x.label.fr) === folded || foldLabel(x.label.en) === folded);
};
