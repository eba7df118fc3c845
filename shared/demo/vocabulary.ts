/**
 * Word lists for the synthetic community: countries with their time zones and languages, names,
 * interests and skills. Kept apart from the generator so the logic stays readable.
 */
import type { ActivityType, FunctionalArea } from '../model';

export interface CountryInfo {
  name: string;
  /** The country's own language(s); the first one is the one monolingual Reps speak. */
  languages: readonly string[];
  /** Regions with a sensible IANA time zone each. */
  regions: readonly (readonly [region: string, timezone: string])[];
  /** Relative size of the country's Reps community. */
  weight: number;
  /** Share of Reps who speak only the local language (no English). */
  monolingual: number;
  firstNames: readonly string[];
  lastNames: readonly string[];
}

export const COUNTRIES: readonly CountryInfo[] = [
  {
    name: 'Spain',
    languages: ['es'],
    regions: [['Madrid', 'Europe/Madrid'], ['Catalonia', 'Europe/Madrid'], ['Andalusia', 'Europe/Madrid'], ['Valencia', 'Europe/Madrid'], ['Canary Islands', 'Atlantic/Canary']],
    weight: 8,
    monolingual: 0.15,
    firstNames: ['Lucía', 'Javier', 'Carmen', 'Pablo', 'Marta', 'Sergio', 'Elena', 'Álvaro', 'Nuria', 'Raúl', 'Irene', 'Jorge'],
    lastNames: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Gil', 'Moreno', 'Vidal'],
  },
  {
    name: 'Mexico',
    languages: ['es'],
    regions: [['Ciudad de México', 'America/Mexico_City'], ['Jalisco', 'America/Mexico_City'], ['Nuevo León', 'America/Monterrey'], ['Baja California', 'America/Tijuana'], ['Yucatán', 'America/Merida']],
    weight: 8,
    monolingual: 0.15,
    firstNames: ['Diego', 'Ximena', 'Alejandro', 'Fernanda', 'Emiliano', 'Daniela', 'Rodrigo', 'Valeria', 'Luis', 'Mariana'],
    lastNames: ['Hernández', 'Ramírez', 'Flores', 'Cruz', 'Reyes', 'Mendoza', 'Ortiz', 'Castillo', 'Aguilar', 'Jiménez'],
  },
  {
    name: 'Argentina',
    languages: ['es'],
    regions: [['Buenos Aires', 'America/Argentina/Buenos_Aires'], ['Córdoba', 'America/Argentina/Cordoba'], ['Mendoza', 'America/Argentina/Mendoza'], ['Santa Fe', 'America/Argentina/Buenos_Aires']],
    weight: 5,
    monolingual: 0.1,
    firstNames: ['Valentina', 'Martín', 'Camila', 'Facundo', 'Sofía', 'Nicolás', 'Agustina', 'Tomás', 'Julieta', 'Matías'],
    lastNames: ['González', 'Rodríguez', 'Fernández', 'Pérez', 'Gómez', 'Díaz', 'Álvarez', 'Ruiz', 'Acosta', 'Benítez'],
  },
  {
    name: 'Brazil',
    languages: ['pt-BR'],
    regions: [['São Paulo', 'America/Sao_Paulo'], ['Rio de Janeiro', 'America/Sao_Paulo'], ['Pernambuco', 'America/Recife'], ['Amazonas', 'America/Manaus'], ['Rio Grande do Sul', 'America/Sao_Paulo']],
    weight: 9,
    monolingual: 0.12,
    firstNames: ['João', 'Ana', 'Gabriel', 'Beatriz', 'Lucas', 'Larissa', 'Rafael', 'Juliana', 'Thiago', 'Fernanda'],
    lastNames: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Lima', 'Pereira', 'Costa', 'Carvalho', 'Almeida', 'Ribeiro'],
  },
  {
    name: 'India',
    languages: ['hi'],
    regions: [['Maharashtra', 'Asia/Kolkata'], ['Karnataka', 'Asia/Kolkata'], ['Tamil Nadu', 'Asia/Kolkata'], ['Delhi', 'Asia/Kolkata'], ['Odisha', 'Asia/Kolkata'], ['Gujarat', 'Asia/Kolkata']],
    weight: 12,
    monolingual: 0.03,
    firstNames: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Rahul', 'Divya', 'Sanjay', 'Meera'],
    lastNames: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Das', 'Mishra', 'Kulkarni', 'Singh'],
  },
  {
    name: 'Bangladesh',
    languages: ['bn'],
    regions: [['Dhaka', 'Asia/Dhaka'], ['Chattogram', 'Asia/Dhaka'], ['Sylhet', 'Asia/Dhaka'], ['Rajshahi', 'Asia/Dhaka']],
    weight: 5,
    monolingual: 0.05,
    firstNames: ['Tanvir', 'Nusrat', 'Rafiq', 'Farhana', 'Sabbir', 'Tahmina', 'Imran', 'Sadia', 'Arif', 'Mim'],
    lastNames: ['Rahman', 'Hossain', 'Ahmed', 'Islam', 'Chowdhury', 'Karim', 'Sarker', 'Akter', 'Uddin', 'Haque'],
  },
  {
    name: 'Kenya',
    languages: ['sw'],
    regions: [['Nairobi', 'Africa/Nairobi'], ['Mombasa', 'Africa/Nairobi'], ['Kisumu', 'Africa/Nairobi'], ['Nakuru', 'Africa/Nairobi']],
    weight: 4,
    monolingual: 0.02,
    firstNames: ['Wanjiru', 'Otieno', 'Akinyi', 'Kamau', 'Njeri', 'Mwangi', 'Achieng', 'Kiprono', 'Wambui', 'Omondi'],
    lastNames: ['Mutua', 'Kariuki', 'Odhiambo', 'Wafula', 'Chebet', 'Njoroge', 'Kimani', 'Owino', 'Kiplagat', 'Nyambura'],
  },
  {
    name: 'Nigeria',
    languages: ['yo'],
    regions: [['Lagos', 'Africa/Lagos'], ['Abuja', 'Africa/Lagos'], ['Oyo', 'Africa/Lagos'], ['Enugu', 'Africa/Lagos'], ['Kano', 'Africa/Lagos']],
    weight: 5,
    monolingual: 0,
    firstNames: ['Chinedu', 'Adaeze', 'Tunde', 'Funmilayo', 'Emeka', 'Ngozi', 'Segun', 'Amaka', 'Ibrahim', 'Yetunde'],
    lastNames: ['Okafor', 'Adeyemi', 'Eze', 'Balogun', 'Nwosu', 'Ogunleye', 'Bello', 'Obi', 'Adebayo', 'Okonkwo'],
  },
  {
    name: 'Germany',
    languages: ['de'],
    regions: [['Berlin', 'Europe/Berlin'], ['Bavaria', 'Europe/Berlin'], ['Hamburg', 'Europe/Berlin'], ['North Rhine-Westphalia', 'Europe/Berlin']],
    weight: 4,
    monolingual: 0.05,
    firstNames: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Hannah', 'Tobias', 'Miriam', 'Stefan', 'Katrin'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Wagner', 'Krüger', 'Braun'],
  },
  {
    name: 'France',
    languages: ['fr'],
    regions: [['Île-de-France', 'Europe/Paris'], ['Occitanie', 'Europe/Paris'], ['Bretagne', 'Europe/Paris'], ['Auvergne-Rhône-Alpes', 'Europe/Paris']],
    weight: 4,
    monolingual: 0.1,
    firstNames: ['Camille', 'Théo', 'Chloé', 'Julien', 'Manon', 'Hugo', 'Léa', 'Antoine', 'Inès', 'Mathieu'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Lefebvre', 'Moreau'],
  },
  {
    name: 'Italy',
    languages: ['it'],
    regions: [['Lombardia', 'Europe/Rome'], ['Lazio', 'Europe/Rome'], ['Emilia-Romagna', 'Europe/Rome'], ['Sicilia', 'Europe/Rome'], ['Piemonte', 'Europe/Rome']],
    weight: 4,
    monolingual: 0.1,
    firstNames: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Davide', 'Sara', 'Andrea', 'Elisa', 'Matteo'],
    lastNames: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  },
  {
    name: 'Indonesia',
    languages: ['id'],
    regions: [['DKI Jakarta', 'Asia/Jakarta'], ['Jawa Barat', 'Asia/Jakarta'], ['Bali', 'Asia/Makassar'], ['Sulawesi Selatan', 'Asia/Makassar'], ['Papua', 'Asia/Jayapura']],
    weight: 6,
    monolingual: 0.1,
    firstNames: ['Budi', 'Siti', 'Agus', 'Dewi', 'Rizky', 'Putri', 'Andi', 'Ayu', 'Fajar', 'Indah'],
    lastNames: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kusuma', 'Nugroho', 'Lestari', 'Setiawan', 'Siregar'],
  },
  {
    name: 'Philippines',
    languages: ['tl'],
    regions: [['Metro Manila', 'Asia/Manila'], ['Cebu', 'Asia/Manila'], ['Davao', 'Asia/Manila'], ['Iloilo', 'Asia/Manila']],
    weight: 5,
    monolingual: 0,
    firstNames: ['Miguel', 'Angelica', 'Paolo', 'Kristine', 'Carlo', 'Jasmine', 'Rafael', 'Bea', 'Joshua', 'Patricia'],
    lastNames: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva', 'Aquino', 'Ramos', 'Castro'],
  },
];

export const COUNTRY_BY_NAME: ReadonlyMap<string, CountryInfo> = new Map(COUNTRIES.map((c) => [c.name, c]));

/** Human names for the languages that appear in the dataset, used in task titles and summaries. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  'pt-BR': 'Brazilian Portuguese',
  hi: 'Hindi',
  bn: 'Bengali',
  sw: 'Swahili',
  yo: 'Yoruba',
  de: 'German',
  fr: 'French',
  it: 'Italian',
  id: 'Indonesian',
  tl: 'Tagalog',
};

export const INTERESTS = [
  'privacy', 'open web', 'localization', 'accessibility', 'education', 'events', 'Firefox', 'Thunderbird',
  'Common Voice', 'MDN', 'SUMO', 'design', 'social media', 'podcasts', 'open source', 'open data',
  'security', 'campus clubs', 'writing', 'photography', 'video', 'AI ethics', 'digital inclusion', 'web literacy',
] as const;

export const SKILLS = [
  'translation', 'technical writing', 'proofreading', 'public speaking', 'event planning', 'graphic design',
  'video editing', 'JavaScript', 'Python', 'social media', 'photography', 'community management', 'research',
  'testing', 'data analysis', 'teaching', 'accessibility auditing', 'web development', 'copywriting', 'audio recording',
] as const;

/** The functional areas each skill most often serves, so Reps' skills and areas agree. */
export const AREA_SKILLS: Readonly<Record<FunctionalArea, readonly string[]>> = {
  'community-building': ['community management', 'public speaking', 'teaching'],
  events: ['event planning', 'public speaking', 'photography'],
  localization: ['translation', 'proofreading'],
  documentation: ['technical writing', 'proofreading', 'copywriting'],
  design: ['graphic design', 'photography', 'video editing'],
  development: ['JavaScript', 'Python', 'web development', 'testing'],
  marketing: ['copywriting', 'social media', 'graphic design'],
  'social-media': ['social media', 'copywriting', 'video editing'],
  education: ['teaching', 'public speaking', 'technical writing'],
  advocacy: ['public speaking', 'copywriting', 'research'],
  support: ['technical writing', 'testing', 'translation'],
  research: ['research', 'data analysis'],
};

/** Where each kind of portal activity belongs; passive entries have no area. */
export const ACTIVITY_AREAS: Readonly<Record<ActivityType, readonly FunctionalArea[]>> = {
  'event-organized': ['events', 'community-building'],
  'event-attended': ['events'],
  'event-report': ['events', 'documentation'],
  'talk-given': ['education', 'advocacy'],
  localization: ['localization'],
  documentation: ['documentation', 'support'],
  'code-contribution': ['development'],
  mentoring: ['community-building', 'education'],
  'blog-post': ['marketing', 'advocacy'],
  'social-post': ['social-media'],
  'budget-request': ['events'],
  campaign: ['marketing', 'advocacy', 'social-media'],
  'newsletter-read': [],
  'profile-update': [],
  login: [],
};

/** Relative frequency of significant activity types in the portal. */
export const SIGNIFICANT_TYPE_WEIGHTS: readonly (readonly [ActivityType, number])[] = [
  ['event-organized', 8],
  ['event-attended', 14],
  ['event-report', 6],
  ['talk-given', 5],
  ['localization', 10],
  ['documentation', 7],
  ['code-contribution', 4],
  ['mentoring', 5],
  ['blog-post', 5],
  ['social-post', 12],
  ['budget-request', 2],
  ['campaign', 4],
];

export const PASSIVE_TYPE_WEIGHTS: readonly (readonly [ActivityType, number])[] = [
  ['login', 6],
  ['newsletter-read', 3],
  ['profile-update', 1],
];

export const EVENT_SLUGS = [
  'privacy-month', 'firefox-launch-party', 'l10n-sprint', 'maker-party', 'campus-club-kickoff', 'common-voice-sentence-sprint',
  'mdn-writing-week', 'sumo-day', 'open-source-101', 'mozfest-watch-party', 'accessibility-jam', 'web-literacy-workshop',
] as const;

/** Teams and communities that coaches belong to (Reps may ask to avoid one). */
export const TEAM_KINDS = ['Events team', 'L10n team', 'Campus clubs', 'SUMO community', 'Community'] as const;
