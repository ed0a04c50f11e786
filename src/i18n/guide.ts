/**
 * The facilitator guide shown in the game: a lesson plan, a team workshop, how to open and
 * close, and what to do when someone discloses something. Paraphrased from the protocol.
 */
import type { Language } from './i18n.ts';

export interface GuidePage {
  title: string;
  points: string[];
}

export const GUIDE: Record<Language, GuidePage[]> = {
  nl: [
    {
      title: 'Een les van 45–50 minuten (klas)',
      points: [
        '0–5 min: open de les. Vertel wat jullie gaan doen, dat niemand iets over zichzelf hoeft te vertellen, en waar hulp te vinden is (knop "Hulp nodig?").',
        '5–10 min: dilemmaronde als opwarmer: twee of drie stellingen, laat de klas stemmen en praat kort over de stelling waar de klas het minst eens is.',
        '10–35 min: speel één leerlingenscenario samen. Tel bij elke keuze de stemmen, toon de uitslag pas na het gesprek als de klas snel meestemt met de meerderheid.',
        '35–42 min: de samenvatting: bespreek de keuzes waar de klas het minst eens was.',
        '42–50 min: maak samen twee of drie afspraken over online gedrag in deze klas en schrijf ze op. Sluit af met de hulpadressen en de naam van de vertrouwenspersoon.',
      ],
    },
    {
      title: 'Een teamworkshop van 90 minuten',
      points: [
        '0–10 min: opening: waarom online gedrag, wat het protocol van de vertrouwenspersoon vraagt, en dat iedereen zijn eigen grens mag aangeven.',
        '10–30 min: dilemmaronde voor medewerkers, per thema. Kies de stellingen over contact met leerlingen en eigen accounts.',
        '30–70 min: speel een medewerkersscenario (bijvoorbeeld docent–leerlingcontact, met de meldplicht) met stemmen en gesprekken.',
        '70–85 min: afspraken voor het team: wat doen wij wel en niet op sociale media, en wanneer melden we bij het bevoegd gezag?',
        '85–90 min: afsluiting: maak de vertrouwenspersoon bekend en zet de afspraken in de nieuwsbrief of teamvergadering.',
      ],
    },
    {
      title: 'Openen en afsluiten',
      points: [
        'Spreek vooraf af: we lachen niemand uit, wat hier gezegd wordt blijft hier, en niemand hoeft iets over zichzelf te vertellen.',
        'Vertel dat het spel over verzonnen situaties gaat, maar dat ze echt kunnen gebeuren.',
        'Laat verschillende meningen bestaan: het gaat om het gesprek over de grens, niet om het goede antwoord.',
        'Sluit altijd af met waar je terechtkunt: de mentor, de vertrouwenspersoon, Helpwanted.nl, Meldknop.nl, vraaghetdepolitie.nl en De Kindertelefoon (0800-0432).',
        'Geef ruimte om na de les even bij jou langs te komen.',
      ],
    },
    {
      title: 'Als iemand iets vertelt',
      points: [
        'Blijf rustig en neem het serieus. Ga er niet in de klas op door; zeg dat je er graag na de les apart over praat.',
        'Luister in dat gesprek eerst naar het hele verhaal, zonder oordeel en zonder de schuld bij de leerling te leggen.',
        'Beloof geen geheimhouding die je niet kunt houden. Gaat het om seksueel (digitaal) contact tussen een medewerker en een minderjarige leerling, dan moet je dat direct melden bij het bevoegd gezag.',
        'Bij strafbare feiten (zoals een naaktfoto die rondgaat, bedreiging of afpersing): volg het schoolprotocol en overleg met de politie. Bekijk of verzamel zelf geen beelden.',
        'Verwijs naar de vertrouwenspersoon van school en spreek af wanneer je weer contact hebt.',
      ],
    },
  ],
  en: [
    {
      title: 'A 45–50 minute lesson (class)',
      points: [
        '0–5 min: open the lesson. Say what you will do, that nobody has to share anything about themselves, and where help is (the "Need help?" button).',
        '5–10 min: a dilemma round as a warm-up: two or three statements, let the class vote and talk briefly about the one where they agree least.',
        '10–35 min: play one pupils’ scenario together. Count the votes at each choice; show the result only after the talk if the class tends to follow the majority.',
        '35–42 min: the summary: talk about the choices where the class agreed least.',
        '42–50 min: make two or three agreements about online behaviour in this class together and write them down. Close with the help sites and the name of the confidential advisor.',
      ],
    },
    {
      title: 'A 90-minute team workshop',
      points: [
        '0–10 min: opening: why online behaviour, what the confidential advisor’s protocol asks, and that everyone may state their own limit.',
        '10–30 min: a dilemma round for staff, by theme. Choose the statements on contact with pupils and private accounts.',
        '30–70 min: play a staff scenario (for example teacher–pupil contact, with the duty to report) with votes and discussion.',
        '70–85 min: team agreements: what do we do and not do on social media, and when do we report to the school board?',
        '85–90 min: closing: make the confidential advisor known and share the agreements in the newsletter or team meeting.',
      ],
    },
    {
      title: 'Opening and closing',
      points: [
        'Agree beforehand: we laugh at nobody, what is said here stays here, and nobody has to share anything about themselves.',
        'Say that the game uses made-up situations, but that they can really happen.',
        'Let different opinions stand: it is about the conversation on where the line is, not about the right answer.',
        'Always close with where people can go: the mentor, the confidential advisor, Helpwanted.nl, Meldknop.nl, vraaghetdepolitie.nl and De Kindertelefoon (0800-0432).',
        'Make room for anyone to come and see you after the lesson.',
      ],
    },
    {
      title: 'When someone discloses something',
      points: [
        'Stay calm and take it seriously. Do not go into it in class; say you would like to talk about it privately after the lesson.',
        'In that talk, first listen to the whole story, without judgement and without blaming the pupil.',
        'Do not promise secrecy you cannot keep. Sexual (digital) contact between a staff member and a minor pupil must be reported to the school board at once.',
        'For offences (such as a nude photo going round, threats or blackmail): follow the school protocol and consult the police. Do not view or collect images yourself.',
        'Refer to the school’s confidential advisor and agree when you will be in touch again.',
      ],
    },
  ],
};
