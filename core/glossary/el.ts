// The Greek glossary: the one term a sales professional uses for each concept, in every Greek text of the product.
import type { GlossaryEntry } from './types';

export const GLOSSARY_EL: readonly GlossaryEntry[] = [
  { concept: 'funnel', term: 'χωνί πωλήσεων', avoid: ['χοάνη', 'χοάνης'] },
  { concept: 'pipeline', term: 'pipeline πωλήσεων', avoid: ['ροή ευκαιριών', 'Ροή ευκαιριών', 'στο pipeline.', 'ταχύτητα pipeline'] },
  { concept: 'win rate', term: 'Ποσοστό κερδισμένων συμφωνιών', avoid: ['Ποσοστό επιτυχίας'] },
  { concept: 'won deal', term: 'κερδισμένη', avoid: [] },
  { concept: 'lost deal', term: 'χαμένη', avoid: [] },
  { concept: 'recency', term: 'προσφατότητα', avoid: ['πρόσφατη αγορά'] },
  { concept: 'frequency', term: 'συχνότητα', avoid: [] },
  { concept: 'monetary', term: 'χρηματική αξία', avoid: [] },
  { concept: 'lead', term: 'δυνητικ', avoid: ['υποψήφιος πελάτης'] },
  { concept: 'MQL', term: 'εγκεκριμένων από το μάρκετινγκ', avoid: ['πληρούν τις προϋποθέσεις μάρκετινγκ'] },
  { concept: 'SQL', term: 'αξιολογημένοι από τις πωλήσεις', avoid: ['πληρούν τις προϋποθέσεις πωλήσεων'] },
  { concept: 'churn', term: 'απώλεια πελατών', avoid: [] },
  { concept: 'cohort', term: 'κοόρτη', avoid: [] },
  { concept: 'workbook', term: 'βιβλίο εργασίας', avoid: [] },
  { concept: 'dashboard', term: 'Πίνακας ελέγχου', avoid: [] },
  { concept: 'promoters', term: 'υποστηρικτές', avoid: [] },
  { concept: 'sales rep', term: 'πωλητή', avoid: [] },
  { concept: 'rate as a decimal', term: 'δεκαδικ', avoid: ['κλάσμα', 'κλάσματα'] },
  { concept: 'default', term: 'Προεπιλογή', avoid: ['εξ ορισμού'] },
];
