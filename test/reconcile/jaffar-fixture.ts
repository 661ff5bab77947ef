// The Jaffar Express sample as extraction should see it (figures from examples/jaffar-express and the
// gold in shared/eval), written by hand so reconciliation tests do not depend on extraction quality.
import type { DocumentExtraction } from '../../src/model/extraction.js';
import type { ClaimSpec } from './fixture-builder.js';
import { buildExtraction } from './fixture-builder.js';

const ISPR: ClaimSpec['claimant'] = ['pakistan-military', 'ISPR', 'official'];
const BLA: ClaimSpec['claimant'] = ['bla', 'Baloch Liberation Army', 'insurgent'];
const LOCAL: ClaimSpec['claimant'] = ['local-sources', 'local sources', 'local'];
const REUTERS: ClaimSpec['claimant'] = ['reuters', 'Reuters', 'media'];
const AJ: ClaimSpec['claimant'] = ['al-jazeera', 'Al Jazeera', 'media'];
const AUTHOR: ClaimSpec['claimant'] = ['author', 'author', 'author'];
const UNKNOWN: ClaimSpec['claimant'] = ['unknown', 'unattributed', 'unknown'];
const MINISTER: ClaimSpec['claimant'] = ['pakistan-government', 'Talal Chaudhry', 'official'];

const JX = 'jx';

export function jaffarFixture(): DocumentExtraction[] {
  return [doc000(), doc001(), doc002(), doc003(), doc004()].map(buildExtraction);
}

function doc000() {
  return {
    id: '000',
    published: '2025-03-14',
    incidents: [
      {
        key: JX,
        label: 'Jaffar Express hijacking',
        date: '2025-03-11',
        place: 'Mashkaf, Bolan',
        aliases: ['Jaffar Express'],
        main: true,
      },
      { key: 'gwadar', label: 'Gwadar Pearl Continental Hotel attack', date: '2019', place: 'Gwadar' },
      { key: 'nushki', label: 'Nushki and Panjgur military base assaults', date: '2022', place: 'Nushki' },
      { key: 'darabolan', label: 'Operation Dara-e-Bolan', date: '2024', place: 'Machh' },
      { key: 'herof', label: 'Operation Herof', date: '2024', place: 'Balochistan' },
    ],
    claims: [
      c(
        JX,
        'held',
        'security_forces',
        'over 200',
        201,
        BLA,
        'over 200 Pakistani military and intelligence personnel were held as prisoners of war.',
        { qualifier: 'more_than' },
      ),
      c(JX, 'present', 'passengers', '440', 440, ISPR, 'The train had 440 passengers.', {
        stated: '2025-03-12',
      }),
      c(
        JX,
        'rescued',
        'hostages',
        'all',
        null,
        ISPR,
        'Pakistan’s military said all hostages were rescued, but at a cost.',
        { stated: '2025-03-12' },
      ),
      c(
        JX,
        'killed',
        'passengers',
        '21',
        21,
        ISPR,
        '21 passengers were killed by the militants, along with four Pakistani soldiers.',
        { stated: '2025-03-12' },
      ),
      c(JX, 'killed', 'security_forces', 'four', 4, ISPR, 'along with four Pakistani soldiers.', {
        stated: '2025-03-12',
      }),
      c(
        JX,
        'killed',
        'militants',
        'all 33',
        33,
        ISPR,
        'Pakistan claimed it had “successfully eliminated all 33 terrorists”.',
        { stated: '2025-03-12' },
      ),
      c(
        JX,
        'killed',
        'security_forces',
        'at least 200',
        200,
        LOCAL,
        'at least 200 coffins were sent for Pakistani soldiers killed in the attack.',
        { qualifier: 'at_least' },
      ),
      c(JX, 'executed', 'hostages', '50', 50, BLA, 'The BLA also announced it had executed 50 hostages.', {
        stated: '2025-03-13',
      }),
      c(
        'gwadar',
        'killed',
        'civilians',
        'four',
        4,
        AUTHOR,
        'four hotel employees and a Pakistani soldier were killed.',
      ),
      c('gwadar', 'killed', 'security_forces', 'a', 1, AUTHOR, 'and a Pakistani soldier were killed.'),
      c(
        'nushki',
        'killed',
        'security_forces',
        'over 100',
        101,
        BLA,
        'the BLA claiming to have killed over 100 Pakistani soldiers.',
        { qualifier: 'more_than' },
      ),
      c(
        'darabolan',
        'present',
        'militants',
        '385',
        385,
        AUTHOR,
        'In Operation Dara-e-Bolan, 385 fighters launched a coordinated attack.',
      ),
      c(
        'darabolan',
        'killed',
        'security_forces',
        '78',
        78,
        BLA,
        'The BLA claimed to have killed 78 Pakistani soldiers.',
      ),
      c(
        'herof',
        'other',
        'security_forces',
        '130',
        130,
        BLA,
        'The group reported 130 Pakistani military casualties.',
      ),
      c(
        null,
        'missing',
        'people',
        'thousands',
        2000,
        AUTHOR,
        'The thousands of forcibly disappeared Baloch.',
        { qualifier: 'vague' },
      ),
    ],
  };
}

function doc001() {
  return {
    id: '001',
    published: '2025-03-15',
    incidents: [{ key: JX, label: 'Jaffer Express attack', aliases: ['Jaffer Express'], main: true }],
    claims: [
      c(
        JX,
        'killed',
        'security_forces',
        'more than 20',
        21,
        AUTHOR,
        'resulting in the deaths of more than 20 Pakistani army personnel.',
        { qualifier: 'more_than' },
      ),
      c(
        JX,
        'held',
        'passengers',
        'approximately 200',
        200,
        AUTHOR,
        'taking approximately 200 passengers hostage.',
        { qualifier: 'approx' },
      ),
    ],
  };
}

function doc002() {
  return {
    id: '002',
    published: '2025-03-15',
    incidents: [
      {
        key: JX,
        label: 'Jaffar Express hijacking',
        date: '2025-03-11',
        place: 'Bolan Pass',
        aliases: ['Jaffar Express', 'Darra-e-Bolan'],
        main: true,
      },
    ],
    claims: [
      c(
        JX,
        'executed',
        'security_forces',
        'all 214',
        214,
        BLA,
        'The BLA has claimed responsibility for executing all 214 military hostages.',
        { stated: '2025-03-14' },
      ),
      c(JX, 'present', 'passengers', 'over 400', 401, AUTHOR, 'The train was carrying over 400 passengers.', {
        qualifier: 'more_than',
      }),
      c(
        JX,
        'killed',
        'militants',
        'all 33',
        33,
        ISPR,
        'According to the military’s statement, all 33 insurgents were killed.',
      ),
      c(
        JX,
        'killed',
        'security_forces',
        '23',
        23,
        ISPR,
        'though 23 soldiers, three railway employees, and five civilians lost their lives.',
      ),
      c(
        JX,
        'killed',
        'railway_staff',
        'three',
        3,
        ISPR,
        'though 23 soldiers, three railway employees, and five civilians lost their lives.',
      ),
      c(
        JX,
        'killed',
        'civilians',
        'five',
        5,
        ISPR,
        'though 23 soldiers, three railway employees, and five civilians lost their lives.',
      ),
      c(
        JX,
        'killed',
        'militants',
        '12',
        12,
        BLA,
        'The group acknowledged losing 12 of its fighters in the operation.',
        { stated: '2025-03-14' },
      ),
      c(JX, 'executed', 'hostages', '214', 214, BLA, 'the execution of 214 hostages — mostly soldiers.', {
        stated: '2025-03-14',
      }),
    ],
  };
}

function doc003() {
  return {
    id: '003',
    published: '2025-03-16',
    incidents: [
      {
        key: JX,
        label: 'Jaffar Express hijacking',
        date: '2025-03-11',
        place: 'Mashkaf, Balochistan',
        aliases: ['Jaffar Express'],
        main: true,
      },
      { key: 'mumbai', label: '2008 Mumbai terror attacks', date: '2008', place: 'Mumbai' },
    ],
    claims: [
      c(
        JX,
        'present',
        'passengers',
        'around 440',
        440,
        AUTHOR,
        'which was carrying around 440 passengers from Quetta to Peshawar.',
        { qualifier: 'approx' },
      ),
      c(JX, 'held', 'passengers', 'hundreds', 200, AUTHOR, 'and held hundreds hostage.', {
        qualifier: 'vague',
      }),
      c(JX, 'killed', 'militants', 'all 33', 33, ISPR, 'stating all 33 insurgents had been killed.', {
        stated: '2025-03-12',
      }),
      c(
        JX,
        'killed',
        'passengers',
        '21',
        21,
        ISPR,
        '21 passengers and four Pakistani Army personnel had died.',
        { stated: '2025-03-12' },
      ),
      c(
        JX,
        'killed',
        'security_forces',
        'four',
        4,
        ISPR,
        '21 passengers and four Pakistani Army personnel had died.',
        { stated: '2025-03-12' },
      ),
      c(JX, 'rescued', 'hostages', 'all', null, ISPR, 'and all hostages had been rescued.', {
        stated: '2025-03-12',
      }),
      c(
        JX,
        'rescued',
        'hostages',
        'only 155',
        155,
        REUTERS,
        'Reuters reported only 155 hostages were rescued initially.',
      ),
      c(
        JX,
        'held',
        'hostages',
        'several dozen',
        24,
        AJ,
        'Al Jazeera corroborated that several dozen hostages remained trapped.',
        { qualifier: 'vague' },
      ),
      c(
        JX,
        'killed',
        'security_forces',
        'at least 200',
        200,
        LOCAL,
        'Local sources indicated at least 200 coffins being prepared for Pakistani soldiers.',
        { qualifier: 'at_least' },
      ),
      c(JX, 'executed', 'hostages', '50', 50, BLA, 'the BLA publicly stated that it executed 50 hostages.'),
      c(
        'mumbai',
        'rescued',
        'hostages',
        'over 600',
        601,
        AUTHOR,
        'the NSG successfully rescued over 600 hostages.',
        { qualifier: 'more_than' },
      ),
    ],
  };
}

function doc004() {
  return {
    id: '004',
    published: '2025-03-17',
    incidents: [
      {
        key: JX,
        label: 'Jaffar Express',
        date: '2025-03-11',
        place: 'Gudalar and Pero Kunni, Balochistan',
        aliases: ['Jafar Express'],
        main: true,
      },
      {
        key: 'quetta',
        label: 'Quetta railway station bombing',
        date: '2024-11',
        place: 'Quetta',
        aliases: ['Jaffar Express'],
      },
    ],
    claims: [
      c(JX, 'executed', 'hostages', 'All hundreds', 200, BLA, 'All hundreds of hostages will be executed.', {
        qualifier: 'vague',
        hedged: true,
      }),
      c(JX, 'killed', 'security_forces', 'six', 6, BLA, 'So far, six military personnel have been killed.'),
      c(
        'quetta',
        'killed',
        'people',
        'at least 26',
        26,
        AUTHOR,
        'at least 26 people, including 16 security personnel, were killed.',
        { qualifier: 'at_least' },
      ),
      c(
        'quetta',
        'killed',
        'security_forces',
        '16',
        16,
        AUTHOR,
        'at least 26 people, including 16 security personnel, were killed.',
      ),
      c(
        JX,
        'killed',
        'security_forces',
        'ten',
        10,
        UNKNOWN,
        'It was also reported that ten soldiers were killed and 37 wounded.',
      ),
      c(JX, 'present', 'people', 'about 450', 450, AUTHOR, 'there were about 450 people on the train.', {
        qualifier: 'approx',
      }),
      c(
        JX,
        'rescued',
        'passengers',
        'only 190',
        190,
        AUTHOR,
        'the statistics of the rescued passengers showed only 190.',
      ),
      c(
        JX,
        'killed',
        'militants',
        'three dozen',
        36,
        UNKNOWN,
        'It was said that there were three dozen militants killed.',
      ),
      c(
        JX,
        'present',
        'militants',
        '70 to 80',
        70,
        MINISTER,
        'Talal Chaudhry said that 70 to 80 terrorists were involved.',
        { high: 80, qualifier: 'range', stated: '2025-03-12' },
      ),
    ],
  };
}

function c(
  incident: string | null,
  outcome: ClaimSpec['outcome'],
  group: ClaimSpec['group'],
  text: string,
  low: number | null,
  claimant: ClaimSpec['claimant'],
  sentence: string,
  more: Partial<ClaimSpec> = {},
): ClaimSpec {
  return { incident, outcome, group, text, low, claimant, sentence, ...more };
}
