// Member interests (urn:li:interest:N). The first five ids are the ones in the spec's Audience
// Insights example (71363, 420, 2689786, 3440, 1537154); the names given to them here are a plausible,
// SYNTHETIC mapping (LinkedIn does not publish it). Every other id is SYNTHETIC: a hash of the name in
// 10000..2999999, probed past the ids already taken. Rows are in popularity order; member counts are
// derived from the rank (see rankedMembers).

import type { DatasetEntity } from "./types.js";
import { allocateId, cell, entity, rankedMembers, table } from "./util.js";

// id (empty = synthetic) | name
const INTERESTS = table(`
420|Business Management
71363|Finance and Economy
2689786|Corporate Finance
3440|Accounting
1537154|Investing
|Leadership
|Technology
|Marketing and Advertising
|Entrepreneurship
|Artificial Intelligence
|Career Development
|Sales
|Economics
|Banking
|Personal Finance
|Human Resources
|Project Management
|Data Science
|Digital Marketing
|Innovation
|Business Strategy
|Small Business
|Startups
|Cloud Computing
|Cybersecurity
|Software Development
|Real Estate
|Sustainability
|Healthcare
|Education
|Higher Education
|Online Learning
|Personal Development
|Productivity
|Remote Work
|Diversity and Inclusion
|Recruiting
|Job Search
|Stock Market
|Wealth Management
|Retirement Planning
|Private Equity
|Venture Capital
|Mergers and Acquisitions
|Fintech
|Insurance
|Taxation
|Consulting
|Change Management
|Agile Methodologies
|Product Management
|Customer Experience
|Customer Service
|B2B Sales
|E-commerce
|Retail
|Content Marketing
|Social Media Marketing
|Search Engine Optimization
|Email Marketing
|Brand Management
|Public Relations
|Journalism
|Publishing
|Web Development
|Mobile Development
|Machine Learning
|Big Data
|Blockchain
|Cryptocurrency
|Internet of Things
|Robotics
|Quantum Computing
|Semiconductors
|Telecommunications
|5G
|Automotive
|Electric Vehicles
|Aerospace
|Logistics
|Supply Chain Management
|Manufacturing
|Construction
|Architecture
|Interior Design
|Agriculture
|Energy
|Renewable Energy
|Oil and Gas
|Mining
|Climate Change
|Environment
|Science
|Space Exploration
|Biotechnology
|Pharmaceuticals
|Medical Devices
|Mental Health
|Public Health
|Fitness
|Nutrition
|Wellness
|Psychology
|Public Policy
|Government
|Law
|Nonprofits
|Volunteering
|Philanthropy
|Travel
|Hospitality
|Food and Drink
|Wine
|Cooking
|Fashion
|Beauty
|Luxury Goods
|Design
|Graphic Design
|UX Design
|Photography
|Art
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
|Events and Conferences
|Negotiation
|Public Speaking
|Business Intelligence
|Open Source
|DevOps
|Gaming Industry
|Media and Entertainment
|Cafés and Coffee Culture
`);

function buildInterests(): DatasetEntity[] {
  const used = new Set<number>();
  for (const row of INTERESTS) if (cell(row, 0) !== "") used.add(Number(cell(row, 0)));
  return INTERESTS.map((row, rank) => {
    const name = cell(row, 1);
    const id = cell(row, 0) !== "" ? cell(row, 0) : String(allocateId(`interest:${name}`, 10_000, 2_990_000, used));
    return entity(`urn:li:interest:${id}`, name, rankedMembers(rank, 300_000_000, name, 0.04));
  });
}

export const interestEntities: readonly DatasetEntity[] = Object.freeze(buildInterests());
