// SnelStart's `{RES}-{NNNN}` validation codes (P-FOUT, notes §2.3). Texts are SnelStart's own where a
// public client (IWD `SnelstartApiErrorException.php`) quotes them; the rest follow the notes' wording.
export const ERROR_MESSAGES = {
  'ALG-0100': 'Het ID dient leeg te zijn.',
  'ALG-0104': 'Ongeldig OData filter',
  'REL-0003': 'Krediettermijn mag niet kleiner dan -365 of groter dan 1000 zijn',
  'REL-0006': 'KvkNummer is ongeldig',
  'REL-0007': 'Naam moet gevuld zijn',
  'REL-0008': 'Relatiecode reeds in gebruik',
  'REL-0011': 'Iban is ongeldig',
  'REL-0017': 'Factuurrelatie bestaat niet',
  'REL-0029': 'AanmaningEmailVersturen.Email dient gevuld te zijn indien AanmaningEmailVersturen.ShouldSend aan staat',
  'REL-0047': 'Het ID in het url en het ID van de relatie in het request komen niet overeen',
  'REL-0056': 'VestigingsAdres.LandId niet gevonden',
  'REL-0064': 'RelatieSoort mag niet aangepast worden.',
  'REL-0066': 'De input is incompleet of incorrect. Controleer of de json valide is en de juiste properties bevat.',
  'REL-0084':
    'Email bevat één of meerdere ongeldige emailadressen. U kunt meerdere emailadressen opgeven door ze te scheiden met een puntkomma(;).',
  'REL-0085': 'Email mag maximaal 250 karakters bevatten',
  'REF-0002': 'Eén van de te wijzigen velden van de Relatie is niet gevonden',
  'REF-0003': 'Eén van de te wijzigen velden van de Relatie komt meerdere keren voor in uw aanvraag',
  'REF-0004': "Eén van de tekstvelden is te lang. Een tekstveld mag niet langer zijn dan de waarde van 'MaxLength'",
  'REF-0005': "Eén van de enum velden is invalide. Een enum veld moet gekozen worden uit één van de waarden in 'PossibleValues'",
  'REF-0006': 'Alleen de extra velden die horen bij de relatiesoort van de relatie kunnen worden aangepast',
  'REF-0007':
    'Eén van de waarden van een integer veld kon niet geconverteerd worden naar een integer, een integer is een geheel getal in het bereik [-2147483648, 2147483647]',
  'REF-0008':
    'Eén van de waarden van een datetime veld kon niet geconverteerd worden naar een datetime. Het verwachte formaat is yyyy-MM-ddTHH:mm:ss, bijvoorbeeld 1986-05-07T15:32:11',
  'REF-0009': 'Eén van de waarden van een boolean veld kon niet geconverteerd worden naar een boolean',
  'REF-0010': 'Eén van de waarden van een money veld kon niet geconverteerd worden naar een decimal',
  'REF-0011': 'Eén van de waarden van een float veld kon niet geconverteerd worden naar een float',
  'REF-0012': 'Eén van de waarden van een money veld valt buiten het bereik van [-100000000000, 100000000000]',
  'REF-0013': 'Eén van de waarden van een money veld bevat meer dan 4 decimalen.',
  'REF-0014': 'Eén van de waarden van een tekstveld bevat geen string.',
  'REF-0015': 'Eén van de waarden van een datetime veld valt buiten het toegestane bereik van 30-12-1899, 1-1-2401.',
  'REF-0016': 'De input is incompleet, of incorrect. Controleer of de json valide is en de juiste properties bevat',
  'BLG-0007': 'Geen bestandsnaam opgegeven.',
  'BLG-0009': 'Aanvraag is leeg.',
  'BLG-0011': 'Content is leeg.',
  'BLG-0013': 'Content is groter dan 10MB.',
  'BLG-0016': 'De bestandsnaam bevat ongeldige tekens.',
  'BLG-0017': 'De bestandsnaam is te lang.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
