// Who is who in the synthetic population: which industries, skills, interests, titles, degrees, fields of study,
// groups and seniorities go with each of LinkedIn's 26 job functions, and how career stage (students, individual
// contributors, leaders) shifts seniority, age, experience and a few skills and interests. The population model
// (population.ts, mixture.ts) turns these tables into its latent clusters: one pair of clusters per job function
// (individual contributors and leaders), plus students and members who list no function.
//
// Everything here is HAND-WRITTEN and SYNTHETIC: rough, reviewable judgement in the spirit of LinkedIn's public
// workforce reports (finance people work in financial services and list financial analysis, accounting and Excel;
// engineers list software and data skills; marketers follow digital and social media marketing), not LinkedIn
// data. Names are the dataset's own (each must exist in its facet: a test checks it).
//
// Format: a block per function, "# <job function> | <share of its members at Manager level or above>", then one
// line per facet, "<facet>: value; value; …", strongest first (a value's lift in the function's clusters falls
// with its place in the list, see population.ts). "value*f" gives an explicit factor instead (e.g. seniorities:
// "Partner*3" = three times as common as the career stage alone says). A line may wrap: a line without
// "<facet>:" continues the previous one.

/** Job function → facet → related values, strongest first. */
export const FUNCTION_AFFINITIES = `
# Accounting | 0.25
industries: Accounting; Financial Services; Banking; Insurance; Business Consulting and Services; Investment Management;
  Outsourcing and Offshoring Consulting
skills: Accounting; Financial Reporting; Auditing; Taxation; Bookkeeping; QuickBooks; Accounts Payable; Budgeting;
  Financial Analysis; Microsoft Excel; Payroll; Finance; Forecasting; Corporate Finance; SAP ERP; Compliance
interests: Accounting; Taxation; Finance and Economy; Corporate Finance; Personal Finance; Economics; Fintech; Banking;
  Small Business; Investing; Wealth Management; Retirement Planning
titles: Accountant; Senior Accountant; Staff Accountant; Tax Manager; Auditor; Internal Auditor; Accounts Payable Specialist;
  Bookkeeper; Payroll Specialist; Assistant Controller; Controller; Financial Controller; Chief Accounting Officer; Partner
fieldsOfStudy: Accounting; Finance, General; Business/Commerce, General; Business Administration and Management, General;
  Economics
degrees: Bachelor of Commerce - BCom; Bachelor of Business Administration - BBA; Master of Business Administration - MBA;
  Bachelor's Degree
groups: Accounting & Finance Professionals; Finance Club; Réseau des Professionnels de la Finance
seniorities: Partner*2.5

# Administrative | 0.12
industries: Government Administration; Law Practice; Hospitals and Health Care; Higher Education; Real Estate;
  Facilities Services; Executive Offices; Legal Services; Non-profit Organizations; Primary and Secondary Education;
  Staffing and Recruiting
skills: Administrative Assistance; Data Entry; Office Administration; Scheduling; Microsoft Office; Microsoft Word;
  Event Planning; Organization Skills; Customer Service; Time Management; Multitasking; Microsoft Excel; Bookkeeping;
  Microsoft PowerPoint
interests: Administrative Services; Productivity; Events and Conferences; Remote Work; Human Resources; Career Development;
  Customer Service; Personal Development; Job Search
titles: Administrative Assistant; Executive Assistant; Office Manager; Receptionist; Office Administrator; Data Entry Clerk;
  Legal Assistant
fieldsOfStudy: Business Administration and Management, General; Business/Commerce, General; Communication and Media Studies;
  English Language and Literature, General; Psychology
degrees: Associate of Arts - AA; High School Diploma; Associate of Science - AS
seniorities: Entry*1.4

# Arts and Design | 0.3
industries: Design Services; Graphic Design; Photography; Animation and Post-production; Architecture and Planning;
  Advertising Services; Media Production; Artists and Writers; Retail Apparel and Fashion; Computer Games;
  Furniture and Home Furnishings Manufacturing; Performing Arts; Museums, Historical Sites, and Zoos
skills: Graphic Design; Adobe Photoshop; Adobe Illustrator; Adobe InDesign; Creativity; User Experience (UX);
  Figma (Software); User Interface Design; Typography; Drawing; Photography; Video Editing; Branding; Content Creation;
  AutoCAD
interests: Design; Graphic Design; UX Design; Art; Photography; Interior Design; Architecture; Fashion; Luxury Goods;
  Movies; Music; Video Games
titles: Graphic Designer; Art Director; Creative Director; UX Designer; UI Designer; Product Designer; Interior Designer;
  Architect; Photographer; Video Editor; Freelancer
fieldsOfStudy: Graphic Design; Fine/Studio Arts, General; Architecture; Communication and Media Studies; Music
degrees: Bachelor of Fine Arts - BFA; Master of Fine Arts - MFA; Bachelor of Arts - BA
groups: UX Professionals
seniorities: Owner*1.5
staffCountRanges: Myself Only*1.8; 2-10 employees*1.3

# Business Development | 0.45
industries: Business Consulting and Services; IT Services and IT Consulting; Software Development;
  Technology, Information and Internet; Staffing and Recruiting; Advertising Services; Wholesale Import and Export;
  Outsourcing and Offshoring Consulting; Venture Capital and Private Equity Principals; Events Services;
  Strategic Management Services; Financial Services
skills: Business Development; New Business Development; Strategic Partnerships; Lead Generation; Negotiation; B2B Sales;
  Account Management; Customer Relationship Management (CRM); Sales; Business Strategy; Relationship Building;
  Strategic Planning; Market Research; Business Planning; Contract Negotiation; Start-ups
interests: Sales; B2B Sales; Entrepreneurship; Negotiation; Startups; Business Strategy; Small Business; Innovation;
  Mergers and Acquisitions; Marketing and Advertising; Events and Conferences; Customer Experience
titles: Business Development Manager; Business Development Representative; Key Account Manager; Account Manager;
  Managing Director; Account Executive
fieldsOfStudy: Business Administration and Management, General; International Relations and Affairs; Marketing;
  Entrepreneurship/Entrepreneurial Studies; Business/Commerce, General; Economics
degrees: Master of Business Administration - MBA; Bachelor of Business Administration - BBA
groups: Startup Specialists Group; Sales Best Practices; Harvard Business Review Discussion Group
seniorities: Owner*1.5; CXO*1.6; VP*1.3; Director*1.2
memberBehaviors: Frequent International Travelers*2; Frequent Travelers*1.8; Event Attendees*1.6

# Community and Social Services | 0.2
industries: Individual and Family Services; Non-profit Organizations; Civic and Social Organizations; Religious Institutions;
  Mental Health Care; Philanthropic Fundraising Services; Fundraising; Government Administration;
  Primary and Secondary Education
skills: Case Management; Social Services; Community Outreach; Counseling; Crisis Intervention; Nonprofit Organizations;
  Volunteer Management; Grant Writing; Fundraising; Public Speaking; Event Planning; Training
interests: Social Work; Nonprofits; Volunteering; Philanthropy; Mental Health; Diversity and Inclusion; Public Health;
  Public Policy; Psychology; Education; Parenting
titles: Social Worker; Case Manager; Counselor; Volunteer; Psychologist
fieldsOfStudy: Social Work; Psychology; Sociology; Public Health; Education; Criminal Justice/Safety Studies
degrees: Master of Arts - MA; Bachelor of Arts - BA; Master of Public Health - MPH
groups: Women in Leadership

# Consulting | 0.35
industries: Business Consulting and Services; Strategic Management Services; IT Services and IT Consulting; Accounting;
  Outsourcing and Offshoring Consulting; Research Services; Human Resources Services; Environmental Services
skills: Management Consulting; Business Strategy; Strategy; Business Analysis; Consulting; Change Management;
  Stakeholder Management; Process Improvement; Strategic Planning; Microsoft PowerPoint; Project Management;
  Data Analysis; Analytical Skills; Business Intelligence (BI)
interests: Consulting; Business Strategy; Digital Transformation; Change Management; Innovation; Mergers and Acquisitions;
  Business Management; Economics; Sustainability; Artificial Intelligence; Leadership
titles: Management Consultant; Strategy Consultant; Senior Consultant; Consultant; IT Consultant; Business Analyst; Partner
fieldsOfStudy: Business Administration and Management, General; Economics; Industrial Engineering; Finance, General;
  Information Systems
degrees: Master of Business Administration - MBA; Master of Science - MS; Master's Degree
groups: Harvard Business Review Discussion Group; Lean Six Sigma Worldwide
seniorities: Partner*3; Senior*1.2
memberBehaviors: Frequent Travelers*2; Frequent International Travelers*1.6

# Education | 0.15
industries: Primary and Secondary Education; Higher Education; Education Administration Programs; E-Learning Providers;
  Professional Training and Coaching; Libraries; Research Services
skills: Teaching; Classroom Management; Lesson Planning; Curriculum Development; Tutoring; Higher Education; E-Learning;
  Educational Technology; Public Speaking; Training; Research; Coaching; Mentoring
interests: Education; Higher Education; Online Learning; Personal Development; Psychology; Career Development; Science;
  Books; Languages; History; Parenting; Mental Health
titles: Teacher; Professor; Lecturer; Teaching Assistant; Principal; Training Specialist; Research Assistant
fieldsOfStudy: Education; English Language and Literature, General; Mathematics; History; Psychology;
  Biology/Biological Sciences, General; Philosophy; Music
degrees: Master of Arts - MA; Doctor of Philosophy - PhD; Master's Degree; Bachelor of Arts - BA
memberBehaviors: Open to Education*1.6

# Engineering | 0.2
industries: Software Development; Technology, Information and Internet; Semiconductor Manufacturing;
  Computer Hardware Manufacturing; Aviation and Aerospace Component Manufacturing; Civil Engineering;
  IT Services and IT Consulting; Motor Vehicle Manufacturing; Defense and Space Manufacturing; Computer Networking Products;
  Industrial Machinery Manufacturing; Machinery Manufacturing; Automation Machinery Manufacturing;
  Appliances, Electrical, and Electronics Manufacturing; Oil and Gas; Chemical Manufacturing; Construction
skills: Software Development; Engineering; Python (Programming Language); Java; JavaScript; SQL; C++; Software Engineering;
  Git; AutoCAD; MATLAB; Mechanical Engineering; Electrical Engineering; Machine Learning; Linux;
  Amazon Web Services (AWS); Docker; Algorithms; Data Structures; Object-Oriented Programming (OOP); SolidWorks;
  Civil Engineering; React.js; Node.js; TypeScript; Kubernetes; C#; Microservices; REST APIs; Web Development
interests: Software Development; Computer Programming; Engineering; Machine Learning; Artificial Intelligence;
  Web Development; Cloud Computing; Open Source; DevOps; Technology; Data Science; Robotics; Semiconductors;
  Aerospace; Electric Vehicles; Manufacturing; Mobile Development
titles: Software Engineer; Senior Software Engineer; Software Developer; Engineer; Mechanical Engineer; Civil Engineer;
  Electrical Engineer; Full Stack Developer; Frontend Developer; Backend Developer; Web Developer; Mobile Developer;
  iOS Developer; Android Developer; DevOps Engineer; Site Reliability Engineer; Machine Learning Engineer; AI Engineer;
  Data Engineer; Cloud Engineer; Engineering Manager; Director of Engineering; Vice President of Engineering;
  Chief Technology Officer; Ingénieur Logiciel; Chemical Engineer; Industrial Engineer; Manufacturing Engineer;
  Process Engineer; Project Engineer; Design Engineer; Structural Engineer; Solutions Architect; Electrician
fieldsOfStudy: Computer Science; Mechanical Engineering; Electrical and Electronics Engineering; Software Engineering;
  Civil Engineering; Electronics and Communications Engineering; Chemical Engineering; Industrial Engineering;
  Aerospace, Aeronautical and Astronautical/Space Engineering; Biomedical/Medical Engineering; Physics; Mathematics
degrees: Bachelor of Technology - BTech; Bachelor of Engineering - BE; Master of Engineering - MEng;
  Master of Computer Applications - MCA; Master of Science - MS; Bachelor of Science - BS
groups: Python Developers Community (moderated); Java Developers; JavaScript; DevOps;
  Artificial Intelligence, Deep Learning, Machine Learning; Agile and Lean Software Development; Cloud Computing

# Entrepreneurship | 0.85
industries: Venture Capital and Private Equity Principals; Professional Training and Coaching; Consumer Services;
  Wellness and Fitness Services; Design Services; Business Consulting and Services; Technology, Information and Internet;
  Retail; Restaurants; Real Estate; E-Learning Providers; Events Services
skills: Entrepreneurship; Start-ups; Small Business; Business Planning; New Business Development; Business Strategy;
  Strategic Planning; Strategic Partnerships; E-commerce; Fundraising; Leadership; Management; Marketing Strategy;
  Public Speaking; Sales
interests: Entrepreneurship; Startups; Small Business; Venture Capital; Innovation; E-commerce; Personal Development;
  Business Strategy; Leadership; Productivity; Investing; Artificial Intelligence
titles: Founder; Co-Founder; Owner; Chief Executive Officer; President; Managing Director; Freelancer
fieldsOfStudy: Entrepreneurship/Entrepreneurial Studies; Business Administration and Management, General; Marketing;
  Business/Commerce, General
degrees: Master of Business Administration - MBA; Bachelor of Business Administration - BBA
groups: On Startups - The Community For Entrepreneurs; Entrepreneurs & Small Business Owners; Startup Specialists Group;
  Private Equity & Venture Capital Network
seniorities: Owner*5; CXO*3; Partner*1.5
staffCountRanges: Myself Only*3; 2-10 employees*2.5; 11-50 employees*1.5; 5,001-10,000 employees*0.5;
  10,001+ employees*0.4
memberBehaviors: Small Business Owners*4; Content Creators*1.8

# Finance | 0.3
industries: Financial Services; Banking; Investment Management; Investment Banking; Capital Markets;
  Venture Capital and Private Equity Principals; Insurance; Accounting
skills: Financial Analysis; Financial Modeling; Corporate Finance; Finance; Valuation; Financial Reporting; Forecasting;
  Investments; Budgeting; Financial Planning; Microsoft Excel; Accounting; Banking; Risk Management; Budget Management;
  Analytical Skills
interests: Finance and Economy; Corporate Finance; Investing; Stock Market; Banking; Wealth Management; Private Equity;
  Economics; Personal Finance; Fintech; Mergers and Acquisitions; Venture Capital; Retirement Planning; Cryptocurrency;
  Accounting; Insurance
titles: Financial Analyst; Senior Financial Analyst; Finance Manager; Financial Planning and Analysis Manager;
  Finance Director; Director of Finance; Vice President of Finance; Head of Finance; Chief Financial Officer;
  Finance Business Partner; Treasurer; Finance Officer; Responsable Administratif et Financier; Credit Analyst;
  Investment Analyst; Portfolio Manager; Investment Banking Analyst; Financial Advisor; Wealth Manager;
  Relationship Manager; Risk Manager; Actuary; Underwriter; Mortgage Loan Officer
fieldsOfStudy: Finance, General; Economics; Accounting; Business Administration and Management, General; Mathematics;
  Statistics
degrees: Master of Business Administration - MBA; Bachelor of Commerce - BCom; Bachelor of Business Administration - BBA
groups: Finance Club; The CFO Network; CFO Connect; Accounting & Finance Professionals;
  Investment Banking Professionals; Private Equity & Venture Capital Network; Fintech Professionals;
  Réseau des Professionnels de la Finance

# Healthcare Services | 0.15
industries: Hospitals and Health Care; Medical Practices; Mental Health Care; Alternative Medicine; Veterinary Services;
  Individual and Family Services; Wellness and Fitness Services; Pharmaceutical Manufacturing
skills: Patient Care; Nursing; Healthcare; Basic Life Support (BLS); Electronic Medical Record (EMR); Medicine;
  Healthcare Management; Clinical Research; Laboratory Skills
interests: Healthcare; Nursing; Medicine; Public Health; Mental Health; Medical Devices; Pharmaceuticals; Wellness;
  Nutrition; Fitness; Biotechnology; Psychology
titles: Registered Nurse; Nurse Practitioner; Physician; Medical Assistant; Pharmacist; Physical Therapist; Dentist;
  Psychologist; Clinical Research Associate
fieldsOfStudy: Registered Nursing/Registered Nurse; Medicine; Pharmacy; Public Health; Biology/Biological Sciences, General;
  Psychology
degrees: Doctor of Medicine - MD; Doctor of Pharmacy - PharmD; Master of Public Health - MPH; Associate of Science - AS;
  Bachelor of Science - BS
groups: Nursing Professionals; Healthcare IT

# Human Resources | 0.3
industries: Human Resources Services; Staffing and Recruiting; Outsourcing and Offshoring Consulting;
  Professional Training and Coaching; E-Learning Providers; Business Consulting and Services
skills: Human Resources (HR); Recruiting; Talent Acquisition; Employee Relations; Onboarding; Interviewing;
  Performance Management; Employee Engagement; HR Policies; Payroll; Training; Coaching; Change Management; Mentoring
interests: Human Resources; Recruiting; Future of Work; Diversity and Inclusion; Career Development; Job Search;
  Remote Work; Leadership; Personal Development; Psychology; Change Management
titles: Human Resources Manager; HR Business Partner; Human Resources Generalist; Recruiter; Technical Recruiter;
  Talent Acquisition Specialist; Talent Acquisition Manager; Head of Talent Acquisition; HR Director;
  Chief Human Resources Officer; Learning and Development Manager; Training Specialist; Payroll Specialist
fieldsOfStudy: Human Resources Management/Personnel Administration, General; Psychology;
  Business Administration and Management, General; Sociology; Communication and Media Studies
degrees: Master of Business Administration - MBA; Bachelor of Business Administration - BBA; Bachelor of Arts - BA
groups: Human Resources (HR) Professionals; Recruiting & Talent Acquisition; Women in Leadership

# Information Technology | 0.2
industries: IT Services and IT Consulting; Computer and Network Security; Software Development;
  Technology, Information and Internet; Computer Networking Products; Telecommunications; Information Services;
  Wireless Services; Outsourcing and Offshoring Consulting
skills: Information Technology; Technical Support; Troubleshooting; Networking; IT Service Management;
  Systems Administration; Help Desk Support; Cloud Computing; Cybersecurity; Linux; Windows; Active Directory; ITIL;
  Network Security; Information Security; Microsoft Azure; Amazon Web Services (AWS); SQL; Database Administration;
  DevOps; Software Development
interests: Cybersecurity; Cloud Computing; Technology; Computer Programming; DevOps; Software Development; Big Data;
  Artificial Intelligence; Open Source; Data Science; Data Privacy; Internet of Things; Telecommunications; 5G;
  Blockchain
titles: IT Manager; IT Support Specialist; Help Desk Technician; Technical Support Engineer; Systems Administrator;
  Network Engineer; Database Administrator; Security Engineer; Information Security Analyst; Cybersecurity Analyst;
  Cloud Architect; Systems Analyst; Chief Information Officer; Chief Information Security Officer; IT Consultant;
  Solutions Architect; Business Intelligence Analyst; Data Analyst
fieldsOfStudy: Information Technology; Computer Science; Information Systems; Electronics and Communications Engineering;
  Software Engineering
degrees: Master of Computer Applications - MCA; Bachelor of Technology - BTech; Associate of Science - AS;
  Bachelor of Science - BS
groups: Cybersecurity Professionals; Cloud Computing; DevOps; Healthcare IT; Big Data and Analytics

# Legal | 0.35
industries: Law Practice; Legal Services; Alternative Dispute Resolution; Administration of Justice; Legislative Offices;
  Government Administration; Insurance
skills: Legal Research; Litigation; Legal Writing; Corporate Law; Legal Advice; Contract Negotiation; Compliance;
  Regulatory Compliance; Policy Analysis; Negotiation; Research; Writing
interests: Law; Intellectual Property; Data Privacy; Politics; Public Policy; Government; Mergers and Acquisitions;
  Economics; Real Estate; Insurance
titles: Lawyer; Attorney; Associate Attorney; Legal Counsel; General Counsel; Paralegal; Legal Assistant;
  Compliance Officer; Partner
fieldsOfStudy: Law; Political Science and Government; International Relations and Affairs; Philosophy; History
degrees: Juris Doctor - JD; Bachelor of Laws - LLB; Master of Laws - LLM
seniorities: Partner*4

# Marketing | 0.3
industries: Advertising Services; Public Relations and Communications Services; Market Research;
  Online Audio and Video Media; Events Services; Technology, Information and Internet; Retail Apparel and Fashion;
  Retail; Software Development
skills: Digital Marketing; Marketing Strategy; Social Media Marketing; Content Marketing;
  Search Engine Optimization (SEO); Marketing; Social Media; Email Marketing; Google Analytics; Brand Management;
  Marketing Communications; Advertising; Market Research; Branding; Copywriting; HubSpot; Content Creation;
  Public Relations; Event Planning; Lead Generation
interests: Marketing and Advertising; Digital Marketing; Social Media Marketing; Content Marketing;
  Search Engine Optimization; Email Marketing; Influencer Marketing; Brand Management; Market Research;
  Public Relations; E-commerce; Customer Experience; Podcasts
titles: Marketing Manager; Marketing Specialist; Marketing Coordinator; Digital Marketing Manager; Marketing Director;
  Content Marketing Manager; Social Media Manager; SEO Specialist; Brand Manager; Product Marketing Manager;
  Growth Marketing Manager; Chief Marketing Officer; Event Manager; Event Coordinator
fieldsOfStudy: Marketing; Communication and Media Studies; Business Administration and Management, General; Journalism;
  Graphic Design; Psychology
degrees: Bachelor of Business Administration - BBA; Master of Business Administration - MBA; Bachelor of Arts - BA
groups: Digital Marketing; Social Media Marketing; Marketing Communication; Content Marketing Institute
memberBehaviors: Content Creators*2.2; Active Commenters*1.5

# Media and Communication | 0.3
industries: Broadcast Media Production and Distribution; Newspaper Publishing; Book and Periodical Publishing;
  Public Relations and Communications Services; Online Audio and Video Media; Media Production; Writing and Editing;
  Movies, Videos, and Sound; Entertainment Providers; Translation and Localization; Advertising Services
skills: Public Relations; Journalism; Media Relations; Corporate Communications; Copywriting; Editing; Writing;
  Content Creation; Video Production; Video Editing; Social Media; Communication; Translation; Photography
interests: Journalism; Public Relations; Publishing; Media and Entertainment; Podcasts; Writing; Television; Movies;
  Books; Photography; Content Marketing; Social Media Marketing; Politics
titles: Communications Manager; Public Relations Manager; Journalist; Editor; Copywriter; Content Writer; Video Editor;
  Photographer
fieldsOfStudy: Journalism; Communication and Media Studies; English Language and Literature, General;
  Political Science and Government; Fine/Studio Arts, General
degrees: Bachelor of Arts - BA; Master of Arts - MA
groups: Marketing Communication
memberBehaviors: Content Creators*2.5; Active Commenters*1.6

# Military and Protective Services | 0.25
industries: Armed Forces; Law Enforcement; Public Safety; Security and Investigations; Defense and Space Manufacturing;
  Administration of Justice; Government Administration; International Affairs
skills: Military Operations; Security Clearance; Operational Planning; Military; Law Enforcement; Emergency Management;
  Physical Security; Team Leadership; Leadership; Training; Operations Management; Risk Management;
  Logistics Management
interests: Military; Veterans; National Security; Aerospace; Government; Public Policy; Space Exploration; Cybersecurity;
  History; Outdoor Activities; Fitness; Leadership
titles: Military Officer; Police Officer; Firefighter; Security Officer; Pilot
fieldsOfStudy: Criminal Justice/Safety Studies; Political Science and Government; International Relations and Affairs;
  History; Aerospace, Aeronautical and Astronautical/Space Engineering
degrees: High School Diploma; Associate of Science - AS; Bachelor of Science - BS

# Operations | 0.35
industries: Transportation, Logistics, Supply Chain and Storage; Warehousing and Storage; Truck Transportation;
  Freight and Package Transportation; Manufacturing; Maritime Transportation; Airlines and Aviation;
  Food and Beverage Manufacturing; Wholesale; Facilities Services; Retail; Hospitality; Utilities; Motor Vehicle Manufacturing
skills: Operations Management; Supply Chain Management; Logistics Management; Process Improvement; Inventory Management;
  Lean Six Sigma; Continuous Improvement; Six Sigma; Manufacturing; Project Management; Budgeting; SAP ERP;
  Quality Control; Team Leadership; Forecasting
interests: Supply Chain Management; Logistics; Lean Manufacturing; Manufacturing; Project Management; Productivity;
  Business Management; Construction; Automotive; Retail; Energy; Sustainability; Oil and Gas
titles: Operations Manager; Director of Operations; Chief Operating Officer; Operations Analyst; Supply Chain Manager;
  Logistics Manager; Logistics Coordinator; Warehouse Manager; Production Manager; Plant Manager; General Manager;
  Store Manager; Assistant Manager; Maintenance Technician; Truck Driver; Restaurant Manager; Hotel Manager; Chef;
  Flight Attendant; Claims Adjuster
fieldsOfStudy: Supply Chain Management/Logistics; Industrial Engineering; Business Administration and Management, General;
  Hospitality Administration/Management; Mechanical Engineering
degrees: Bachelor of Science - BS; Master of Business Administration - MBA; High School Diploma
groups: Supply Chain Management Professionals; Lean Six Sigma Worldwide

# Product Management | 0.35
industries: Software Development; Technology, Information and Internet; IT Services and IT Consulting;
  Computer Games; Information Services; Online Audio and Video Media; E-Learning Providers
skills: Product Management; Product Development; Product Strategy; Agile Methodologies; Go-to-Market Strategy; Scrum;
  Jira; User Experience (UX); Cross-functional Team Leadership; Stakeholder Management; Market Research; Data Analysis;
  SQL
interests: Product Management; UX Design; Agile Methodologies; Startups; Innovation; Technology; Artificial Intelligence;
  Software Development; Customer Experience; Design; Data Science; Mobile Development; Fintech
titles: Product Manager; Senior Product Manager; Product Owner; Director of Product Management; Chief Product Officer;
  Product Marketing Manager
fieldsOfStudy: Computer Science; Business Administration and Management, General; Information Systems;
  Industrial Engineering; Economics
degrees: Master of Business Administration - MBA; Master of Science - MS; Bachelor of Engineering - BE;
  Bachelor of Technology - BTech
groups: Product Management Network; Agile and Lean Software Development; UX Professionals

# Program and Project Management | 0.5
industries: Construction; IT Services and IT Consulting; Civil Engineering; Defense and Space Manufacturing;
  Business Consulting and Services; Government Administration; Telecommunications; Software Development;
  Aviation and Aerospace Component Manufacturing; Financial Services
skills: Project Management; Program Management; Project Planning; Agile Methodologies; Scrum; Stakeholder Management;
  Cross-functional Team Leadership; Risk Management; Change Management; Jira; Construction Management; Budgeting;
  Process Improvement
interests: Project Management; Agile Methodologies; Change Management; Digital Transformation; Productivity; Leadership;
  Business Strategy; Construction; Consulting; Innovation; Remote Work
titles: Project Manager; Senior Project Manager; Program Manager; Project Coordinator; Scrum Master; Project Engineer
fieldsOfStudy: Business Administration and Management, General; Civil Engineering; Information Technology;
  Industrial Engineering; Computer Science
degrees: Master of Business Administration - MBA; Master of Science - MS; Bachelor of Engineering - BE
groups: PMI Project Management Professional Network; Project Manager Community; Agile and Lean Software Development

# Purchasing | 0.3
industries: Wholesale; Wholesale Import and Export; Wholesale Building Materials; Retail; Manufacturing;
  Food and Beverage Manufacturing; Machinery Manufacturing; Motor Vehicle Manufacturing; Chemical Manufacturing;
  Textile Manufacturing; Plastics Manufacturing; Retail Apparel and Fashion; Retail Groceries
skills: Procurement; Purchasing; Strategic Sourcing; Vendor Management; Negotiation; Supply Chain Management;
  Contract Negotiation; Inventory Management; SAP ERP; Logistics Management; Merchandising
interests: Procurement; Supply Chain Management; Logistics; Negotiation; Manufacturing; Retail; E-commerce;
  Lean Manufacturing; Sustainability; Construction; Automotive
titles: Procurement Manager; Purchasing Manager; Buyer; Supply Chain Manager; Inventory Analyst
fieldsOfStudy: Supply Chain Management/Logistics; Business/Commerce, General; Business Administration and Management, General;
  Industrial Engineering; Economics
degrees: Bachelor of Commerce - BCom; Bachelor of Business Administration - BBA
groups: Supply Chain Management Professionals

# Quality Assurance | 0.15
industries: Medical Equipment Manufacturing; Pharmaceutical Manufacturing; Software Development; Motor Vehicle Manufacturing;
  Manufacturing; Aviation and Aerospace Component Manufacturing; Food and Beverage Manufacturing;
  Semiconductor Manufacturing; Biotechnology Research; IT Services and IT Consulting; Computer Games
skills: Quality Assurance; Quality Control; Software Testing; Test Automation; Quality Management; Manual Testing;
  Root Cause Analysis; Selenium; Six Sigma; Lean Six Sigma; Continuous Improvement; Regulatory Compliance; Auditing;
  Agile Methodologies; Process Improvement
interests: Quality Management; Lean Manufacturing; Manufacturing; Software Development; Agile Methodologies; DevOps;
  Medical Devices; Pharmaceuticals; Automotive; Computer Programming; Technology
titles: QA Engineer; Test Engineer; Quality Assurance Analyst; Quality Engineer
fieldsOfStudy: Computer Science; Industrial Engineering; Chemistry; Mechanical Engineering; Information Technology;
  Biology/Biological Sciences, General
degrees: Bachelor of Technology - BTech; Bachelor of Engineering - BE; Master of Computer Applications - MCA;
  Bachelor of Science - BS
groups: Lean Six Sigma Worldwide

# Real Estate | 0.45
industries: Real Estate; Leasing Non-residential Real Estate; Construction; Financial Services; Investment Management;
  Facilities Services; Architecture and Planning
skills: Real Estate; Real Estate Transactions; Residential Homes; Investment Properties; Commercial Real Estate;
  Property Management; Mortgage Lending; Negotiation; Sales; Customer Service; Construction
interests: Real Estate; Mortgages; Construction; Architecture; Interior Design; Investing; Wealth Management;
  Personal Finance; Small Business; Entrepreneurship
titles: Real Estate Agent; Realtor; Property Manager; Mortgage Loan Officer
fieldsOfStudy: Real Estate; Business Administration and Management, General; Finance, General; Architecture; Marketing
degrees: Bachelor of Business Administration - BBA; Associate of Arts - AA; Bachelor's Degree
groups: Real Estate Investors Network
seniorities: Owner*2; Partner*1.5
staffCountRanges: Myself Only*2; 2-10 employees*1.8

# Research | 0.15
industries: Research Services; Biotechnology Research; Higher Education; Think Tanks; Nanotechnology Research;
  Pharmaceutical Manufacturing; Medical Equipment Manufacturing; Chemical Manufacturing; Environmental Services;
  Government Administration
skills: Research; Laboratory Skills; Research and Development (R&D); Scientific Writing; Statistics; Clinical Research;
  Data Analysis; R (Programming Language); Python (Programming Language); Biotechnology; MATLAB; Machine Learning;
  Data Science; Policy Analysis; Analytical Skills
interests: Science; Biotechnology; Data Science; Higher Education; Pharmaceuticals; Machine Learning;
  Artificial Intelligence; Climate Change; Space Exploration; Quantum Computing; Public Health; Psychology; Environment;
  Medical Devices
titles: Research Scientist; Research Assistant; Postdoctoral Researcher; Data Scientist; Clinical Research Associate;
  Professor; Data Analyst
fieldsOfStudy: Biology/Biological Sciences, General; Chemistry; Physics; Statistics; Data Science; Mathematics; Psychology;
  Environmental Science; Public Health
degrees: Doctor of Philosophy - PhD; Master of Science - MS; Master's Degree
groups: Data Science Central; Artificial Intelligence, Deep Learning, Machine Learning; Big Data and Analytics

# Sales | 0.3
industries: Retail; Wholesale; Wholesale Import and Export; Retail Apparel and Fashion; Insurance; Telecommunications;
  Retail Groceries; Retail Luxury Goods and Jewelry; Medical Equipment Manufacturing; Pharmaceutical Manufacturing;
  Software Development; Wireless Services; Food and Beverage Manufacturing; Retail Office Equipment
skills: Sales; Sales Management; B2B Sales; Customer Relationship Management (CRM); Account Management; Lead Generation;
  Cold Calling; Salesforce.com; Solution Selling; Negotiation; Business Development; New Business Development;
  Relationship Building; Retail; Merchandising; Customer Service
interests: Sales; B2B Sales; Negotiation; Retail; Customer Experience; E-commerce; Marketing and Advertising;
  Entrepreneurship; Small Business; Insurance; Real Estate; Events and Conferences; Automotive
titles: Sales Manager; Sales Representative; Account Executive; Account Manager; Sales Associate; Key Account Manager;
  Sales Development Representative; Sales Director; Regional Sales Manager; Area Sales Manager;
  Inside Sales Representative; Retail Sales Associate; Pharmaceutical Sales Representative; Insurance Agent;
  Customer Success Manager; Store Manager; Cashier
fieldsOfStudy: Marketing; Business Administration and Management, General; Business/Commerce, General;
  Communication and Media Studies; Economics
degrees: Bachelor of Business Administration - BBA; Bachelor of Commerce - BCom; High School Diploma;
  Associate of Arts - AA
groups: Sales Best Practices
memberBehaviors: Frequent Travelers*1.8

# Support | 0.1
industries: Outsourcing and Offshoring Consulting; Telecommunications; Consumer Services; IT Services and IT Consulting;
  Wireless Services; Software Development; Retail; Insurance; Financial Services
skills: Customer Support; Customer Service; Customer Satisfaction; Call Centers; Technical Support; Troubleshooting;
  Help Desk Support; Customer Experience; Problem Solving; Data Entry; Communication
interests: Customer Service; Customer Experience; Remote Work; Productivity; Telecommunications; Job Search;
  Career Development; E-commerce; Retail; Technology
titles: Customer Service Representative; Call Center Agent; Customer Service Manager; Technical Support Engineer;
  Help Desk Technician; Customer Success Manager; IT Support Specialist
fieldsOfStudy: Business/Commerce, General; Communication and Media Studies; Information Technology; Psychology
degrees: High School Diploma; Associate of Arts - AA; Associate of Science - AS
seniorities: Entry*1.4
memberBehaviors: Job Seekers*1.4; Open to Work*1.4
`;

/**
 * How career stage shifts members, whatever their function: "individual contributors" and "leaders" are the two
 * clusters of every job function, "students" a cluster of its own (members who list no function yet). Factors
 * only ("value*f"); a value not named is as common as its function alone says.
 */
export const CAREER_STAGE_AFFINITIES = `
# individual contributors
seniorities: Unpaid*1; Training*1; Entry*1; Senior*1; Manager*0.06; Director*0.04; VP*0.03; CXO*0.03; Partner*0.04;
  Owner*0.06
ageRanges: 18 to 24*1.4; 25 to 34*1.3; 35 to 54*0.85; 55+*0.7
yearsOfExperienceRanges: 1 year*1.6; 2 years*1.6; 3 years*1.5; 4 years*1.4; 5 years*1.2; 6 years*1.1; 12+ years*0.6
memberBehaviors: Job Seekers*1.2; Open to Work*1.2; New Job Starters*1.2
skills: Microsoft Office*1.2; Microsoft Word*1.2; Teamwork*1.2; Time Management*1.2; Data Entry*1.3
interests: Career Development*1.3; Job Search*1.3; Online Learning*1.2

# leaders
seniorities: Unpaid*0.03; Training*0.03; Entry*0.06; Senior*0.15; Manager*1; Director*1; VP*1; CXO*1; Partner*1; Owner*1
ageRanges: 18 to 24*0.2; 25 to 34*0.7; 35 to 54*1.5; 55+*1.6
yearsOfExperienceRanges: 1 year*0.2; 2 years*0.3; 3 years*0.4; 4 years*0.5; 5 years*0.6; 6 years*0.7; 7 years*0.8;
  12+ years*1.8
memberBehaviors: Recently Promoted*1.4; Frequent Travelers*1.5; Frequent International Travelers*1.5;
  Event Attendees*1.3; Content Creators*1.3
skills: Leadership*1.5; Management*1.4; Strategic Planning*1.6; Team Leadership*1.5; Business Strategy*1.5;
  Budget Management*1.4; Cross-functional Team Leadership*1.4; Change Management*1.3; Mentoring*1.3; Coaching*1.2;
  Negotiation*1.2
interests: Leadership*1.5; Business Strategy*1.4; Mergers and Acquisitions*1.5; Business Management*1.3;
  Private Equity*1.3; Venture Capital*1.3; Digital Transformation*1.3; Change Management*1.3; Innovation*1.2
staffCountRanges: Myself Only*1.4; 2-10 employees*1.3

# students
seniorities: Unpaid*10; Training*8; Entry*1.2; Senior*0.05; Manager*0.02; Director*0.01; VP*0.01; CXO*0.01; Partner*0.01;
  Owner*0.02
ageRanges: 18 to 24*4; 25 to 34*0.8; 35 to 54*0.15; 55+*0.05
yearsOfExperienceRanges: 1 year*3; 2 years*2; 3 years*1.2; 8 years*0.5; 9 years*0.4; 10 years*0.3; 11 years*0.3;
  12+ years*0.05
memberBehaviors: Open to Education*3; Job Seekers*2.5; Open to Work*2; New Job Starters*1.5; Recent Relocators*1.5;
  Small Business Owners*0.1; Frequent Travelers*0.4
titles: Student*30; Intern*25; Teaching Assistant*6; Research Assistant*6; Volunteer*4
skills: Microsoft Office*1.6; Microsoft Word*1.6; Teamwork*1.5; Time Management*1.5; English*1.5; Research*1.4;
  Communication*1.3; Python (Programming Language)*1.3; Java*1.3; Public Speaking*1.2
interests: Career Development*2.5; Job Search*2.5; Higher Education*2.2; Online Learning*2; Education*1.6;
  Personal Development*1.5; Artificial Intelligence*1.2
industries: Higher Education*3; Primary and Secondary Education*1.5; Research Services*1.5; Non-profit Organizations*1.3
degrees: High School Diploma*3; Bachelor's Degree*1.4; Associate of Arts - AA*1.5; Associate of Science - AS*1.5
`;

/**
 * Titles held at Manager level or above (the leaders' cluster of their function); other titles are individual
 * contributors' (HR Business Partner and Product Owner are not partners or owners; account, product or property
 * managers mostly manage no one).
 */
export function isLeaderTitle(title: string): boolean {
  if (/\b(Business Partner|Product Owner|Legal Counsel)\b/.test(title)) return false;
  if (/\b(Account|Success|Relationship|Wealth|Portfolio|Product|Property) Manager\b/.test(title)) return false;
  return /\b(Chief|President|Director|Head|Owner|Founder|Partner|Manager|Controller|Treasurer|Counsel|Principal|Responsable)\b/.test(
    title,
  );
}

/** One value of an affinity line: its name and, when written "name*f", its explicit factor. */
export interface AffinityValue {
  name: string;
  factor?: number;
}

/** One block of an affinity table: a job function (or a career stage) and its values by facet name. */
export interface AffinityBlock {
  name: string;
  /** Job functions only: the share of the function's members at Manager level or above. */
  leaders?: number;
  facets: ReadonlyMap<string, readonly AffinityValue[]>;
}

/** Parses an affinity table (see the format above); throws on a malformed line, so a typo fails at load. */
export function parseAffinities(text: string): AffinityBlock[] {
  const blocks: { name: string; leaders?: number; facets: Map<string, AffinityValue[]> }[] = [];
  let facet: AffinityValue[] | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const header = /^#\s*(.+?)\s*(?:\|\s*([\d.]+))?$/.exec(line);
    if (header) {
      const block: (typeof blocks)[number] = { name: header[1]!, facets: new Map() };
      if (header[2] !== undefined) block.leaders = Number(header[2]);
      blocks.push(block);
      facet = undefined;
      continue;
    }
    const block = blocks.at(-1);
    if (block === undefined) throw new Error(`affinity line before any block: "${line}"`);
    const start = /^([a-zA-Z]+):\s*(.*)$/.exec(line);
    let rest = line;
    if (start) {
      if (block.facets.has(start[1]!)) throw new Error(`affinity facet ${start[1]} twice in "${block.name}"`);
      facet = [];
      block.facets.set(start[1]!, facet);
      rest = start[2]!;
    }
    if (facet === undefined) throw new Error(`affinity line without a facet in "${block.name}": "${line}"`);
    for (const item of rest.split(";")) {
      const text = item.trim();
      if (text === "") continue;
      const m = /^(.*?)\*([\d.]+)$/.exec(text);
      if (m) facet.push({ name: m[1]!.trim(), factor: Number(m[2]) });
      else facet.push({ name: text });
    }
  }
  return blocks;
}
