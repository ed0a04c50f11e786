/**
 * The protocol for the vertrouwenspersoon as a model: the step ids are the contract between
 * stories (`# step: …`) and the debrief. Titles and explanations paraphrase the protocol.
 */
export const STEP_IDS = [
  'eerste-opvang',
  'aangeklaagde',
  'vervolgstappen',
  'rol-afspreken',
  'dader-opsporen',
  'veiligheid',
  'adviezen',
  'nazorg',
  'strafbaar',
  'meldplicht',
  'preventie',
  'zelfzorg',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export interface StepInfo {
  id: StepId;
  /** Short Dutch title for menus, charts and the debrief. */
  title: string;
  /** One or two plain Dutch sentences: what the protocol asks at this step. */
  explanation: string;
}

const STEPS: Record<StepId, Omit<StepInfo, 'id'>> = {
  'eerste-opvang': {
    title: 'Eerste opvang',
    explanation:
      'Luister rustig naar het hele verhaal en neem het serieus. Laat merken dat je begrijpt hoe vervelend het is, zonder meteen met oplossingen te komen.',
  },
  aangeklaagde: {
    title: 'Wie heeft het gedaan?',
    explanation:
      'Ga na of bekend is wie erachter zit. Alleen tegen iemand die bekend is, kan een klacht worden ingediend. Is de dader onbekend, dan blijft het bij opvang en tips.',
  },
  vervolgstappen: {
    title: 'Vervolgstappen',
    explanation:
      'Leg uit welke wegen er zijn: een gesprek met de ander, bemiddeling, hoor en wederhoor door de schoolleiding, de klachtencommissie of aangifte. Vraag wat de klager zelf wil en geef advies.',
  },
  'rol-afspreken': {
    title: 'Je rol afspreken',
    explanation:
      'Spreek af wat jij wel en niet doet en of je meegaat naar gesprekken. Vertel dat er ook een externe vertrouwenspersoon is.',
  },
  'dader-opsporen': {
    title: 'Onbekende dader',
    explanation:
      'Een onbekende dader kan soms worden gevonden met hulp van de politie, de systeembeheerder of het platform. Verwijs naar Helpwanted.nl, Meldknop.nl en vraaghetdepolitie.nl.',
  },
  veiligheid: {
    title: 'Weer veilig op school',
    explanation:
      'Vraag wat nodig is om weer veilig naar school te gaan, zoals een gesprek in de klas, excuses of een vriend die meeloopt. Regel dat met mentor of schoolleiding en houd in de gaten of het gebeurt.',
  },
  adviezen: {
    title: 'Praktische adviezen',
    explanation:
      'Adviseer om contacten te blokkeren, een groep of account te verlaten en bewijs te bewaren, zoals screenshots en chats. Stuur beelden nooit door, ook niet als bewijs.',
  },
  nazorg: {
    title: 'Nazorg',
    explanation:
      'Blijf in contact en check of de afspraken worden nagekomen. Is de klager niet tevreden over wat de school doet, wijs dan op de klachtencommissie.',
  },
  strafbaar: {
    title: 'Strafbaar?',
    explanation:
      'Sommige dingen online zijn strafbaar, zoals een naaktfoto verspreiden, stalken of met de dood bedreigen. Volg het schoolprotocol en overleg met de politie. Maar niet elk grof bericht is een zaak voor de politie.',
  },
  meldplicht: {
    title: 'Meldplicht',
    explanation:
      'Bij een vermoeden van seksueel (digitaal) contact tussen een medewerker en een minderjarige leerling moet elke medewerker dat direct melden bij het bevoegd gezag. Geheimhouding beloven kan dan niet.',
  },
  preventie: {
    title: 'Voorkomen',
    explanation:
      'Zorg voor regels over telefoons en sociale media, lessen voor leerlingen en ouders en afspraken in het team. Maak de vertrouwenspersoon bekend.',
  },
  zelfzorg: {
    title: 'Wat je zelf kunt doen',
    explanation:
      'Stuur niets door, bewaar bewijs zonder het te delen, blokkeer en meld. Vertel het aan een volwassene die je vertrouwt en zoek hulp.',
  },
};

const STEPS_EN: Record<StepId, Omit<StepInfo, 'id'>> = {
  'eerste-opvang': {
    title: 'First care',
    explanation:
      'Listen calmly to the whole story and take it seriously. Show you understand how hard it is, without rushing to solutions.',
  },
  aangeklaagde: {
    title: 'Who did it?',
    explanation:
      'Find out whether it is known who is behind it. A complaint can only be made against someone known; against an unknown person, it stays with first care and tips.',
  },
  vervolgstappen: {
    title: 'Next steps',
    explanation:
      'Explain the routes: a talk with the other person, mediation, a hearing of both sides by the school leadership, the complaint committee or a police report. Ask what the complainant wants and advise.',
  },
  'rol-afspreken': {
    title: 'Agree on your role',
    explanation:
      'Agree on what you will and will not do, and whether you go along to meetings. Mention that there is also an external confidential advisor.',
  },
  'dader-opsporen': {
    title: 'Unknown offender',
    explanation:
      'An unknown offender can sometimes be traced with the police, the system administrator or the platform. Refer to Helpwanted.nl, Meldknop.nl and vraaghetdepolitie.nl.',
  },
  veiligheid: {
    title: 'Safe at school again',
    explanation:
      'Ask what is needed to feel safe at school again, such as a talk in class, apologies or a friend alongside. Arrange it with the mentor or leadership and check that it happens.',
  },
  adviezen: {
    title: 'Practical advice',
    explanation:
      'Advise blocking contacts, leaving a group or account and saving evidence such as screenshots and chats. Never forward images, not even as evidence.',
  },
  nazorg: {
    title: 'Aftercare',
    explanation:
      'Stay in touch and check that what was agreed is kept. If the complainant is not satisfied with what the school does, point to the complaint committee.',
  },
  strafbaar: {
    title: 'A crime?',
    explanation:
      'Some things online are crimes, such as spreading a nude photo, stalking or death threats. Follow the school protocol and consult the police. But not every rude message is a police matter.',
  },
  meldplicht: {
    title: 'Duty to report',
    explanation:
      'When there is a suspicion of sexual (digital) contact between a staff member and a minor pupil, every staff member must report it to the school board at once. You cannot promise secrecy.',
  },
  preventie: {
    title: 'Prevention',
    explanation:
      'Make rules about phones and social media, lessons for pupils and parents and agreements in the team. Make the confidential advisor known.',
  },
  zelfzorg: {
    title: 'What you can do',
    explanation:
      'Do not forward anything, save evidence without sharing it, block and report. Tell an adult you trust and get help.',
  },
};

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function stepInfo(id: StepId, lang: 'nl' | 'en' = 'nl'): StepInfo {
  return { id, ...(lang === 'en' ? STEPS_EN : STEPS)[id] };
}

export const RATINGS = ['goed', 'matig', 'fout'] as const;
export type Rating = (typeof RATINGS)[number];

export const RATING_POINTS: Record<Rating, number> = { goed: 2, matig: 1, fout: 0 };

export const RATING_LABELS: Record<Rating, string> = {
  goed: 'Goed',
  matig: 'Kan beter',
  fout: 'Niet volgens het protocol',
};

export function isRating(value: string): value is Rating {
  return (RATINGS as readonly string[]).includes(value);
}
