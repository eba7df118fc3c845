/**
 * The task catalog of the synthetic community: small "functional doer" tasks with a concrete
 * deliverable and little community interaction. Titles and summaries come from templates filled
 * with products, languages, numbers and topics, so the catalog stays realistic at 40 tasks and
 * still varies at 20,000 (the fuzzy-search benchmark needs distinct ~25-word summaries).
 */
import type { Coach, FunctionalArea, InteractionLevel, Task, TaskStatus } from '../model';
import type { Rng } from './random';
import { COUNTRIES, LANGUAGE_NAMES } from './vocabulary';

const COMMUNITIES = COUNTRIES.flatMap((c) => [`Mozilla ${c.name}`, ...c.regions.map(([region]) => `Mozilla ${region}`)]);

interface TaskContext {
  /** Target language code for language-specific tasks. */
  lang: string;
  langName: string;
  product: string;
  n: number;
  topic: string;
  audience: string;
  campaign: string;
}

interface TaskTemplate {
  area: FunctionalArea;
  interaction: InteractionLevel;
  /** target: needs the context language; en: English material; any: any language the Rep speaks. */
  langMode: 'target' | 'en' | 'any';
  skills: readonly string[];
  tags: readonly string[];
  effort: readonly [number, number];
  days: readonly [number, number];
  counts?: readonly number[];
  title: (c: TaskContext) => string;
  summary: (c: TaskContext) => string;
  deliverable: (c: TaskContext) => string;
  steps: (c: TaskContext) => string[];
}

const PRODUCTS = ['Firefox', 'Firefox for Android', 'Thunderbird', 'Firefox Focus', 'Mozilla VPN', 'Firefox Relay', 'Mozilla Monitor', 'Firefox for iOS'] as const;
const TOPICS = [
  'online privacy basics', 'Firefox containers', 'open source licensing', 'web accessibility basics', 'password managers',
  'tracking protection', 'contributing to Common Voice', 'spotting misinformation online', 'safe browsing for families', 'the open web',
] as const;
const AUDIENCES = ['students', 'teachers', 'librarians', 'small businesses', 'new contributors', 'senior citizens', 'campus clubs', 'journalists'] as const;
const CAMPAIGNS = ['Data Privacy Day', 'Privacy Month', 'the next Firefox release', 'the Common Voice sentence sprint', 'Global Accessibility Awareness Day', 'MozFest'] as const;

/**
 * A closing "who is this for" sentence, assembled from parts: it reads naturally in a 40-task demo
 * and multiplies the distinct summaries a 20,000-task fuzzy-search benchmark needs.
 */
const FIT_OPENERS = ['Good for', 'Suits', 'Ideal for', 'Made for'] as const;
const FIT_WHO = ['returning Reps', 'quiet contributors', 'busy volunteers', 'newcomers', 'students', 'people with little time', 'night owls'] as const;
const FIT_LINK = ['who like', 'wanting', 'who prefer'] as const;
const FIT_WHAT = ['clear goals', 'solo work', 'quick results', 'flexible hours', 'a visible result', 'small steps'] as const;

function fitSentence(rng: Rng): string {
  return `${rng.pick(FIT_OPENERS)} ${rng.pick(FIT_WHO)} ${rng.pick(FIT_LINK)} ${rng.pick(FIT_WHAT)}.`;
}

const T: readonly TaskTemplate[] = [
  {
    area: 'localization', interaction: 'solo', langMode: 'target', skills: ['translation', 'proofreading'], tags: ['translation', 'localization', 'privacy'],
    effort: [3, 8], days: [7, 14],
    title: (c) => `Translate the ${c.product} privacy FAQ into ${c.langName}`,
    summary: (c) => `Translate the short ${c.product} privacy FAQ on the support site into ${c.langName}, keeping terminology consistent with the existing localization in Pontoon.`,
    deliverable: (c) => `A reviewed ${c.langName} translation of the ${c.product} privacy FAQ published on support.mozilla.org.`,
    steps: (c) => ['Read the English FAQ end to end', `Check the ${c.langName} glossary in Pontoon`, 'Translate the first half', 'Translate the second half', 'Ask your coach for a review and publish'],
  },
  {
    area: 'support', interaction: 'solo', langMode: 'en', skills: ['technical writing', 'testing'], tags: ['documentation', 'screenshots', 'sumo'],
    effort: [3, 6], days: [7, 14], counts: [10, 15, 20, 25],
    title: (c) => `Review ${c.n} ${c.product} SUMO articles for outdated screenshots`,
    summary: (c) => `Go through ${c.n} ${c.product} help articles on SUMO, compare every screenshot with the current release and list the ones that need replacing.`,
    deliverable: (c) => `A spreadsheet of ${c.n} reviewed articles with each outdated screenshot marked and a replacement captured.`,
    steps: () => ['Install the current release', 'Open the article list your coach shares', 'Compare screenshots article by article', 'Capture replacements for outdated ones', 'Share the spreadsheet'],
  },
  {
    area: 'education', interaction: 'solo', langMode: 'target', skills: ['audio recording', 'video editing'], tags: ['common-voice', 'video', 'how-to'],
    effort: [2, 5], days: [5, 10],
    title: (c) => `Record a 3-minute Common Voice how-to in ${c.langName}`,
    summary: (c) => `Record a short ${c.langName} screencast showing how to contribute and validate voice clips on Common Voice, with clear narration and simple subtitles.`,
    deliverable: (c) => `A 3-minute ${c.langName} video uploaded to the community channel and linked from the Common Voice page.`,
    steps: () => ['Write a short script', 'Record the screencast', 'Add subtitles', 'Upload and share the link'],
  },
  {
    area: 'events', interaction: 'solo', langMode: 'any', skills: ['technical writing', 'event planning'], tags: ['events', 'template', 'reporting'],
    effort: [2, 4], days: [5, 10],
    title: (c) => `Write a one-page event report template for ${c.audience}`,
    summary: (c) => `Create a one-page template that organizers of events for ${c.audience} can fill in afterwards: attendance, photos, outcomes, follow-ups and portal links.`,
    deliverable: () => 'A one-page report template shared as a document on the Reps wiki.',
    steps: () => ['Look at three recent event reports', 'Draft the sections', 'Test it on a past event', 'Publish it on the wiki'],
  },
  {
    area: 'localization', interaction: 'solo', langMode: 'target', skills: ['proofreading', 'translation'], tags: ['localization', 'pontoon', 'review'],
    effort: [2, 6], days: [5, 14], counts: [50, 100, 150, 200],
    title: (c) => `Proofread ${c.n} ${c.langName} strings in Pontoon for ${c.product}`,
    summary: (c) => `Review ${c.n} pending ${c.langName} suggestions for ${c.product} in Pontoon, approve the good ones and fix typos or inconsistent terminology in the rest.`,
    deliverable: (c) => `${c.n} ${c.langName} strings reviewed in Pontoon, with a short note on recurring terminology issues.`,
    steps: () => ['Log in to Pontoon and open the project', 'Review the first batch', 'Review the remaining strings', 'Write the terminology note'],
  },
  {
    area: 'documentation', interaction: 'solo', langMode: 'en', skills: ['JavaScript', 'technical writing'], tags: ['mdn', 'documentation', 'code-examples'],
    effort: [4, 10], days: [10, 21], counts: [10, 15, 20],
    title: (c) => `Check ${c.n} MDN pages for broken code examples`,
    summary: (c) => `Run the live code examples on ${c.n} MDN Web Docs pages, note the ones that fail in current browsers and open issues with a minimal fix.`,
    deliverable: (c) => `A list of ${c.n} checked MDN pages and GitHub issues for every broken example.`,
    steps: () => ['Pick the pages from the shared list', 'Run each example', 'Open an issue per broken example', 'Share the summary'],
  },
  {
    area: 'marketing', interaction: 'light', langMode: 'target', skills: ['copywriting'], tags: ['newsletter', 'writing', 'marketing'],
    effort: [2, 4], days: [5, 10],
    title: (c) => `Draft a ${c.langName} newsletter blurb about ${c.product}`,
    summary: (c) => `Write a 150-word ${c.langName} newsletter blurb about what is new in ${c.product}, with one call to action and a link to the release notes.`,
    deliverable: (c) => `A 150-word ${c.langName} blurb ready for the next community newsletter.`,
    steps: () => ['Read the release notes', 'Draft the blurb', 'Get feedback from your coach', 'Hand it to the newsletter editor'],
  },
  {
    area: 'design', interaction: 'light', langMode: 'any', skills: ['accessibility auditing', 'testing'], tags: ['accessibility', 'audit', 'onboarding'],
    effort: [3, 8], days: [7, 14],
    title: (c) => `Run an accessibility check of the ${c.product} onboarding screens`,
    summary: (c) => `Walk through the ${c.product} onboarding with a screen reader and keyboard only, and record every accessibility barrier with steps to reproduce it.`,
    deliverable: (c) => `An accessibility findings report for the ${c.product} onboarding with bugs filed for each barrier.`,
    steps: () => ['Set up a screen reader', 'Go through onboarding with the keyboard only', 'Write down each barrier', 'File bugs', 'Share the report'],
  },
  {
    area: 'social-media', interaction: 'light', langMode: 'any', skills: ['graphic design', 'social media'], tags: ['social-media', 'design', 'campaign'],
    effort: [3, 8], days: [7, 14], counts: [3, 4, 5, 6],
    title: (c) => `Design ${c.n} social media cards for ${c.campaign}`,
    summary: (c) => `Design ${c.n} shareable social media cards for ${c.campaign} using the Mozilla brand kit, with short captions and alt text for each image.`,
    deliverable: (c) => `${c.n} cards with captions and alt text in the shared campaign folder.`,
    steps: () => ['Read the brand guidelines', 'Sketch the ideas', 'Design the cards', 'Write captions and alt text', 'Upload to the campaign folder'],
  },
  {
    area: 'documentation', interaction: 'solo', langMode: 'any', skills: ['technical writing', 'accessibility auditing'], tags: ['accessibility', 'alt-text', 'documentation'],
    effort: [2, 6], days: [5, 14], counts: [20, 30, 40],
    title: (c) => `Write alt text for ${c.n} images in the ${c.product} help center`,
    summary: (c) => `Add concise, descriptive alt text to ${c.n} images in the ${c.product} help center so that screen reader users get the same information as everyone else.`,
    deliverable: (c) => `${c.n} images in the ${c.product} help center with reviewed alt text.`,
    steps: () => ['Get the list of images', 'Write alt text for the first half', 'Write alt text for the rest', 'Ask for a review'],
  },
  {
    area: 'localization', interaction: 'solo', langMode: 'target', skills: ['translation'], tags: ['translation', 'onboarding', 'reps'],
    effort: [2, 5], days: [5, 10],
    title: (c) => `Translate the Reps onboarding checklist into ${c.langName}`,
    summary: (c) => `Translate the two-page Reps onboarding checklist into ${c.langName} so that new and returning Reps in your community can follow it in their own language.`,
    deliverable: (c) => `The onboarding checklist in ${c.langName}, reviewed and linked from the Reps wiki.`,
    steps: () => ['Read the checklist', 'Translate it', 'Ask a second speaker to review', 'Publish on the wiki'],
  },
  {
    area: 'localization', interaction: 'solo', langMode: 'target', skills: ['proofreading', 'research'], tags: ['common-voice', 'sentences', 'localization'],
    effort: [2, 6], days: [7, 14], counts: [100, 200, 300],
    title: (c) => `Collect ${c.n} public-domain sentences for Common Voice in ${c.langName}`,
    summary: (c) => `Find and clean up ${c.n} public-domain ${c.langName} sentences for the Common Voice sentence collector, checking length, spelling and licensing for every source.`,
    deliverable: (c) => `${c.n} ${c.langName} sentences submitted to the Common Voice sentence collector with sources noted.`,
    steps: () => ['Find public-domain sources', 'Extract and clean sentences', 'Check licensing', 'Submit to the collector'],
  },
  {
    area: 'research', interaction: 'solo', langMode: 'en', skills: ['data analysis', 'research'], tags: ['research', 'survey', 'report'],
    effort: [4, 10], days: [10, 21], counts: [40, 60, 80, 120],
    title: (c) => `Summarise ${c.n} responses to the ${c.audience} feedback survey`,
    summary: (c) => `Read ${c.n} anonymised answers from the ${c.audience} feedback survey, group them into themes and write a two-page summary with the three clearest findings.`,
    deliverable: () => 'A two-page summary with themes, counts and three recommendations.',
    steps: () => ['Read all answers once', 'Group them into themes', 'Count each theme', 'Write the summary', 'Share it with the Council'],
  },
  {
    area: 'localization', interaction: 'light', langMode: 'target', skills: ['translation', 'research'], tags: ['glossary', 'localization', 'terminology'],
    effort: [3, 8], days: [7, 21], counts: [30, 50, 80],
    title: (c) => `Update the ${c.langName} glossary with ${c.n} ${c.product} terms`,
    summary: (c) => `Add ${c.n} missing ${c.product} terms to the ${c.langName} localization glossary, with definitions and usage notes agreed with one reviewer from the team.`,
    deliverable: (c) => `${c.n} new glossary entries in Pontoon for ${c.langName}.`,
    steps: () => ['Collect candidate terms', 'Draft definitions', 'Agree with a reviewer', 'Add the entries in Pontoon'],
  },
  {
    area: 'education', interaction: 'solo', langMode: 'any', skills: ['public speaking', 'graphic design'], tags: ['talk', 'slides', 'education'],
    effort: [4, 10], days: [7, 21],
    title: (c) => `Create a slide deck on ${c.topic} for ${c.audience}`,
    summary: (c) => `Prepare a reusable 20-minute slide deck about ${c.topic} aimed at ${c.audience}, with speaker notes so any Rep can present it.`,
    deliverable: (c) => `A 20-minute deck on ${c.topic} with speaker notes in the Reps slides library.`,
    steps: () => ['Outline the talk', 'Draft the slides', 'Write speaker notes', 'Rehearse with your coach', 'Upload to the library'],
  },
  {
    area: 'development', interaction: 'solo', langMode: 'any', skills: ['testing'], tags: ['testing', 'qa', 'bugs'],
    effort: [2, 6], days: [5, 14], counts: [3, 5, 8],
    title: (c) => `Test the ${c.product} beta and file ${c.n} bug reports`,
    summary: (c) => `Use the ${c.product} beta for a week on your own device, try the new features and file ${c.n} clear bug reports with steps and screenshots.`,
    deliverable: (c) => `${c.n} bug reports filed in Bugzilla or GitHub, linked in one list.`,
    steps: () => ['Install the beta', 'Use it daily for a week', 'Write down problems', 'File the bug reports'],
  },
  {
    area: 'support', interaction: 'solo', langMode: 'en', skills: ['technical writing'], tags: ['support', 'triage', 'sumo'],
    effort: [2, 5], days: [5, 10], counts: [30, 50, 75],
    title: (c) => `Tag ${c.n} ${c.product} support forum threads by topic`,
    summary: (c) => `Read ${c.n} recent ${c.product} threads in the support forum and tag each with the right topic, so the support team can spot trends quickly.`,
    deliverable: (c) => `${c.n} tagged threads and a short list of the top recurring problems.`,
    steps: () => ['Read the tagging guide', 'Tag the first batch', 'Tag the rest', 'Write the list of recurring problems'],
  },
  {
    area: 'advocacy', interaction: 'solo', langMode: 'target', skills: ['copywriting', 'technical writing'], tags: ['blog', 'writing', 'advocacy'],
    effort: [3, 6], days: [7, 14],
    title: (c) => `Write a ${c.langName} blog post about ${c.topic}`,
    summary: (c) => `Write an 800-word ${c.langName} blog post explaining ${c.topic} in plain words, with practical tips readers can apply in ${c.product} today.`,
    deliverable: (c) => `A published ${c.langName} blog post on ${c.topic}, linked from your Reps profile.`,
    steps: () => ['Outline the post', 'Write the draft', 'Get a review', 'Publish and log it in the portal'],
  },
  {
    area: 'education', interaction: 'solo', langMode: 'any', skills: ['research', 'teaching'], tags: ['education', 'resources', 'reading-list'],
    effort: [2, 5], days: [5, 10], counts: [8, 10, 12, 15],
    title: (c) => `Curate ${c.n} resources on ${c.topic} for ${c.audience}`,
    summary: (c) => `Collect ${c.n} trustworthy articles, videos and guides about ${c.topic} suited to ${c.audience}, each with a one-line description and its language.`,
    deliverable: (c) => `A reading list of ${c.n} resources on the Reps wiki.`,
    steps: () => ['Search for resources', 'Check each one', 'Write one-line descriptions', 'Publish the list'],
  },
  {
    area: 'community-building', interaction: 'moderate', langMode: 'target', skills: ['community management', 'public speaking'], tags: ['q-and-a', 'community', 'online'],
    effort: [4, 8], days: [10, 21],
    title: (c) => `Moderate a one-hour online ${c.langName} Q&A about ${c.product}`,
    summary: (c) => `Host a one-hour online question-and-answer session in ${c.langName} about ${c.product}, collect questions beforehand and publish the answers afterwards.`,
    deliverable: () => 'A recorded session and a written list of questions and answers.',
    steps: () => ['Announce the session', 'Collect questions', 'Run the session', 'Publish the answers'],
  },
  {
    area: 'community-building', interaction: 'moderate', langMode: 'target', skills: ['teaching', 'translation'], tags: ['mentoring', 'localization', 'newcomers'],
    effort: [6, 12], days: [14, 21],
    title: (c) => `Guide one newcomer through a first ${c.langName} ${c.product} localization`,
    summary: (c) => `Pair with one new contributor and guide them through their first ${c.product} localization in ${c.langName}, from Pontoon sign-up to approved strings.`,
    deliverable: () => 'One newcomer with approved strings in Pontoon and a short written debrief.',
    steps: () => ['Meet the newcomer', 'Set up Pontoon together', 'Review their first strings', 'Write the debrief'],
  },
  {
    area: 'events', interaction: 'moderate', langMode: 'target', skills: ['event planning', 'public speaking'], tags: ['events', 'meetup', 'local'],
    effort: [6, 12], days: [14, 21],
    title: (c) => `Host a small ${c.langName} meetup on ${c.topic}`,
    summary: (c) => `Organise a small in-person or online meetup in ${c.langName} on ${c.topic} for about ten ${c.audience}, and report it in the portal.`,
    deliverable: () => 'A held meetup with an event report and photos in the Reps portal.',
    steps: () => ['Pick a date and place', 'Announce it', 'Prepare a short talk', 'Run the meetup', 'Write the event report'],
  },
  {
    area: 'documentation', interaction: 'solo', langMode: 'en', skills: ['technical writing', 'proofreading'], tags: ['wiki', 'documentation', 'links'],
    effort: [2, 4], days: [5, 10], counts: [25, 40, 60],
    title: (c) => `Fix ${c.n} outdated links on the Reps wiki`,
    summary: (c) => `Find and fix ${c.n} dead or outdated links on the Reps wiki documentation pages, replacing them with current pages or archived copies.`,
    deliverable: (c) => `${c.n} links fixed on the wiki with a change log.`,
    steps: () => ['Run the link checker', 'Fix the first batch', 'Fix the rest', 'Write the change log'],
  },
  {
    area: 'localization', interaction: 'solo', langMode: 'target', skills: ['translation', 'video editing'], tags: ['subtitles', 'video', 'translation'],
    effort: [2, 6], days: [5, 14],
    title: (c) => `Subtitle a 5-minute ${c.product} video in ${c.langName}`,
    summary: (c) => `Write ${c.langName} subtitles for a five-minute ${c.product} explainer video, timing each line and checking the translation of product names.`,
    deliverable: (c) => `A ${c.langName} subtitle file uploaded alongside the video.`,
    steps: () => ['Watch the video', 'Translate the transcript', 'Time the subtitles', 'Upload the file'],
  },
  {
    area: 'marketing', interaction: 'light', langMode: 'target', skills: ['copywriting', 'research'], tags: ['newsletter', 'digest', 'community'],
    effort: [2, 5], days: [7, 14],
    title: (c) => `Compile the monthly ${c.langName} community newsletter digest`,
    summary: (c) => `Gather this month's events, releases and contributor highlights from the portal and write the ${c.langName} community newsletter digest in a friendly tone.`,
    deliverable: (c) => `A ready-to-send ${c.langName} newsletter digest with links.`,
    steps: () => ['Collect highlights from the portal', 'Draft the digest', 'Check links', 'Hand it to the editor'],
  },
  {
    area: 'development', interaction: 'solo', langMode: 'en', skills: ['testing', 'accessibility auditing'], tags: ['accessibility', 'testing', 'qa'],
    effort: [4, 10], days: [10, 21], counts: [10, 15, 20],
    title: (c) => `Write ${c.n} manual test cases for ${c.product} accessibility settings`,
    summary: (c) => `Write ${c.n} step-by-step manual test cases covering the ${c.product} accessibility settings, so testers can check zoom, contrast and keyboard navigation each release.`,
    deliverable: (c) => `${c.n} test cases in the shared QA test plan.`,
    steps: () => ['List the settings', 'Write the cases', 'Run each once', 'Add them to the test plan'],
  },
];

/** How often each language appears as a target; Spanish leads so the demo has tasks for Spanish-only Reps. */
const TARGET_LANGS: readonly (readonly [string, number])[] = [
  ['es', 5], ['pt-BR', 2], ['hi', 1.5], ['bn', 1], ['sw', 1], ['fr', 1.5], ['de', 1], ['it', 1], ['id', 1.5], ['tl', 1], ['yo', 0.5],
];

const DAY_MS = 86_400_000;

export interface TaskOptions {
  count: number;
  coaches: readonly Coach[];
  refMs: number;
  makeId: (i: number) => string;
  iso: (ms: number) => string;
}

/** Deterministic quotas: ~80% published, ~12.5% draft, ~7.5% retired. */
function statusPlan(rng: Rng, count: number): TaskStatus[] {
  const drafts = Math.round(count * 0.125);
  const retired = Math.round(count * 0.075);
  const plan: TaskStatus[] = [];
  for (let i = 0; i < count; i++) plan.push(i < drafts ? 'draft' : i < drafts + retired ? 'retired' : 'published');
  return rng.shuffle(plan);
}

/**
 * Tasks that work in any language still list the ones their coaches can support: a task cannot be
 * published without a language, and matching needs one in common. No randomness is drawn here, so
 * the rest of the generated community stays the same.
 */
const ANY_LANGUAGES = ['en', 'es', 'pt-BR', 'fr', 'hi', 'id'] as const;

export function generateTasks(rng: Rng, opts: TaskOptions): Task[] {
  const { count, coaches, refMs } = opts;
  const statuses = statusPlan(rng, count);
  const seenTitles = new Set<string>();
  const templateOrder = rng.shuffle(T.map((_, i) => i));
  const tasks: Task[] = [];
  for (let i = 0; i < count; i++) {
    // Cycle through the templates so every kind of task appears even in a small catalog.
    const tpl = T[templateOrder[i % templateOrder.length] as number] as TaskTemplate;
    let ctx = makeContext(rng, tpl);
    for (let tries = 0; tries < 6 && seenTitles.has(tpl.title(ctx)); tries++) ctx = makeContext(rng, tpl);
    let title = tpl.title(ctx);
    // Large catalogs run out of template combinations; real catalogs then name the local community.
    for (let tries = 0; tries < 4 && seenTitles.has(title); tries++) title = `${tpl.title(ctx)} (${rng.pick(COMMUNITIES)})`;
    seenTitles.add(title);

    const status = statuses[i] as TaskStatus;
    const createdMs = status === 'draft' ? refMs - rng.int(3, 60) * DAY_MS : refMs - rng.int(200, 720) * DAY_MS;
    const updatedMs = status === 'retired' ? refMs - rng.int(5, 150) * DAY_MS : Math.min(refMs, createdMs + rng.int(0, 30) * DAY_MS);
    const createdAt = createdMs - rng.int(0, 8 * 3600) * 1000;
    const languages = tpl.langMode === 'target' ? [ctx.lang] : tpl.langMode === 'en' ? ['en'] : [...ANY_LANGUAGES];
    const author = coaches.length > 0 ? pickAuthor(rng, coaches, tpl.area) : 'Reps Council';
    const steps = tpl.steps(ctx).slice(0, 6);
    tasks.push({
      id: opts.makeId(i),
      createdAt: opts.iso(createdAt),
      updatedAt: opts.iso(Math.max(createdAt, updatedMs)),
      version: 1,
      title,
      summary: `${tpl.summary(ctx)} ${fitSentence(rng)}`,
      deliverable: tpl.deliverable(ctx),
      area: tpl.area,
      skills: [...tpl.skills],
      languages,
      effortHours: rng.int(tpl.effort[0], tpl.effort[1]),
      expectedDays: rng.int(tpl.days[0], tpl.days[1]),
      interaction: tpl.interaction,
      steps,
      slots: rng.weightedPairs<number>([[1, 3], [2, 3], [3, 2], [4, 1], [5, 1]]),
      preferredCoachIds: coaches.length > 0 && rng.chance(0.3) ? preferredCoaches(rng, coaches, tpl.area, languages) : [],
      tags: dedupe([...tpl.tags, tpl.area, ...languages.filter((l) => l !== 'en')]),
      status,
      author,
      externalId: null,
      notes: status === 'retired' ? 'Retired: the product page this task relied on has been replaced.' : '',
    });
  }
  return tasks;
}

function makeContext(rng: Rng, tpl: TaskTemplate): TaskContext {
  const lang = rng.weightedPairs(TARGET_LANGS);
  return {
    lang,
    langName: LANGUAGE_NAMES[lang] ?? lang,
    product: rng.pick(PRODUCTS),
    n: tpl.counts ? rng.pick(tpl.counts) : 1,
    topic: rng.pick(TOPICS),
    audience: rng.pick(AUDIENCES),
    campaign: rng.pick(CAMPAIGNS),
  };
}

function pickAuthor(rng: Rng, coaches: readonly Coach[], area: FunctionalArea): string {
  // A few random probes keep this O(1) per task even with thousands of coaches.
  for (let i = 0; i < 8; i++) {
    const c = rng.pick(coaches);
    if (c.areas.includes(area)) return c.name;
  }
  return rng.pick(coaches).name;
}

function preferredCoaches(rng: Rng, coaches: readonly Coach[], area: FunctionalArea, languages: readonly string[]): string[] {
  const chosen: string[] = [];
  for (let i = 0; i < 20 && chosen.length < 2; i++) {
    const c = rng.pick(coaches);
    if (!c.active || chosen.includes(c.id)) continue;
    const speaks = languages.length === 0 || languages.some((l) => c.languages.includes(l));
    if (speaks && c.areas.includes(area)) chosen.push(c.id);
  }
  return chosen;
}

function dedupe<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
