// Every rule of the catalogue, in catalogue order.

import type { Rule } from '../rule';
import { borrowedGoal } from './borrowed-goal';
import { brokenWhyLink } from './broken-why-link';
import { compoundGoal } from './compound-goal';
import { duplicateGoal } from './duplicate-goal';
import { exploringGoal } from './exploring-goal';
import { invalidFrontMatter } from './invalid-front-matter';
import { missingReplaces } from './missing-replaces';
import { missingWhy } from './missing-why';
import { noHorizon } from './no-horizon';
import { noStretch } from './no-stretch';
import { openQuestion } from './open-question';
import { pastDue } from './past-due';
import { prematureGoals } from './premature-goals';
import { reviewOverdue } from './review-overdue';
import { symptomGoal } from './symptom-goal';
import { unknownKind } from './unknown-kind';
import { unknownStatus } from './unknown-status';
import { unreadableDate } from './unreadable-date';
import { vagueGoal } from './vague-goal';
import { whyNotLinked } from './why-not-linked';
import { wishGoal } from './wish-goal';

export const ALL_RULES: readonly Rule[] = [
  vagueGoal,
  symptomGoal,
  missingWhy,
  whyNotLinked,
  brokenWhyLink,
  wishGoal,
  noHorizon,
  pastDue,
  reviewOverdue,
  noStretch,
  borrowedGoal,
  compoundGoal,
  missingReplaces,
  prematureGoals,
  unknownKind,
  duplicateGoal,
  openQuestion,
  unreadableDate,
  invalidFrontMatter,
  exploringGoal,
  unknownStatus,
];
