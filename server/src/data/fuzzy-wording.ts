// Word classes that let vague-goal read a statement's shape rather than only its phrases: a goal whose
// main verb names no action anyone could watch being done, an unmeasured comparison, a goal that is
// only an abstract noun. Fixed, not configurable; the configurable part is the `vague` phrase list.

/**
 * Main verbs that name a change in the person rather than something they do: "Step into leadership",
 * "Be a role model", "Get my head around finance". With nothing observable in the goal, it is fuzzy.
 * "get" counts only when no article follows: "Get the rota signed off" names a result.
 */
export const SOFT_VERBS: ReadonlySet<string> = new Set([
  'be', 'become', 'get', 'grow', 'develop', 'improve', 'gain', 'have', 'do', 'work', 'step', 'level',
  'strengthen', 'sharpen', 'enhance', 'deepen', 'broaden', 'widen', 'expand', 'boost', 'elevate', 'lift', 'understand',
  'master', 'think', 'handle', 'explore', 'embrace', 'focus', 'invest', 'nurture', 'cultivate', 'foster',
  'polish', 'upskill', 'reskill', 'transition', 'know', 'seek', 'pursue', 'aim', 'strive',
  'refine', 'hone', 'brush', 'bring', 'engage', 'connect', 'network', 'empower', 'champion', 'advocate', 'embody',
  'mature', 'evolve', 'progress', 'advance', 'thrive', 'shine', 'excel', 'flourish', 'rise', 'stand', 'lean',
  'navigate', 'adapt', 'adjust', 'settle', 'discover', 'figure', 'tackle', 'address', 'overcome', 'hold',
  // Belonging to a community is a change in the person: "integrate into the profession".
  'integrate', 'assimilate', 'belong', 'blend',
]);

/**
 * Positions: "Become a charge nurse" names an appointment anyone can see happen, while "Become a
 * better nurse" or "Be a role model" names no event.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'lead', 'manager', 'head', 'director', 'chair', 'owner', 'engineer', 'designer', 'nurse', 'teacher', 'consultant',
  'partner', 'principal', 'officer', 'specialist', 'architect', 'analyst', 'scientist', 'fellow', 'member', 'editor',
  'coordinator', 'supervisor', 'deputy', 'registrar', 'sister', 'matron', 'professor', 'lecturer', 'associate',
  'president', 'founder', 'governor', 'trustee', 'examiner', 'assessor', 'reviewer', 'moderator', 'practitioner',
  'midwife', 'doctor', 'surgeon', 'pharmacist', 'developer', 'administrator', 'accountant', 'solicitor', 'barrister',
  'researcher', 'postdoc', 'student', 'apprentice', 'intern', 'trainee', 'mentor', 'coach', 'champion', 'rep',
  'representative', 'ambassador', 'advocate', 'liaison', 'contact', 'holder', 'secretary', 'treasurer', 'captain',
]);

/**
 * Gradable words: their comparatives ("punchier", "more inclusive") and their use before a role
 * ("a good listener", "an inclusive leader") grade the mentee with no measure.
 */
export const EVALUATIVE_ADJECTIVES: ReadonlySet<string> = new Set([
  'good', 'great', 'strong', 'clear', 'sharp', 'bold', 'fast', 'quick', 'smart', 'wise', 'deep', 'broad', 'big',
  'punchy', 'crisp', 'tight', 'tidy', 'slick', 'lean', 'simple', 'easy', 'brave', 'tough', 'firm', 'fair', 'kind',
  'warm', 'nice', 'rich', 'clean', 'neat', 'concise', 'high', 'loud', 'savvy', 'sound', 'solid', 'steady', 'agile',
  'effective', 'efficient', 'productive', 'strategic', 'proactive', 'organised', 'organized', 'inclusive',
  'thoughtful', 'collaborative', 'visible', 'credible', 'influential', 'commercial', 'assertive', 'decisive',
  'creative', 'innovative', 'rounded', 'well-rounded', 'confident', 'competent', 'capable', 'reliable',
  'structured', 'focused', 'engaged', 'empathetic', 'supportive', 'approachable', 'responsive',
  'independent', 'resilient', 'mature', 'polished', 'professional', 'hands-on', 'data-driven',
  'customer-focused', 'outstanding', 'excellent', 'exceptional', 'true', 'real', 'proper', 'go-to', 'trusted',
  'respected', 'natural', 'born', 'all-round', 'better', 'best', 'more', 'less',
  'patient', 'generous', 'humble', 'gentle', 'decent',
]);

/** Endings of abstract nouns: a goal that is only "Career progression" or "Leadership development". */
export const ABSTRACT_NOUN_ENDINGS: readonly string[] = ['tion', 'sion', 'ment', 'ship', 'ness', 'ity', 'ence', 'ance', 'ism', 'ing', 'ure'];

/** Particles that belong to the main verb when quoted: "step into", "work on", "get up". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['into', 'on', 'up', 'around', 'towards', 'toward', 'in', 'out', 'as', 'to', 'with', 'at']);

/** Steps that are figures of speech, not results: "up a gear", "to the next level", "up a notch". */
export const FIGURATIVE_STEPS: ReadonlySet<string> = new Set(['gear', 'notch', 'level', 'step', 'rung']);

/** Figures of speech for settling into oneself, after "find", "hit" or "build": "find my feet", "build bridges". */
export const FIGURATIVE_OBJECTS: ReadonlySet<string> = new Set(['voice', 'feet', 'footing', 'stride', 'groove', 'niche', 'tribe', 'calling', 'rhythm', 'bridges']);

/** A field rather than a skill with a product: "the commercial side of", "the world of", "the ropes". */
export const FIELD_NOUNS: ReadonlySet<string> = new Set(['side', 'sides', 'world', 'ropes', 'basics', 'fundamentals', 'landscape', 'ins', 'area', 'field', 'space', 'scene']);

/** An effect with nothing named about it, after "make": "make a difference", "make my mark". */
export const EFFECT_NOUNS: ReadonlySet<string> = new Set(['difference', 'contribution', 'mark', 'impression', 'splash', 'dent']);
