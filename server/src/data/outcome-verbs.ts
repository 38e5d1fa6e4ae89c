// Action verbs that start an outcome: "… and present at the all-hands" joins a second goal.

export const OUTCOME_VERBS: ReadonlySet<string> = new Set([
  'become', 'get', 'learn', 'lead', 'run', 'write', 'present', 'publish', 'ship', 'deliver', 'build', 'launch',
  'start', 'finish', 'complete', 'pass', 'apply', 'earn', 'obtain', 'gain', 'move', 'switch', 'transition',
  'hire', 'mentor', 'coach', 'speak', 'give', 'organise', 'organize', 'plan', 'create', 'design', 'improve',
  'reduce', 'increase', 'grow', 'develop', 'master', 'take', 'join', 'find', 'secure', 'negotiate', 'delegate',
  'own', 'set', 'establish', 'introduce', 'read', 'study', 'attend', 'contribute', 'submit', 'release', 'prepare',
  'practise', 'practice', 'stop', 'spend', 'save', 'travel', 'relocate', 'quit', 'do', 'make', 'have', 'be',
]);
