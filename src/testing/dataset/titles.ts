// Job titles (urn:li:title:N): real, standardized job titles in rough popularity order. The ids are
// SYNTHETIC: a hash of the title in 1..29999, probed past the ids already taken. Member counts are
// derived from the rank (see rankedMembers).

import type { DatasetEntity } from "./types.js";
import { allocateId, entity, list, rankedMembers } from "./util.js";

const TITLES = list(`
Owner
Manager
Software Engineer
Project Manager
Sales Manager
Founder
Chief Executive Officer
Teacher
Consultant
Director
Account Manager
Administrative Assistant
Registered Nurse
Business Analyst
Accountant
General Manager
Marketing Manager
Operations Manager
Senior Software Engineer
Intern
Student
Customer Service Representative
Sales Representative
Co-Founder
Managing Director
President
Vice President
Data Analyst
Executive Assistant
Human Resources Manager
Business Development Manager
Software Developer
Product Manager
Financial Analyst
Account Executive
Engineer
Office Manager
Store Manager
Recruiter
Mechanical Engineer
Professor
Research Assistant
Program Manager
Graphic Designer
Civil Engineer
Electrical Engineer
Finance Manager
Data Scientist
Web Developer
Lawyer
Senior Accountant
Sales Associate
Assistant Manager
Partner
Attorney
Marketing Specialist
Marketing Coordinator
Customer Success Manager
Chief Financial Officer
Finance Director
Director of Finance
Vice President of Finance
Head of Finance
Financial Controller
Controller
Finance Business Partner
Financial Planning and Analysis Manager
Senior Financial Analyst
Chief Accounting Officer
Assistant Controller
Treasurer
Finance Officer
Responsable Administratif et Financier
Tax Manager
Auditor
Internal Auditor
Staff Accountant
Accounts Payable Specialist
Bookkeeper
Payroll Specialist
Credit Analyst
Investment Analyst
Portfolio Manager
Investment Banking Analyst
Financial Advisor
Wealth Manager
Relationship Manager
Risk Manager
Compliance Officer
Actuary
Chief Operating Officer
Chief Technology Officer
Chief Marketing Officer
Chief Information Officer
Chief Information Security Officer
Chief Human Resources Officer
Chief Product Officer
Full Stack Developer
Frontend Developer
Backend Developer
Mobile Developer
iOS Developer
Android Developer
DevOps Engineer
Site Reliability Engineer
Cloud Engineer
Cloud Architect
Solutions Architect
Data Engineer
Machine Learning Engineer
AI Engineer
Business Intelligence Analyst
Database Administrator
Systems Administrator
Network Engineer
Security Engineer
Information Security Analyst
Cybersecurity Analyst
IT Manager
IT Support Specialist
Help Desk Technician
Technical Support Engineer
QA Engineer
Test Engineer
Quality Assurance Analyst
Engineering Manager
Director of Engineering
Vice President of Engineering
Ingénieur Logiciel
Senior Product Manager
Product Owner
Director of Product Management
Senior Project Manager
Project Coordinator
Scrum Master
Systems Analyst
UX Designer
UI Designer
Product Designer
Art Director
Creative Director
Interior Designer
Architect
Chemical Engineer
Industrial Engineer
Manufacturing Engineer
Process Engineer
Quality Engineer
Project Engineer
Design Engineer
Structural Engineer
Maintenance Technician
Production Manager
Plant Manager
Director of Operations
Operations Analyst
Supply Chain Manager
Logistics Manager
Logistics Coordinator
Procurement Manager
Purchasing Manager
Buyer
Warehouse Manager
Inventory Analyst
Key Account Manager
Business Development Representative
Sales Development Representative
Sales Director
Regional Sales Manager
Area Sales Manager
Inside Sales Representative
Retail Sales Associate
Customer Service Manager
Call Center Agent
Digital Marketing Manager
Marketing Director
Content Marketing Manager
Social Media Manager
SEO Specialist
Brand Manager
Product Marketing Manager
Growth Marketing Manager
Communications Manager
Public Relations Manager
Copywriter
Content Writer
Editor
Journalist
Video Editor
Photographer
HR Business Partner
Human Resources Generalist
Technical Recruiter
Talent Acquisition Specialist
Talent Acquisition Manager
Head of Talent Acquisition
HR Director
Learning and Development Manager
Training Specialist
Receptionist
Office Administrator
Associate Attorney
Paralegal
Legal Counsel
General Counsel
Legal Assistant
Management Consultant
Senior Consultant
Strategy Consultant
IT Consultant
Lecturer
Teaching Assistant
Research Scientist
Postdoctoral Researcher
Principal
Nurse Practitioner
Physician
Pharmacist
Physical Therapist
Dentist
Medical Assistant
Clinical Research Associate
Psychologist
Social Worker
Real Estate Agent
Realtor
Property Manager
Mortgage Loan Officer
Insurance Agent
Underwriter
Claims Adjuster
Chef
Restaurant Manager
Hotel Manager
Flight Attendant
Pilot
Truck Driver
Electrician
Police Officer
Firefighter
Military Officer
Volunteer
Freelancer
Data Entry Clerk
Cashier
Security Officer
Pharmaceutical Sales Representative
Event Manager
Event Coordinator
Case Manager
Counselor
`);

function buildTitles(): DatasetEntity[] {
  const used = new Set<number>();
  return TITLES.map((name, rank) =>
    entity(
      `urn:li:title:${allocateId(`title:${name}`, 1, 29_999, used)}`,
      name,
      rankedMembers(rank, 8_000_000, name, 0.06),
    ),
  );
}

export const titleEntities: readonly DatasetEntity[] = Object.freeze(buildTitles());
