import type { Label } from '../api/types';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), and a distinct shape per label
 * so no meaning rests on colour alone.
 */
export const LABEL_STYLE: Record<Label, { colour: string; shape: string; legend: string }> = {
  Document: { colour: '#0072B2', shape: 'round-rectangle', legend: 'Document' },
  Provision: { colour: '#7f7f7f', shape: 'rectangle', legend: 'Provision (paragraph)' },
  Recommendation: { colour: '#E69F00', shape: 'ellipse', legend: 'Recommendation' },
  Obligation: { colour: '#009E73', shape: 'diamond', legend: 'Obligation' },
  Actor: { colour: '#CC79A7', shape: 'hexagon', legend: 'Actor' },
  RootCause: { colour: '#D55E00', shape: 'triangle', legend: 'Root cause' },
  Instrument: { colour: '#56B4E9', shape: 'star', legend: 'Instrument' },
  Measure: { colour: '#F0E442', shape: 'vee', legend: 'Measure (what is asked)' },
};
