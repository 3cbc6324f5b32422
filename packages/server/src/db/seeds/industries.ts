// Reference industries and their sectors. Seeding inserts what is missing and never deletes.
export const INDUSTRIES: { slug: string; name: string; description: string; sectors: string[] }[] = [
  {
    slug: 'technology',
    name: 'Technology',
    description: 'Software, hardware and IT services.',
    sectors: [
      'SaaS',
      'Cybersecurity',
      'Cloud & Hosting',
      'Consumer Electronics',
      'Developer Tools',
      'Artificial Intelligence',
    ],
  },
  {
    slug: 'health-wellness',
    name: 'Health & Wellness',
    description: 'Care, fitness and wellbeing.',
    sectors: ['Fitness', 'Nutrition', 'Mental Health', 'Dental', 'Physiotherapy', 'Supplements'],
  },
  {
    slug: 'finance',
    name: 'Finance',
    description: 'Money, banking and insurance.',
    sectors: ['Personal Finance', 'Banking', 'Insurance', 'Investing', 'Accounting', 'Cryptocurrency'],
  },
  {
    slug: 'ecommerce-retail',
    name: 'E-commerce & Retail',
    description: 'Shops, online and on the high street.',
    sectors: [
      'Fashion & Apparel',
      'Home & Furniture',
      'Beauty & Cosmetics',
      'Electronics Retail',
      'Groceries',
      'Toys & Games',
    ],
  },
  {
    slug: 'travel-hospitality',
    name: 'Travel & Hospitality',
    description: 'Trips, stays and food.',
    sectors: ['Hotels', 'Restaurants', 'Tour Operators', 'Vacation Rentals', 'Airlines', 'Event Venues'],
  },
  {
    slug: 'real-estate',
    name: 'Real Estate',
    description: 'Buying, selling and renting property.',
    sectors: [
      'Residential Sales',
      'Commercial Property',
      'Property Management',
      'Mortgages',
      'Home Inspection',
      'Interior Design',
    ],
  },
  {
    slug: 'education',
    name: 'Education',
    description: 'Learning at every age.',
    sectors: [
      'Online Courses',
      'K-12 Tutoring',
      'Higher Education',
      'Language Learning',
      'Test Preparation',
      'Corporate Training',
    ],
  },
  {
    slug: 'home-services',
    name: 'Home Services',
    description: 'Trades that come to the door.',
    sectors: ['Plumbing', 'Electrical', 'HVAC', 'Roofing', 'Cleaning', 'Landscaping'],
  },
  {
    slug: 'automotive',
    name: 'Automotive',
    description: 'Vehicles, parts and service.',
    sectors: ['Car Dealerships', 'Auto Repair', 'Car Parts', 'Electric Vehicles', 'Car Rental', 'Motorcycles'],
  },
  {
    slug: 'legal',
    name: 'Legal',
    description: 'Law firms and legal services.',
    sectors: ['Personal Injury', 'Family Law', 'Immigration', 'Business Law', 'Criminal Defense', 'Estate Planning'],
  },
  {
    slug: 'marketing-agencies',
    name: 'Marketing & Agencies',
    description: 'Helping other businesses grow.',
    sectors: ['SEO', 'Content Marketing', 'Social Media', 'Paid Advertising', 'Web Design', 'Public Relations'],
  },
  {
    slug: 'food-beverage',
    name: 'Food & Beverage',
    description: 'Producing and selling food and drink.',
    sectors: ['Coffee & Tea', 'Wine & Spirits', 'Bakery', 'Meal Kits', 'Organic Food', 'Catering'],
  },
];

export const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
