// Member interests (urn:li:interest:N). The first five ids are the ones in the spec's Audience
// Insights example (71363, 420, 2689786, 3440, 1537154); the names given to them here are a plausible,
// SYNTHETIC mapping (LinkedIn does not publish it). Every other id is SYNTHETIC: a hash of the name in
// 10000..2999999, probed past the ids already taken. Rows are in popularity order; member counts are
// derived from the rank (see rankedMembers): broad professional topics first, then each job function's own
// topics (so a country's top-100 breakdown covers what over-indexes for any of its functions; affinities.ts
// says which go with which function), then niche topics and pastimes.

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, rankedMembers, table } from "./util.js";

// id (empty = synthetic) | name
const INTERESTS = table(`
|Technology
|Leadership
420|Business Management
|Artificial Intelligence
|Entrepreneurship
|Marketing and Advertising
71363|Finance and Economy
|Innovation
|Career Development
|Personal Development
|Education
|Healthcare
1537154|Investing
|Sales
|Economics
|Software Development
|Human Resources
|Project Management
|Data Science
|Digital Marketing
|Startups
|Small Business
|Sustainability
|Real Estate
2689786|Corporate Finance
|Business Strategy
|Personal Finance
|Computer Programming
|Cloud Computing
|Cybersecurity
|Data Privacy
|Design
|Higher Education
|Online Learning
|Productivity
|Remote Work
|Customer Experience
|Diversity and Inclusion
3440|Accounting
|Banking
|Stock Market
|Manufacturing
|Supply Chain Management
|Logistics
|Construction
|Engineering
|Aerospace
|Machine Learning
|Web Development
|Social Media Marketing
|Podcasts
|Content Marketing
|Public Relations
|Journalism
|Media and Entertainment
|Publishing
|Writing
|Mental Health
|Public Health
|Medicine
|Nursing
|Science
|Military
|Social Work
|Procurement
|Quality Management
|Mortgages
|Intellectual Property
|Recruiting
|Job Search
|Consulting
|Change Management
|Digital Transformation
|Agile Methodologies
|Product Management
|Customer Service
|Nonprofits
|Volunteering
|Law
|Government
|Public Policy
|Psychology
|Graphic Design
|UX Design
|Architecture
|Negotiation
|B2B Sales
|E-commerce
|Retail
|Photography
|Big Data
|DevOps
|Biotechnology
|Pharmaceuticals
|Medical Devices
|Veterans
|National Security
|Philanthropy
|Interior Design
|Telecommunications
|Events and Conferences
|Taxation
|Wealth Management
|Fintech
|Insurance
|Brand Management
|Search Engine Optimization
|Email Marketing
|Private Equity
|Venture Capital
|Mergers and Acquisitions
|Retirement Planning
|Open Source
|Energy
|Renewable Energy
|Automotive
|Administrative Services
|Future of Work
|Politics
|Influencer Marketing
|Market Research
|Lean Manufacturing
|Art
|Fashion
|Mobile Development
|Internet of Things
|Blockchain
|Cryptocurrency
|Robotics
|Semiconductors
|5G
|Electric Vehicles
|Space Exploration
|Climate Change
|Environment
|Oil and Gas
|Mining
|Agriculture
|Quantum Computing
|Hospitality
|Food and Drink
|Business Intelligence
|Public Speaking
|Gaming Industry
|Luxury Goods
|Beauty
|Wellness
|Fitness
|Nutrition
|Travel
|Wine
|Cooking
|Music
|Movies
|Television
|Books
|Video Games
|Esports
|Sports
|Football
|Basketball
|Golf
|Tennis
|Cricket
|Motorsports
|Cycling
|Running
|Outdoor Activities
|Parenting
|Pets
|Gardening
|History
|Languages
|Cafés and Coffee Culture
`);

function buildInterests(): DatasetEntity[] {
  const used = new Set<number>();
  for (const row of INTERESTS) if (cell(row, 0) !== "") used.add(Number(cell(row, 0)));
  return INTERESTS.map((row, rank) => {
    const name = cell(row, 1);
    const id = cell(row, 0) !== "" ? cell(row, 0) : String(allocateId(`interest:${name}`, 10_000, 2_990_000, used));
    return entity(`urn:li:interest:${id}`, name, rankedMembers(rank, 300_000_000, name, 0.04, 2000, 0.04));
  });
}

export const interestEntities: readonly DatasetEntity[] = Object.freeze(buildInterests());
