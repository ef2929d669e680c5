// `node scripts/bench/generate.mjs --programs N --out DIR [--per-bundle 2000] [--seed 1] [--prefix gen] [--check]`:
// writes a synthetic graph of about N programs (distinct compound x indication pairs) as bundle files whose name
// order is their load order: a base bundle (indications with SUBTYPE_OF, companies, platforms, comparator
// readouts and their sources), then bundles of at most --per-bundle compounds, each with its trials, cohorts,
// readouts, designations, sources and relationships. Later bundles point at nodes of the base bundle only.
//
// The shape follows issue 6 and scales linearly with N; at N = 100,000: about 4k companies, 25k compounds,
// 250 indications up to depth 4, 106k trials of every Stage with 1-3 indications each, 108k cohorts, 125k readouts,
// 3k designations on 10% of compounds, a skewed number of compounds per company (the largest with several hundred),
// and every fact cited with a locator. Indications have a floor of 60 so a small graph still has a depth-4
// hierarchy. The programs are exactly N: each compound gets a set of indications, its trials study only those and
// cover every one of them, and DEVELOPED_FOR links stay within the set (except for preclinical compounds, whose
// programs are their DEVELOPED_FOR links).
//
// Deterministic: one seeded PRNG (mulberry32) drawn in a fixed order, so the same arguments give byte-identical
// files, and --per-bundle only moves the cuts between bundles. One bundle is built and written at a time, so
// memory stays bounded by the bundle size. --check validates each bundle with dist's validateBundle (npm run build
// first) against the ids of the bundles before it. Ids start with the prefix, so they never meet the seed's.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        programs: { type: 'string' },
        out: { type: 'string' },
        'per-bundle': { type: 'string', default: '2000' },
        seed: { type: 'string', default: '1' },
        prefix: { type: 'string', default: 'gen' },
        check: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  const options = {
    programs: Number(values.programs),
    out: values.out,
    perBundle: Number(values['per-bundle']),
    seed: Number(values.seed),
    prefix: values.prefix,
    check: values.check,
  };
  if (!Number.isSafeInteger(options.programs) || options.programs < 1) usage('--programs must be a whole number of at least 1');
  if (!options.out) usage('--out is required');
  if (!Number.isSafeInteger(options.perBundle) || options.perBundle < 1) usage('--per-bundle must be a whole number of at least 1');
  if (!Number.isSafeInteger(options.seed)) usage('--seed must be a whole number');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.prefix)) usage('--prefix must be a lower-case slug');
  return options;
}

function usage(problem) {
  console.error(`${problem}\nusage: node scripts/bench/generate.mjs --programs N --out DIR [--per-bundle 2000] [--seed 1] [--prefix gen] [--check]`);
  process.exit(2);
}

const options = parseOptions(process.argv.slice(2));
const N = options.programs;
const P = options.prefix;
const scale = N / 100_000;

// --- randomness ------------------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rng = mulberry32(options.seed);
const int = (low, high) => low + Math.floor(rng() * (high - low + 1));
const chance = (p) => rng() < p;
const pick = (items) => items[Math.floor(rng() * items.length)];
const round1 = (x) => Math.round(x * 10) / 10;
const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());

/** Given [value, weight] pairs, returns a function drawing a value with those weights. */
function weighted(pairs) {
  const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
  return () => {
    let x = rng() * total;
    for (const [value, weight] of pairs) if ((x -= weight) < 0) return value;
    return pairs[pairs.length - 1][0];
  };
}

function shuffle(items) {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(rng() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2006, 0, 1) / DAY;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY;
const isoDate = (day) => new Date(Math.min(day, LAST_DAY) * DAY).toISOString().slice(0, 10);
const pad = (number, width) => String(number).padStart(width, '0');
const EPONYMS = /^(Burkitt|Ewing|Hodgkin|Merkel|Waldenström)\b/;
const lowerFirst = (name) => (/^[A-Z][a-z]/.test(name) && !EPONYMS.test(name) ? name[0].toLowerCase() + name.slice(1) : name);

// --- sizes -----------------------------------------------------------------------------------------------------

const compoundCount = Math.min(N, Math.max(1, Math.round(25_000 * scale)));
const companyCount = Math.min(compoundCount, Math.max(3, Math.round(4_000 * scale)));
const indicationCount = Math.max(60, Math.round(250 * scale));
// Chosen so that trials, cohorts and readouts come out near 1.06, 1.08 and 1.25 per program.
const TRIALS_PER_PROGRAM = 1.06;
const PRECLINICAL_COMPOUNDS = 0.04;
const DESIGNATED_COMPOUNDS = 0.1;

// --- indications -----------------------------------------------------------------------------------------------

// A curated hierarchy in priority order (a parent always before its children), taken from the top; the rest are
// generated subtypes ("Relapsed or refractory multiple myeloma") of diseases at depth 2 or 3, so depth stays <= 4.
// [name, parent, kind, synonyms]
const G = 'GROUPING';
const D = 'DISEASE';
const CURATED = [
  ['Hematologic malignancy', null, G, ['blood cancer', 'hematologic malignancies']],
  ['B-cell malignancy', 'Hematologic malignancy', G, ['B-cell malignancies', 'B-cell neoplasm']],
  ['Multiple myeloma', 'B-cell malignancy', D, ['MM', 'plasma cell myeloma']],
  ['B-cell lymphoma', 'B-cell malignancy', G, ['B-cell lymphomas']],
  ['Diffuse large B-cell lymphoma', 'B-cell lymphoma', D, ['DLBCL']],
  ['Thoracic cancer', null, G, []],
  ['Lung cancer', 'Thoracic cancer', G, ['lung carcinoma']],
  ['Non-small cell lung cancer', 'Lung cancer', D, ['NSCLC']],
  ['EGFR-mutant non-small cell lung cancer', 'Non-small cell lung cancer', D, ['EGFR-mutant NSCLC']],
  ['Breast cancer', null, G, ['breast carcinoma']],
  ['HER2-positive breast cancer', 'Breast cancer', D, ['HER2+ breast cancer']],
  ['Triple-negative breast cancer', 'Breast cancer', D, ['TNBC']],
  ['Gastrointestinal cancer', null, G, ['GI cancer']],
  ['Colorectal cancer', 'Gastrointestinal cancer', D, ['CRC', 'colorectal carcinoma']],
  ['Myeloid malignancy', 'Hematologic malignancy', G, ['myeloid neoplasm']],
  ['Acute myeloid leukemia', 'Myeloid malignancy', D, ['AML']],
  ['Genitourinary cancer', null, G, []],
  ['Prostate cancer', 'Genitourinary cancer', D, ['prostate carcinoma']],
  ['Follicular lymphoma', 'B-cell lymphoma', D, ['FL']],
  ['Mantle cell lymphoma', 'B-cell lymphoma', D, ['MCL']],
  ['Chronic lymphocytic leukemia', 'B-cell malignancy', D, ['CLL']],
  ['Small cell lung cancer', 'Lung cancer', D, ['SCLC']],
  ['Pancreatic cancer', 'Gastrointestinal cancer', D, ['pancreatic ductal adenocarcinoma', 'PDAC']],
  ['Gynecologic cancer', null, G, []],
  ['Ovarian cancer', 'Gynecologic cancer', D, ['ovarian carcinoma']],
  ['Skin cancer', null, G, []],
  ['Melanoma', 'Skin cancer', D, ['cutaneous melanoma']],
  ['Central nervous system tumor', null, G, ['CNS tumor', 'brain tumor']],
  ['Glioma', 'Central nervous system tumor', G, []],
  ['Glioblastoma', 'Glioma', D, ['GBM', 'glioblastoma multiforme']],
  ['HR-positive breast cancer', 'Breast cancer', D, ['hormone receptor-positive breast cancer']],
  ['Gastric cancer', 'Gastrointestinal cancer', D, ['stomach cancer']],
  ['Urothelial carcinoma', 'Genitourinary cancer', D, ['bladder cancer']],
  ['Renal cell carcinoma', 'Genitourinary cancer', D, ['RCC', 'kidney cancer']],
  ['ALK-positive non-small cell lung cancer', 'Non-small cell lung cancer', D, ['ALK+ NSCLC']],
  ['KRAS G12C-mutant non-small cell lung cancer', 'Non-small cell lung cancer', D, ['KRAS G12C NSCLC']],
  ['FLT3-mutant acute myeloid leukemia', 'Acute myeloid leukemia', D, ['FLT3-mutant AML']],
  ['Myelodysplastic syndromes', 'Myeloid malignancy', D, ['MDS']],
  ['Head and neck cancer', null, G, []],
  ['Head and neck squamous cell carcinoma', 'Head and neck cancer', D, ['HNSCC']],
  ['Sarcoma', null, G, []],
  ['Soft tissue sarcoma', 'Sarcoma', G, ['STS']],
  ['Hepatobiliary cancer', 'Gastrointestinal cancer', G, []],
  ['Hepatocellular carcinoma', 'Hepatobiliary cancer', D, ['HCC', 'liver cancer']],
  ['Endometrial cancer', 'Gynecologic cancer', D, ['uterine cancer']],
  ['Cervical cancer', 'Gynecologic cancer', D, []],
  ['Marginal zone lymphoma', 'B-cell lymphoma', D, ['MZL']],
  ['Burkitt lymphoma', 'B-cell lymphoma', D, []],
  ['Waldenström macroglobulinemia', 'B-cell malignancy', D, ['lymphoplasmacytic lymphoma']],
  ['B-cell acute lymphoblastic leukemia', 'B-cell malignancy', D, ['B-ALL']],
  ['T-cell malignancy', 'Hematologic malignancy', G, []],
  ['Peripheral T-cell lymphoma', 'T-cell malignancy', D, ['PTCL']],
  ['Cutaneous T-cell lymphoma', 'T-cell malignancy', D, ['CTCL', 'mycosis fungoides']],
  ['Chronic myeloid leukemia', 'Myeloid malignancy', D, ['CML']],
  ['Myelofibrosis', 'Myeloid malignancy', D, ['MF']],
  ['IDH1-mutant acute myeloid leukemia', 'Acute myeloid leukemia', D, ['IDH1-mutant AML']],
  ['Mesothelioma', 'Thoracic cancer', D, ['malignant pleural mesothelioma']],
  ['Esophageal cancer', 'Gastrointestinal cancer', D, ['esophageal carcinoma']],
  ['Biliary tract cancer', 'Hepatobiliary cancer', D, ['cholangiocarcinoma']],
  ['MSI-high colorectal cancer', 'Colorectal cancer', D, ['MSI-H CRC', 'dMMR colorectal cancer']],
  ['KRAS-mutant colorectal cancer', 'Colorectal cancer', D, []],
  ['HER2-positive gastric cancer', 'Gastric cancer', D, []],
  ['Castration-resistant prostate cancer', 'Prostate cancer', D, ['CRPC', 'mCRPC']],
  ['Hormone-sensitive prostate cancer', 'Prostate cancer', D, ['HSPC']],
  ['Clear cell renal cell carcinoma', 'Renal cell carcinoma', D, ['ccRCC']],
  ['Non-muscle-invasive bladder cancer', 'Urothelial carcinoma', D, ['NMIBC']],
  ['Platinum-resistant ovarian cancer', 'Ovarian cancer', D, []],
  ['BRCA-mutated ovarian cancer', 'Ovarian cancer', D, []],
  ['BRAF V600-mutant melanoma', 'Melanoma', D, []],
  ['Uveal melanoma', 'Melanoma', D, ['ocular melanoma']],
  ['Merkel cell carcinoma', 'Skin cancer', D, ['MCC']],
  ['Cutaneous squamous cell carcinoma', 'Skin cancer', D, ['cSCC']],
  ['Low-grade glioma', 'Glioma', D, ['LGG']],
  ['Diffuse midline glioma', 'Glioma', D, ['DIPG']],
  ['Brain metastases', 'Central nervous system tumor', D, []],
  ['Nasopharyngeal carcinoma', 'Head and neck cancer', D, ['NPC']],
  ['Liposarcoma', 'Soft tissue sarcoma', D, []],
  ['Leiomyosarcoma', 'Soft tissue sarcoma', D, ['LMS']],
  ['Synovial sarcoma', 'Soft tissue sarcoma', D, []],
  ['Rhabdomyosarcoma', 'Soft tissue sarcoma', D, ['RMS']],
  ['Bone sarcoma', 'Sarcoma', G, []],
  ['Osteosarcoma', 'Bone sarcoma', D, []],
  ['Ewing sarcoma', 'Bone sarcoma', D, []],
  ['Chondrosarcoma', 'Bone sarcoma', D, []],
  ['Endocrine cancer', null, G, []],
  ['Thyroid cancer', 'Endocrine cancer', G, []],
  ['Anaplastic thyroid cancer', 'Thyroid cancer', D, ['ATC']],
  ['Medullary thyroid cancer', 'Thyroid cancer', D, ['MTC']],
  ['Differentiated thyroid cancer', 'Thyroid cancer', D, ['DTC']],
  ['Neuroendocrine tumor', 'Endocrine cancer', G, ['NET']],
  ['Pancreatic neuroendocrine tumor', 'Neuroendocrine tumor', D, ['pNET']],
  ['Gastrointestinal neuroendocrine tumor', 'Neuroendocrine tumor', D, ['GI-NET']],
  ['Adrenocortical carcinoma', 'Endocrine cancer', D, ['ACC']],
  ['T-cell acute lymphoblastic leukemia', 'T-cell malignancy', D, ['T-ALL']],
  ['Hodgkin lymphoma', 'Hematologic malignancy', D, ['HL']],
  ['Squamous non-small cell lung cancer', 'Non-small cell lung cancer', D, ['squamous NSCLC']],
  ['BRCA-mutated triple-negative breast cancer', 'Triple-negative breast cancer', D, []],
  ['Metastatic urothelial carcinoma', 'Urothelial carcinoma', D, ['mUC']],
  ['Anal cancer', 'Gastrointestinal cancer', D, []],
  ['Vulvar cancer', 'Gynecologic cancer', D, []],
];
const QUALIFIERS = {
  blood: ['Relapsed or refractory', 'Newly diagnosed', 'High-risk', 'Pediatric', 'Treatment-naive', 'Transplant-ineligible', 'Minimal residual disease-positive', 'Elderly'],
  solid: ['Metastatic', 'Locally advanced', 'Recurrent', 'Newly diagnosed', 'Resectable', 'Pediatric', 'Treatment-naive', 'High-risk'],
};

/** Returns the indications, each { index, id, name, kind, synonyms, parent (index or -1), depth, root }. */
function buildIndications() {
  const indications = [];
  const byName = new Map();
  const add = (name, parent, kind, synonyms) => {
    const index = indications.length;
    const parentNode = parent < 0 ? undefined : indications[parent];
    const node = { index, id: `${P}-ind-${pad(index + 1, 4)}`, name, kind, synonyms, parent, depth: parentNode ? parentNode.depth + 1 : 1, root: parentNode ? parentNode.root : index };
    indications.push(node);
    byName.set(name, index);
    return node;
  };
  for (const [name, parent, kind, synonyms] of CURATED.slice(0, Math.min(CURATED.length, Math.ceil(indicationCount / 2)))) {
    if (parent !== null && !byName.has(parent)) throw new Error(`curated indication ${name} comes before its parent ${parent}`);
    add(name, parent === null ? -1 : byName.get(parent), kind, synonyms);
  }
  const parents = indications.filter((node) => node.kind === D && node.depth <= 3).map((node) => node.index);
  for (let round = 0; indications.length < indicationCount; round += 1) {
    for (const parent of parents) {
      if (indications.length >= indicationCount) break;
      const base = indications[parent].name;
      const qualifiers = QUALIFIERS[indications[indications[parent].root].name === 'Hematologic malignancy' ? 'blood' : 'solid'];
      const name = round < qualifiers.length ? `${qualifiers[round]} ${lowerFirst(base)}` : `${base}, subtype ${round - qualifiers.length + 1}`;
      if (!byName.has(name)) add(name, parent, D, []);
    }
  }
  return indications;
}

// --- companies -------------------------------------------------------------------------------------------------

const NAME_STARTS = ['Acu', 'Alta', 'Amber', 'Arca', 'Aster', 'Aur', 'Bel', 'Bio', 'Cala', 'Cel', 'Cora', 'Cyto', 'Delta', 'Eli', 'Evo', 'Gen', 'Helio', 'Immu', 'Iso', 'Kin', 'Lumi', 'Mira', 'Neo', 'Nova', 'Onco', 'Ortho', 'Pyra', 'Quan', 'Radi', 'Seren', 'Sol', 'Tera', 'Vela', 'Vir', 'Xeno', 'Zeta'];
const NAME_ENDS = ['gen', 'vant', 'nix', 'thera', 'lyx', 'mune', 'pharm', 'cell', 'ra', 'tis', 'vance', 'dyne', 'logic', 'sana', 'vita', 'quest', 'mab', 'bio'];
const NAME_SUFFIXES = ['Therapeutics', 'Biosciences', 'Oncology', 'Pharmaceuticals', 'Biotherapeutics', 'Bio', 'Medicines', 'Biologics'];
const CITIES = ['Boston, Massachusetts', 'Cambridge, Massachusetts', 'San Diego, California', 'South San Francisco, California', 'New York, New York', 'Madison, Wisconsin', 'Seattle, Washington', 'Basel, Switzerland', 'London, United Kingdom', 'Cambridge, United Kingdom', 'Shanghai, China', 'Tokyo, Japan', 'Copenhagen, Denmark', 'Paris, France', 'Munich, Germany', 'Toronto, Canada'];
const EXCHANGES = ['Nasdaq', 'NYSE', 'LSE', 'SIX', 'HKEX', 'TSE'];

/** Given a number, returns upper-case letters for it (0 -> AA), at least two. */
function letters(number) {
  let text = '';
  let rest = number;
  do {
    text = String.fromCharCode(65 + (rest % 26)) + text;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return text.padStart(2, 'A');
}

/** Returns the companies, with how many compounds each develops: 1 each, the rest by rank (heavy-tailed). */
function buildCompanies() {
  const names = new Set();
  const companies = [];
  for (let index = 0; index < companyCount; index += 1) {
    // Names are unique; once most combinations are taken, letters set the rest apart.
    let short;
    let name;
    do {
      short = pick(NAME_STARTS) + pick(NAME_ENDS);
      name = `${short} ${pick(NAME_SUFFIXES)}`;
    } while (names.has(name) && names.size < NAME_STARTS.length * NAME_ENDS.length * NAME_SUFFIXES.length * 0.8);
    if (names.has(name)) name = `${short} ${letters(index)} ${pick(NAME_SUFFIXES)}`;
    names.add(name);
    const listed = chance(0.35);
    companies.push({
      index,
      id: `${P}-co-${pad(index + 1, 5)}`,
      name,
      short,
      code: letters(index + 26 * 26),
      listed,
      ticker: listed ? letters(index + 26 ** 3).slice(-4) : undefined,
      exchange: listed ? pick(EXCHANGES) : undefined,
      headquarters: pick(CITIES),
      founded: int(FIRST_DAY - 3650, LAST_DAY - 365),
      compounds: 1,
      platform: undefined,
    });
  }
  // Zipf-like weights over a shuffled rank: at 25k compounds the largest companies develop several hundred.
  const ranks = shuffle(companies.map((_, index) => index));
  const weights = ranks.map((_, rank) => 1 / (rank + 8) ** 1.15);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const extra = compoundCount - companyCount;
  let given = 0;
  ranks.forEach((company, rank) => {
    const expected = (extra * weights[rank]) / total;
    const count = Math.floor(expected) + (chance(expected % 1) ? 1 : 0);
    companies[company].compounds += count;
    given += count;
  });
  while (given !== extra) {
    const company = companies[ranks[Math.floor(rng() ** 2 * companyCount)]];
    if (given < extra) {
      company.compounds += 1;
      given += 1;
    } else if (company.compounds > 1) {
      company.compounds -= 1;
      given -= 1;
    }
  }
  for (const company of companies) {
    if (company.compounds >= 3 && chance(0.4)) {
      company.platform = { id: `${company.id}-platform`, name: `${company.short} ${pick(['conjugate', 'antibody', 'delivery', 'targeting', 'radioligand', 'cell engineering'])} platform`, abbreviation: `${company.code}P` };
    }
  }
  return companies;
}

// --- bundle writing --------------------------------------------------------------------------------------------

/** Collects one bundle's nodes and relationships as JSON lines, and writes the file. */
class BundleBuilder {
  constructor(name, description) {
    this.name = name;
    this.description = description;
    this.nodes = [];
    this.relationships = [];
    this.labels = {};
    this.types = {};
  }

  node(label, id, properties, citations) {
    const clean = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
    const record = label === 'Source' ? { label, id, properties: clean } : { label, id, properties: clean, citations };
    this.nodes.push(JSON.stringify(record));
    this.labels[label] = (this.labels[label] ?? 0) + 1;
    // The loader adds one SUPPORTED_BY per distinct cited source.
    if (citations) this.types.SUPPORTED_BY = (this.types.SUPPORTED_BY ?? 0) + new Set(citations.map((citation) => citation.source)).size;
    return id;
  }

  rel(type, from, to, properties) {
    this.relationships.push(JSON.stringify(properties ? { type, from, to, properties } : { type, from, to }));
    this.types[type] = (this.types[type] ?? 0) + 1;
  }

  /** Given a file path, writes the bundle there, one node or relationship a line, and returns its size in bytes. */
  write(path) {
    const text =
      `{"bundle":${JSON.stringify(this.name)},"description":${JSON.stringify(this.description)},"nodes":[\n` +
      `${this.nodes.join(',\n')}\n],"relationships":[\n${this.relationships.join(',\n')}\n]}\n`;
    writeFileSync(path, text);
    return Buffer.byteLength(text);
  }
}

// --- the base bundle -------------------------------------------------------------------------------------------

function buildBase(indications, companies, comparators) {
  const base = new BundleBuilder(`${P}-${N}-base`, `Synthetic benchmark graph of ${N} programs: indications, companies, platforms and comparator readouts.`);
  const hierarchySource = base.node('Source', `${P}-src-indication-hierarchy`, {
    name: 'Synthetic oncology indication hierarchy',
    kind: 'PUBLICATION',
    title: 'A curated hierarchy of oncology indications (synthetic benchmark data)',
    publisher: 'Benchmark generator',
    publishedOn: '2024-01-15',
    url: 'https://example.org/benchmark/indication-hierarchy',
  });
  for (const indication of indications) {
    base.node(
      'Indication',
      indication.id,
      { name: indication.name, kind: indication.kind, synonyms: indication.synonyms.length ? indication.synonyms : undefined },
      [{ source: hierarchySource, locator: `section ${indications[indication.root].name}` }],
    );
    if (indication.parent >= 0) base.rel('SUBTYPE_OF', indication.id, indications[indication.parent].id);
  }
  for (const indication of indications) {
    if (indication.kind !== D) continue;
    for (const [endpoint, label, p, low, spread] of [
      ['MEDIAN_OVERALL_SURVIVAL', 'median overall survival', 0.5, 6, 12],
      ['MEDIAN_PROGRESSION_FREE_SURVIVAL', 'median progression-free survival', 0.3, 2, 8],
    ]) {
      if (!chance(p)) continue;
      const id = `${indication.id}-${endpoint === 'MEDIAN_OVERALL_SURVIVAL' ? 'mos' : 'mpfs'}-comparator`;
      const therapies = int(1, 4);
      const from = round1(low + rng() * spread);
      const publishedOn = isoDate(int(FIRST_DAY, LAST_DAY));
      const source = base.node('Source', `${id}-review`, {
        name: `Review of ${label} with standard therapies in ${lowerFirst(indication.name)}`,
        kind: 'PUBLICATION',
        title: `Outcomes with standard therapies in ${lowerFirst(indication.name)}: a systematic review (synthetic)`,
        publisher: pick(['Journal of Clinical Oncology (synthetic)', 'Annals of Oncology (synthetic)', 'Blood (synthetic)', 'Lancet Oncology (synthetic)']),
        publishedOn,
        url: `https://example.org/benchmark/reviews/${id}`,
      });
      base.node(
        'Readout',
        id,
        {
          name: `${label[0].toUpperCase()}${label.slice(1)} of ${therapies} standard ${therapies === 1 ? 'therapy' : 'therapies'} in ${lowerFirst(indication.name)}`,
          endpoint,
          kind: 'COMPARATOR',
          low: from,
          high: round1(from + 1 + rng() * spread),
          unit: 'MONTHS',
          setting: pick(['Relapsed or refractory', 'Second line', 'Third line', 'First line']),
          headToHead: false,
          therapyCount: therapies,
          note: 'Range across separate trials; no head-to-head study.',
        },
        [{ source, locator: `Table ${int(1, 4)}` }],
      );
      base.rel('MEASURED_IN', id, indication.id);
      comparators.set(`${indication.index}:${endpoint}`, id);
    }
  }
  for (const company of companies) {
    const source = base.node('Source', `${company.id}-profile`, {
      name: `${company.name} corporate overview`,
      kind: 'PRESS_RELEASE',
      title: `${company.name} announces corporate update (synthetic)`,
      publisher: company.name,
      publishedOn: isoDate(company.founded),
      url: `https://example.org/benchmark/companies/${company.id}`,
    });
    base.node(
      'Company',
      company.id,
      {
        name: company.name,
        aliases: [company.short],
        ticker: company.ticker,
        exchange: company.exchange,
        headquarters: company.headquarters,
        website: `www.${company.name.toLowerCase().replaceAll(' ', '-')}.example`,
        focus: pick(['Oncology-focused, clinical-stage biotechnology company', 'Commercial-stage oncology company', 'Preclinical oncology company', 'Diversified biopharmaceutical company']),
      },
      [{ source, locator: `About ${company.name}` }],
    );
    if (company.platform) {
      const platform = company.platform;
      base.node('Platform', platform.id, { name: platform.name, abbreviation: platform.abbreviation, proprietary: true, patented: chance(0.6) }, [{ source, locator: 'paragraph 2' }]);
      base.rel('OWNS', company.id, platform.id);
    }
  }
  return base;
}

// --- compounds and what hangs off them -------------------------------------------------------------------------

const MODALITIES = weighted([['SMALL_MOLECULE', 35], ['ANTIBODY', 22], ['ANTIBODY_DRUG_CONJUGATE', 14], ['CELL_THERAPY', 10], ['RADIOCONJUGATE', 6], ['PHOSPHOLIPID_DRUG_CONJUGATE', 3], ['OTHER', 10]]);
const PAYLOADS = {
  ANTIBODY_DRUG_CONJUGATE: [['monomethyl auristatin E', 'cytotoxic agent'], ['deruxtecan', 'topoisomerase I inhibitor'], ['SN-38', 'topoisomerase I inhibitor'], ['DM1', 'maytansinoid']],
  RADIOCONJUGATE: [['lutetium-177', 'cytotoxic radioisotope'], ['actinium-225', 'alpha emitter'], ['iodine-131', 'cytotoxic radioisotope']],
  PHOSPHOLIPID_DRUG_CONJUGATE: [['iodine-131', 'cytotoxic radioisotope'], ['paclitaxel', 'chemotherapeutic']],
};
const INN_STEMS = { SMALL_MOLECULE: 'tinib', ANTIBODY: 'mab', ANTIBODY_DRUG_CONJUGATE: 'mab vedotin', CELL_THERAPY: 'cel', RADIOCONJUGATE: 'tide', PHOSPHOLIPID_DRUG_CONJUGATE: 'fosine', OTHER: 'sen' };
const INN_STARTS = ['ab', 'bel', 'cor', 'dar', 'el', 'fal', 'gil', 'lor', 'mar', 'nel', 'ol', 'pal', 'quin', 'ros', 'sel', 'tal', 'val', 'zan'];
const INN_MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ara', 'eli', 'ito', 'uza', 'ova'];
const PHASES = weighted([['PRECLINICAL', 1], ['IND', 1], ['EARLY_PHASE_1', 4], ['PHASE_1', 30], ['PHASE_1_2', 14], ['PHASE_2', 27], ['PHASE_2_3', 3], ['PHASE_3', 13], ['PREAPPROVAL', 1], ['APPROVAL', 2], ['WITHDRAWAL', 1], ['UNKNOWN', 3]]);
const STATUSES = weighted([['COMPLETED', 35], ['RECRUITING', 25], ['ACTIVE_NOT_RECRUITING', 15], ['NOT_YET_RECRUITING', 5], ['ONGOING', 5], ['TERMINATED', 8], ['SUSPENDED', 2], ['WITHDRAWN', 2], ['UNKNOWN', 3]]);
const PHASE_LABELS = { PRECLINICAL: 'preclinical', IND: 'IND-enabling', EARLY_PHASE_1: 'Early Phase 1', PHASE_1: 'Phase 1', PHASE_1_2: 'Phase 1/2', PHASE_2: 'Phase 2', PHASE_2_3: 'Phase 2/3', PHASE_3: 'Phase 3', PREAPPROVAL: 'expanded access', APPROVAL: 'Phase 4', WITHDRAWAL: 'withdrawn', UNKNOWN: 'clinical' };
const SETTINGS = ['Relapsed or refractory', 'First line', 'Second line', 'Third line or later', 'Maintenance', 'Adjuvant', 'Neoadjuvant', 'Metastatic'];
const ENDPOINTS = weighted([['MEDIAN_OVERALL_SURVIVAL', 30], ['MEDIAN_PROGRESSION_FREE_SURVIVAL', 25], ['OVERALL_RESPONSE_RATE', 30], ['RESPONSE_OBSERVED', 15]]);
const RESPONSE_CATEGORIES = ['COMPLETE_RESPONSE', 'VERY_GOOD_PARTIAL_RESPONSE', 'PARTIAL_RESPONSE', 'MINIMAL_RESPONSE', 'STABLE_DISEASE', 'PROGRESSIVE_DISEASE'];
const DESIGNATIONS = weighted([['ORPHAN_DRUG', 45], ['FAST_TRACK', 25], ['BREAKTHROUGH_THERAPY', 10], ['RARE_PEDIATRIC_DISEASE', 5], ['PRIORITY_REVIEW', 5], ['ACCELERATED_APPROVAL', 5], ['PRIME', 5]]);
const DESIGNATION_STATUSES = weighted([['GRANTED', 90], ['PENDING', 5], ['WITHDRAWN', 2], ['REVOKED', 2], ['DENIED', 1]]);
const READOUTS_PER_COHORT = weighted([[0, 35], [1, 40], [2, 18], [3, 7]]);
const AGENCIES = weighted([['FDA', 70], ['EMA', 20], ['PMDA', 5], ['MHRA', 3], ['NMPA', 2]]);
const REGIONS = { FDA: 'United States', EMA: 'European Union', PMDA: 'Japan', MHRA: 'United Kingdom', NMPA: 'China' };
const DOSE_UNITS = { SMALL_MOLECULE: 'mg', ANTIBODY: 'mg/kg', ANTIBODY_DRUG_CONJUGATE: 'mg/kg', CELL_THERAPY: 'x10^6 cells/kg', RADIOCONJUGATE: 'mCi/m²', PHOSPHOLIPID_DRUG_CONJUGATE: 'mCi/m²', OTHER: 'mg' };
const EARLY = new Set(['EARLY_PHASE_1', 'PHASE_1', 'PHASE_1_2']);

/** Given the indications, returns a function drawing a compound's distinct indications, mostly from one root. */
function indicationPicker(indications) {
  const weightOf = (node) => (node.kind === G ? 0.5 : node.depth >= 3 ? 3 : 2);
  const table = (nodes) => {
    let total = 0;
    const cumulative = nodes.map((node) => (total += weightOf(node)));
    return { nodes, cumulative, total };
  };
  const draw = ({ nodes, cumulative, total }) => {
    const x = rng() * total;
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > x) high = middle;
      else low = middle + 1;
    }
    return nodes[low];
  };
  const all = table(indications);
  // A compound's home is one root's subtree, drawn by the subtree's weight.
  const roots = indications.filter((node) => node.parent < 0).map((root) => table(indications.filter((node) => node.root === root.index)));
  let rootTotal = 0;
  const rootCumulative = roots.map((root) => (rootTotal += root.total));
  return (count) => {
    const x = rng() * rootTotal;
    const home = roots[rootCumulative.findIndex((bound) => bound > x)] ?? roots[roots.length - 1];
    const chosen = new Set();
    let misses = 0;
    while (chosen.size < count) {
      const node = draw(misses < 20 && chance(0.75) ? home : all);
      if (chosen.has(node.index)) misses += 1;
      else chosen.add(node.index);
    }
    return [...chosen].sort((a, b) => a - b).map((index) => indications[index]);
  };
}

/** Given a trial index, returns a made-up but well-formed registry id, distinct for distinct trials. */
const registryId = (trial) => `NCT${pad((trial * 54_435_761 + 12_345_678) % 100_000_000, 8)}`;

function main() {
  const started = process.hrtime.bigint();
  const indications = buildIndications();
  const companies = buildCompanies();
  const pickIndications = indicationPicker(indications);

  // Per compound: its developer and how many programs it has (heavy-tailed, summing to exactly N).
  const developerOf = new Int32Array(compoundCount);
  let slot = 0;
  for (const company of companies) for (let k = 0; k < company.compounds; k += 1) developerOf[slot++] = company.index;
  shuffle(developerOf);
  const cap = Math.max(1, Math.min(40, Math.floor(indicationCount * 0.4)));
  const programsOf = new Int32Array(compoundCount);
  const mean = N / compoundCount;
  let programs = 0;
  for (let c = 0; c < compoundCount; c += 1) {
    programsOf[c] = Math.min(cap, Math.max(1, Math.round(Math.exp(Math.log(mean) - 0.45 + 0.95 * normal()))));
    programs += programsOf[c];
  }
  while (programs !== N) {
    const c = Math.floor(rng() * compoundCount);
    if (programs < N && programsOf[c] < cap) {
      programsOf[c] += 1;
      programs += 1;
    } else if (programs > N && programsOf[c] > 1) {
      programsOf[c] -= 1;
      programs -= 1;
    }
  }

  mkdirSync(options.out, { recursive: true });
  const ours = new RegExp(`^\\d+-${P}-\\d+-.*\\.json$`);
  for (const file of readdirSync(options.out)) if (ours.test(file)) rmSync(join(options.out, file));
  const bundleCount = 1 + Math.ceil(compoundCount / options.perBundle);
  const width = Math.max(2, String(bundleCount - 1).length);
  const totals = { labels: {}, types: {}, bytes: 0 };
  const known = options.check ? new Map() : undefined;
  const validate = options.check ? import(new URL('../../dist/src/ingest/bundle.js', import.meta.url)).then((module) => module.validateBundle) : undefined;

  const emit = async (builder, index) => {
    const file = join(options.out, `${pad(index, width)}-${builder.name}.json`);
    const bytes = builder.write(file);
    if (known) {
      const raw = JSON.parse(readFileSync(file, 'utf8'));
      const result = (await validate)(raw, known);
      if (!result.ok) {
        console.error(`${file} is refused:\n${result.problems.slice(0, 20).map((problem) => `  - ${problem.record} ${problem.field}: ${problem.message}`).join('\n')}`);
        process.exit(1);
      }
      for (const node of raw.nodes) known.set(node.id, node.label);
    }
    for (const [label, count] of Object.entries(builder.labels)) totals.labels[label] = (totals.labels[label] ?? 0) + count;
    for (const [type, count] of Object.entries(builder.types)) totals.types[type] = (totals.types[type] ?? 0) + count;
    totals.bytes += bytes;
    const labels = Object.entries(builder.labels).map(([label, count]) => `${label} ${count}`).join(', ');
    console.log(`${file}: ${builder.nodes.length} nodes (${labels}), ${builder.relationships.length} relationships, ${(bytes / 2 ** 20).toFixed(1)} MiB${known ? ', valid' : ''}`);
  };

  const comparators = new Map();
  const run = async () => {
    await emit(buildBase(indications, companies, comparators), 0);
    let trialNumber = 0;
    const innNames = new Set();
    const perCompany = new Int32Array(companyCount);
    for (let bundleIndex = 1, first = 0; first < compoundCount; bundleIndex += 1, first += options.perBundle) {
      const last = Math.min(compoundCount, first + options.perBundle);
      const builder = new BundleBuilder(
        `${P}-${N}-compounds-${pad(bundleIndex, width)}`,
        `Synthetic benchmark graph of ${N} programs: compounds ${first + 1} to ${last} with their trials, cohorts, readouts, designations and sources.`,
      );
      for (let c = first; c < last; c += 1) {
        trialNumber = buildCompound(builder, c, trialNumber);
      }
      await emit(builder, bundleIndex);
    }

    function buildCompound(b, c, trialStart) {
      const company = companies[developerOf[c]];
      perCompany[company.index] += 1;
      const compoundId = `${P}-cmp-${pad(c + 1, 6)}`;
      const code = `${company.code}-${100 + perCompany[company.index]}`;
      const modality = MODALITIES();
      const chosen = pickIndications(programsOf[c]);
      const preclinical = chance(PRECLINICAL_COMPOUNDS);

      // Trials: chunks of 1-3 indications cover every chosen one, then more trials revisit them in other phases.
      const trials = [];
      if (!preclinical) {
        const order = shuffle([...chosen]);
        for (let at = 0; at < order.length; ) {
          const size = Math.min(order.length - at, int(1, 3));
          trials.push(order.slice(at, at + size));
          at += size;
        }
        const wanted = Math.floor((TRIALS_PER_PROGRAM / (1 - PRECLINICAL_COMPOUNDS)) * chosen.length + rng());
        while (trials.length < wanted) trials.push(shuffle([...chosen]).slice(0, Math.min(chosen.length, int(1, 3))));
      }
      const plans = trials.map((studied) => ({ studied, phase: PHASES(), status: STATUSES() }));
      const phases = new Set(plans.map((plan) => plan.phase));
      const developmentStatus = preclinical
        ? 'PRECLINICAL'
        : phases.has('APPROVAL')
          ? 'APPROVED'
          : phases.has('WITHDRAWAL') && chance(0.5)
            ? 'WITHDRAWN'
            : plans.every((plan) => ['TERMINATED', 'WITHDRAWN'].includes(plan.status))
              ? 'DISCONTINUED'
              : 'INVESTIGATIONAL';
      let name = code;
      if (developmentStatus === 'APPROVED' || phases.has('PHASE_3') || phases.has('PREAPPROVAL')) {
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const candidate = pick(INN_STARTS) + pick(INN_MIDDLES) + INN_STEMS[modality];
          if (!innNames.has(candidate)) {
            innNames.add(candidate);
            name = candidate;
            break;
          }
        }
      }
      const announced = int(FIRST_DAY, LAST_DAY - 720);
      const release = b.node('Source', `${compoundId}-announcement`, {
        name: `${company.name} press release on ${code}`,
        kind: 'PRESS_RELEASE',
        title: `${company.name} reports progress of ${name === code ? code : `${name} (${code})`} (synthetic)`,
        publisher: company.name,
        distributor: pick(['GlobeNewswire', 'Business Wire', 'PR Newswire']),
        publishedOn: isoDate(announced),
        url: `https://example.org/benchmark/news/${compoundId}`,
      });
      const [payload, payloadType] = PAYLOADS[modality] ? pick(PAYLOADS[modality]) : [];
      b.node(
        'Compound',
        compoundId,
        {
          name,
          codeNames: name === code ? [code] : [code, name],
          modality,
          payload,
          payloadType,
          developmentStatus,
          leadCandidate: perCompany[company.index] === 1,
          description: `A ${modality.toLowerCase().replaceAll('_', ' ')} developed by ${company.name} (synthetic).`,
        },
        [{ source: release, locator: 'paragraph 1' }, { source: release, locator: `About ${company.name}` }],
      );
      b.rel('DEVELOPS', company.id, compoundId);
      const partner = chance(0.05) ? companies[Math.floor(rng() ** 2 * companyCount)] : undefined;
      if (partner && partner !== company) b.rel('DEVELOPS', partner.id, compoundId);
      if (company.platform && chance(0.6)) b.rel('BUILT_ON', compoundId, company.platform.id);
      if (preclinical) for (const indication of chosen) b.rel('DEVELOPED_FOR', compoundId, indication.id);
      else if (chance(0.1)) b.rel('DEVELOPED_FOR', compoundId, pick(chosen).id);

      let trialNumber = trialStart;
      for (const plan of plans) {
        trialNumber += 1;
        const trialId = `${P}-trial-${pad(trialNumber, 7)}`;
        const nct = registryId(trialNumber);
        const start = Math.min(LAST_DAY - 30, announced + int(0, 1500));
        const studied = plan.studied.map((indication) => lowerFirst(indication.name));
        const setting = pick(SETTINGS);
        const registry = b.node('Source', `${trialId}-registry`, {
          name: `Registry record ${nct}`,
          kind: 'REGISTRY',
          title: `A ${PHASE_LABELS[plan.phase]} study of ${name} in ${studied.join(', ')} (synthetic)`,
          publisher: 'ClinicalTrials.gov (synthetic record)',
          publishedOn: isoDate(start),
          url: `https://example.org/benchmark/registry/${nct}`,
        });
        b.node(
          'Trial',
          trialId,
          {
            name: `${name} ${PHASE_LABELS[plan.phase]} study in ${studied.join(', ')}`,
            phase: plan.phase,
            status: plan.status,
            population: `Patients with ${setting.toLowerCase()} ${studied.join(' or ')}`,
            dosingRegimen: pick(['Single dose', 'Once every 3 weeks', 'Once daily', 'Twice daily', 'Once every 2 weeks', 'One or two doses']),
            purpose: pick(['Assess safety and tolerability', 'Determine the recommended Phase 2 dose', 'Assess efficacy', 'Confirm efficacy against standard of care']),
            registryIds: [nct],
          },
          [{ source: registry, locator: 'Study overview' }, ...(chance(0.3) ? [{ source: release, locator: `paragraph ${int(2, 6)}` }] : [])],
        );
        b.rel('EVALUATES', trialId, compoundId);
        b.rel('SPONSORED_BY', trialId, company.id);
        if (partner && partner !== company && chance(0.5)) b.rel('SPONSORED_BY', trialId, partner.id);
        else if (chance(0.06)) {
          const other = companies[Math.floor(rng() ** 2 * companyCount)];
          if (other !== company) b.rel('SPONSORED_BY', trialId, other.id);
        }
        for (const indication of plan.studied) b.rel('STUDIES', trialId, indication.id, chance(0.8) ? { setting } : undefined);

        // Cohorts: dose escalation in early trials, occasional arms in later ones.
        const cohorts = EARLY.has(plan.phase) ? (chance(0.575) ? int(2, 5) : 0) : chance(0.05) ? int(1, 3) : 0;
        const cohortIds = [];
        const dose = round1(0.5 + rng() * 20);
        for (let ordinal = 1; ordinal <= cohorts; ordinal += 1) {
          const cohortId = `${trialId}-cohort-${ordinal}`;
          b.node(
            'Cohort',
            cohortId,
            {
              name: `Cohort ${ordinal}`,
              ordinal,
              doseValue: round1(dose * (1 + 0.5 * (ordinal - 1))),
              doseUnit: DOSE_UNITS[modality],
              administration: pick(['Single 30-minute infusion', 'Single dose', 'Oral, daily', 'Intravenous infusion every 3 weeks']),
              meanPriorLines: chance(0.5) ? round1(1 + rng() * 6) : undefined,
              startOffsetMonths: ordinal === 1 ? 0 : int(2, 6) * (ordinal - 1),
              startOffsetApproximate: ordinal > 1 && chance(0.5),
              pretreatment: chance(0.2) ? 'Heavily pretreated' : undefined,
            },
            [{ source: registry, locator: 'Arms and interventions' }],
          );
          b.rel('HAS_COHORT', trialId, cohortId);
          cohortIds.push(cohortId);
        }

        // Readouts: from cohorts, or from the trial when it has none; a second report extends the series.
        const subjects = cohortIds.length
          ? cohortIds.map((id, index) => ({ id, name: `Cohort ${index + 1}`, count: READOUTS_PER_COHORT() }))
            : chance(0.2) ? [{ id: trialId, name: `${name} ${PHASE_LABELS[plan.phase]}`, count: int(1, 2) }] : [];
        if (!subjects.some((subject) => subject.count > 0)) continue;
        const reports = chance(0.3) ? 2 : 1;
        const reportSources = [];
        for (let report = 1; report <= reports; report += 1) {
          const day = Math.min(LAST_DAY, start + report * int(180, 720));
          reportSources.push({
            day,
            id: b.node('Source', `${trialId}-report-${report}`, {
              name: `${name} ${PHASE_LABELS[plan.phase]} results, report ${report}`,
              kind: chance(0.6) ? 'PRESS_RELEASE' : 'PUBLICATION',
              title: `${name} ${PHASE_LABELS[plan.phase]} results in ${studied[0]} (synthetic)`,
              publisher: company.name,
              publishedOn: isoDate(day),
              url: `https://example.org/benchmark/reports/${trialId}-${report}`,
            }),
          });
        }
        for (const subject of subjects) {
          let last;
          for (let r = 1; r <= subject.count; r += 1) {
            // A repeated endpoint at a later report continues the series; otherwise a new endpoint.
            const later = last && reports > 1 && r > 1 && chance(0.5);
            const endpoint = later ? last.endpoint : ENDPOINTS();
            const report = reportSources[later ? 1 : 0];
            const indication = pick(plan.studied);
            const readoutId = `${subject.id}-readout-${r}`;
            const survival = endpoint === 'MEDIAN_OVERALL_SURVIVAL' || endpoint === 'MEDIAN_PROGRESSION_FREE_SURVIVAL';
            const value =
              endpoint === 'RESPONSE_OBSERVED'
                ? int(1, 12)
                : endpoint === 'OVERALL_RESPONSE_RATE'
                  ? round1(5 + rng() * 75)
                  : later
                    ? round1(last.value + rng() * 6)
                    : round1((endpoint === 'MEDIAN_OVERALL_SURVIVAL' ? 4 : 2) + rng() * 24);
            const endpointName = { MEDIAN_OVERALL_SURVIVAL: 'median overall survival', MEDIAN_PROGRESSION_FREE_SURVIVAL: 'median progression-free survival', OVERALL_RESPONSE_RATE: 'overall response rate', RESPONSE_OBSERVED: 'responses' }[endpoint];
            b.node(
              'Readout',
              readoutId,
              {
                name: `${subject.name} ${endpointName}`,
                endpoint,
                kind: 'OBSERVED',
                value,
                unit: endpoint === 'RESPONSE_OBSERVED' ? 'PATIENTS' : endpoint === 'OVERALL_RESPONSE_RATE' ? 'PERCENT' : 'MONTHS',
                responseCategory: endpoint === 'RESPONSE_OBSERVED' ? pick(RESPONSE_CATEGORIES) : undefined,
                asOf: isoDate(report.day - int(0, 60)),
                maturity: survival ? (later || reports === 1 ? pick(['ONGOING', 'FINAL']) : 'ONGOING') : undefined,
                setting,
              },
              [{ source: report.id, locator: pick(['headline', 'paragraph 1', 'paragraph 2', 'paragraph 3', 'Table 2', 'Figure 1']) }],
            );
            b.rel('REPORTED', subject.id, readoutId);
            b.rel('MEASURED_IN', readoutId, indication.id);
            const comparator = survival ? comparators.get(`${indication.index}:${endpoint}`) : undefined;
            if (comparator && chance(0.7)) b.rel('COMPARED_WITH', readoutId, comparator);
            last = { endpoint, value };
          }
        }
      }

      // Designations: on about 10% of compounds, for one of their indications, granted to the developer.
      if (chance(DESIGNATED_COMPOUNDS)) {
        const count = chance(0.85) ? 1 : chance(0.7) ? 2 : 3;
        for (let d = 1; d <= count; d += 1) {
          const type = DESIGNATIONS();
          const agency = type === 'PRIME' ? 'EMA' : type === 'RARE_PEDIATRIC_DISEASE' || type === 'BREAKTHROUGH_THERAPY' ? 'FDA' : AGENCIES();
          const indication = pick(chosen);
          const designationId = `${compoundId}-designation-${d}`;
          const granted = int(announced, LAST_DAY);
          const notice = b.node('Source', `${designationId}-notice`, {
            name: `${agency} ${type.toLowerCase().replaceAll('_', ' ')} notice for ${name}`,
            kind: 'REGULATORY',
            title: `${type.toLowerCase().replaceAll('_', ' ')} designation of ${name} in ${lowerFirst(indication.name)} (synthetic)`,
            publisher: agency,
            publishedOn: isoDate(granted),
            url: `https://example.org/benchmark/designations/${designationId}`,
          });
          b.node(
            'Designation',
            designationId,
            {
              name: `${agency} ${type.toLowerCase().replaceAll('_', ' ')} designation for ${name} in ${lowerFirst(indication.name)}`,
              type,
              agency,
              region: REGIONS[agency],
              grantedOn: chance(0.85) ? isoDate(granted) : undefined,
              status: DESIGNATION_STATUSES(),
            },
            [{ source: notice, locator: 'Designation record' }, ...(chance(0.5) ? [{ source: release, locator: `About ${name === code ? code : name}` }] : [])],
          );
          b.rel('HAS_DESIGNATION', compoundId, designationId);
          b.rel('FOR_INDICATION', designationId, indication.id);
          b.rel('GRANTED_TO', designationId, company.id);
        }
      }
      return trialNumber;
    }
  };

  return run().then(() => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const nodes = Object.values(totals.labels).reduce((sum, count) => sum + count, 0);
    const relationships = Object.values(totals.types).reduce((sum, count) => sum + count, 0);
    const sorted = (counts) => Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `${key} ${count}`).join(', ');
    console.log(`programs ${N} (compounds ${compoundCount}, largest company ${Math.max(...companies.map((company) => company.compounds))} compounds, indication depth ${Math.max(...indications.map((node) => node.depth))})`);
    console.log(`nodes ${nodes}: ${sorted(totals.labels)}`);
    console.log(`relationships ${relationships}: ${sorted(totals.types)}`);
    console.log(`${bundleCount} bundles, ${(totals.bytes / 2 ** 20).toFixed(1)} MiB in ${options.out}, ${seconds.toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  });
}

await main();
