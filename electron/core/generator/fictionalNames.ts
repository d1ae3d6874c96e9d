/**
 * Name material for fictional families. Common Dutch first and last names, combined at random: no
 * combination refers to a real person, and no real case data is ever used.
 */
export const GIVEN_NAMES_CHILD = [
  'Noah', 'Emma', 'Liam', 'Julia', 'Lucas', 'Mila', 'Finn', 'Tess', 'Sem', 'Sophie', 'Daan', 'Zoë', 'Levi', 'Sara',
  'Milan', 'Nora', 'Jesse', 'Evi', 'Luuk', 'Anna', 'Bram', 'Lotte', 'Thijs', 'Saar', 'Mohammed', 'Yara', 'Adam',
  'Noor', 'Ayoub', 'Lina', 'Stijn', 'Fenna', 'Ruben', 'Isa', 'Gijs', 'Roos', 'Jayden', 'Amira', 'Mees', 'Femke',
  'Tygo', 'Jasmijn', 'Cas', 'Lieke', 'Hamza', 'Esmee', 'Ties', 'Maud', 'Sven', 'Floor',
] as const;

export const GIVEN_NAMES_ADULT = [
  'Marieke', 'Jeroen', 'Sandra', 'Mark', 'Linda', 'Dennis', 'Esther', 'Rob', 'Monique', 'Patrick', 'Ingrid', 'Erik',
  'Fatima', 'Mustafa', 'Petra', 'Johan', 'Anouk', 'Martijn', 'Samira', 'Bas', 'Karin', 'Richard', 'Nicole', 'Kevin',
  'Yvonne', 'Arjen', 'Chantal', 'Hasan', 'Mirjam', 'Wouter', 'Sanne', 'Joost', 'Ilse', 'Ahmed', 'Hanneke', 'Gerrit',
  'Nadia', 'Roel', 'Astrid', 'Tim',
] as const;

export const FAMILY_NAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'van Dijk', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'Kok',
  'Jacobs', 'de Haan', 'Vermeulen', 'van den Berg', 'Schouten', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Kuipers',
  'Postma', 'Wolters', 'Veenstra', 'Zijlstra', 'El Amrani', 'Yilmaz', 'Boukhari', 'Kaya', 'Tahiri', 'Nijboer',
  'Oosting', 'Lubbers', 'Hofstee', 'Wiersma', 'Bosma', 'Kamphuis', 'Venema', 'Drenth',
] as const;

export const PLACES = ['Emmen', 'Assen', 'Klazienaveen', 'Emmer-Compascuum', 'Nieuw-Amsterdam', 'Hoogeveen', 'Coevorden', 'Borger'] as const;

export const SCHOOL_NAMES = [
  'OBS De Regenboog', 'CBS De Wegwijzer', 'OBS Het Kompas', 'RKBS De Zonnewijzer', 'CBS De Fontein', 'OBS De Vlinderhof',
  'Daltonschool De Horizon', 'CBS Het Mozaïek', 'OBS De Springplank', 'Jenaplanschool De Esch', 'OBS Het Palet',
  'CBS De Schakel', 'OBS De Boomgaard', 'Montessorischool De Ontdekking', 'CBS De Bron', 'OBS De Kleine Wereld',
] as const;
