/** English, built into the script; other languages: the `cta` namespace of each language pack. */
export const ctaMessages = {
  heading: 'Start your journey',
  headingWith: 'Start your journey with {organization}',
  message: "We're always here for you. Reach out today.",
  call: 'Call {number}',
  text: 'Text {number}',
  email: 'Email us',
  contact: 'Contact us',
  hours: 'Hours: {hours}',
  helplinesHeading: 'Free, confidential national helplines',
  lifeline: 'In crisis or thinking about suicide? Call or text 988, any time, day or night.',
  samhsa:
    'Treatment referral and information for people and families facing substance use: free, confidential, 24/7, in English and Spanish.',
  website: 'About the {name}',
  newTab: '(opens in a new tab)',
  actionsLabel: 'Ways to reach us',
} as const;
