// Word lists for believable Dutch fixture data. Surnames carry their tussenvoegsel ("van der
// Meer"), so a prefix is never glued onto a surname that would not have one.

export const FIRST_NAMES = [
  'Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Sem', 'Lotte', 'Bram', 'Anouk', 'Thijs', 'Fleur', 'Jesse',
  'Eva', 'Ruben', 'Lisa', 'Niels', 'Sophie', 'Joost', 'Femke', 'Pieter', 'Ilse', 'Wouter', 'Marloes', 'Koen',
  'Lieke', 'Tim', 'Maaike', 'Jeroen', 'Esther', 'Sjoerd', 'Anna', 'Maarten', 'Iris', 'Gert-Jan', 'Noor', 'Hans',
  'Ingrid', 'Willem', 'Marieke', 'Bas', 'Annelies', 'Erik', 'Yvonne', 'Rik', 'Mirjam', 'Stijn', 'Karin', 'Floris',
  'Saskia', 'Mohammed', 'Fatima', 'Youssef', 'Aylin', 'Mehmet', 'Priya', 'Chantal', 'Kevin', 'Roos', 'Henk', 'Joëlle',
] as const;

export const SURNAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet',
  'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman',
  'Peeters', 'de Koning', 'van Wijk', 'Postma', 'Kuipers', "in 't Veld", "van 't Hof", 'ter Horst', 'Yılmaz', 'El Amrani',
  'Bouzid', 'Kaya', 'Tan', 'Nguyen', 'Hoogeveen', 'Groenewegen', 'op de Beek', 'van Rijn', 'Zwart', 'Timmermans',
] as const;

/** Trades that read well both as "Jansen Installatietechniek B.V." and "Installatietechniek Jansen". */
export const TRADES = [
  'Installatietechniek', 'Bouw', 'Transport', 'Schilderwerken', 'Loodgieters', 'Dakwerken', 'Elektrotechniek', 'Hoveniers',
  'Timmerwerken', 'Administratiekantoor', 'Advies', 'Logistiek', 'Metaalbewerking', 'Tegelwerken', 'Schoonmaak', 'Catering',
  'Fotografie', 'Grafisch Ontwerp', 'Autoservice', 'Fietsen', 'Interieurbouw', 'Glaszetters', 'Zonnepanelen', 'Keukens',
] as const;

export const SHOP_TYPES = [
  'Kapsalon', 'Bakkerij', 'Schildersbedrijf', 'Klusbedrijf', 'Fotostudio', 'Rijschool', 'Bloemenwinkel', 'Fysiotherapie',
  'Slagerij', 'Hoveniersbedrijf', 'Webdesign', 'Vertaalbureau', 'Coaching', 'Tuincentrum', 'Loodgietersbedrijf', 'Pedicure',
] as const;

export const BRAND_HEADS = [
  'Noord', 'Zuid', 'West', 'Oost', 'Holland', 'Delta', 'Polder', 'Tulp', 'Molen', 'Dijk', 'Duin', 'Eik', 'Linde', 'Ster',
  'Blauw', 'Groen', 'Klaver', 'Horizon', 'Kompas', 'Brug', 'Haven', 'Vonk', 'Zon', 'Wind',
] as const;

export const BRAND_TAILS = [
  'bouw', 'techniek', 'logistiek', 'groep', 'advies', 'media', 'service', 'solutions', 'werk', 'kracht', 'vast', 'lijn',
  'data', 'design', 'staal', 'hout', 'zorg', 'energie',
] as const;

export const STREETS = [
  'Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Molenweg', 'Hoofdstraat', 'Schoolstraat', 'Julianastraat', 'Beatrixlaan',
  'Wilhelminastraat', 'Industrieweg', 'Nieuwstraat', 'Marktplein', 'Prinsengracht', 'Keizersgracht', 'Parallelweg',
  'Spoorstraat', 'Eikenlaan', 'Lindenlaan', 'Populierenlaan', 'Rembrandtlaan', 'Vondelstraat', 'Mozartlaan', 'Havenstraat',
  'Zuiderweg', 'Noorderweg', 'Kastanjelaan', 'Irisstraat', 'Ambachtsweg', 'Handelsweg', 'Oranjestraat', 'Emmalaan',
  'Burgemeester de Withstraat', 'Van Goghstraat', 'Tulpstraat', 'Sportlaan', 'Dijkstraat',
] as const;

export interface CityInfo {
  name: string;
  /** Range of the four-digit part of the postal code. */
  postalFrom: number;
  postalTo: number;
  /** Area code without the leading 0, e.g. "20" for Amsterdam. */
  areaCode: string;
}

export const CITIES: readonly CityInfo[] = [
  { name: 'Amsterdam', postalFrom: 1011, postalTo: 1109, areaCode: '20' },
  { name: 'Rotterdam', postalFrom: 3011, postalTo: 3089, areaCode: '10' },
  { name: 'Den Haag', postalFrom: 2491, postalTo: 2599, areaCode: '70' },
  { name: 'Utrecht', postalFrom: 3511, postalTo: 3585, areaCode: '30' },
  { name: 'Eindhoven', postalFrom: 5611, postalTo: 5658, areaCode: '40' },
  { name: 'Groningen', postalFrom: 9711, postalTo: 9747, areaCode: '50' },
  { name: 'Tilburg', postalFrom: 5011, postalTo: 5049, areaCode: '13' },
  { name: 'Almere', postalFrom: 1312, postalTo: 1364, areaCode: '36' },
  { name: 'Breda', postalFrom: 4811, postalTo: 4839, areaCode: '76' },
  { name: 'Nijmegen', postalFrom: 6511, postalTo: 6546, areaCode: '24' },
  { name: 'Haarlem', postalFrom: 2011, postalTo: 2037, areaCode: '23' },
  { name: 'Arnhem', postalFrom: 6811, postalTo: 6846, areaCode: '26' },
  { name: 'Zwolle', postalFrom: 8011, postalTo: 8043, areaCode: '38' },
  { name: 'Leiden', postalFrom: 2311, postalTo: 2334, areaCode: '71' },
  { name: 'Maastricht', postalFrom: 6211, postalTo: 6229, areaCode: '43' },
  { name: 'Amersfoort', postalFrom: 3811, postalTo: 3829, areaCode: '33' },
  { name: 'Apeldoorn', postalFrom: 7311, postalTo: 7339, areaCode: '55' },
  { name: 'Enschede', postalFrom: 7511, postalTo: 7548, areaCode: '53' },
  { name: "'s-Hertogenbosch", postalFrom: 5211, postalTo: 5249, areaCode: '73' },
  { name: 'Delft', postalFrom: 2611, postalTo: 2629, areaCode: '15' },
  { name: 'Leeuwarden', postalFrom: 8911, postalTo: 8939, areaCode: '58' },
  { name: 'Deventer', postalFrom: 7411, postalTo: 7439, areaCode: '570' },
  { name: 'Alkmaar', postalFrom: 1811, postalTo: 1827, areaCode: '72' },
  { name: 'Hilversum', postalFrom: 1211, postalTo: 1223, areaCode: '35' },
];

export const CONSUMER_MAIL_DOMAINS = [
  'gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'xs4all.nl', 'icloud.com', 'planet.nl',
] as const;

export const BANKS = ['INGB', 'RABO', 'ABNA', 'SNSB', 'ASNB', 'TRIO', 'BUNQ', 'KNAB'] as const;
/** Rough market shares, same order as BANKS. */
export const BANK_WEIGHTS = [30, 25, 20, 7, 4, 4, 6, 4] as const;

export const BUSINESS_DESCRIPTIONS_NL = [
  'Werkzaamheden {month}', 'Levering materialen', 'Abonnement {month}', 'Consultancy uren {month}', 'Onderhoudscontract',
  'Installatie en montage', 'Projectfase {n}', 'Licentie {year}', 'Transportkosten {month}', 'Advieswerkzaamheden',
] as const;

export const BUSINESS_DESCRIPTIONS_EN = [
  'Services {month}', 'Delivery of materials', 'Subscription {month}', 'Consultancy hours {month}', 'Maintenance contract',
  'Installation', 'Project phase {n}', 'Licence {year}', 'Freight {month}', 'Advisory services',
] as const;

export const CONSUMER_DESCRIPTIONS_NL = [
  'Onderhoud cv-ketel', 'Lidmaatschap {year}', 'Reparatie', 'Lessenpakket', 'Behandeling {month}', 'Schilderwerk woning',
  'Tuinonderhoud {month}', 'Bestelling', 'Cursus', 'Fotoshoot',
] as const;

export const CONSUMER_DESCRIPTIONS_EN = [
  'Boiler service', 'Membership {year}', 'Repair', 'Lesson package', 'Treatment {month}', 'Painting works',
  'Garden maintenance {month}', 'Order', 'Course', 'Photo shoot',
] as const;

export const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
