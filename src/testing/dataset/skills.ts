// Skills (urn:li:skill:N): real skills as LinkedIn members list them, in rough popularity order. The
// ids are SYNTHETIC: a hash of the skill in 1..59999, probed past the ids already taken. Member counts
// are derived from the rank (see rankedMembers).
//
// The order mixes the common all-round skills with each job function's signature skills (accounting, nursing,
// teaching, SQL, recruiting, litigation …), as members list them on LinkedIn: every function has several among
// the first hundred, so a country's top-100 breakdown covers what over-indexes for any of its functions
// (affinities.ts says which skills go with which function).

import type { DatasetEntity } from "./types.js";
import { allocateId, entity, list, rankedMembers } from "./util.js";

const SKILLS = list(`
Management
Communication
Leadership
Microsoft Excel
Customer Service
Microsoft Office
Project Management
Teamwork
Sales
Marketing
Problem Solving
Microsoft Word
Research
Public Speaking
Social Media
Strategic Planning
Business Development
Team Leadership
Negotiation
Time Management
Analytical Skills
Training
Data Analysis
Customer Relationship Management (CRM)
Engineering
Accounting
Healthcare
Teaching
SQL
Python (Programming Language)
Budgeting
Financial Analysis
Digital Marketing
Operations Management
Human Resources (HR)
Recruiting
Java
JavaScript
Graphic Design
Adobe Photoshop
Real Estate
Nursing
Patient Care
Technical Support
Troubleshooting
Writing
Marketing Strategy
Business Strategy
Finance
Supply Chain Management
Account Management
Social Media Marketing
Networking
Software Development
Change Management
Process Improvement
Logistics Management
Public Relations
Content Creation
Editing
Administrative Assistance
Data Entry
Quality Assurance
Quality Control
Procurement
Financial Reporting
Agile Methodologies
Program Management
Stakeholder Management
Product Management
Entrepreneurship
Management Consulting
Information Technology
Cybersecurity
Talent Acquisition
Employee Relations
Laboratory Skills
Statistics
Basic Life Support (BLS)
Electronic Medical Record (EMR)
Legal Research
Litigation
Community Outreach
Case Management
Social Services
Classroom Management
Military Operations
Security Clearance
Adobe Illustrator
Inventory Management
Product Development
Customer Support
Software Testing
Test Automation
Property Management
Real Estate Transactions
Creativity
User Experience (UX)
Compliance
Nonprofit Organizations
Curriculum Development
Contract Negotiation
Business Analysis
Start-ups
Event Planning
Microsoft PowerPoint
Content Marketing
Sales Management
Lead Generation
Auditing
AutoCAD
Financial Modeling
Corporate Law
Interviewing
Cloud Computing
Photography
English
Taxation
Forecasting
Lean Six Sigma
Fundraising
Legal Writing
Machine Learning
Linux
Small Business
Medicine
Corporate Finance
Financial Planning
Budget Management
Bookkeeping
Payroll
Risk Management
Investments
Banking
Valuation
B2B Sales
Cold Calling
Salesforce.com
New Business Development
Strategic Partnerships
Relationship Building
Customer Satisfaction
Call Centers
Help Desk Support
Search Engine Optimization (SEO)
Google Analytics
Email Marketing
Brand Management
Copywriting
Advertising
Market Research
Onboarding
Performance Management
Coaching
Mentoring
Cross-functional Team Leadership
Scrum
Project Planning
Product Strategy
Six Sigma
Continuous Improvement
Manufacturing
Purchasing
Vendor Management
Strategic Sourcing
SAP ERP
Root Cause Analysis
Quality Management
Manual Testing
Selenium
Journalism
Media Relations
Corporate Communications
Video Editing
Video Production
Adobe InDesign
Figma (Software)
User Interface Design
Lesson Planning
Tutoring
Higher Education
E-Learning
Educational Technology
Healthcare Management
Clinical Research
Research and Development (R&D)
Scientific Writing
R (Programming Language)
MATLAB
Mechanical Engineering
Electrical Engineering
Civil Engineering
SolidWorks
Construction
Construction Management
Legal Advice
Regulatory Compliance
Policy Analysis
Counseling
Volunteer Management
Grant Writing
Crisis Intervention
Operational Planning
Emergency Management
Law Enforcement
Physical Security
Military
Residential Homes
Investment Properties
Commercial Real Estate
Mortgage Lending
Business Planning
Strategy
Office Administration
Scheduling
Windows
IT Service Management
ITIL
Systems Administration
Active Directory
Database Administration
Network Security
Information Security
Penetration Testing
C++
C#
Git
Docker
Kubernetes
Amazon Web Services (AWS)
Microsoft Azure
Google Cloud Platform (GCP)
Terraform
DevOps
Continuous Integration and Continuous Delivery (CI/CD)
Microservices
REST APIs
GraphQL
Software Engineering
Web Development
Mobile Application Development
Full-Stack Development
Front-End Development
Back-End Web Development
Object-Oriented Programming (OOP)
Algorithms
Data Structures
TypeScript
Go (Programming Language)
Rust (Programming Language)
PHP
Ruby on Rails
Kotlin
Swift (Programming Language)
HTML
Cascading Style Sheets (CSS)
React.js
Angular
Vue.js
Node.js
Django
Spring Boot
.NET Framework
Oracle Database
MySQL
PostgreSQL
MongoDB
Deep Learning
Artificial Intelligence (AI)
Generative AI
Natural Language Processing (NLP)
Computer Vision
TensorFlow
PyTorch
Data Science
Data Engineering
Big Data
Apache Spark
Hadoop
Data Visualization
Tableau
Power BI
Data Mining
Data Warehousing
ETL
Business Intelligence (BI)
Blockchain
HubSpot
Marketing Communications
Branding
E-commerce
Solution Selling
Customer Experience
Employee Engagement
HR Policies
QuickBooks
Accounts Payable
Go-to-Market Strategy
Jira
Drawing
Typography
Translation
Spanish
French
German
Mandarin
Pharmaceutical Industry
Medical Devices
Biotechnology
Consulting
Interpersonal Skills
Critical Thinking
Presentation Skills
Organization Skills
Multitasking
Attention to Detail
Emotional Intelligence
Decision-Making
Conflict Resolution
Hospitality
Retail
Merchandising
Food and Beverage
Sustainability
Renewable Energy
Oil and Gas
`);

function buildSkills(): DatasetEntity[] {
  const used = new Set<number>();
  return SKILLS.map((name, rank) =>
    entity(
      `urn:li:skill:${allocateId(`skill:${name}`, 1, 59_999, used)}`,
      name,
      rankedMembers(rank, 60_000_000, name, 0.05, 2000, 0.04),
    ),
  );
}

export const skillEntities: readonly DatasetEntity[] = Object.freeze(buildSkills());
