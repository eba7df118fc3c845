/**
 * Seeded generator of task-like text for the search test and benchmark. It exists so they need not
 * wait for (or be coupled to) the demo-data generator: only the searched fields are produced, with
 * varied vocabulary and ~25-word summaries so fuse.js does realistic work.
 */

export interface CorpusTask {
  id: string;
  title: string;
  summary: string;
  deliverable: string;
  skills: string[];
  tags: string[];
}

/** mulberry32: tiny, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function pickSome<T>(r: () => number, xs: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(r() * (max - min + 1));
  const out = new Set<T>();
  while (out.size < n) out.add(pick(r, xs));
  return [...out];
}

interface Topic {
  verbs: string[];
  objects: string[];
  deliverables: string[];
  skills: string[];
  tags: string[];
}

const TOPICS: Topic[] = [
  {
    verbs: ['Update', 'Rewrite', 'Review', 'Proofread', 'Restructure'],
    objects: ['the documentation for', 'the setup guide for', 'the contributor documentation of', 'the FAQ page for', 'the how-to article on'],
    deliverables: ['A merged documentation pull request', 'An updated guide published on the wiki', 'A reviewed article with screenshots'],
    skills: ['technical writing', 'documentation', 'markdown', 'editing'],
    tags: ['documentation', 'docs', 'writing', 'wiki'],
  },
  {
    verbs: ['Translate', 'Localize', 'Review translations of', 'Fix untranslated strings in'],
    objects: ['the onboarding screens of', 'the release notes for', 'the privacy notice of', 'the help articles about', 'the interface of'],
    deliverables: ['Strings translated and approved in Pontoon', 'A localized page ready for review', 'A translation glossary entry list'],
    skills: ['translation', 'localization', 'Pontoon', 'terminology'],
    tags: ['localization', 'l10n', 'translation', 'pontoon'],
  },
  {
    verbs: ['Audit', 'Test', 'Improve', 'Check'],
    objects: ['the accessibility of', 'screen reader support in', 'keyboard navigation of', 'colour contrast on'],
    deliverables: ['An accessibility report with filed bugs', 'A checklist of fixed contrast issues', 'Bug reports with steps to reproduce'],
    skills: ['accessibility', 'screen readers', 'WCAG', 'QA testing'],
    tags: ['accessibility', 'a11y', 'qa', 'testing'],
  },
  {
    verbs: ['Capture', 'Refresh', 'Replace', 'Annotate'],
    objects: ['screenshots for', 'localized screenshots of', 'the screenshot gallery of', 'step-by-step screenshots in'],
    deliverables: ['A folder of annotated screenshots', 'Updated screenshots attached to the article', 'A screenshot set for every locale'],
    skills: ['screenshots', 'image editing', 'attention to detail'],
    tags: ['screenshots', 'images', 'visual'],
  },
  {
    verbs: ['Write', 'Edit', 'Curate', 'Draft'],
    objects: ['the monthly newsletter about', 'a newsletter section on', 'community highlights for', 'a digest of'],
    deliverables: ['A newsletter issue sent to subscribers', 'A draft newsletter in the shared folder', 'Three short community stories'],
    skills: ['copywriting', 'newsletter', 'storytelling', 'editing'],
    tags: ['newsletter', 'communications', 'writing'],
  },
  {
    verbs: ['Organize', 'Host', 'Run', 'Plan'],
    objects: ['a community event about', 'a workshop on', 'a hackathon for', 'a launch party for', 'a study jam about'],
    deliverables: ['An event report with photos and attendance', 'A published event page and recap', 'A workshop slide deck and feedback summary'],
    skills: ['event planning', 'public speaking', 'facilitation', 'community building'],
    tags: ['events', 'workshop', 'meetup', 'community'],
  },
  {
    verbs: ['Answer', 'Write', 'Update', 'Triage'],
    objects: ['SUMO articles about', 'support forum questions on', 'knowledge base articles for', 'SUMO threads about'],
    deliverables: ['Ten answered support questions', 'A new SUMO knowledge base article', 'Updated SUMO articles marked ready for localization'],
    skills: ['user support', 'SUMO', 'troubleshooting', 'writing'],
    tags: ['sumo', 'support', 'knowledge-base'],
  },
  {
    verbs: ['Record', 'Validate', 'Collect', 'Review'],
    objects: ['Common Voice sentences for', 'voice clips in', 'Common Voice recordings about', 'the sentence collection for'],
    deliverables: ['Five hundred validated Common Voice clips', 'A batch of public domain sentences', 'A Common Voice campaign report'],
    skills: ['Common Voice', 'speech data', 'proofreading'],
    tags: ['common-voice', 'voice', 'data'],
  },
  {
    verbs: ['Triage', 'Reproduce', 'Verify', 'Label'],
    objects: ['new Bugzilla bugs in', 'crash reports for', 'regressions in', 'incoming issues about'],
    deliverables: ['Triaged bugs with components and severity', 'A list of confirmed regressions', 'Verified fixes marked in Bugzilla'],
    skills: ['bug triage', 'Bugzilla', 'QA testing', 'debugging'],
    tags: ['bugs', 'qa', 'triage'],
  },
  {
    verbs: ['Create', 'Schedule', 'Write', 'Design'],
    objects: ['social media posts about', 'a Mastodon thread on', 'a short video tutorial about', 'a blog post on', 'a podcast episode about'],
    deliverables: ['A week of scheduled social media posts', 'A published blog post', 'A two-minute video tutorial with captions'],
    skills: ['social media', 'video editing', 'blogging', 'graphic design'],
    tags: ['social-media', 'marketing', 'video', 'blog'],
  },
  {
    verbs: ['Mentor', 'Onboard', 'Welcome', 'Coach'],
    objects: ['new contributors to', 'first-time volunteers in', 'campus club members working on', 'newcomers interested in'],
    deliverables: ['Three onboarded contributors with first contributions', 'An onboarding checklist', 'A mentoring log with next steps'],
    skills: ['mentoring', 'onboarding', 'communication', 'patience'],
    tags: ['mentoring', 'onboarding', 'newcomers'],
  },
  {
    verbs: ['Survey', 'Interview', 'Research', 'Summarize feedback from'],
    objects: ['users of', 'local communities about', 'volunteers contributing to', 'students using'],
    deliverables: ['A survey summary with charts', 'Interview notes and key findings', 'A research brief for the council'],
    skills: ['user research', 'surveys', 'data analysis', 'interviewing'],
    tags: ['research', 'survey', 'feedback'],
  },
];

const PRODUCTS = [
  'Firefox', 'Firefox for Android', 'Firefox Focus', 'Thunderbird', 'MDN Web Docs', 'Mozilla VPN', 'Firefox Relay',
  'Pocket', 'Common Voice', 'Monitor', 'the add-ons site', 'Firefox extensions', 'the Mozilla wiki', 'Pontoon',
  'the Reps portal', 'Mozilla Hubs', 'Fakespot', 'the developer tools', 'Firefox Nightly', 'the privacy dashboard',
];
const PLACES = [
  'Nairobi', 'Lagos', 'Jakarta', 'Manila', 'Dhaka', 'Pune', 'São Paulo', 'Bogotá', 'Lima', 'Mexico City', 'Madrid',
  'Berlin', 'Warsaw', 'Tirana', 'Kampala', 'Accra', 'Tunis', 'Kathmandu', 'Taipei', 'Hanoi', 'Cairo', 'Yaoundé',
];
const LANGUAGES = [
  'Spanish', 'Portuguese', 'Bengali', 'Hindi', 'Swahili', 'Indonesian', 'French', 'Arabic', 'Albanian', 'Polish',
  'Vietnamese', 'Tagalog', 'Yoruba', 'Nepali', 'Turkish', 'Italian', 'German', 'Catalan',
];
const AUDIENCES = [
  'students', 'new volunteers', 'local developers', 'teachers', 'librarians', 'small businesses', 'senior citizens',
  'open source clubs', 'journalists', 'non-profit staff', 'university clubs', 'designers',
];
const OPENERS = [
  'Help {audience} in {place} by working on {product}.',
  'The {language} community asked for better material on {product}.',
  'Many {audience} rely on {product} but the current material is outdated.',
  'This task supports the {language} team ahead of the next {product} release.',
  'Volunteers in {place} noticed gaps in how {product} is explained.',
  'A short, self-contained task for people who enjoy {skill}.',
];
const MIDDLES = [
  'Start from the existing pages, compare them with the latest version, and note anything confusing or missing.',
  'Work with a coach to agree on scope, then share a first draft for review within a week.',
  'Keep the tone friendly and simple, and follow the style guide so other locales can reuse it.',
  'Pair with another volunteer if you can, and document every step so the work is easy to repeat.',
  'Focus on the most visited pages first; quality matters more than volume here.',
  'Check the glossary, ask questions in the Matrix channel, and flag anything that needs a developer.',
  'Use the templates provided and record how long each part took to improve future estimates.',
];
const CLOSERS = [
  'Good for {audience}.',
  'Estimated two to four hours.',
  'No coding required.',
  'Great first task for returning Reps.',
  'Results will be shared in the {language} channel.',
  'Remote friendly.',
];

function fill(r: () => number, template: string, topic: Topic): string {
  return template
    .replace('{audience}', pick(r, AUDIENCES))
    .replace('{place}', pick(r, PLACES))
    .replace('{product}', pick(r, PRODUCTS))
    .replace('{language}', pick(r, LANGUAGES))
    .replace('{skill}', pick(r, topic.skills));
}

export function generateTask(r: () => number, index: number): CorpusTask {
  const topic = pick(r, TOPICS);
  const product = pick(r, PRODUCTS);
  const suffix = r() < 0.35 ? ` in ${pick(r, LANGUAGES)}` : r() < 0.5 ? ` for ${pick(r, AUDIENCES)}` : '';
  const title = `${pick(r, topic.verbs)} ${pick(r, topic.objects)} ${product}${suffix}`;
  const summary = [fill(r, pick(r, OPENERS), topic), fill(r, pick(r, MIDDLES), topic), fill(r, pick(r, CLOSERS), topic)].join(' ');
  const deliverable = `${pick(r, topic.deliverables)} for ${product}.`;
  // A few skills/tags from a second topic keep fields from being perfectly topic-aligned.
  const other = pick(r, TOPICS);
  const skills = [...new Set([...pickSome(r, topic.skills, 1, 3), ...(r() < 0.3 ? [pick(r, other.skills)] : [])])];
  const tags = [...new Set([...pickSome(r, topic.tags, 1, 3), ...(r() < 0.3 ? [pick(r, other.tags)] : [])])];
  return { id: `task-${index}`, title, summary, deliverable, skills, tags };
}

export function generateTasks(count: number, seed = 42): CorpusTask[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => generateTask(r, i));
}

/** Typo and partial-word queries of the kind coaches type; a few are two words. */
export const TYPO_QUERIES: readonly string[] = [
  'documentaion', 'locallization', 'screensh', 'acessibility', 'translaton', 'newsleter', 'comon voice', 'sumo artcle',
  'evnt', 'firefx', 'onbording', 'mentorng', 'socail media', 'blog pst', 'tutoral', 'workshp', 'feedbak', 'bug triag',
  'glosary', 'interveiw', 'podcst', 'vidoe', 'thunderbrid', 'pontoon', 'accessib', 'transl', 'screenshto', 'knowlege base',
  'hackaton', 'survy', 'proofread', 'regresion', 'keybord', 'contributer', 'volunters', 'privacy notce', 'relese notes',
  'campus clb', 'extensons', 'bugzila',
];

/** Top-10 overlap between two ranked id lists, relative to how many the reference returned (max 10). */
export function topOverlap(ours: readonly string[], reference: readonly string[], n = 10): number {
  const ref = reference.slice(0, n);
  if (ref.length === 0) return ours.length === 0 ? 1 : 0;
  const mine = new Set(ours.slice(0, n));
  return ref.filter((id) => mine.has(id)).length / ref.length;
}
