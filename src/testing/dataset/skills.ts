// Skills (urn:li:skill:N): real skills as LinkedIn members list them, in rough popularity order. The
// ids are SYNTHETIC: a hash of the skill in 1..59999, probed past the ids already taken. Member counts
// are derived from the rank (see rankedMembers).

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
Microsoft PowerPoint
English
Data Analysis
Customer Relationship Management (CRM)
Event Planning
Sales Management
Budgeting
Accounting
Financial Analysis
Finance
Financial Reporting
Financial Modeling
Corporate Finance
Financial Planning
Forecasting
Budget Management
Auditing
Taxation
Bookkeeping
Payroll
Risk Management
Investments
Banking
Management Consulting
Operations Management
Change Management
Business Strategy
Business Analysis
Process Improvement
Lean Six Sigma
Supply Chain Management
Logistics Management
Procurement
Inventory Management
Product Management
Product Development
Program Management
Agile Methodologies
Scrum
Stakeholder Management
Cross-functional Team Leadership
Coaching
Mentoring
Recruiting
Talent Acquisition
Human Resources (HR)
Employee Relations
Performance Management
Onboarding
Digital Marketing
Marketing Strategy
Content Marketing
Social Media Marketing
Search Engine Optimization (SEO)
Google Analytics
Email Marketing
Brand Management
Copywriting
Public Relations
Advertising
Market Research
Account Management
B2B Sales
Lead Generation
Cold Calling
Salesforce.com
HubSpot
SAP ERP
Oracle Database
SQL
Python (Programming Language)
Java
JavaScript
TypeScript
C++
C#
Go (Programming Language)
Rust (Programming Language)
PHP
Ruby on Rails
Kotlin
Swift (Programming Language)
R (Programming Language)
HTML
Cascading Style Sheets (CSS)
React.js
Angular
Vue.js
Node.js
Django
Spring Boot
.NET Framework
Git
Linux
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
Software Development
Software Engineering
Web Development
Mobile Application Development
Full-Stack Development
Front-End Development
Back-End Web Development
Object-Oriented Programming (OOP)
Algorithms
Data Structures
Test Automation
Quality Assurance
Selenium
Machine Learning
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
Statistics
Data Mining
Data Warehousing
ETL
Business Intelligence (BI)
Cybersecurity
Network Security
Information Security
Penetration Testing
Cloud Computing
Networking
IT Service Management
ITIL
Technical Support
Troubleshooting
Systems Administration
Active Directory
Database Administration
MySQL
PostgreSQL
MongoDB
Blockchain
User Experience (UX)
User Interface Design
Figma (Software)
Adobe Photoshop
Adobe Illustrator
Adobe InDesign
Graphic Design
Video Editing
Photography
Content Creation
Writing
Editing
Translation
Spanish
French
German
Mandarin
Teaching
Curriculum Development
Higher Education
E-Learning
Healthcare
Nursing
Patient Care
Clinical Research
Pharmaceutical Industry
Medical Devices
Biotechnology
Laboratory Skills
Engineering
Mechanical Engineering
Electrical Engineering
Civil Engineering
AutoCAD
SolidWorks
MATLAB
Manufacturing
Quality Control
Six Sigma
Construction
Construction Management
Real Estate
Property Management
Legal Research
Contract Negotiation
Litigation
Corporate Law
Compliance
Regulatory Compliance
Policy Analysis
Nonprofit Organizations
Fundraising
Volunteer Management
Hospitality
Retail
Merchandising
Food and Beverage
Entrepreneurship
Start-ups
Strategic Partnerships
Consulting
Interpersonal Skills
Critical Thinking
Creativity
Presentation Skills
Organization Skills
Multitasking
Attention to Detail
Emotional Intelligence
Decision-Making
Conflict Resolution
Relationship Building
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
      rankedMembers(rank, 60_000_000, name, 0.05),
    ),
  );
}

export const skillEntities: readonly DatasetEntity[] = Object.freeze(buildSkills());
