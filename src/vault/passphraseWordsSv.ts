/**
 * Common Swedish words for the strength check (zxcvbn-ts has no Swedish pack). Ordered roughly by
 * how often they are used, as zxcvbn ranks by position: function words, then the words people put
 * into passwords (love, family, seasons, months, holidays, places, football, pets).
 */
export const SWEDISH_COMMON_WORDS: readonly string[] = [
  'och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett',
  'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'man', 'när', 'år', 'säger', 'hon', 'under', 'också',
  'efter', 'eller', 'nu', 'sin', 'där', 'vid', 'mot', 'ska', 'skulle', 'kommer', 'ut', 'få', 'finns', 'vara', 'hade',
  'alla', 'andra', 'mycket', 'än', 'här', 'då', 'sedan', 'över', 'bara', 'in', 'blir', 'upp', 'även', 'vad', 'får',
  'två', 'vill', 'ha', 'många', 'hur', 'mer', 'går', 'sverige', 'kronor', 'detta', 'nya', 'procent', 'skriver', 'måste',
  'du', 'dig', 'mig', 'min', 'mitt', 'mina', 'din', 'ditt', 'dina', 'vår', 'vårt', 'våra', 'er', 'ert', 'era', 'hans',
  'hennes', 'deras', 'oss', 'dem', 'honom', 'henne', 'ja', 'nej', 'hej', 'hejsan', 'tack', 'bra', 'dålig', 'stor', 'liten',
  'ny', 'gammal', 'god', 'glad', 'snäll', 'söt', 'fin', 'vacker', 'älskar', 'älska', 'kärlek', 'älskling', 'hjärta',
  'puss', 'kram', 'gillar', 'lycka', 'lycklig', 'evig', 'alltid', 'aldrig', 'för', 'evigt', 'barn', 'barnen', 'familj',
  'familjen', 'mamma', 'pappa', 'mor', 'far', 'son', 'dotter', 'bror', 'syster', 'mormor', 'morfar', 'farmor', 'farfar',
  'fru', 'man', 'make', 'maka', 'flickvän', 'pojkvän', 'vän', 'vänner', 'bebis', 'baby', 'prinsessa', 'prins', 'kung',
  'drottning', 'grattis', 'födelsedag', 'födelsedagen', 'jul', 'julen', 'god', 'nyår', 'midsommar', 'påsk', 'semester',
  'sommar', 'sommaren', 'vinter', 'vintern', 'höst', 'hösten', 'vår', 'våren', 'januari', 'februari', 'mars', 'april',
  'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'måndag', 'tisdag', 'onsdag',
  'torsdag', 'fredag', 'lördag', 'söndag', 'idag', 'imorgon', 'igår', 'stockholm', 'göteborg', 'malmö', 'uppsala',
  'västerås', 'örebro', 'linköping', 'helsingborg', 'jönköping', 'norrköping', 'lund', 'umeå', 'gävle', 'borås',
  'sundsvall', 'luleå', 'kiruna', 'visby', 'gotland', 'skåne', 'norrland', 'svensk', 'svenska', 'sverige', 'finland',
  'norge', 'danmark', 'hund', 'hunden', 'katt', 'katten', 'häst', 'hästen', 'fisk', 'fågel', 'björn', 'räv', 'räven',
  'varg', 'älg', 'kvick', 'brun', 'bruna', 'lat', 'lata', 'hoppar', 'hopp', 'hem', 'hemma', 'hus', 'huset', 'bil',
  'bilen', 'båt', 'sjö', 'hav', 'havet', 'skog', 'skogen', 'berg', 'sol', 'solen', 'måne', 'stjärna', 'himmel', 'regn',
  'snö', 'is', 'vatten', 'eld', 'jord', 'luft', 'blomma', 'ros', 'träd', 'gräs', 'röd', 'blå', 'gul', 'grön', 'svart',
  'vit', 'rosa', 'lila', 'guld', 'silver', 'fotboll', 'hockey', 'aik', 'djurgården', 'hammarby', 'ifk', 'malmöff',
  'tre', 'kronor', 'ett', 'två', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'hundra', 'tusen', 'lösenord',
  'hemlig', 'hemligt', 'nyckel', 'dator', 'telefon', 'mobil', 'spel', 'musik', 'mat', 'kaffe', 'öl', 'vin', 'godis',
  'choklad', 'glass', 'pizza', 'kanelbulle', 'fika', 'lagom', 'mysig', 'skola', 'jobb', 'arbete', 'livet', 'liv', 'död',
  'gud', 'jesus', 'ängel', 'drake', 'tomte', 'troll', 'hjälte', 'vinnare', 'bäst', 'bästa', 'själv', 'själ', 'dröm',
  'drömmar', 'frihet', 'framtid', 'tid', 'dag', 'dagen', 'natt', 'natten', 'morgon', 'kväll',
];

/**
 * Finnish and Swedish counterparts of the English phrases in zxcvbn's common-password list
 * ("iloveyou", "mykids", "happybirthday"), which leaked password lists show people use.
 */
export const LOCAL_COMMON_PASSWORDS: readonly string[] = [
  'jagälskardig', 'jagälskar', 'älskardig', 'jagälskarer', 'minabarn', 'mittbarn', 'minfamilj', 'mittlösenord',
  'grattispåfödelsedagen', 'grattis', 'gladsommar', 'godjul', 'gottnyttår', 'gladpåsk', 'hejhej', 'hejsan',
  'minärakastansinua', 'rakastansinua', 'rakastan', 'minunlapset', 'lapseni', 'perheeni', 'salasanani',
  'hyvääsyntymäpäivää', 'hyvääjoulua', 'hyvääkesää', 'hyväävappua', 'moimoi', 'terve', 'kiitos',
];

/**
 * Phrases every cracking list tries early (a comic's example passphrase, pangrams, first lines):
 * long enough to look strong to a word-by-word estimate, but guessed at once.
 */
export const WELL_KNOWN_PHRASES: readonly string[] = [
  'correcthorsebatterystaple',
  'thequickbrownfoxjumpsoverthelazydog',
  'thequickbrownfox',
  'quickbrownfox',
  'loremipsumdolorsitamet',
  'loremipsum',
  'tobeornottobe',
  'maytheforcebewithyou',
  'onceuponatime',
  'helloworld',
  'letmein',
  'opensesame',
  'denkvickabrunarävenhopparöverdenlatahunden',
  'denkvickabrunaräven',
  'kvickabrunaräven',
  'vikkeläruskearepolaishyppääsenlaiskankoiranyli',
  'nopearuskeakettu',
  'ruskeakettu',
  'ollaeiollaolla',
  'varaochintevara',
  'attvaraellerinteattvara',
];
