// unknown-kind: replace the value with the closest valid kinds, nearest first.

import { closest, distance } from 'fastest-levenshtein';
import { KINDS } from '../../data/kinds';
import { stringData, type FixProvider, type QuickFix } from './fix';

/** A suggestion this close is a typo ("developmentall"), safe to fix without asking. */
const TYPO_DISTANCE = 2;
const CHOICES = 3;

export const unknownKindFixes: FixProvider = (target) => {
  const value = stringData(target.data, 'value');
  if (!value) return [];
  const listed = Array.isArray(target.data.suggestions) ? target.data.suggestions.filter((s): s is string => typeof s === 'string') : [];
  const suggestions = listed.length > 0 ? listed.slice(0, CHOICES) : [closest(value.toLowerCase(), KINDS.map((k) => k.value))];
  return suggestions.map((kind, i): QuickFix => ({
    title: `Change "${value}" to "${kind}"`,
    edits: [{ span: target.span, newText: kind }],
    isPreferred: i === 0 && listed.length > 0,
    safe: i === 0 && suggestions.length === 1 && distance(value.toLowerCase(), kind) <= TYPO_DISTANCE,
  }));
};
