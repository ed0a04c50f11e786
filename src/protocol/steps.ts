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

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

export function stepInfo(id: StepId): StepInfo {
  return { id, ...STEPS[id] };
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
