// The Greek glossary: the one term a sales professional uses for each concept, in every Greek text of the product.
import type { GlossaryEntry } from './types';

export const GLOSSARY_EL: readonly GlossaryEntry[] = [
  { concept: 'funnel', term: 'χωνί πωλήσεων', avoid: ['χοάνη', 'χοάνης'] },
  { concept: 'pipeline', term: 'pipeline πωλήσεων', avoid: ['ροή ευκαιριών', 'Ροή ευκαιριών'] },
  { concept: 'win rate', term: 'Ποσοστό κερδισμένων συμφωνιών', avoid: ['Ποσοστό επιτυχίας'] },
  { concept: 'won deal', term: 'κερδισμένη', avoid: [] },
  { concept: 'lost deal', term: 'χαμένη', avoid: [] },
  { concept: 'recency', term: 'προσφατότητα', avoid: ['πρόσφατη αγορά'] },
  { concept: 'sales rep', term: 'πωλητή', avoid: [] },
  { concept: 'rate as a decimal', term: 'δεκαδικ', avoid: ['κλάσμα', 'κλάσματα'] },
  { concept: 'default', term: 'Προεπιλογή', avoid: ['εξ ορισμού'] },
];
