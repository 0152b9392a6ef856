// Education facets: degrees (urn:li:degree:N), fields of study (urn:li:fieldOfStudy:N) and schools
// (urn:li:organization:N, the namespace LinkedIn documents for the schools facet). Names are real;
// every id here is SYNTHETIC (a hash of the name, probed past the ids already taken): degrees in
// 1..999, fields of study in 100000..101999, schools in 50000000..59999999 (disjoint from employers).

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, list, numCell, rankedMembers, table } from "./util.js";

// name (as LinkedIn standardizes it) | members (thousands)
const DEGREES = table(`
Bachelor's Degree|150000
Bachelor of Science - BS|110000
Bachelor of Arts - BA|90000
High School Diploma|80000
Master's Degree|60000
Master of Science - MS|40000
Bachelor of Technology - BTech|35000
Master of Business Administration - MBA|35000
Bachelor of Engineering - BE|30000
Bachelor of Business Administration - BBA|30000
Bachelor of Commerce - BCom|25000
Master of Arts - MA|20000
Doctor of Philosophy - PhD|12000
Bachelor of Laws - LLB|8000
Master of Engineering - MEng|6000
Bachelor of Fine Arts - BFA|5000
Associate of Arts - AA|5000
Associate of Science - AS|4000
Master of Computer Applications - MCA|4000
Doctor of Medicine - MD|4000
Juris Doctor - JD|3000
Master of Laws - LLM|3000
Master of Public Health - MPH|1500
Doctor of Pharmacy - PharmD|1200
Master of Fine Arts - MFA|1200
`);

// In rough popularity order; members derived from the rank.
const FIELDS_OF_STUDY = list(`
Business Administration and Management, General
Computer Science
Accounting
Finance, General
Economics
Marketing
Mechanical Engineering
Electrical and Electronics Engineering
Psychology
Information Technology
Civil Engineering
Law
Registered Nursing/Registered Nurse
Communication and Media Studies
Political Science and Government
Human Resources Management/Personnel Administration, General
Business/Commerce, General
International Relations and Affairs
Biology/Biological Sciences, General
English Language and Literature, General
Mathematics
Electronics and Communications Engineering
Chemistry
Physics
Industrial Engineering
Chemical Engineering
Architecture
Graphic Design
Education
Medicine
Pharmacy
Statistics
Data Science
Information Systems
Software Engineering
Supply Chain Management/Logistics
Journalism
Sociology
History
Philosophy
Public Health
Public Administration
Hospitality Administration/Management
Biomedical/Medical Engineering
Environmental Science
Aerospace, Aeronautical and Astronautical/Space Engineering
Entrepreneurship/Entrepreneurial Studies
Real Estate
Fine/Studio Arts, General
Music
Social Work
Criminal Justice/Safety Studies
`);

// name | alumni on LinkedIn (thousands)
const SCHOOLS = table(`
University of Phoenix|900
Arizona State University|600
Harvard University|400
Stanford University|250
Massachusetts Institute of Technology|200
University of California, Berkeley|400
University of California, Los Angeles|450
University of Southern California|400
University of Michigan|500
University of Pennsylvania|300
Columbia University|350
New York University|450
Cornell University|300
Yale University|150
Princeton University|100
Duke University|200
Northwestern University|250
The University of Chicago|180
Carnegie Mellon University|150
Georgia Institute of Technology|200
The University of Texas at Austin|500
University of Washington|450
University of Illinois Urbana-Champaign|400
Purdue University|400
Penn State University|600
Southern New Hampshire University|300
University of Toronto|400
McGill University|200
University of Oxford|250
University of Cambridge|250
Imperial College London|150
London School of Economics and Political Science (LSE)|120
INSEAD|60
HEC Paris|70
École Polytechnique|40
ETH Zürich|100
Technische Universität München|150
Università Bocconi|80
Universidade de São Paulo|400
Universidad Nacional Autónoma de México|400
Universidad de Buenos Aires|350
Indian Institute of Technology, Bombay|80
Indian Institute of Technology, Delhi|80
University of Delhi|600
Anna University|700
Amity University|400
National University of Singapore|200
The University of Melbourne|250
Tsinghua University|100
Peking University|100
The University of Tokyo|50
Seoul National University|60
University of Lagos|200
University of Cape Town|150
`);

function buildDegrees(): DatasetEntity[] {
  const used = new Set<number>();
  return DEGREES.map((row) => {
    const name = cell(row, 0);
    return entity(`urn:li:degree:${allocateId(`degree:${name}`, 1, 999, used)}`, name, numCell(row, 1) * 1000);
  });
}

function buildFieldsOfStudy(): DatasetEntity[] {
  const used = new Set<number>();
  return FIELDS_OF_STUDY.map((name, rank) =>
    entity(
      `urn:li:fieldOfStudy:${allocateId(`fieldOfStudy:${name}`, 100_000, 2_000, used)}`,
      name,
      rankedMembers(rank, 40_000_000, name, 0.08),
    ),
  );
}

function buildSchools(): DatasetEntity[] {
  const used = new Set<number>();
  return SCHOOLS.map((row) => {
    const name = cell(row, 0);
    const id = allocateId(`school:${name}`, 50_000_000, 10_000_000, used);
    return entity(`urn:li:organization:${id}`, name, numCell(row, 1) * 1000);
  });
}

export const degreeEntities: readonly DatasetEntity[] = Object.freeze(buildDegrees());
export const fieldOfStudyEntities: readonly DatasetEntity[] = Object.freeze(buildFieldsOfStudy());
export const schoolEntities: readonly DatasetEntity[] = Object.freeze(buildSchools());
