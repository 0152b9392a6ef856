// The test server's population makes affinity indexes mean something: for every job function F, the persona
// "United States AND F" over-indexes, against the United States, on skills, interests and industries related to F.
//
// Index = persona share ÷ baseline share × 100, shares being entityCount / totalAudienceCount of an Audience
// Insights breakdown (groupBy the facet, maxReturnCount 100). Only segments that mean something count: a persona
// share of at least 1 % and a count in both breakdowns.
//
// RELATED below is this test's own judgement of what goes with each function (domain vocabularies, broad on
// purpose), written independently from the population's tables (src/testing/dataset/affinities.ts) and never
// imported from them: the model passes when its top over-indexing segments are ones a marketer would expect.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkedInClient, Facet, targeting, urn, type LinkedInClient } from "../../src/index.js";
import { facetByName } from "../../src/testing/dataset/index.js";
import { startTestServer, TEST_ACCESS_TOKEN, type TestServer } from "../../src/testing/index.js";

const US = urn.geo(103644278);
const FACETS = ["skills", "interests", "industries"] as const;
type FacetName = (typeof FACETS)[number];
const MIN_SHARE = 0.01;
const TOP = 5;

// ---------------------------------------------------------------------------------------------------------------
// What goes with what: vocabularies by domain, then each function's related skills, interests and industries.

/** Names written "a; b; c", over several lines if need be. */
const list = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");

const SOFTWARE_SKILLS = list(`
  Software Development; Software Engineering; Engineering; Python (Programming Language); Java; JavaScript; TypeScript;
  SQL; C++; C#; Go (Programming Language); Rust (Programming Language); PHP; Ruby on Rails; Kotlin;
  Swift (Programming Language); R (Programming Language); HTML; Cascading Style Sheets (CSS); React.js; Angular; Vue.js;
  Node.js; Django; Spring Boot; .NET Framework; Git; Linux; Docker; Kubernetes; Amazon Web Services (AWS);
  Microsoft Azure; Google Cloud Platform (GCP); Terraform; DevOps; Continuous Integration and Continuous Delivery (CI/CD);
  Microservices; REST APIs; GraphQL; Web Development; Mobile Application Development; Full-Stack Development;
  Front-End Development; Back-End Web Development; Object-Oriented Programming (OOP); Algorithms; Data Structures;
  Test Automation; Cloud Computing; MySQL; PostgreSQL; MongoDB; Oracle Database`);
const DATA_SKILLS = list(`
  Machine Learning; Deep Learning; Artificial Intelligence (AI); Generative AI; Natural Language Processing (NLP);
  Computer Vision; TensorFlow; PyTorch; Data Science; Data Engineering; Big Data; Apache Spark; Hadoop; Data Analysis;
  Data Visualization; Tableau; Power BI; Statistics; Data Mining; Data Warehousing; ETL; Business Intelligence (BI)`);
const ENGINEERING_SKILLS = list(`
  MATLAB; AutoCAD; SolidWorks; Mechanical Engineering; Electrical Engineering; Civil Engineering`);
const IT_SKILLS = list(`
  Information Technology; Technical Support; Troubleshooting; Networking; IT Service Management; ITIL;
  Systems Administration; Help Desk Support; Cybersecurity; Network Security; Information Security; Penetration Testing;
  Windows; Active Directory; Database Administration`);
const FINANCE_SKILLS = list(`
  Accounting; Financial Analysis; Financial Reporting; Financial Modeling; Finance; Corporate Finance; Financial Planning;
  Budgeting; Budget Management; Forecasting; Auditing; Taxation; Bookkeeping; Payroll; Investments; Banking; Valuation;
  Risk Management; QuickBooks; Accounts Payable; Microsoft Excel; Analytical Skills; Compliance; Regulatory Compliance;
  SAP ERP`);
const MARKETING_SKILLS = list(`
  Marketing; Digital Marketing; Marketing Strategy; Social Media; Social Media Marketing; Content Marketing;
  Search Engine Optimization (SEO); Google Analytics; Email Marketing; Brand Management; Branding;
  Marketing Communications; Advertising; Market Research; Copywriting; HubSpot; Content Creation; Public Relations;
  Event Planning; Lead Generation; E-commerce`);
const SALES_SKILLS = list(`
  Sales; Sales Management; B2B Sales; Customer Relationship Management (CRM); Account Management; Lead Generation;
  Cold Calling; Salesforce.com; Solution Selling; Negotiation; Business Development; New Business Development;
  Relationship Building; Strategic Partnerships; HubSpot`);
const SUPPLY_SKILLS = list(`
  Operations Management; Supply Chain Management; Logistics Management; Procurement; Purchasing; Strategic Sourcing;
  Vendor Management; Inventory Management; SAP ERP; Contract Negotiation; Negotiation; Merchandising`);
const QUALITY_SKILLS = list(`
  Quality Assurance; Quality Control; Quality Management; Software Testing; Test Automation; Manual Testing; Selenium;
  Root Cause Analysis; Six Sigma; Lean Six Sigma; Continuous Improvement; Process Improvement; Regulatory Compliance;
  Compliance; Auditing; Agile Methodologies`);
const PROJECT_SKILLS = list(`
  Project Management; Program Management; Project Planning; Agile Methodologies; Scrum; Jira; Stakeholder Management;
  Cross-functional Team Leadership; Risk Management; Change Management; Budgeting; Process Improvement;
  Construction Management`);
const STRATEGY_SKILLS = list(`
  Management Consulting; Consulting; Strategy; Business Strategy; Strategic Planning; Business Analysis;
  Change Management; Stakeholder Management; Process Improvement; Project Management; Data Analysis;
  Microsoft PowerPoint; Analytical Skills; Business Intelligence (BI)`);
const CUSTOMER_SKILLS = list(`
  Customer Service; Customer Support; Customer Satisfaction; Customer Experience; Call Centers; Technical Support;
  Troubleshooting; Help Desk Support; IT Service Management; Problem Solving; Communication; Data Entry`);

const FINANCE_INTERESTS = list(`
  Finance and Economy; Corporate Finance; Investing; Stock Market; Banking; Wealth Management; Private Equity;
  Venture Capital; Economics; Personal Finance; Fintech; Mergers and Acquisitions; Retirement Planning; Cryptocurrency;
  Accounting; Taxation; Insurance`);
const TECH_INTERESTS = list(`
  Technology; Software Development; Computer Programming; Engineering; Machine Learning; Artificial Intelligence;
  Web Development; Mobile Development; Cloud Computing; Open Source; DevOps; Data Science; Big Data; Cybersecurity;
  Data Privacy; Robotics; Semiconductors; Aerospace; Electric Vehicles; Manufacturing; Internet of Things;
  Quantum Computing; Blockchain; 5G; Telecommunications; Automotive; Energy; Renewable Energy; Space Exploration;
  Business Intelligence`);
const MARKETING_INTERESTS = list(`
  Marketing and Advertising; Digital Marketing; Social Media Marketing; Content Marketing; Search Engine Optimization;
  Email Marketing; Influencer Marketing; Brand Management; Market Research; Public Relations; E-commerce;
  Customer Experience; Podcasts; Media and Entertainment; Design; Graphic Design; Retail`);
const SALES_INTERESTS = list(`
  Sales; B2B Sales; Negotiation; Customer Experience; Retail; E-commerce; Marketing and Advertising; Entrepreneurship;
  Small Business; Events and Conferences; Business Strategy; Startups`);
const SUPPLY_INTERESTS = list(`
  Supply Chain Management; Logistics; Procurement; Lean Manufacturing; Manufacturing; Quality Management; Negotiation;
  Retail; E-commerce; Automotive; Construction; Energy; Oil and Gas; Sustainability`);

const FINANCE_INDUSTRIES = list(`
  Financial Services; Banking; Investment Management; Investment Banking; Capital Markets;
  Venture Capital and Private Equity Principals; Insurance; Accounting`);
const TECH_INDUSTRIES = list(`
  Software Development; Technology, Information and Internet; IT Services and IT Consulting;
  Computer Hardware Manufacturing; Semiconductor Manufacturing; Computer Networking Products;
  Computers and Electronics Manufacturing; Computer and Network Security; Telecommunications; Wireless Services;
  Information Services; Computer Games; Appliances, Electrical, and Electronics Manufacturing`);
const ENGINEERING_INDUSTRIES = list(`
  Civil Engineering; Aviation and Aerospace Component Manufacturing; Defense and Space Manufacturing;
  Motor Vehicle Manufacturing; Industrial Machinery Manufacturing; Machinery Manufacturing;
  Automation Machinery Manufacturing; Oil and Gas; Chemical Manufacturing; Construction; Manufacturing; Utilities;
  Mining; Shipbuilding; Railroad Equipment Manufacturing; Medical Equipment Manufacturing;
  Renewable Energy Semiconductor Manufacturing; Architecture and Planning`);
const MANUFACTURING_INDUSTRIES = list(`
  Manufacturing; Food and Beverage Manufacturing; Machinery Manufacturing; Industrial Machinery Manufacturing;
  Motor Vehicle Manufacturing; Chemical Manufacturing; Textile Manufacturing; Plastics Manufacturing;
  Packaging and Containers Manufacturing; Pharmaceutical Manufacturing; Medical Equipment Manufacturing;
  Aviation and Aerospace Component Manufacturing; Semiconductor Manufacturing; Computers and Electronics Manufacturing;
  Appliances, Electrical, and Electronics Manufacturing; Defense and Space Manufacturing; Biotechnology Research`);
const TRADE_INDUSTRIES = list(`
  Retail; Wholesale; Wholesale Import and Export; Wholesale Building Materials; Retail Apparel and Fashion;
  Retail Groceries; Retail Luxury Goods and Jewelry; Retail Office Equipment; Consumer Services`);
const B2B_INDUSTRIES = list(`
  Business Consulting and Services; Strategic Management Services; IT Services and IT Consulting; Software Development;
  Technology, Information and Internet; Staffing and Recruiting; Advertising Services;
  Outsourcing and Offshoring Consulting; Venture Capital and Private Equity Principals; Events Services;
  Financial Services; Wholesale; Wholesale Import and Export; Information Services; Telecommunications`);

interface Related {
  skills: string[];
  interests: string[];
  industries: string[];
  /** Where the function's members mostly work: one of these is among the persona's 3 largest industries. */
  home?: string[];
}

const RELATED: Record<string, Related> = {
  Accounting: {
    skills: FINANCE_SKILLS,
    interests: [...FINANCE_INTERESTS, "Small Business"],
    industries: [...FINANCE_INDUSTRIES, "Business Consulting and Services", "Outsourcing and Offshoring Consulting"],
    home: ["Accounting", "Financial Services"],
  },
  Administrative: {
    skills: list(`
      Administrative Assistance; Data Entry; Office Administration; Scheduling; Microsoft Office; Microsoft Word;
      Microsoft Excel; Microsoft PowerPoint; Event Planning; Organization Skills; Time Management; Multitasking;
      Attention to Detail; Customer Service; Bookkeeping`),
    interests: list(`
      Administrative Services; Productivity; Events and Conferences; Remote Work; Career Development;
      Personal Development; Job Search; Online Learning; Customer Service; Human Resources`),
    // Office staff of law firms, hospitals, schools, public offices and property managers.
    industries: list(`
      Law Practice; Legal Services; Hospitals and Health Care; Medical Practices; Government Administration;
      Executive Offices; Administration of Justice; Higher Education; Primary and Secondary Education; Real Estate;
      Facilities Services; Non-profit Organizations; Staffing and Recruiting; Insurance`),
  },
  "Arts and Design": {
    skills: list(`
      Graphic Design; Adobe Photoshop; Adobe Illustrator; Adobe InDesign; Figma (Software); User Interface Design;
      User Experience (UX); Typography; Drawing; Creativity; Photography; Video Editing; Video Production; Branding;
      Content Creation; AutoCAD`),
    interests: list(`
      Design; Graphic Design; UX Design; Art; Photography; Interior Design; Architecture; Fashion; Luxury Goods; Beauty;
      Movies; Music; Video Games; Media and Entertainment`),
    industries: list(`
      Design Services; Graphic Design; Photography; Animation and Post-production; Architecture and Planning;
      Advertising Services; Media Production; Artists and Writers; Retail Apparel and Fashion; Computer Games;
      Furniture and Home Furnishings Manufacturing; Performing Arts; Museums, Historical Sites, and Zoos;
      Movies, Videos, and Sound; Printing Services; Retail Art Supplies; Retail Luxury Goods and Jewelry`),
    home: ["Design Services", "Graphic Design", "Architecture and Planning", "Advertising Services"],
  },
  "Business Development": {
    skills: [
      ...SALES_SKILLS,
      ...list(
        `Business Strategy; Strategic Planning; Market Research; Contract Negotiation; Business Planning; Start-ups`,
      ),
    ],
    interests: [
      ...SALES_INTERESTS,
      ...list(`Innovation; Mergers and Acquisitions; Venture Capital; Business Management`),
    ],
    industries: B2B_INDUSTRIES,
  },
  "Community and Social Services": {
    skills: list(`
      Case Management; Social Services; Community Outreach; Counseling; Crisis Intervention; Nonprofit Organizations;
      Volunteer Management; Grant Writing; Fundraising; Public Speaking; Event Planning; Training; Mentoring; Coaching`),
    interests: list(`
      Social Work; Nonprofits; Volunteering; Philanthropy; Mental Health; Diversity and Inclusion; Public Health;
      Public Policy; Psychology; Education; Parenting; Government; Healthcare`),
    industries: list(`
      Individual and Family Services; Non-profit Organizations; Civic and Social Organizations; Religious Institutions;
      Mental Health Care; Philanthropic Fundraising Services; Fundraising; Government Administration;
      Primary and Secondary Education; Hospitals and Health Care`),
    home: ["Non-profit Organizations", "Individual and Family Services", "Government Administration"],
  },
  Consulting: {
    skills: STRATEGY_SKILLS,
    interests: list(`
      Consulting; Business Strategy; Digital Transformation; Change Management; Innovation; Mergers and Acquisitions;
      Business Management; Economics; Sustainability; Artificial Intelligence; Leadership; Business Intelligence;
      Project Management; Data Science`),
    // Strategy, IT, accounting (the Big Four), HR, research and environmental consultancies.
    industries: list(`
      Business Consulting and Services; Strategic Management Services; IT Services and IT Consulting; Accounting;
      Outsourcing and Offshoring Consulting; Research Services; Human Resources Services; Environmental Services;
      Think Tanks; Market Research`),
    home: ["Business Consulting and Services", "IT Services and IT Consulting"],
  },
  Education: {
    skills: list(`
      Teaching; Classroom Management; Lesson Planning; Curriculum Development; Tutoring; Higher Education; E-Learning;
      Educational Technology; Public Speaking; Training; Research; Coaching; Mentoring`),
    interests: list(`
      Education; Higher Education; Online Learning; Personal Development; Psychology; Career Development; Science;
      Books; Languages; History; Parenting; Mental Health`),
    industries: list(`
      Primary and Secondary Education; Higher Education; Education Administration Programs; E-Learning Providers;
      Professional Training and Coaching; Libraries; Research Services`),
    home: ["Primary and Secondary Education", "Higher Education"],
  },
  Engineering: {
    skills: [...SOFTWARE_SKILLS, ...DATA_SKILLS, ...ENGINEERING_SKILLS],
    interests: TECH_INTERESTS,
    industries: [...TECH_INDUSTRIES, ...ENGINEERING_INDUSTRIES],
    home: ["Software Development", "Technology, Information and Internet", "IT Services and IT Consulting"],
  },
  Entrepreneurship: {
    skills: list(`
      Entrepreneurship; Start-ups; Small Business; Business Planning; New Business Development; Business Strategy;
      Strategic Planning; Strategic Partnerships; Business Development; E-commerce; Fundraising; Leadership; Management;
      Marketing Strategy; Sales; Public Speaking; Negotiation`),
    interests: list(`
      Entrepreneurship; Startups; Small Business; Venture Capital; Private Equity; Innovation; E-commerce;
      Personal Development; Business Strategy; Business Management; Leadership; Productivity; Investing;
      Marketing and Advertising; Sales`),
    // Founders' own small businesses and investment firms.
    industries: list(`
      Venture Capital and Private Equity Principals; Professional Training and Coaching; Consumer Services;
      Wellness and Fitness Services; Design Services; Business Consulting and Services;
      Technology, Information and Internet; Software Development; Retail; Restaurants; Food and Beverage Services;
      Real Estate; E-Learning Providers; Events Services; Advertising Services`),
  },
  Finance: {
    skills: FINANCE_SKILLS,
    interests: FINANCE_INTERESTS,
    industries: FINANCE_INDUSTRIES,
    home: ["Financial Services", "Banking"],
  },
  "Healthcare Services": {
    skills: list(`
      Healthcare; Patient Care; Nursing; Basic Life Support (BLS); Electronic Medical Record (EMR); Medicine;
      Healthcare Management; Clinical Research; Laboratory Skills; Pharmaceutical Industry; Medical Devices`),
    interests: list(`
      Healthcare; Nursing; Medicine; Public Health; Mental Health; Medical Devices; Pharmaceuticals; Wellness;
      Nutrition; Fitness; Biotechnology; Psychology; Science`),
    industries: list(`
      Hospitals and Health Care; Medical Practices; Mental Health Care; Alternative Medicine; Veterinary Services;
      Individual and Family Services; Wellness and Fitness Services; Pharmaceutical Manufacturing;
      Medical Equipment Manufacturing; Biotechnology Research`),
    home: ["Hospitals and Health Care"],
  },
  "Human Resources": {
    skills: list(`
      Human Resources (HR); Recruiting; Talent Acquisition; Employee Relations; Onboarding; Interviewing;
      Performance Management; Employee Engagement; HR Policies; Payroll; Training; Coaching; Mentoring;
      Change Management`),
    interests: list(`
      Human Resources; Recruiting; Future of Work; Diversity and Inclusion; Career Development; Job Search; Remote Work;
      Leadership; Personal Development; Psychology; Change Management; Mental Health`),
    // HR services, staffing and outsourcing firms; learning and development (training, e-learning).
    industries: list(`
      Human Resources Services; Staffing and Recruiting; Professional Training and Coaching; E-Learning Providers;
      Outsourcing and Offshoring Consulting; Business Consulting and Services`),
    home: ["Human Resources Services", "Staffing and Recruiting"],
  },
  "Information Technology": {
    skills: [...IT_SKILLS, ...SOFTWARE_SKILLS, ...DATA_SKILLS],
    interests: TECH_INTERESTS,
    industries: [...TECH_INDUSTRIES, "Outsourcing and Offshoring Consulting"],
    home: ["IT Services and IT Consulting", "Software Development", "Technology, Information and Internet"],
  },
  Legal: {
    skills: list(`
      Legal Research; Litigation; Legal Writing; Corporate Law; Legal Advice; Contract Negotiation; Compliance;
      Regulatory Compliance; Policy Analysis; Negotiation; Research; Writing`),
    interests: list(`
      Law; Intellectual Property; Data Privacy; Politics; Public Policy; Government; National Security;
      Mergers and Acquisitions; Economics`),
    // Law firms, courts and public offices; insurers employ many claims and coverage lawyers.
    industries: list(`
      Law Practice; Legal Services; Alternative Dispute Resolution; Administration of Justice; Legislative Offices;
      Government Administration; Public Policy Offices; Government Relations Services; Insurance`),
    home: ["Law Practice"],
  },
  Marketing: {
    skills: MARKETING_SKILLS,
    interests: MARKETING_INTERESTS,
    industries: list(`
      Advertising Services; Public Relations and Communications Services; Market Research; Online Audio and Video Media;
      Events Services; Media Production; Design Services; Technology, Information and Internet; Software Development;
      Information Services; Retail; Retail Apparel and Fashion; Personal Care Product Manufacturing;
      Beverage Manufacturing`),
    home: ["Advertising Services", "Technology, Information and Internet", "Software Development", "Retail"],
  },
  "Media and Communication": {
    skills: list(`
      Public Relations; Journalism; Media Relations; Corporate Communications; Copywriting; Writing; Editing;
      Content Creation; Video Production; Video Editing; Photography; Social Media; Social Media Marketing;
      Content Marketing; Communication; Translation; Public Speaking`),
    interests: list(`
      Journalism; Public Relations; Publishing; Media and Entertainment; Podcasts; Writing; Television; Movies; Books;
      Photography; Content Marketing; Social Media Marketing; Marketing and Advertising; Politics`),
    industries: list(`
      Broadcast Media Production and Distribution; Newspaper Publishing; Book and Periodical Publishing;
      Public Relations and Communications Services; Online Audio and Video Media; Media Production; Writing and Editing;
      Movies, Videos, and Sound; Entertainment Providers; Translation and Localization; Advertising Services;
      Animation and Post-production; Photography; Musicians; Performing Arts; Information Services`),
  },
  "Military and Protective Services": {
    skills: list(`
      Military Operations; Security Clearance; Operational Planning; Military; Law Enforcement; Emergency Management;
      Physical Security; Leadership; Team Leadership; Training; Operations Management; Logistics Management;
      Risk Management`),
    interests: list(`
      Military; Veterans; National Security; Aerospace; Government; Public Policy; Politics; Space Exploration;
      Cybersecurity; History; Outdoor Activities; Fitness; Leadership`),
    industries: list(`
      Armed Forces; Law Enforcement; Public Safety; Security and Investigations; Defense and Space Manufacturing;
      Administration of Justice; Government Administration; International Affairs;
      Aviation and Aerospace Component Manufacturing`),
    home: ["Armed Forces", "Government Administration", "Law Enforcement"],
  },
  Operations: {
    skills: [
      ...SUPPLY_SKILLS,
      ...list(`
        Process Improvement; Lean Six Sigma; Six Sigma; Continuous Improvement; Manufacturing; Project Management;
        Budgeting; Quality Control; Team Leadership; Forecasting; Root Cause Analysis`),
    ],
    interests: [...SUPPLY_INTERESTS, ...list(`Project Management; Productivity; Business Management`)],
    industries: [
      ...list(`
        Transportation, Logistics, Supply Chain and Storage; Warehousing and Storage; Truck Transportation;
        Freight and Package Transportation; Maritime Transportation; Airlines and Aviation; Facilities Services;
        Hospitality; Restaurants; Utilities; Oil and Gas; Mining; Construction`),
      ...MANUFACTURING_INDUSTRIES,
      ...TRADE_INDUSTRIES,
    ],
    home: ["Transportation, Logistics, Supply Chain and Storage", "Manufacturing", "Retail"],
  },
  "Product Management": {
    skills: list(`
      Product Management; Product Development; Product Strategy; Go-to-Market Strategy; Agile Methodologies; Scrum; Jira;
      User Experience (UX); User Interface Design; Cross-functional Team Leadership; Stakeholder Management;
      Market Research; Data Analysis; SQL; Program Management`),
    interests: list(`
      Product Management; UX Design; Design; Agile Methodologies; Startups; Innovation; Technology;
      Artificial Intelligence; Machine Learning; Software Development; Computer Programming; Customer Experience;
      Data Science; Mobile Development; Fintech; E-commerce`),
    industries: [...TECH_INDUSTRIES, "E-Learning Providers", "Online Audio and Video Media"],
    home: ["Software Development", "Technology, Information and Internet", "IT Services and IT Consulting"],
  },
  "Program and Project Management": {
    skills: PROJECT_SKILLS,
    interests: list(`
      Project Management; Agile Methodologies; Change Management; Digital Transformation; Productivity; Leadership;
      Business Strategy; Business Management; Construction; Consulting; Innovation; Remote Work`),
    // Projects are run in construction and engineering, IT, consulting, defense and the public sector.
    industries: list(`
      Construction; Civil Engineering; Architecture and Planning; IT Services and IT Consulting; Software Development;
      Business Consulting and Services; Defense and Space Manufacturing; Aviation and Aerospace Component Manufacturing;
      Government Administration; Telecommunications; Oil and Gas; Utilities; Financial Services`),
  },
  Purchasing: {
    skills: SUPPLY_SKILLS,
    interests: SUPPLY_INTERESTS,
    industries: [...MANUFACTURING_INDUSTRIES, ...TRADE_INDUSTRIES],
    home: ["Manufacturing", "Wholesale", "Retail"],
  },
  "Quality Assurance": {
    skills: QUALITY_SKILLS,
    interests: list(`
      Quality Management; Lean Manufacturing; Manufacturing; Software Development; Computer Programming;
      Agile Methodologies; DevOps; Technology; Medical Devices; Pharmaceuticals; Automotive; Aerospace`),
    industries: [
      ...MANUFACTURING_INDUSTRIES,
      "Software Development",
      "IT Services and IT Consulting",
      "Computer Games",
    ],
  },
  "Real Estate": {
    skills: list(`
      Real Estate; Real Estate Transactions; Residential Homes; Investment Properties; Commercial Real Estate;
      Property Management; Mortgage Lending; Negotiation; Sales; Customer Service; Construction; Investments`),
    interests: list(`
      Real Estate; Mortgages; Construction; Architecture; Interior Design; Investing; Wealth Management;
      Personal Finance; Banking; Small Business; Entrepreneurship`),
    industries: list(`
      Real Estate; Leasing Non-residential Real Estate; Construction; Architecture and Planning; Financial Services;
      Banking; Investment Management; Facilities Services; Wholesale Building Materials`),
    home: ["Real Estate", "Construction"],
  },
  Research: {
    skills: [
      ...list(`
        Research; Laboratory Skills; Research and Development (R&D); Scientific Writing; Clinical Research;
        Biotechnology; Policy Analysis; Analytical Skills; Python (Programming Language); R (Programming Language);
        MATLAB`),
      ...DATA_SKILLS,
    ],
    interests: list(`
      Science; Biotechnology; Data Science; Higher Education; Pharmaceuticals; Machine Learning; Artificial Intelligence;
      Climate Change; Environment; Space Exploration; Quantum Computing; Public Health; Psychology; Medical Devices;
      Healthcare; Medicine`),
    industries: list(`
      Research Services; Biotechnology Research; Nanotechnology Research; Think Tanks; Higher Education;
      Pharmaceutical Manufacturing; Medical Equipment Manufacturing; Chemical Manufacturing; Environmental Services;
      Hospitals and Health Care; Government Administration`),
    home: ["Research Services", "Higher Education", "Pharmaceutical Manufacturing"],
  },
  Sales: {
    skills: [...SALES_SKILLS, ...list(`Retail; Merchandising; Customer Service; Marketing`)],
    interests: [...SALES_INTERESTS, ...list(`Insurance; Real Estate; Automotive; Personal Development`)],
    industries: [
      ...TRADE_INDUSTRIES,
      ...list(`
        Insurance; Telecommunications; Wireless Services; Medical Equipment Manufacturing; Pharmaceutical Manufacturing;
        Software Development; Food and Beverage Manufacturing; Real Estate; Motor Vehicle Manufacturing;
        Advertising Services; Staffing and Recruiting`),
    ],
    home: ["Retail", "Software Development", "Wholesale"],
  },
  Support: {
    skills: CUSTOMER_SKILLS,
    interests: list(`
      Customer Service; Customer Experience; Remote Work; Productivity; Telecommunications; Technology; Job Search;
      Career Development; E-commerce; Retail`),
    // Contact centres: outsourcers, telecoms, software and consumer businesses, insurers and banks.
    industries: list(`
      Outsourcing and Offshoring Consulting; Telecommunications; Wireless Services; Consumer Services;
      IT Services and IT Consulting; Software Development; Technology, Information and Internet; Retail; Insurance;
      Financial Services`),
  },
};

// ---------------------------------------------------------------------------------------------------------------

interface Breakdown {
  total: number;
  /** Segment URN → entityCount. */
  counts: Map<string, number>;
  /** Segment URNs, largest first (as the server ranks them). */
  order: string[];
}

interface Indexed {
  name: string;
  share: number;
  index: number;
}

const names = new Map<string, string>();
const urns = new Map<string, Map<string, string>>();
for (const facet of FACETS) {
  const byName = new Map<string, string>();
  for (const e of facetByName(facet)!.entities) {
    names.set(e.urn, e.name);
    byName.set(e.name, e.urn);
  }
  urns.set(facet, byName);
}
const functions = facetByName("jobFunctions")!.entities;

let server: TestServer;
let li: LinkedInClient;
const baselines = new Map<FacetName, Breakdown>();
const personas = new Map<string, Map<FacetName, Breakdown>>();

async function breakdown(functionUrn: string | undefined, facet: FacetName): Promise<Breakdown> {
  const us = targeting().include(Facet.locations, US);
  const criteria = functionUrn === undefined ? us : us.include(Facet.jobFunctions, functionUrn);
  const insights = await li.insights.get({ targetingCriteria: criteria.build(), groupBy: facet, maxReturnCount: 100 });
  const counts = new Map<string, number>();
  for (const s of insights.segments) counts.set(s.urn, s.count);
  return { total: insights.totalAudienceCount, counts, order: [...counts.keys()] };
}

/** The persona's meaningful segments with their index against the baseline, highest index first. */
function indexes(persona: Breakdown, baseline: Breakdown): Indexed[] {
  const out: Indexed[] = [];
  for (const [segment, count] of persona.counts) {
    const base = baseline.counts.get(segment) ?? 0;
    const share = count / persona.total;
    if (count <= 0 || base <= 0 || share < MIN_SHARE) continue;
    out.push({ name: names.get(segment) ?? segment, share, index: (100 * share) / (base / baseline.total) });
  }
  return out.sort((a, b) => b.index - a.index);
}

const show = (rows: readonly Indexed[]) =>
  rows.map((r) => `${r.name} ${Math.round(r.index)} (${(100 * r.share).toFixed(1)}%)`).join("; ");

beforeAll(async () => {
  server = await startTestServer({ port: 0 });
  li = createLinkedInClient({ accessToken: TEST_ACCESS_TOKEN, baseUrl: server.url });
  // Every breakdown at once: 3 baselines and 26 × 3 personas on one server.
  const jobs: Promise<void>[] = [];
  for (const facet of FACETS) jobs.push(breakdown(undefined, facet).then((b) => void baselines.set(facet, b)));
  for (const f of functions) {
    const byFacet = new Map<FacetName, Breakdown>();
    personas.set(f.name, byFacet);
    for (const facet of FACETS) jobs.push(breakdown(f.urn, facet).then((b) => void byFacet.set(facet, b)));
  }
  await Promise.all(jobs);
});
afterAll(() => server?.close());

describe("the relatedness table", () => {
  it("covers every job function of the dataset and names only values the dataset has", () => {
    expect(Object.keys(RELATED).sort()).toEqual(functions.map((f) => f.name).sort());
    for (const [fn, related] of Object.entries(RELATED)) {
      for (const facet of FACETS) {
        for (const name of related[facet]) expect(urns.get(facet)!.has(name), `${fn} ${facet}: ${name}`).toBe(true);
      }
      for (const name of related.home ?? []) expect(related.industries, `${fn} home`).toContain(name);
    }
  });
});

describe("affinity indexes against the United States", () => {
  it("the population's totals stay what they are: the United States is 230 M members", () => {
    for (const facet of FACETS) expect(baselines.get(facet)!.total, facet).toBe(230_000_000);
    // The 26 functions' personas add up to about the share of US members who list a function (~65 %).
    const sum = functions.reduce((s, f) => s + personas.get(f.name)!.get("skills")!.total, 0);
    expect(sum / 230_000_000).toBeGreaterThan(0.5);
    expect(sum / 230_000_000).toBeLessThan(0.8);
  });

  describe.each(functions.map((f) => f.name))("%s", (fn) => {
    it.each(FACETS)("its top %s over-indexing segments are related to it", (facet) => {
      const persona = personas.get(fn)!.get(facet)!;
      expect(persona.total).toBeGreaterThan(100_000);
      const top = indexes(persona, baselines.get(facet)!).slice(0, TOP);
      expect(top, show(top)).toHaveLength(TOP);
      const unrelated = top.filter((r) => !RELATED[fn]![facet].includes(r.name));
      expect(
        unrelated.map((r) => r.name),
        `${fn} ${facet}: ${show(top)}`,
      ).toEqual([]);
      // Over-indexing means something: well above 100 (typical).
      for (const r of top) expect(r.index, `${fn} ${facet} ${r.name}`).toBeGreaterThan(150);
    });

    it("a US baseline covers its largest segments; its top interest reaches 30–65 % of it", () => {
      for (const facet of FACETS) {
        const persona = personas.get(fn)!.get(facet)!;
        const baseline = baselines.get(facet)!;
        // Its 3 largest segments all have a baseline share, and at least 7 of its 10 largest (the baseline's 100
        // segments cannot hold every function's specialities).
        const largest = persona.order.slice(0, 10);
        const missing = largest.filter((segment) => !baseline.counts.has(segment)).map((u) => names.get(u));
        const uncovered = largest.slice(0, 3).filter((segment) => !baseline.counts.has(segment));
        expect(
          uncovered.map((u) => names.get(u)),
          facet,
        ).toEqual([]);
        expect(missing.length, `${facet}: ${missing.join(", ")}`).toBeLessThanOrEqual(3);
      }
      const interests = personas.get(fn)!.get("interests")!;
      const top = interests.counts.get(interests.order[0]!)! / interests.total;
      expect(top, names.get(interests.order[0]!)).toBeGreaterThanOrEqual(0.3);
      expect(top, names.get(interests.order[0]!)).toBeLessThanOrEqual(0.65);
    });
  });

  const homes = functions.flatMap((f) => (RELATED[f.name]!.home ? [[f.name, RELATED[f.name]!.home!] as const] : []));
  it.each(homes)("%s works where it should: one of its home industries is among its 3 largest", (fn, home) => {
    const industries = personas.get(fn)!.get("industries")!;
    const largest = industries.order.slice(0, 3).map((u) => names.get(u)!);
    expect(
      largest.filter((n) => home.includes(n)),
      largest.join(", "),
    ).not.toEqual([]);
  });

  it("common skills stay common without over-indexing (Communication, Microsoft Office)", () => {
    const skills = urns.get("skills")!;
    for (const name of ["Communication", "Microsoft Office", "Teamwork"]) {
      const urn = skills.get(name)!;
      const base = baselines.get("skills")!;
      const baseShare = base.counts.get(urn)! / base.total;
      for (const fn of ["Finance", "Engineering", "Marketing", "Sales"]) {
        const persona = personas.get(fn)!.get("skills")!;
        const share = (persona.counts.get(urn) ?? 0) / persona.total;
        expect(share, `${fn} ${name}`).toBeGreaterThan(0.02);
        expect((100 * share) / baseShare, `${fn} ${name}`).toBeLessThan(150);
      }
    }
  });
});
