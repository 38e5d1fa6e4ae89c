// Words for concrete deliverables and events: a goal that names one has an observable result.

export const NAMED_RESULT_WORDS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'presentation', 'present', 'report', 'doc', 'document', 'proposal', 'rfc', 'certification',
  'certificate', 'exam', 'course', 'workshop', 'blog', 'post', 'article', 'paper', 'pr', 'prs', 'release', 'demo',
  'interview', 'interviews', 'conference', 'meetup', 'portfolio', 'prototype', 'launch', 'promotion', 'offer',
  'application', 'apply', 'publish', 'ship', 'deliver', 'submit', 'chapter', 'book', 'degree', 'mvp', 'roadmap',
  'retrospective', 'retro', 'one-to-one', 'hackathon', 'newsletter', 'podcast', 'webinar', 'training', 'lecture',
  'keynote', 'design', 'spec', 'budget', 'hire', 'hiring', 'mentor', 'mentee', 'internship', 'licence', 'license',
]);
